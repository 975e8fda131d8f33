"""Two officials who meet a group nobody names are one side of that meeting, not its two sides."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 9, 10)


def test_two_ministers_meeting_company_representatives_meet_no_one_named() -> None:
    text = (
        "Czech Trade Minister Petr Novak and Finance Minister Eva Dvorak met representatives "
        "of two carmakers in Prague on Monday to discuss support measures.\n"
    )
    assert not extract(text, PUBLISHED).events


def test_two_ministers_who_met_each_other_still_meet() -> None:
    text = (
        "Czech Trade Minister Petr Novak and Austrian Economy Minister Eva Lind met in Prague on "
        "Monday to discuss support measures.\n"
    )
    (event,) = extract(text, PUBLISHED).events
    assert event.kind == "meeting"
    assert event.date == "2025-09-08"
