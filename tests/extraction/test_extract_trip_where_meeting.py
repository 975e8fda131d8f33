"""'X will travel to Hanoi, where he is scheduled to meet Y': one event, in Hanoi."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_trip_to_the_place_of_the_meeting_is_that_meeting() -> None:
    text = (
        "Peruvian Foreign Minister Luis Vera will visit Bangkok on Monday. Vera will then "
        "travel to Hanoi, where he is scheduled to meet Vietnamese Deputy Prime Minister "
        "Tran Van Khoa on the 18th before returning home, the ministry said.\n"
    )
    events = extract(text, dt.date(2026, 5, 6)).events
    hanoi = [e for e in events if e.location is not None and e.location.city == "Hanoi"]
    assert [e.participants for e in hanoi] == [("Luis Vera", "Tran Van Khoa")]
