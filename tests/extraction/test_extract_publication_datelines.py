"""The publication date read from a wire story's dateline or a short "Updated" line."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import find_publication_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "SANTIAGO, Feb. 3, 2026 (Wire) - Chile's trade minister met his Peruvian "
            "counterpart on Tuesday.",
            dt.date(2026, 2, 3),
        ),
        (
            "Headline\nNairobi, 14 October 2025 – Kenya's cabinet approved the deal.",
            dt.date(2025, 10, 14),
        ),
        ("Headline\nUpdated: Tue 3 Feb 2026 08:15 GMT\nThe body.", dt.date(2026, 2, 3)),
        ("Headline\nWed., Feb. 4, 2026\nThe body.", dt.date(2026, 2, 4)),
    ],
)
def test_a_dateline_with_its_year_gives_the_publication_date(text: str, expected: dt.date) -> None:
    assert find_publication_date(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "SANTIAGO, Feb. 3 (Wire) - a dateline without its year says nothing of the year.",
        "Trade ministers met in Lima, Peru, on 3 February 2026 - the first such talks.",
        "Lima - On 3 February 2026 the ministers signed the protocol.",
    ],
)
def test_dates_that_are_no_dateline_are_not_taken(text: str) -> None:
    assert find_publication_date(text) is None
