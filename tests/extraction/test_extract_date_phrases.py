"""Weekends, halves of a year, last night, a weekday with its date, and plans made in the past."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction.dates import find_dates

WEDNESDAY = dt.date(2026, 3, 25)
SATURDAY = dt.date(2026, 3, 28)
MONDAY = dt.date(2026, 7, 20)


def values(text: str, published: dt.date = WEDNESDAY) -> list[str]:
    return [d.value for d in find_dates(text, 0, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The president will travel to Osaka this weekend.", WEDNESDAY, ["2026-03"]),
        ("The president will travel to Osaka this weekend.", SATURDAY, ["2026-03"]),
        ("The envoy will fly home this weekend.", dt.date(2026, 1, 29), ["2026"]),
        ("They met in Geneva last weekend.", dt.date(2026, 4, 2), ["2026-03"]),
        ("They met in Geneva over the weekend.", dt.date(2026, 4, 1), ["2026-03"]),
        ("He will rest over the weekend.", dt.date(2026, 4, 1), ["2026-04"]),
    ],
)
def test_a_weekend_is_the_month_of_its_two_days(
    text: str, published: dt.date, expected: list[str]
) -> None:
    assert values(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is expected to visit in the second half of the year.", ["2026"]),
        ("A deal is due in the first half of next year.", ["2027"]),
        ("The rules lapse at the end of next month.", ["2026-04"]),
        ("The scheme ended at the end of last year.", ["2025"]),
    ],
)
def test_parts_of_a_year_or_a_month(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_last_night_is_the_day_before() -> None:
    assert values("The two held talks at the palace last night, the UN said.") == ["2026-03-24"]


def test_a_weekday_with_its_date_is_one_day() -> None:
    text = "The minister arrives on Monday, March 30, and leaves on Tuesday 31 March."
    assert values(text) == ["2026-03-30", "2026-03-31"]


def test_a_plan_that_was_expected_lies_in_the_past() -> None:
    text = "A meeting that was expected to take place on Sunday evening did not go ahead."
    assert values(text, MONDAY) == ["2026-07-19"]
    assert values("The minister is expected to arrive on Sunday.", MONDAY) == ["2026-07-26"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The rules will be published on Thursday and take effect the following day.",
            ["2026-03-26", "2026-03-27"],
        ),
        ("He arrived on 3 March and left a day later.", ["2026-03-03", "2026-03-04"]),
        ("The talks end on 30 March; the visit ends the day before.", ["2026-03-30", "2026-03-29"]),
        ("They met again the next day.", []),  # no day named to count from
    ],
)
def test_a_day_counted_from_the_day_named_before(text: str, expected: list[str]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mission visits Cairo from 25 to 27 May 2026.", [("2026-05-25", "2026-05-27")]),
        ("Consultations are set for 15-17 September.", [("2026-09-15", "2026-09-17")]),
        ("Exports fell 10 to 3 May.", [("2026-05-03", None)]),
    ],
)
def test_a_range_of_days_before_the_month(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(d.value, d.end_value) for d in find_dates(text, 0, WEDNESDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They will meet between March 30 and April 1.",
            [("2026-03-30", None), ("2026-04-01", None)],
        ),
        ("They will meet between 9 and 11 April.", [("2026-04-09", "2026-04-11")]),
        ("Talks on April 9 and 10 will follow.", [("2026-04-09", "2026-04-10")]),
        ("Talks on April 9 and 14 will follow.", [("2026-04-09", None)]),
        ("The summit is slated for April 16.", [("2026-04-16", None)]),
    ],
)
def test_two_days_joined_by_and(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(d.value, d.end_value) for d in find_dates(text, 0, WEDNESDAY)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoy returns in three days.", ["2026-03-28"]),
        ("A decision is due in two weeks.", ["2026-04"]),
        ("The rules lapse in six months.", ["2026-09"]),
        ("Prices rose in two years of talks.", []),
        (
            "The meeting was held on 3 March; the vote came the previous day.",
            ["2026-03-03", "2026-03-02"],
        ),
    ],
)
def test_days_counted_ahead_from_the_story(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_slated_is_ahead() -> None:
    assert [d.tense for d in find_dates("Talks are slated for Monday.", 0, WEDNESDAY)] == ["future"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The duty was doubled last March.", ["2025-03"]),  # the story is of March 2026
        ("They met last January.", ["2026-01"]),
        ("He will visit next March.", ["2027-03"]),
        ("He will visit next April.", ["2026-04"]),
    ],
)
def test_last_and_next_month_of_the_same_name(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_a_weekday_and_the_day_of_the_month() -> None:
    assert values("They will meet on Thursday the 16th in Rome.") == ["2026-04-16"]
    assert values("He arrived Tuesday, the 10th, in Rome.") == ["2026-03-10"]
