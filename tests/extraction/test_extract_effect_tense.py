"""A measure's start in the present tense ("takes effect in May") lies ahead, whatever verb
opens the sentence; "effective in June" keeps the opening verb from deciding."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.dates import find_dates

PUBLISHED = dt.date(2026, 3, 3)


def _tariffs(text: str) -> list[tuple[str, str | None, str]]:
    found = extract(text, PUBLISHED).tariffs
    return [(t.target, t.effective_date, t.status) for t in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexico announced a 12% duty on Chilean wine that takes effect in May.",
            [("CL", "2026-05", "announced")],
        ),
        (
            "Mexico announced a 12% duty on Chilean wine, effective in June.",
            [("CL", "2026-06", "announced")],
        ),
    ],
)
def test_a_start_still_to_come_keeps_the_stories_year(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    assert _tariffs(text) == expected


def test_a_start_already_passed_stays_behind_the_story() -> None:
    text = "Mexico imposed a 12% duty on Chilean wine in January."
    assert _tariffs(text) == [("CL", "2026-01", "in_force")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bloc agreed a levy that comes into force in April.", "2026-04"),
        # a month already past this year, in the present tense, is the coming one
        ("Ministers approved a quota that enters into force in February.", "2027-02"),
        ("Ministers approved a quota, effective in January.", "2026-01"),
        ("Ministers approved a quota in April.", "2025-04"),
    ],
)
def test_the_month_a_measure_starts_in(text: str, expected: str) -> None:
    (mention,) = find_dates(text, 0, PUBLISHED)
    assert mention.value == expected
