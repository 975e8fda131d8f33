"""Rates paid since a schedule took effect, verbless rates in a list, older rates still charged."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 1, 2)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_rates_paid_now_date_from_the_schedule_that_took_effect_just_before() -> None:
    text = (
        "Peru's new tariff schedule took effect on Thursday, raising duties on 900 product "
        "lines. Wine made in Chile now pays a 40% duty, while copper products from Bolivia "
        "face 25% and Ecuadorian shrimp and tuna between 10% and 20%, according to the decree.\n"
    )
    assert table(text) == {
        ("CL", 40): ("2026-01-01", "in_force"),
        ("BO", 25): ("2026-01-01", "in_force"),
        ("EC", 20): ("2026-01-01", "in_force"),
    }


def test_an_older_rate_still_charged_until_a_later_rise_is_in_force() -> None:
    text = (
        "Lima will raise the tariff on imports from Chile to 40% from Feb. 1, up from the 25% "
        "it has charged since Nov. 3, the president said.\n"
    )
    assert table(text) == {
        ("CL", 40): ("2026-02-01", "announced"),
        ("CL", 25): ("2025-11-03", "in_force"),
    }


def test_a_day_after_though_belongs_to_its_own_clause() -> None:
    text = (
        "Chile still pays a combined 40% tariff on many goods, though Lima exempted copper "
        "and wine last November.\n"
    )
    assert table(text) == {("CL", 40): (None, "in_force")}


def test_a_duty_placed_in_a_past_month_is_in_force_from_it() -> None:
    text = "In June 2024, Lima placed a 30 percent additional duty on cars imported from Chile.\n"
    assert table(text) == {("CL", 30): ("2024-06", "in_force")}
