"""A day given with 'since', or after a past verb and 'from', lies before publication."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 18)


def table(text: str) -> dict[float, tuple[str | None, str]]:
    return {t.rate_percent: (t.effective_date, t.status) for t in extract(text, PUBLISHED).tariffs}


def test_a_rate_in_force_since_a_later_month_day_is_last_years() -> None:
    text = "Paraguay pays a 12 percent U.S. tariff, in force since September 3.\n"
    assert table(text)[12] == ("2025-09-03", "in_force")


def test_a_rate_that_applied_from_a_day_is_last_years() -> None:
    text = "Peru's 18% rate on copper wire applied from Oct. 9 under the U.S. pact.\n"
    assert table(text)[18][0] == "2025-10-09"


def test_a_rate_due_from_a_day_still_lies_ahead() -> None:
    text = "Peru will face an 18% U.S. tariff on copper wire from Oct. 9.\n"
    assert table(text)[18][0] == "2026-10-09"
