"""A later verb of the sentence tells the event: after a denied trip, the meeting a contrast
(', though') brings; after a meeting with no one named, the one ', where' tells."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_meeting_after_though_follows_a_denied_trip() -> None:
    text = (
        "Peruvian President Rosa Quispe spoke by telephone with US President Tom Hale on "
        "Monday.\n\n"
        "She has not travelled to Washington since taking office, though the two leaders met "
        "briefly in Miami in December at a football final.\n"
    )
    events = [e for e in extract(text, dt.date(2026, 1, 15)).events if e.kind == "meeting"]
    assert [(set(e.participants), e.date, e.status) for e in events] == [
        ({"Rosa Quispe", "Tom Hale"}, "2025-12", "held")
    ]


def test_a_trip_denied_with_no_contrast_is_no_event() -> None:
    text = (
        "Peruvian President Rosa Quispe spoke by telephone with US President Tom Hale on "
        "Monday.\n\n"
        "She has not travelled to Washington to meet Hale since taking office.\n"
    )
    events = [e for e in extract(text, dt.date(2026, 1, 15)).events if e.kind != "call"]
    assert events == []


def test_the_meeting_where_tells_when_the_first_names_no_one() -> None:
    text = (
        "On Tuesday, Chilean President Ana Rojas met business leaders in Lima before flying to "
        "Cusco, where she is due to meet regional governor Pablo Soto on Wednesday.\n"
    )
    events = [e for e in extract(text, dt.date(2026, 6, 24)).events if e.kind == "meeting"]
    assert [(set(e.participants), e.date, e.status) for e in events] == [
        ({"Ana Rojas", "Pablo Soto"}, "2026-06-24", "planned")
    ]
