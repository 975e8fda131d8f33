"""Which day belongs to which clause: the day before ', where' is the departure's, a later clause
with a day of its own is another event with the same people, the trip's day before 'and met'
dates the meeting, and 'co-chaired by X and Y' is the two chairs' meeting."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_the_day_after_where_is_the_meetings() -> None:
    text = (
        "British Foreign Secretary Ruth Hale leaves Lima on Thursday evening for Quito, where "
        "she will meet Ecuadorian Foreign Minister Pablo Soto on Friday.\n"
    )
    events = [e for e in extract(text, dt.date(2026, 1, 22)).events if e.kind == "meeting"]
    assert [(e.participants, e.date) for e in events] == [
        (("Ruth Hale", "Pablo Soto"), "2026-01-23")
    ]


def test_a_call_then_a_trip_to_meet_the_same_official() -> None:
    text = (
        "Trade Minister Tom Reid spoke with US Trade Representative Jane Cole by phone last "
        "Friday and says he will travel to Washington later this month to meet Cole in person.\n"
    )
    events = extract(text, dt.date(2025, 8, 6)).events
    assert [(e.kind, set(e.participants), e.date) for e in events] == [
        ("call", {"Tom Reid", "Jane Cole"}, "2025-08-01"),
        ("visit", {"Tom Reid", "Jane Cole"}, "2025-08"),
    ]


def test_the_trips_day_before_and_met_dates_the_meeting() -> None:
    text = (
        "IMF Managing Director Ana Lindqvist visited Hanoi in November and met Vietnamese "
        "President Le Van Minh, and has backed the reform plan for this year.\n"
    )
    events = extract(text, dt.date(2026, 2, 18)).events
    assert [(set(e.participants), e.date) for e in events] == [
        ({"Ana Lindqvist", "Le Van Minh"}, "2025-11")
    ]


def test_co_chaired_by_two_leaders_is_their_meeting() -> None:
    text = (
        "Foreign Minister Ana Rojas received Foreign Minister Mart Kask in Lima on Sunday.\n\n"
        "The two ministers reviewed the preparations for the next session of the joint "
        "council, which will be co-chaired by President Luis Arce and President Alar Tamm in "
        "Tallinn in October.\n"
    )
    events = extract(text, dt.date(2026, 6, 2)).events
    council = [e for e in events if "Luis Arce" in e.participants]
    assert [(set(e.participants), e.date, e.status) for e in council] == [
        ({"Luis Arce", "Alar Tamm"}, "2026-10", "planned")
    ]
