"""'The Minister of Foreign Affairs of the Republic of X, H.E. Y': the office, then its state."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_an_office_followed_by_the_state_it_serves() -> None:
    text = (
        "The Cabinet Secretary held talks with the Minister of Foreign Affairs of the Republic "
        "of Peru, H.E. Rosa Villanueva, at the Ministry's headquarters in Nairobi.\n"
    )
    (official,) = [
        o for o in extract(text, dt.date(2025, 11, 19)).officials if o.name == "Rosa Villanueva"
    ]
    assert (official.title, official.country) == ("Minister of Foreign Affairs", "PE")
