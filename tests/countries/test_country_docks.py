"""The country dock, the bloc table and the deadlines dock, on a fixed "today" of 10 July 2025."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.domain.deadlines import countdown_text
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    Official,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import feature_of, open_window

AUG_1 = dt.date(2025, 8, 1)


def fill(store: Store) -> None:
    store.tariffs.add(
        TariffAction("US", "MY", 24.0, effective_date=dt.date(2025, 7, 9)),
        changed_on=dt.date(2025, 4, 2),
    )
    action = store.tariffs.on_target("MY")[0]
    store.tariffs.update(
        action.with_changes(rate_percent=25.0, effective_date=AUG_1),
        note="letter of 7 July",
        changed_on=dt.date(2025, 7, 7),
    )
    store.tariffs.add(TariffAction("US", "KH", 36.0, TariffStatus.THREATENED, effective_date=AUG_1))
    store.tariffs.add(TariffAction("US", "VN", 20.0, TariffStatus.DEAL, effective_date=AUG_1))
    store.tariffs.add(TariffAction("US", "BR", 50.0, effective_date=dt.date(2025, 7, 5)))
    store.officials.add(Official("Anwar Ibrahim", "Prime Minister", "MY"))


def test_country_opens_from_an_event_with_position_countdown_and_history(
    qtbot: QtBot, context: AppContext
) -> None:
    fill(context.store)
    start, end = all_day_span(dt.date(2025, 7, 8))
    met = context.store.events.add(
        Event("Rubio meets Anwar", EventKind.MEETING, start, end, countries=("MY", "US"))
    )
    window = open_window(qtbot, context)
    feature = feature_of(window)
    window.go_to(dt.date(2025, 7, 8))
    assert window.month_view.choose_event(met.id or 0)
    window.actions_by_key["show_country"].trigger()
    page = feature.country_panel.page
    assert feature.country_dock.isVisible()
    assert "Malaysia (MY)" in page.title.text()
    assert page.position.text() == (
        "US tariff 25% · Announced · effective 01 Aug 2025 (in 22 days)"
    )
    assert "ASEAN" in page.region.text()
    history = page.tree.topLevelItem(0).child(0)
    steps = [history.child(i).text(0) for i in range(history.childCount())]
    assert steps[-1] == ("07 Jul 2025 · rate 24% → 25% · 09 Jul → 01 Aug 2025 · “letter of 7 July”")
    texts = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert "Officials (1)" in texts and "Recent meetings (1)" in texts


def test_country_requested_signal_accepts_a_bloc_and_the_table_sorts(
    qtbot: QtBot, context: AppContext, qtmodeltester: ModelTester
) -> None:
    fill(context.store)
    window = open_window(qtbot, context)
    feature = feature_of(window)
    context.signals.country_requested.emit("ASEAN")
    bloc = feature.country_panel.bloc_page
    assert feature.country_panel.stack.currentWidget() is bloc
    qtmodeltester.check(bloc.model)
    assert bloc.model.rowCount() == 11
    headers = [bloc.model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers[:3] == ["Country", "By", "Rate"]  # whose tariff, before how much
    rate = headers.index("Rate")
    bloc.table.sortByColumn(rate, Qt.SortOrder.DescendingOrder)
    assert [bloc.model.index(r, 1).data() for r in range(3)] == ["US", "US", "US"]
    first = [bloc.model.index(r, rate).data() for r in range(4)]
    assert first == ["36%", "25%", "20%", "—"]
    bloc.table.sortByColumn(rate, Qt.SortOrder.AscendingOrder)
    ascending = [bloc.model.index(r, rate).data() for r in range(bloc.model.rowCount())]
    assert ascending[:3] == ["20%", "25%", "36%"] and set(ascending[3:]) == {"—"}
    nxt = bloc.model.index(0, headers.index("Next deadline")).data()
    assert nxt == "01 Aug (in 22 days)"


def test_deadlines_dock_sorts_marks_overdue_and_filters(
    qtbot: QtBot, context: AppContext, qtmodeltester: ModelTester
) -> None:
    fill(context.store)
    window = open_window(qtbot, context)
    panel = feature_of(window).deadlines_panel
    qtmodeltester.check(panel.model)
    column = {panel.model.headerData(c, Qt.Orientation.Horizontal): c for c in range(6)}
    rows = [
        (
            panel.model.index(r, column["Country"]).data(),
            panel.model.index(r, column["Countdown"]).data(),
        )
        for r in range(panel.model.rowCount())
    ]
    assert rows[0] == ("Brazil", "5 days overdue")
    assert {country for country, _ in rows[1:]} == {"Cambodia", "Malaysia", "Vietnam"}
    assert {countdown for _, countdown in rows[1:]} == {"in 22 days"}
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert panel.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    panel.set_where("bloc:ASEAN")
    assert panel.model.rowCount() == 3
    panel.set_where("BR")
    assert panel.model.rowCount() == 1
    panel.show_past.setChecked(False)
    assert panel.model.rowCount() == 0


def test_activating_a_deadline_opens_its_country(qtbot: QtBot, context: AppContext) -> None:
    fill(context.store)
    window = open_window(qtbot, context)
    feature = feature_of(window)
    panel = feature.deadlines_panel
    signals = context.signals
    with (
        qtbot.waitSignal(signals.country_requested) as country,
        qtbot.waitSignal(signals.date_requested) as day,
    ):
        panel.table.activated.emit(panel.model.index(0, 0))
    assert country.args == ["BR"]
    assert day.args == [dt.date(2025, 7, 5)]
    assert feature.country_panel.page.code == "BR"


def test_sources_mentioning_the_country_are_listed(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.domain.model import Source

    context.store.sources.add(
        Source("Malaysia faces a 25% tariff from 1 August.", "Letter to Anwar", "AP")
    )
    context.store.sources.add(Source("Brazil replies to the tariff letter.", "Brasilia", "AP"))
    window = open_window(qtbot, context)
    context.signals.country_requested.emit("Malaysia")
    tree = feature_of(window).country_panel.page.tree
    sources = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Sources")
    )
    assert [sources.child(i).text(0) for i in range(sources.childCount())] == [
        "Letter to Anwar — AP"
    ]


def test_countdowns_recount_when_the_day_turns(qtbot: QtBot, context: AppContext) -> None:
    fill(context.store)
    window = open_window(qtbot, context)
    feature = feature_of(window)
    context.signals.country_requested.emit("MY")
    context.clock = fixed_clock(dt.datetime(2025, 7, 31, 0, 5, tzinfo=dt.UTC))
    feature.reminders.check()
    assert feature.country_panel.page.position.text().endswith("(tomorrow)")
    assert [r.deadline.target for r in feature.reminders.due][:1] == ["KH"]
    # The deadlines list counts from the new day too, though it asks the day once per reload.
    model = feature.deadlines_panel.model
    assert model.today() == dt.date(2025, 7, 31)
    first = model.record(0)
    shown = model.index(0, 2).data()
    new_day = dt.date(2025, 7, 31)
    late = (new_day - first.day).days
    expected = (
        f"{late} days overdue" if first.is_overdue(new_day) else countdown_text(first.day, new_day)
    )
    assert shown == expected


def test_panels_reopen_on_the_last_country_and_list_officials_by_name(
    qtbot: QtBot, context: AppContext
) -> None:
    fill(context.store)
    context.store.officials.add(Official("Zafrul Aziz", "Trade Minister", "MY"))
    window = open_window(qtbot, context)
    context.signals.country_requested.emit("KH")
    window.close()
    again = feature_of(open_window(qtbot, context))
    assert again.country_panel.page.code == "KH"
    again.window.actions_by_key["show_officials"].trigger()
    shown = again.officials_panel.model
    assert [shown.index(r, 0).data() for r in range(shown.rowCount())] == [
        "Anwar Ibrahim",
        "Zafrul Aziz",
    ]


def test_keys_name_countries_first_and_blocs_by_key_or_name() -> None:
    from diplomatic_calendar.ui.panels.country_panel import resolve_key

    assert resolve_key("EU") == "EU"
    assert resolve_key("bloc:EU") == "bloc:EU"
    assert resolve_key("g7") == "bloc:G7"
    assert resolve_key("Association of Southeast Asian Nations") == "bloc:ASEAN"
    assert resolve_key("Malaysia") == "MY"
    assert resolve_key("Atlantis") is None
    assert resolve_key("bloc:Atlantis") is None


def test_the_officials_list_is_read_only_once_its_tab_is_shown(
    qtbot: QtBot, context: AppContext
) -> None:
    fill(context.store)
    window = open_window(qtbot, context)
    feature = feature_of(window)
    panel = feature.officials_panel
    assert not feature.officials_dock.isVisible()  # a first start opens on the calendar
    context.store.officials.add(Official("Zafrul Aziz", "Trade Minister", "MY"))
    panel.reload()  # while hidden this only marks the list stale
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert "Zafrul Aziz" not in names
    window.actions_by_key["show_officials"].trigger()
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert "Zafrul Aziz" in names


def test_hidden_docks_are_built_when_first_shown_and_remember_the_last_country(
    qtbot: QtBot, context: AppContext
) -> None:
    fill(context.store)
    context.settings.setValue("country_panel/shown", "MY")
    window = open_window(qtbot, context)
    feature = feature_of(window)
    assert not feature.country_dock.isVisible()
    assert feature._country_panel is None and feature._officials_panel is None
    context.store.tariffs.add(
        TariffAction("US", "MY", 30.0, effective_date=dt.date(2025, 9, 1)),
        changed_on=dt.date(2025, 7, 10),
    )
    context.signals.data_changed.emit()  # a change while nothing is built refreshes nothing

    window.actions_by_key["show_officials"].trigger()
    qtbot.waitUntil(lambda: feature.officials_dock.isVisible())
    assert feature.officials_dock.widget() is feature.officials_panel
    assert feature.officials_panel.model.rowCount() == 1  # Anwar Ibrahim, read on showing

    feature.country_dock.show()
    feature.country_dock.raise_()
    qtbot.waitUntil(lambda: feature.country_dock.isVisible())
    panel = feature.country_dock.widget()
    assert panel is feature.country_panel
    assert "Malaysia (MY)" in panel.page.title.text()
    assert panel.page.position.text().startswith("US tariff 30%")  # read when shown


def test_an_empty_deadlines_list_says_why_it_is_empty(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    table = feature_of(window).deadlines_panel.table
    panel = feature_of(window).deadlines_panel
    assert table.model().rowCount() == 0
    assert table.placeholder().startswith("No deadlines in the coming year.")
    fill(context.store)
    context.signals.data_changed.emit()
    assert table.model().rowCount() > 0
    panel.kind.setCurrentIndex(panel.kind.findData(EventKind.DEADLINE))  # no plain deadlines
    assert table.model().rowCount() == 0
    assert table.placeholder() == "No deadlines match these filters."


def test_a_long_list_of_meetings_says_how_many_it_shows(qtbot: QtBot, context: AppContext) -> None:
    for day in range(1, 13):  # twelve meetings before the fixed 10 July
        start, end = all_day_span(dt.date(2025, 6, day))
        context.store.events.add(
            Event(f"Talks {day}", EventKind.MEETING, start, end, countries=("CL",))
        )
    window = open_window(qtbot, context)
    feature = feature_of(window)
    feature.show_country("CL")
    tree = feature.country_panel.page.tree
    sections = {
        tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
    }
    recent = sections["Recent meetings (10 of 12)"]
    assert recent.childCount() == 10
    assert "Upcoming meetings (0)" in sections


def test_opening_the_country_dock_keeps_the_window_s_width_and_the_calendar_readable(
    qtbot: QtBot, context: AppContext
) -> None:
    from diplomatic_calendar.ui.features.countries import CALENDAR_ROOM

    window = open_window(qtbot, context)
    window.resize(1200, 800)
    qtbot.waitUntil(lambda: window.width() == 1200)
    feature = feature_of(window)
    assert not feature.country_dock.isVisible()
    feature.show_country("MY")
    dock = feature.country_dock
    calendar = window.centralWidget()
    qtbot.waitUntil(lambda: calendar.width() >= CALENDAR_ROOM - 20)  # less the separators
    assert window.width() == 1200 and dock.width() >= 250
    window.actions_by_key["show_officials"].trigger()
    qtbot.wait(10)
    assert window.width() == 1200


def test_docks_opened_beside_the_welcome_page_keep_the_window_s_width(
    qtbot: QtBot, store: Store, settings
) -> None:  # type: ignore[no-untyped-def]
    from diplomatic_calendar.ui import main_window

    empty = AppContext(store=store, settings=settings, clock=fixed_clock(dt.datetime(2025, 7, 10)))
    window = main_window.MainWindow(empty)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.stack.currentWidget() is window.welcome
    window.resize(1100, 800)
    qtbot.waitUntil(lambda: window.width() == 1100)
    for key in ("show_country", "show_officials"):
        window.actions_by_key[key].trigger()
        qtbot.wait(20)
        assert window.width() == 1100


def test_the_calendar_marks_the_new_day_as_today_when_the_day_turns(
    qtbot: QtBot, context: AppContext
) -> None:
    from diplomatic_calendar.ui.models.month_model import DateRole, IsTodayRole

    window = open_window(qtbot, context)
    feature = feature_of(window)
    month = window.pane.month_model

    def marked() -> list[dt.date]:
        cells = (month.index(r, c) for r in range(month.rowCount()) for c in range(7))
        return [cell.data(DateRole) for cell in cells if cell.data(IsTodayRole)]

    assert marked() == [context.today()]
    context.clock = fixed_clock(dt.datetime(2025, 7, 11, 0, 5, tzinfo=dt.UTC))
    feature.reminders.check()
    assert marked() == [dt.date(2025, 7, 11)]
