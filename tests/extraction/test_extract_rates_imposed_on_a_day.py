"""'the 10% tariff imposed on X goods on Feb. 4 will rise to 20%': the old rate is in force."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 2, 27)


def table(text: str) -> dict[float, tuple[str | None, str]]:
    return {t.rate_percent: (t.effective_date, t.status) for t in extract(text, PUBLISHED).tariffs}


def test_a_rate_imposed_on_a_past_day_is_in_force_from_it() -> None:
    text = (
        "He added that the 10% tariff imposed on Peruvian goods on Feb. 4 will rise to 20% "
        "from next month.\n"
    )
    rates = table(text)
    assert rates[10] == ("2025-02-04", "in_force")
    assert rates[20] == ("2025-03", "announced")


def test_a_rate_imposed_on_a_day_ahead_stays_announced() -> None:
    text = "Under the order, a 10% tariff imposed on Peruvian goods on March 4 will last a year.\n"
    assert table(text)[10] == ("2025-03-04", "announced")
