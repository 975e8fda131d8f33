"""A wire named in capitals in its dateline ('(ANTARA)') still gives bare titles its country."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_wire_in_capitals_is_still_that_wire() -> None:
    text = (
        "Jakarta (ANTARA) - Trade Minister Rudi Hartono said on Tuesday that the talks would "
        "resume next week.\n"
    )
    (official,) = extract(text, dt.date(2026, 6, 2)).officials
    assert (official.name, official.country) == ("Rudi Hartono", "ID")
