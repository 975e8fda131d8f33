"""A planned meeting with no date of its own, in the city of a trip's dated talks."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_planned_meeting_in_the_same_city_takes_the_trips_day() -> None:
    text = (
        "Peruvian Prime Minister Ana Quispe will hold talks with Vietnamese Prime Minister "
        "Pham Van Long in Hanoi on Sunday. Peruvian Foreign Minister Luis Vera is also expected "
        "to meet Vietnamese Foreign Minister Tran Thi Mai in Hanoi.\n"
    )
    events = extract(text, dt.date(2026, 5, 6)).events
    dated = {frozenset(e.participants): e.date for e in events if len(e.participants) == 2}
    assert dated[frozenset({"Luis Vera", "Tran Thi Mai"})] == "2026-05-10"
