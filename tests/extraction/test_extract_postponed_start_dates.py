"""A rate put off 'until' a day starts on that day, even when told in the past tense."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def _rates(text: str) -> dict[float, tuple[str | None, str]]:
    return {t.rate_percent: (t.effective_date, t.status) for t in extract(text, DAY).tariffs}


def test_a_duty_postponed_until_a_day_starts_then() -> None:
    text = (
        "The trade minister said the government had postponed until Dec. 3 a 12 percent duty "
        "on Peruvian avocados that had been due to take effect on Nov. 1.\n"
    )
    assert _rates(text)[12] == ("2025-12-03", "paused")


def test_a_delayed_levy_looks_ahead_not_back() -> None:
    text = "Officials had delayed until Jan. 5 the 20 percent levy on Chilean copper.\n"
    assert _rates(text)[20] == ("2026-01-05", "paused")
