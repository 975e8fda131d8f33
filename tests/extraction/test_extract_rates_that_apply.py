"""'before a 25% out-of-quota tariff applies': a standing rule, in force, with no borrowed day."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 3, 20)


def test_a_rate_that_plainly_applies_is_in_force_without_a_borrowed_day() -> None:
    text = (
        "Ottawa's first package restores duties of 40% on American bourbon from April 1.\n\n"
        "Quotas let a fixed volume of copper from Peru enter duty-free before a 20% "
        "out-of-quota tariff applies.\n"
    )
    peru = next(t for t in extract(text, PUBLISHED).tariffs if t.target == "PE")
    assert (peru.effective_date, peru.status) == (None, "in_force")


def test_a_rate_that_applies_from_a_day_ahead_is_announced() -> None:
    text = "A 20% tariff on Peruvian copper applies from April 1, officials said.\n"
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert (tariff.effective_date, tariff.status) == ("2025-04-01", "announced")
