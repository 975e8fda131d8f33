"""'Y faces the same rate', and 'the secretary of Ukraine's security council'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 18)


def test_the_same_rate_is_the_rate_named_before() -> None:
    text = (
        "Senegal now faces a 12 percent US tariff, in force since August 7, while Gambia faces "
        "the same rate.\n"
    )
    found = {(t.target, t.rate_percent): t.status for t in extract(text, PUBLISHED).tariffs}
    assert found[("GM", 12)] == "in_force"


def test_the_state_after_of_in_an_appositive_title_is_the_officials() -> None:
    text = (
        "Talks resume in Geneva; Oleh Marchenko, the secretary of Ukraine's security council, "
        "heads Kyiv's team.\n"
    )
    (official,) = extract(text, PUBLISHED).officials
    assert (official.title, official.country) == ("Secretary", "UA")
