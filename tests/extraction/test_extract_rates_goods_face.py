"""Rates goods face, a country's own rate as it stands, halved rates and countries naming deals."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 7, 9)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_the_tariff_a_countrys_goods_face_targets_them_and_stands() -> None:
    text = (
        "The minister said the deal would partly offset the 19 percent tariff Peruvian goods "
        "face in the United States.\n"
    )
    assert table(text) == {("PE", 19): (None, "in_force")}


def test_a_countrys_own_rate_borrows_no_far_start_date() -> None:
    text = (
        "Tariffs on Chilean goods fall to 15% from Aug. 1 under the deal. Trade flows were "
        "steady. Ports were busy. Analysts were upbeat. Peruvian Trade Minister Ana Ruiz said "
        "on Thursday that Lima wanted its 18% rate brought in line with Chile's.\n"
    )
    assert table(text)[("PE", 18)] == (None, "in_force")


def test_a_rate_halved_in_a_past_month_dates_from_it() -> None:
    text = (
        "Washington keeps its 10 per cent tariff on Peruvian goods, which it halved from "
        "20 per cent in November.\n"
    )
    assert table(text)[("PE", 10)] == ("2025-11", "in_force")


def test_a_country_naming_a_deal_is_not_its_rates_target() -> None:
    text = "Peru signs US trade deal cutting tariff to 15%, miners win carve-out\n"
    assert set(table(text)) == {("PE", 15)}
