"""'Leaders of the Andean states met … with X', and the one 'who hosted the talks'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_leaders_of_named_states_meet_a_guest_and_the_host_joins() -> None:
    text = (
        "Leaders of the Andean and Caribbean states met in Lima on Tuesday with Ukrainian "
        "President Oleh Marchenko and pledged more aid.\n\n"
        "Peruvian President Ana Quispe, who hosted the talks, said the pledges were firm.\n"
    )
    events = [e for e in extract(text, dt.date(2026, 1, 27)).events if e.kind == "meeting"]
    (meeting,) = events
    assert {"Oleh Marchenko", "Ana Quispe"} <= set(meeting.participants)
    assert meeting.date == "2026-01-27"
