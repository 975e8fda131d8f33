"""Dates given by a season ('in the autumn') or by a month with its year in words ('in July last
year')."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction.dates import find_dates

JULY = dt.date(2025, 7, 24)
DECEMBER = dt.date(2025, 12, 2)


def values(text: str, published: dt.date = JULY) -> list[str]:
    return [d.value for d in find_dates(text, 0, published)]


def test_a_month_last_year() -> None:
    assert values("The levy has been in force since August last year.", DECEMBER) == ["2024-08"]


def test_a_month_last_year_after_a_past_verb() -> None:
    assert values("The duties took effect in May last year, officials said.") == ["2024-05"]


def test_a_day_next_year() -> None:
    text = "The pact will enter into force on January 5 next year."
    assert values(text, dt.date(2026, 1, 2)) == ["2027-01-05"]


def test_a_day_before_its_month_last_year() -> None:
    assert values("It was signed on 16 September last year in Lima.", DECEMBER) == ["2024-09-16"]


def test_a_season_to_come_this_year() -> None:
    assert values("The minister will travel to Delhi in the autumn for talks.") == ["2025"]


def test_a_season_over_and_still_to_come_is_next_years() -> None:
    assert values("The minister will travel to Delhi in the summer for talks.", DECEMBER) == [
        "2026"
    ]


def test_a_season_looked_forward_to_in_a_past_report() -> None:
    said = "He said he looked forward to visiting Rome in the spring."
    assert values(said, dt.date(2026, 1, 9)) == ["2026"]


def test_next_and_last_seasons() -> None:
    assert values("Talks resume next spring.") == ["2026"]
    assert values("They last met in Oslo last summer.") == ["2024"]
    assert values("They last met in Oslo last summer.", dt.date(2025, 10, 1)) == ["2025"]


def test_a_season_with_its_year() -> None:
    assert values("Elections are due in the fall of 2027.") == ["2027"]


def test_a_fall_that_is_no_season() -> None:
    assert values("Shares fall in Asia as the fall of the peso deepens.") == []
    assert values("Prices saw the last fall before the vote.") == []
