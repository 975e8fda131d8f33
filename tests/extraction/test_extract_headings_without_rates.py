"""A country heading over a section that speaks of no tariffs names no rate's target."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 4)


def test_a_poll_under_a_country_heading_is_no_rate() -> None:
    text = (
        "Live: the day's news\n\n"
        "CHILE\n\n"
        "Support for the ruling party faces 38% in polls, pollsters said.\n\n"
        "TRADE\n\n"
        "Washington imposed a 25% tariff on Peruvian copper.\n"
    )
    assert [(t.target, t.rate_percent) for t in extract(text, PUBLISHED).tariffs] == [("PE", 25)]


def test_a_monarch_followed_by_a_verb_is_named() -> None:
    text = "King Charles hosted Japanese Emperor Naruhito at Windsor Castle on Tuesday.\n"
    found = {o.name: o.title for o in extract(text, PUBLISHED).officials}
    assert found == {"Charles": "King", "Naruhito": "Emperor"}
