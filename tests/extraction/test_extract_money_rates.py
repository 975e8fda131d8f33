"""A central bank's rate, or growth and inflation rates, are not tariffs."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_key_interest_rate_is_no_tariff() -> None:
    text = (
        "Washington imposed a 25% tariff on Peruvian copper on Monday. Peru's central bank kept "
        "its key rate at 4.25%, the same rate as in January.\n"
    )
    rates = [(t.target, t.rate_percent) for t in extract(text, dt.date(2026, 3, 4)).tariffs]
    assert rates == [("PE", 25)]


def test_interest_paid_on_debt_is_no_tariff() -> None:
    text = (
        "U.S. tariffs on Chilean goods have reshaped trade since August. Chile pays 9% "
        "interest on its debt, while Peru faces a 10% tariff on copper.\n"
    )
    rates = [(t.target, t.rate_percent) for t in extract(text, dt.date(2026, 3, 4)).tariffs]
    assert rates == [("PE", 10)]
