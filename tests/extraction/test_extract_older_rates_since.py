"""An older rate that its own words say 'had applied since' a day starts on that day."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 9, 18)


def table(text: str) -> dict[float, tuple[str | None, str]]:
    return {t.rate_percent: (t.effective_date, t.status) for t in extract(text, PUBLISHED).tariffs}


def test_an_older_rate_applied_since_a_month_keeps_that_month() -> None:
    text = (
        "Chile secured a 5 percent rate on its copper, down from the 20 percent that had "
        "applied since March.\n"
    )
    assert table(text)[20] == ("2025-03", "superseded")


def test_an_older_rate_with_no_since_day_has_no_date() -> None:
    text = "Washington will cut its tariff on Chilean copper to 5% from 20% on Oct. 1.\n"
    assert table(text)[20] == (None, "superseded")
