"""Clock times on the 24-hour clock are read as well as "3 p.m.": readouts write "at 14:30",
Asian outlets "10:00 JST", and wire copy "1430 GMT"."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.dates import find_time

PUBLISHED = dt.date(2025, 7, 4)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The minister received her counterpart on Friday at 14:30 in Berlin.", ("14:30", None)),
        ("The talks open at 10:00 JST on Monday.", ("10:00", "JST")),
        ("Ministers meet at 1430 GMT in Geneva.", ("14:30", "GMT")),
        ("The vote is at 09:15 local time.", ("09:15", "local time")),
        ("They will meet at 3:30 p.m. on Tuesday.", ("15:30", None)),
        ("The session starts at 18:00 hrs CET.", ("18:00", "CET")),
    ],
)
def test_clock_times_in_either_style(sentence: str, found: tuple[str, str | None]) -> None:
    assert find_time(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "The tariff rose to 25.5% in 2024.",
        "The vote passed 3:1 in committee.",
        "Exports reached 1430 tonnes last year.",
    ],
)
def test_figures_that_are_no_times(sentence: str) -> None:
    assert find_time(sentence) is None


def test_a_meeting_at_a_24_hour_time_is_saved_with_it() -> None:
    text = (
        "Foreign Minister Anna Berg of Sweden received Foreign Minister Rui Costa of Portugal "
        "in Stockholm on Friday at 14:30, the ministry said.\\n"
    )
    (event,) = extract(text, PUBLISHED).events
    assert event.date == "2025-07-04"
    assert event.time == "14:30"
