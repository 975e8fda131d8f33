"""Meetings reported as talks in a city, and who takes part in them."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 3, 13)


def test_a_deal_reached_during_talks_in_a_city_is_a_meeting() -> None:
    text = (
        "Industry Minister Marek Kowal reached the agreement with Austrian Chancellor Petra "
        "Lind during talks in Vienna on Wednesday, officials said.\n"
    )
    (event,) = extract(text, THURSDAY).events
    assert event.kind == "meeting"
    assert set(event.participants) == {"Marek Kowal", "Petra Lind"}
    assert event.date == "2025-03-12"
    assert event.location.city == "Vienna"


def test_one_named_at_talks_in_a_city_is_no_meeting() -> None:
    text = "Industry Minister Marek Kowal said the agreement was reached during talks in Vienna.\n"
    assert extract(text, THURSDAY).events == ()
