"""A rate a deal set that has 'applied since' a past day is in force from that day."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 9, 18)  # a Thursday


def test_a_deal_rate_applied_since_a_day_is_in_force_from_it() -> None:
    text = (
        "Chile, which reached a similar deal in July, has seen the 12 percent rate applied "
        "to its copper since Tuesday, officials said.\n"
    )
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert tariff.status == "in_force"
    assert tariff.effective_date == "2025-09-16"


def test_a_deal_rate_without_a_since_day_stays_a_deal() -> None:
    text = "Chile reached a deal in July that sets a 12 percent rate on its copper.\n"
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert tariff.status == "deal"
