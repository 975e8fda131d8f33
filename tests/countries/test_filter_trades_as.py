"""Filtering to an EU member shows the EU's tariff dates and deadlines too, as the deadlines
list, the country panel and the printouts count them; a filtered printout says what it shows."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus, TariffAction
from diplomatic_calendar.printing import PrintOptions
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import open_window

DAY = dt.date(2025, 7, 15)


def _day(title: str, kind: EventKind, *countries: str) -> Event:
    return Event(title, kind, DAY, DAY + dt.timedelta(days=1), countries=countries)


def test_a_member_state_takes_in_the_eus_deadlines_not_its_meetings() -> None:
    germany = EventFilter.for_country("DE")
    assert germany.accepts(_day("Vote on countermeasures", EventKind.DEADLINE, "EU"))
    assert germany.accepts(_day("Berlin talks", EventKind.MEETING, "DE"))
    assert not germany.accepts(_day("Brussels summit", EventKind.SUMMIT, "EU"))
    assert EventFilter.for_country("JP").deadline_countries == frozenset()


def test_the_toolbar_filter_for_germany_shows_the_tariff_on_the_eu(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.tariffs.add(TariffAction("US", "EU", 15.0, effective_date=DAY))
    context.store.events.add(_day("Brussels summit", EventKind.SUMMIT, "EU"))
    window = open_window(qtbot, context)
    window.filter_bar.select_place("country:DE")  # type: ignore[attr-defined]
    titles = {e.title for e in window.month_model.slots_on(DAY) if e is not None}
    assert titles == {"European Union: 15% US tariff"}


def test_a_filtered_printout_names_its_filter_in_the_header() -> None:
    first, last = dt.date(2026, 11, 1), dt.date(2026, 12, 31)
    asean = PrintOptions("deadlines", first, last, event_filter=EventFilter.for_bloc("ASEAN"))
    assert asean.header().startswith("Deadlines · only ASEAN · ")
    held = EventFilter(
        kinds=frozenset({EventKind.MEETING}),
        countries=frozenset({"DE", "FR"}),
        statuses=frozenset({EventStatus.HELD}),
    )
    agenda = PrintOptions("agenda", first, last, event_filter=held)
    assert agenda.header().startswith("Agenda · only France, Germany · meeting · held · ")
    assert "only" not in PrintOptions("agenda", first, last).header()


def test_events_for_a_member_state_on_the_command_line_take_in_the_eus_deadlines(
    tmp_path: object, capsys: object
) -> None:
    from pathlib import Path

    from diplomatic_calendar.cli import main
    from diplomatic_calendar.store import Store

    db = Path(str(tmp_path)) / "calendar.db"
    store = Store.open(db)
    store.tariffs.add(TariffAction("US", "EU", 15.0, effective_date=DAY))
    store.events.add(_day("Brussels summit", EventKind.SUMMIT, "EU"))
    store.close()
    args = ["--db", str(db), "events", "--from", "2025-07-01", "--to", "2025-07-31"]
    assert main([*args, "--country", "FR"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "European Union: 15% US tariff" in out and "Brussels summit" not in out
