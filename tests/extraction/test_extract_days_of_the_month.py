"""'On the 18th': a day of the month the story is dated in, wire style."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.dates import find_dates

PUBLISHED = dt.date(2025, 6, 17)


def _values(text: str) -> list[str]:
    return [d.value for d in find_dates(text, 0, PUBLISHED)]


def test_a_day_alone_is_that_day_of_the_publication_month() -> None:
    assert _values("The minister will leave for Lima on the 20th before flying home.") == [
        "2025-06-20"
    ]
    assert _values("The minister met the envoy on the 16th, the ministry said.") == ["2025-06-16"]


def test_a_day_already_past_is_next_month_s_when_it_is_still_to_come() -> None:
    assert _values("The envoy will return on the 3rd for another round.") == ["2025-07-03"]


def test_a_day_still_to_come_is_last_month_s_when_it_is_past() -> None:
    assert _values("The envoy arrived on the 28th, the ministry said.") == ["2025-05-28"]


def test_ordinals_that_are_no_days_are_left_alone() -> None:
    assert _values("Talks on the 18th floor opened the 21st century's trade era.") == []


def test_a_planned_courtesy_call_on_a_day_alone_is_dated() -> None:
    text = (
        "Foreign Minister Aiko Tanabe is scheduled to call on Peruvian President Luis Carrera "
        "on the 19th before returning home, the ministry added.\n"
    )
    (event,) = extract(text, PUBLISHED).events
    assert event.status == "planned"
    assert event.date == "2025-06-19"


def test_a_trip_s_day_is_not_the_start_of_a_tariff_deal_talked_about() -> None:
    text = (
        "Under the deal reached last month, Washington agreed to cut its tariff on Peruvian "
        "goods to 12 percent.\n\n"
        "Trade Minister Rosa Quispe will fly to Washington on the 24th for talks with U.S. "
        "Commerce Secretary Dan Hollis on the details of the tariff deal.\n"
    )
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert tariff.rate_percent == 12
    assert tariff.effective_date is None
