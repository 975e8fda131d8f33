"""Everyday tariff wordings: a rate a country charges, has levied, has applied since a month."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 4)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_in_force_since_a_month_is_dated_by_it() -> None:
    text = "Peruvian growers still face a 20% US tariff that has been in force since October.\n"
    assert table(text)[("PE", 20)] == ("2025-10", "in_force")


def test_a_rate_that_has_applied_to_a_countrys_goods_takes_them_as_target() -> None:
    text = (
        "Chilean wine now pays the usual duties on top of the 10% baseline tariff that has "
        "applied to Peruvian goods since April.\n"
    )
    assert table(text)[("PE", 10)] == ("2025-04", "in_force")


def test_a_rate_a_country_has_levied_on_goods_is_in_force_from_its_start() -> None:
    text = (
        "The extra 30% tariff Chile has levied on Peruvian-made shoes since June 2024 was "
        "raised at the talks.\n"
    )
    assert table(text)[("PE", 30)] == ("2024-06", "in_force")


def test_a_rate_a_country_charges_names_whose_goods_it_falls_on() -> None:
    text = (
        "Talks in Lima on Tuesday failed to produce a deal to lower the 40% duty the United "
        "States charges on Peruvian copper.\n"
    )
    assert table(text) == {("PE", 40): (None, "in_force")}


def test_duties_on_an_amount_in_words_fall_on_the_country_named_after_it() -> None:
    text = (
        "Peru has postponed its reply again. A package of duties of up to 15% on about 2 billion "
        "dollars of Chilean goods remains suspended, and ministers said it would stay on hold "
        "until at least 1 May.\n"
    )
    assert table(text)[("CL", 15)] == ("2026-05-01", "paused")
