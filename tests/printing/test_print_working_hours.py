"""A day or week printout always shows the working day set in Settings, not a fixed 08–18."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.printing import PrintOptions, build_printout
from diplomatic_calendar.store import Store

DAY = dt.date(2025, 7, 15)


def _hour_rows(store: Store, working: tuple[int, int]) -> list[str]:
    options = PrintOptions("day", DAY, DAY, working_hours=working)
    html = "".join(block.html for block in build_printout(store, options))
    return [f"{h:02d}:00" for h in range(24) if f">{h:02d}:00<" in html]


def test_an_empty_day_shows_the_working_day_chosen(store: Store) -> None:
    assert _hour_rows(store, (7, 16)) == [f"{h:02d}:00" for h in range(7, 17)]
    assert _hour_rows(store, (8, 18)) == [f"{h:02d}:00" for h in range(8, 19)]


def test_a_working_day_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(UserError, match="working day"):
        PrintOptions("day", DAY, DAY, working_hours=(18, 8))


def test_hours_left_out_of_a_timetable_are_marked(store: Store) -> None:
    from zoneinfo import ZoneInfo

    from diplomatic_calendar.domain.model import Event, EventKind

    start = dt.datetime(2025, 7, 15, 2, 0, tzinfo=ZoneInfo("UTC"))
    store.events.add(Event("Call with Tokyo", EventKind.CALL, start, start + dt.timedelta(hours=1)))
    options = PrintOptions("day", DAY, DAY, working_hours=(8, 18))
    html = "".join(block.html for block in build_printout(store, options))
    assert ">02:00<" in html and ">… 08:00<" in html  # 03:00 to 07:00 are left out, and say so
    assert ">… 09:00<" not in html
