"""Cut-off dates written without the word 'deadline': 'has until', 'the pause expires on'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 4)


def deadlines(text: str) -> list[tuple[str, str | None]]:
    return [(e.kind, e.date) for e in extract(text, PUBLISHED).events if "deadline" in e.kind]


def test_a_country_that_has_until_a_day_to_strike_a_deal_faces_a_tariff_deadline() -> None:
    text = "Peru has until May 1 to reach a deal or face a 30% tariff.\n"
    assert deadlines(text) == [("tariff_deadline", "2026-05-01")]
    rates = {(t.target, t.rate_percent): t.status for t in extract(text, PUBLISHED).tariffs}
    assert rates[("PE", 30)] == "threatened"


def test_a_pause_on_tariffs_that_expires_on_a_day_is_a_tariff_deadline() -> None:
    text = "The pause on Chilean tariffs expires on April 8, officials said.\n"
    assert deadlines(text) == [("tariff_deadline", "2026-04-08")]
    # (a licence that expires is no cut-off of trade)
    assert deadlines("His driving licence expires on April 8, his lawyer said.\n") == []
