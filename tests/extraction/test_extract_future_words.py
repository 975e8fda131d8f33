"""Words near a date that do or do not say it is still to come."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import EventDraft, extract

WEDNESDAY = dt.date(2025, 10, 15)


def meetings(text: str) -> list[EventDraft]:
    return [e for e in extract(text, WEDNESDAY).events if e.kind != "call"]


def test_a_place_someone_came_from_does_not_make_a_held_meeting_future() -> None:
    text = (
        "Peruvian Foreign Minister Lucia Ramos met Bolivian Foreign Minister Andres Quispe and a "
        "group of exporters at the foreign ministry on Monday, fresh from La Paz."
    )
    (meeting,) = meetings(text)
    assert (meeting.date, meeting.status) == ("2025-10-13", "held")
    # "from" before a date still marks a start to come
    text = "Canada will apply a 25% tariff on steel from the United States from Monday."
    (tariff,) = extract(text, WEDNESDAY).tariffs
    assert tariff.effective_date == "2025-10-20"
