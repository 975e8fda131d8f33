"""A meeting the article dates with the year keeps that day and its tense, even when the
publication date given is earlier (a wrong publication date is likelier than a wrong article)."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

TEXT = (
    "Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van Klaveren "
    "in Lima on 20 November 2026 to discuss the border crossing.\n"
)


def test_a_day_written_with_its_year_stands_over_an_earlier_publication_date() -> None:
    (meeting,) = extract(TEXT, dt.date(2026, 11, 16)).events
    assert (meeting.date, meeting.status) == ("2026-11-20", "held")


def test_a_day_without_its_year_after_publication_does_not_date_a_held_meeting() -> None:
    text = (
        "Peruvian Foreign Minister Elmer Schialer met Chilean Foreign Minister Alberto van "
        "Klaveren in Lima ahead of the Nov. 20 deadline, officials said.\n"
    )
    meetings = [e for e in extract(text, dt.date(2026, 11, 16)).events if e.kind == "meeting"]
    assert [(m.date, m.status) for m in meetings] == [("2026-11-16", "held")]
