"""A trip to a bloc's ministerial meeting is a visit to that bloc's gathering."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_travel_for_a_blocs_ministerial_meeting_names_the_bloc() -> None:
    text = (
        "Foreign Minister Joyce Otieno is also due to travel to Brussels in November for the "
        "EU-AU ministerial meeting, where she is expected to press for faster trade talks.\n"
    )
    visits = [e for e in extract(text, dt.date(2025, 10, 15)).events if e.kind == "visit"]
    assert [v.participants for v in visits] == [("EU", "Joyce Otieno")]
