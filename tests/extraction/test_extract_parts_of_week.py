"""'Earlier in the week', 'later this week': the part of the week on the other side of the day."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.dates import find_dates

THURSDAY = dt.date(2025, 11, 20)


def test_talks_earlier_in_the_week_are_dated_to_its_month_not_to_the_day() -> None:
    text = (
        "Earlier in the week, Deputy Foreign Minister Ana Soto of Chile held talks with her "
        "Peruvian counterpart Luis Paredes in Lima."
    )
    events = extract(text, THURSDAY).events
    assert [e.date for e in events] == ["2025-11"]


def test_the_rest_of_a_week_that_runs_into_the_next_month_is_given_by_the_year() -> None:
    thursday = dt.date(2025, 10, 30)
    (found,) = find_dates("The two will meet later this week.", 0, thursday)
    assert found.value == "2025"
    (found,) = find_dates("They met earlier this week.", 0, thursday)
    assert found.value == "2025-10"
