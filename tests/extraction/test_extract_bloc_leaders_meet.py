"""A bloc's leaders meeting in a city hold that bloc's summit, named 'summit' or not."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

WEDNESDAY = dt.date(2026, 3, 11)


def test_a_bloc_s_heads_of_state_meeting_in_a_city_is_its_summit() -> None:
    text = (
        "ECOWAS heads of state and government will meet in Accra, Ghana, on Saturday for "
        "their ordinary session, with security high on the agenda.\n\n"
        "President Kwame Asante will lead Togo's delegation to the summit, his office said.\n\n"
        "Ghanaian President Ama Boateng will host a dinner for the visiting leaders on "
        "Saturday evening.\n"
    )
    (event,) = extract(text, WEDNESDAY).events
    assert event.kind == "summit"
    assert event.status == "planned"
    assert event.date == "2026-03-14"
    assert event.location is not None and event.location.city == "Accra"
    assert {"Kwame Asante", "Ama Boateng"} <= set(event.participants)


def test_a_dinner_with_no_summit_told_before_joins_nothing() -> None:
    text = (
        "Ghanaian President Ama Boateng will host a dinner for the visiting leaders on "
        "Saturday evening.\n"
    )
    assert not [e for e in extract(text, WEDNESDAY).events if e.kind == "summit"]
