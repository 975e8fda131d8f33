"""Titles that join offices or list a portfolio's fields are kept whole."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def _titles(text: str) -> dict[str, str | None]:
    return {o.name: o.title for o in extract(text, DAY).officials}


def test_two_offices_joined_by_and_are_both_kept() -> None:
    text = (
        "Prime Minister and Foreign Minister Sheikh Nasser bin Saud met Peruvian Foreign "
        "Minister Ana Quispe in Lima on Tuesday.\n"
    )
    assert _titles(text)["Nasser bin Saud"] == "Prime Minister and Foreign Minister"


def test_a_portfolio_listing_fields_after_of() -> None:
    text = (
        "Norway's Minister of Fisheries, Trade and Industry, Ola Berg, said on Monday that "
        "talks would go on.\n"
    )
    assert _titles(text)["Ola Berg"] == "Minister of Fisheries, Trade and Industry"


def test_a_portfolio_listing_fields_before_the_head() -> None:
    text = (
        "Economy, Trade and Industry Minister Aki Tanabe met Indonesian Trade Minister Budi "
        "Santoso in Jakarta on Monday.\n"
    )
    assert _titles(text)["Aki Tanabe"] == "Economy, Trade and Industry Minister"


def test_a_lower_case_office_and_a_flagged_one_are_two_people() -> None:
    text = "The commerce secretary and U.S. Trade Representative Jo Greer met on Monday.\n"
    assert _titles(text)["Jo Greer"] == "Trade Representative"
