"""Talk of arranging an event speaks of one still to come, not one held that day."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 9, 10)


def test_arrangements_for_a_summit_make_it_planned_in_its_month() -> None:
    text = (
        "During the talks, the two ministers discussed arrangements for a summit between "
        "President Ivo Maric and Chancellor Hanna Lind in Zagreb in late November.\n"
    )
    (event,) = extract(text, PUBLISHED).events
    assert event.status == "planned"
    assert event.date == "2025-11"


def test_preparations_for_a_meeting_make_it_planned() -> None:
    text = (
        "Officials began preparations for a meeting between President Ivo Maric and "
        "Chancellor Hanna Lind in Vienna in December.\n"
    )
    (event,) = extract(text, PUBLISHED).events
    assert event.status == "planned"
    assert event.date == "2025-12"
