"""What a dossier says is true as of today: a called-off meeting is marked, a former official
is marked and listed after those in office, the country's deadlines are listed, and a rate
shows the rate it replaced."""

from __future__ import annotations

import datetime as dt

import pytest
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Official,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.printing import PrintOptions, build_printout
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import feature_of, open_window

TODAY = dt.date(2025, 7, 10)


def _day(title: str, kind: EventKind, day: dt.date, status: EventStatus, *codes: str) -> Event:
    return Event(title, kind, day, day + dt.timedelta(days=1), status=status, countries=codes)


def _fill(context: AppContext) -> None:
    store = context.store
    store.events.add(
        _day("State visit", EventKind.VISIT, dt.date(2025, 7, 20), EventStatus.CANCELLED, "MY")
    )
    store.events.add(
        _day("Reply to questionnaire", EventKind.DEADLINE, dt.date(2025, 7, 17),
             EventStatus.PLANNED, "MY", "US")
    )  # fmt: skip
    store.officials.add(
        Official("Old Minister", "Foreign Minister", "MY", term_end=dt.date(2022, 11, 24))
    )
    store.officials.add(Official("New Minister", "Foreign Minister", "MY"))
    store.tariffs.add(
        TariffAction(
            "US",
            "MY",
            19.0,
            TariffStatus.DEAL,
            previous_rate_percent=25.0,
            effective_date=dt.date(2025, 8, 1),
        )
    )
    store.tariffs.add(TariffAction("MY", "US", 10.0, effective_date=dt.date(2025, 7, 12)))


def _sections(qtbot: QtBot, context: AppContext) -> dict[str, list[str]]:
    feature = feature_of(open_window(qtbot, context))
    feature.show_country("MY")
    tree = feature.country_panel.page.tree
    out = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out[top.text(0).split(" (")[0]] = [top.child(n).text(0) for n in range(top.childCount())]
    return out


def test_the_country_panel_marks_what_is_off_or_former(qtbot: QtBot, context: AppContext) -> None:
    _fill(context)
    sections = _sections(qtbot, context)
    assert sections["Upcoming meetings"] == ["Sun 20 Jul 2025 · State visit (Cancelled)"]
    assert sections["Officials"] == [
        "New Minister · Foreign Minister",
        "Old Minister · Foreign Minister (former, until 24 Nov 2022)",
    ]
    deadlines = sections["Upcoming deadlines"]
    assert any("Reply to questionnaire (in 7 days)" in line for line in deadlines)
    tariffs = [t for t in sections if t.startswith("Tariff actions")]
    assert any("19% (was 25%)" in line for line in sections[tariffs[0]])


def test_a_blocs_next_deadline_is_one_its_member_faces(qtbot: QtBot, context: AppContext) -> None:
    _fill(context)
    feature = feature_of(open_window(qtbot, context))
    feature.show_country("bloc:ASEAN")
    rows = {row.code: row for row in feature.country_panel.bloc_page.model.records()}
    assert rows["MY"].next_deadline is not None
    # the 12 July tariff is Malaysia's own on the United States: not a deadline it faces
    assert rows["MY"].next_deadline.day == dt.date(2025, 7, 17)


def test_the_brief_marks_a_former_official_and_the_replaced_rate(context: AppContext) -> None:
    _fill(context)
    options = PrintOptions(
        "country", TODAY, TODAY + dt.timedelta(days=60), country="MY", today=TODAY
    )
    html = "".join(block.html for block in build_printout(context.store, options))
    assert "former Foreign Minister, until" in html
    assert html.index("New Minister") < html.index("Old Minister")
    assert "was 25%" in html


def test_a_source_under_the_country_opens_its_article(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.domain.model import Source

    source = context.store.sources.add(
        Source("Malaysia and Japan signed a port accord.", title="Port accord", outlet="Wire")
    )
    feature = feature_of(open_window(qtbot, context))
    feature.show_country("MY")
    page = feature.country_panel.page
    dialog = page.open_source(source.id)
    assert dialog is not None and dialog.isVisible()
    assert dialog.text.toPlainText() == "Malaysia and Japan signed a port accord."  # type: ignore[attr-defined]
    assert dialog.text.isReadOnly()  # type: ignore[attr-defined]
    tree = page.tree
    sources = next(
        tree.topLevelItem(i)
        for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("Sources")
    )
    assert sources.childCount() == 1  # the article names the country, so it is listed


def test_a_new_official_under_a_name_on_record_is_added_only_when_confirmed(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    context.store.officials.add(
        Official("Sergey Lavrov", "Foreign Minister", "RU", aliases=("Sergei Lavrov",))
    )
    feature = feature_of(open_window(qtbot, context))
    asked: list[str] = []
    answer = {"button": QMessageBox.StandardButton.No}

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return answer["button"]

    monkeypatch.setattr(QMessageBox, "question", question)
    feature.save_official(None, Official("Sergei Lavrov", "Foreign Minister", "RU"))
    assert len(context.store.officials.all("RU")) == 1
    assert "already on record as Sergey Lavrov" in asked[0]
    answer["button"] = QMessageBox.StandardButton.Yes
    feature.save_official(None, Official("Sergei Lavrov", "Foreign Minister", "RU"))
    assert len(context.store.officials.all("RU")) == 2
    feature.save_official(None, Official("Maria Zakharova", "Spokeswoman", "RU"))
    assert len(asked) == 2  # a new name is not asked about


def test_a_blocs_title_counts_member_states_and_names_the_eu_apart(
    qtbot: QtBot, context: AppContext
) -> None:
    feature = feature_of(open_window(qtbot, context))
    feature.show_country("bloc:G7")
    assert feature.country_panel.bloc_page.title.text().endswith("· 7 members and the EU")
    feature.show_country("bloc:ASEAN")
    assert feature.country_panel.bloc_page.title.text().endswith("· 11 members")  # with Timor-Leste
