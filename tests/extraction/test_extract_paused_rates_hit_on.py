"""A paused rate a country 'was hit with' on a past day keeps that day as its start."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 10, 8)


def test_a_paused_rate_hit_in_a_past_month_keeps_the_month() -> None:
    text = (
        "Peru, which was hit with a 40 per cent rate in April, saw it suspended days later "
        "pending talks.\n"
    )
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert (tariff.effective_date, tariff.status) == ("2025-04", "paused")


def test_the_day_a_rate_was_suspended_is_not_its_start() -> None:
    text = "Washington suspended a 40% tariff on Peruvian goods last month, hours after it began.\n"
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert (tariff.effective_date, tariff.status) == (None, "paused")
