"""A day of a month named relative to the story's: 'on the 8th of next month'; and
'this year's guest', one of a yearly series, which dates nothing; 'would now be held' ahead."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction.dates import find_dates

THURSDAY = dt.date(2026, 8, 27)


def values(text: str) -> list[str]:
    return [d.value for d in find_dates(text, 0, THURSDAY)]


def test_the_day_of_next_month() -> None:
    assert values("The ministers will meet in Lyon on the 8th of next month.") == ["2026-09-08"]


def test_the_day_of_this_month_and_of_last_month() -> None:
    assert values("The talks began on the 3rd of this month.") == ["2026-08-03"]
    assert values("The ban took effect on the 30th of last month.") == ["2026-07-30"]


def test_a_day_the_next_month_lacks_keeps_the_month() -> None:
    assert values("The report is due by the 31st of next month.") == ["2026-09"]


def test_this_year_s_in_a_yearly_series_is_no_date() -> None:
    assert values("The king received this year's guest of honour at the palace.") == []
    assert values("The leaders will meet again later this year.") == ["2026"]


def test_would_now_be_held_looks_ahead() -> None:
    text = "Officials said the summit would now be held in the second half of May."
    assert values(text) == ["2027-05"]
