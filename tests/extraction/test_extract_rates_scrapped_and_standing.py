"""Rates scrapped on a day, rates faced since an opening 'Since …' clause, and old deals' rates."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 10, 12)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_scrapped_from_a_past_day_ended_that_day() -> None:
    text = (
        "Washington scrapped its 25% tariff on Chilean copper within an agreed quota from "
        "Oct. 1, officials said.\n"
    )
    assert table(text) == {("CL", 25): ("2026-10-01", "superseded")}


def test_a_rate_faced_since_an_opening_clause_is_in_force_from_its_day() -> None:
    text = (
        "Since the EU's new copper regime replaced its old safeguard on 1 July, Chilean copper "
        "above the quota has faced a 40% tariff.\n"
    )
    assert table(text) == {("CL", 40): ("2026-07-01", "in_force")}


def test_a_rate_set_under_an_old_deal_stands_now() -> None:
    text = (
        "Peruvian grapes have long faced duties. Under the 2025 deal, up to 9,000 tonnes of "
        "Peruvian grapes a year enter the US at a 5% tariff.\n"
    )
    assert table(text) == {("PE", 5): (None, "in_force")}
