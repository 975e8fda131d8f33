"""'Talks with Washington … he hoped to wrap them up': 'them' is the talks, not the people of
the last event, so no meeting with them is told."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_them_after_the_talks_is_no_one() -> None:
    text = (
        "Trade Minister Budi Hartono and Trade Commissioner Eva Lund signed the agreement in "
        "Jakarta on Tuesday.\n\n"
        "Hartono said talks with Washington on exemptions for palm oil were continuing, and "
        "that he hoped to wrap them up by the end of the year.\n"
    )
    events = extract(text, dt.date(2025, 9, 24)).events
    assert [e.kind for e in events] == ["signing"]
