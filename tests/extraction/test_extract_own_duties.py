"""A country that changes or keeps its own duty charges it; it is not the duty's target."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 2, 24)


def tariffs(text: str) -> list[tuple[str | None, str, float]]:
    return [(t.imposer, t.target, t.rate_percent) for t in extract(text, PUBLISHED).tariffs]


def test_a_country_raising_its_tariff_after_a_month_imposes_it() -> None:
    text = "Chile in January raised its tariff on imported tyres to 18 per cent.\n"
    assert tariffs(text) == []


def test_a_country_cutting_its_duty_past_an_aside_imposes_it() -> None:
    text = (
        "Uruguay, for its part, cut its import duty on machinery from outside the bloc to "
        "9 per cent from 14 per cent last week.\n"
    )
    assert tariffs(text) == []


def test_a_country_keeping_its_duty_under_a_regional_rule_imposes_it() -> None:
    text = (
        "Tanzania would, in line with the Common External Tariff, maintain its 35 per cent "
        "duty on finished goods.\n"
    )
    assert tariffs(text) == []


def test_a_countrys_export_duty_is_its_own() -> None:
    text = "Malaysia's export duty on palm kernels will rise to 8 percent from 6 percent.\n"
    assert tariffs(text) == []


def test_the_tariff_another_country_charges_it_still_targets_it() -> None:
    text = "Senegal secured a reduction of its US tariff to 10 percent from 21 percent.\n"
    assert ("SN", 10.0) in [(target, rate) for _, target, rate in tariffs(text)]


def test_a_kind_of_duty_before_on_leads_to_its_target() -> None:
    text = (
        "Manila has kept a 22% safeguard tariff on some Vietnamese cement since October, "
        "officials said.\n"
    )
    assert [(target, rate) for _, target, rate in tariffs(text)] == [("VN", 22.0)]
