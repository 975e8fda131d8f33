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


def test_the_head_of_a_bank_of_a_country_is_no_office_of_state() -> None:
    text = "The talks were attended by the head of the Bank of England, Andrew Bailey.\n"
    assert extract(text, dt.date(2025, 11, 19)).officials == ()
