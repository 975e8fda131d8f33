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


def test_a_rate_lowered_to_another_is_replaced_by_the_agreed_one() -> None:
    text = (
        "Canada and Mexico have agreed to cut the 30 percent tariff Ottawa had set for Mexican "
        "steel to 10 percent, effective from Nov. 1, officials said."
    )
    tariffs = {(t.target, t.rate_percent): t for t in extract(text, DAY).tariffs}
    assert set(tariffs) == {("MX", 30.0), ("MX", 10.0)}
    assert tariffs[("MX", 30.0)].status == "superseded"
    assert tariffs[("MX", 10.0)].status == "deal"
    assert tariffs[("MX", 10.0)].imposer == "CA"
    assert tariffs[("MX", 10.0)].effective_date == "2025-11-01"
