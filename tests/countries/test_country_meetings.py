"""The country page's meetings: the soonest coming and the latest past, dated in the home zone."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import feature_of, open_window

TODAY = dt.date(2025, 7, 10)


def _meeting(context: AppContext, day: dt.date, title: str) -> None:
    start = dt.datetime.combine(day, dt.time(10), tzinfo=dt.UTC)
    context.store.events.add(
        Event(title, EventKind.MEETING, start, start + dt.timedelta(hours=1), countries=("MX",))
    )


def _sections(qtbot: QtBot, context: AppContext) -> dict[str, list[str]]:
    window = open_window(qtbot, context)
    feature = feature_of(window)
    feature.show_country("MX")
    tree = feature.country_panel.page.tree
    out = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out[top.text(0)] = [top.child(n).text(0) for n in range(top.childCount())]
    return out


def test_a_busy_country_lists_the_soonest_coming_and_the_latest_past(
    qtbot: QtBot, context: AppContext
) -> None:
    for n in range(250):
        _meeting(context, TODAY + dt.timedelta(days=n), f"Coming {n}")
    for n in range(1, 6):
        _meeting(context, TODAY - dt.timedelta(days=n), f"Past {n}")
    sections = _sections(qtbot, context)
    coming = sections["Upcoming meetings (10 of 250)"]
    assert coming[0].endswith("Coming 0") and coming[9].endswith("Coming 9")
    past = sections["Recent meetings (5)"]
    assert past[0].endswith("Past 1") and past[-1].endswith("Past 5")


def test_meetings_are_dated_as_the_home_zone_sees_them(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue("home_zone", "Asia/Tokyo")
    evening = dt.datetime(2025, 7, 10, 20, tzinfo=ZoneInfo("America/Los_Angeles"))
    context.store.events.add(
        Event(
            "Late talks",
            EventKind.MEETING,
            evening,
            evening + dt.timedelta(hours=1),
            countries=("MX",),
        )
    )
    sections = _sections(qtbot, context)
    (line,) = sections["Upcoming meetings (1)"]
    assert line.startswith("Fri 11 Jul 2025 12:00 · Late talks")  # and at the time of home


def test_a_source_chosen_for_a_tariff_change_is_listed(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.domain.model import Source, TariffAction

    letter = context.store.sources.add(Source(text="The rate rises on 1 August.", title="Letter"))
    action = context.store.tariffs.add(TariffAction("US", "MX", 25.0))
    context.store.tariffs.update(action.with_changes(rate_percent=30.0), source_id=letter.id)
    sections = _sections(qtbot, context)
    assert any("Letter" in line for line in sections["Sources mentioning it (1)"])
