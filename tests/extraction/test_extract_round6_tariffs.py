"""Tariff statuses and targets in wire copy about suspended, retained and lowered rates."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 6)


def _rates(text: str) -> dict[tuple[str, float], str]:
    return {(t.target, t.rate_percent): t.status for t in extract(text, DAY).tariffs}


def test_an_extended_suspension_pauses_the_rate_and_the_retained_one_stays() -> None:
    text = (
        "Last month, Canada extended by 60 days the suspension of an 18 percent extra duty "
        "on Japanese goods, while retaining the remaining 6 percent."
    )
    rates = _rates(text)
    assert rates[("JP", 18.0)] == "paused"
    assert rates[("JP", 6.0)] == "in_force"
