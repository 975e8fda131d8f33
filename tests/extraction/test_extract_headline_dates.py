"""A headline restating the story's meeting is that meeting, whatever date line sits under it."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import extract

BODY = (
    "Chilean Foreign Minister Ana Ruiz met Swiss Foreign Minister Karl Imhof in Geneva on "
    "Monday to discuss a trade upgrade.\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "",
        "July 9, 2025\n",
        "Updated: Wednesday, July 9, 2025 9:14 AM EDT\n",
        "Published on 09 July 2025 | 14:05 GMT\n",
    ],
)
def test_a_headline_and_its_story_give_one_meeting_on_the_storys_day(byline: str) -> None:
    text = f"Ruiz meets Imhof in Geneva\n{byline}\n{BODY}"
    events = extract(text, dt.date(2025, 7, 10)).events
    assert [(e.title, e.date) for e in events] == [("Ruiz meets Imhof", "2025-07-07")]


def test_a_dated_line_that_says_more_than_a_date_still_dates_its_neighbour() -> None:
    text = (
        "Ruiz meets Imhof in Geneva\n"
        "The two ministers last met on July 9, 2025, in Bern.\n\n" + BODY.replace(" on Monday", "")
    )
    events = extract(text, dt.date(2025, 7, 10)).events
    assert "2025-07-09" in {e.date for e in events}
