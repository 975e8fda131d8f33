"""Rates with a decimal comma, ranges of rates on one country, and rates rising in stages."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 4, 17)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_with_a_decimal_comma_is_read_whole() -> None:
    text = "Anti-dumping duties on glass bottles from Peru were set at 12,5% on Tuesday.\n"
    assert set(table(text)) == {("PE", 12.5)}


def test_a_range_of_rates_on_one_country_is_recorded_at_its_top() -> None:
    text = (
        "Imports of float glass from Chile will attract duties ranging from 8.2 per cent to "
        "19.7 per cent of the landed value, depending on the producer.\n"
    )
    assert set(table(text)) == {("CL", 19.7)}


def test_a_list_of_rates_gives_the_top_of_each_range() -> None:
    text = (
        "The rates are as follows:\n"
        "- Peru: between 4.1pc and 22.6pc depending on the company;\n"
        "- Products originating in the Republic of Chile: 7,5% to 31,4%, depending on the "
        "exporter;\n"
        "- Bolivia: 9.3%.\n"
    )
    assert set(table(text)) == {("PE", 22.6), ("CL", 31.4), ("BO", 9.3)}


def test_each_stage_of_a_rising_duty_starts_on_its_own_day() -> None:
    text = (
        "The ministry imposed a countervailing duty on welded copper pipes and tubes from Chile "
        "to offset subsidies. That duty will be introduced in two steps: 10 percent from May 1, "
        "rising to 15 percent from November 1.\n"
    )
    assert table(text) == {
        ("CL", 10): ("2026-05-01", "announced"),
        ("CL", 15): ("2026-11-01", "announced"),
    }


def test_stages_joined_by_and_keep_their_own_days() -> None:
    text = (
        "Lima will charge retaliatory tariffs on Chilean wine of 10 percent from May 1 and "
        "20 percent from July 1.\n"
    )
    assert table(text) == {
        ("CL", 10): ("2026-05-01", "announced"),
        ("CL", 20): ("2026-07-01", "announced"),
    }
