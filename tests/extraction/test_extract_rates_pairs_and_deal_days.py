"""Rates a duty 'reaches', rates 'both countries' settled on, and the day a deal set a rate."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 4, 10)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_the_duties_reach_belongs_to_the_goods_they_were_imposed_on() -> None:
    text = (
        "The anti-dumping duties that Lima imposed on Chilean-made steel pipes last October, "
        "which reach 27.5 percent for one producer, remain in force.\n"
    )
    assert table(text)[("CL", 27.5)] == ("2025-10", "in_force")


def test_both_countries_are_the_two_the_sentence_before_named() -> None:
    text = (
        "Chile and Peru agreed on Tuesday to coordinate their answer to U.S. tariff demands. "
        "Both countries settled on a 10 percent US tariff rate for most of their exports last "
        "year.\n"
    )
    found = table(text)
    assert found[("CL", 10)] == ("2025", "deal")
    assert found[("PE", 10)] == ("2025", "deal")


def test_a_rate_cut_in_a_deal_signed_in_a_month_dates_from_it() -> None:
    text = (
        "Chile secured a reduction of its US tariff to 10 percent from 15 percent in a deal "
        "signed in February.\n"
    )
    assert table(text)[("CL", 10)] == ("2026-02", "deal")


def test_a_rate_a_country_faces_under_an_older_deal_takes_no_day_from_it() -> None:
    text = "Chilean goods face a 10% U.S. tariff under a deal reached last July.\n"
    assert table(text)[("CL", 10)][0] is None
