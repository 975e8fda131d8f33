"""When a held meeting took place, read from the clause that reports it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 3, 13)


def test_a_weekday_in_a_relative_clause_takes_that_clause_s_tense() -> None:
    text = (
        "Energy Minister Tomas Varga, who held a second round of talks with Austrian "
        "Chancellor Petra Lind on Monday, said both would keep working on a pipeline plan.\n"
    )
    (event,) = extract(text, THURSDAY).events
    assert event.kind == "meeting"
    assert event.status == "held"
    assert event.date == "2025-03-10"


def test_a_weekday_reported_alone_still_looks_ahead() -> None:
    text = "On Friday, officials said, Austrian Chancellor Petra Lind will meet Tomas Varga.\n"
    (event,) = extract(text, THURSDAY).events
    assert event.date == "2025-03-14"
