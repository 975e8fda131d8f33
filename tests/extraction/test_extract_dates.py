"""Dates resolved against the publication date, at the precision the text gives."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.dates import find_dates, find_time, weekday_index

THURSDAY = dt.date(2025, 7, 10)


def values(text: str, published: dt.date = THURSDAY) -> list[str]:
    return [d.value for d in find_dates(text, 0, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers met Thursday in Oslo.", ["2025-07-10"]),  # same day, past tense
        ("The ministers met on Monday.", ["2025-07-07"]),
        ("The ministers will meet on Monday.", ["2025-07-14"]),
        ("She said she would travel there on Friday.", ["2025-07-11"]),
        ("He met earlier Thurday with the envoy.", ["2025-07-10"]),  # a typo of Thursday
        ("Earlier on Thursday, the two signed a memorandum.", ["2025-07-10"]),
        ("The two leaders are meeting Monday in Rome.", ["2025-07-14"]),
        ("The envoy is travelling to Kyiv on Friday.", ["2025-07-11"]),
    ],
)
def test_weekdays_follow_the_tense(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_two_weekdays_share_one_verb() -> None:
    text = "Letters went out on Monday and Wednesday that they will face duties."
    assert values(text) == ["2025-07-07", "2025-07-09"]


def test_month_without_day_keeps_month_precision() -> None:
    assert values("Their first meeting took place in February in Lima.") == ["2025-02"]
    assert values("The talks will resume in February.") == ["2026-02"]
    assert values("A levy that was imposed in April still applies.") == ["2025-04"]


def test_month_and_day_take_the_year_nearest_to_publication() -> None:
    assert values("Duties start Aug. 1.") == ["2025-08-01"]
    assert values("Duties start Jan. 5.", dt.date(2025, 12, 20)) == ["2026-01-05"]
    assert values("The pact was signed Dec. 28.", dt.date(2026, 1, 3)) == ["2025-12-28"]


def test_explicit_dates_and_years() -> None:
    assert values("On February 18, 2025, the envoy arrived.") == ["2025-02-18"]
    assert values("They met in Kazan in 2024.") == ["2024"]
    assert values("The deadline is 2025-09-30.") == ["2025-09-30"]
    assert values("Talks on 3 March 2024 failed.") == ["2024-03-03"]


def test_ranges_give_an_end_date() -> None:
    found = find_dates("The summit, from August 31 to September 1, opens soon.", 0, THURSDAY)
    assert [(d.value, d.end_value) for d in found] == [("2025-08-31", "2025-09-01")]
    found = find_dates("The fair runs Aug. 7-9 this year.", 0, THURSDAY)
    assert (found[0].value, found[0].end_value) == ("2025-08-07", "2025-08-09")


def test_from_a_date_is_that_date() -> None:
    assert values("New duties apply from Aug. 7.") == ["2025-08-07"]


def test_relative_weeks_keep_month_precision() -> None:
    assert values("The envoy visited last week.") == ["2025-07"]
    assert values("He said so yesterday.") == ["2025-07-09"]
    assert values("They met three days ago.") == ["2025-07-07"]
    assert values("They met two weeks ago.") == ["2025-06"]
    assert values("They met a month ago.") == ["2025-06"]
    assert values("They met 2 years ago.") == ["2023"]


def test_percentages_are_not_dates() -> None:
    assert values("Brunei faces 25% and Laos 40 percent, up from 10%.") == []
    assert values("A rate of 30% on May shipments.") == []


def test_offsets_point_into_the_text() -> None:
    text = "Intro. They met on Monday."
    found = find_dates(text[7:], 7, THURSDAY)
    assert text[found[0].start : found[0].end] == "Monday"


def test_weekday_names_forgive_one_typo_only() -> None:
    assert weekday_index("Wednesday") == 2
    assert weekday_index("Wendesday") == 2
    assert weekday_index("Thurday") == 3
    assert weekday_index("Holiday") is None
    assert weekday_index("Today") is None


def test_clock_times_and_zones() -> None:
    assert find_time("They meet at 3:30 p.m. local time.") == ("15:30", "local time")
    assert find_time("Talks open at 10 a.m. (GMT) on Friday.") == ("10:00", "GMT")
    assert find_time("A call at 9pm EDT.") == ("21:00", "EDT")
    assert find_time("At 12 a.m. sharp.") == ("00:00", None)
    assert find_time("Rates rose 25 percent.") is None


def test_events_carry_their_time() -> None:
    text = "Peru's President Ana Quispe will meet Chile's President Luis Soto at 4 p.m. on Friday."
    (meeting,) = extract(text, THURSDAY).events
    assert (meeting.date, meeting.time, meeting.timezone) == ("2025-07-11", "16:00", None)


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        # A date without a year on the wrong side of the story for its verb is another year's.
        (
            "Trade Minister Lena Vogt will meet Japanese Trade Minister Ken Aoki on February 10 "
            "in Berlin.",
            dt.date(2025, 7, 14),
            "2026-02-10",
        ),
        (
            "Trade Minister Lena Vogt met Japanese Trade Minister Ken Aoki on August 20 in Berlin.",
            dt.date(2025, 7, 14),
            "2024-08-20",
        ),
        # Within a month either way, the nearest reading stands whatever the verb.
        (
            "Trade Minister Lena Vogt will meet Japanese Trade Minister Ken Aoki on July 10 "
            "in Berlin.",
            dt.date(2025, 7, 14),
            "2025-07-10",
        ),
        # 'last' and 'next' never mean the publication day itself.
        (
            "Trade Minister Lena Vogt met Japanese Trade Minister Ken Aoki last Wednesday "
            "in Berlin.",
            dt.date(2025, 7, 16),
            "2025-07-09",
        ),
        (
            "Trade Minister Lena Vogt will meet Japanese Trade Minister Ken Aoki next Wednesday "
            "in Berlin.",
            dt.date(2025, 7, 16),
            "2025-07-23",
        ),
        (
            "Trade Minister Lena Vogt met Japanese Trade Minister Ken Aoki on Wednesday in Berlin.",
            dt.date(2025, 7, 16),
            "2025-07-16",
        ),
    ],
)
def test_dates_take_their_year_and_week_from_the_verb_and_its_words(
    sentence: str, published: dt.date, expected: str
) -> None:
    (event,) = extract(sentence, published).events
    assert event.date == expected
