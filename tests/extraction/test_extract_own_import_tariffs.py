"""A country's or a bloc's own import tariff, charged on the world, has no target country."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 11, 20)


def tariffs(text: str) -> list[tuple[str | None, str, float, str]]:
    return [
        (t.imposer, t.target, t.rate_percent, t.status) for t in extract(text, THURSDAY).tariffs
    ]


def test_a_blocs_common_external_tariff_targets_no_one() -> None:
    text = (
        "Peruvian Trade Minister Ana Soto met officials in Lima on Tuesday to discuss lowering "
        "Mercosur's common external tariff, which averages 11%."
    )
    assert tariffs(text) == []


def test_the_nationality_of_an_official_is_not_a_target() -> None:
    text = (
        "Peruvian Trade Minister Ana Soto said on Tuesday that the average import tariff, "
        "about 11%, was too high."
    )
    assert tariffs(text) == []


def test_a_country_cutting_its_own_tariff_past_a_relative_clause_imposes_it() -> None:
    text = (
        "Peru, which has long sought more room for bilateral deals, plans to cut the tariff on "
        "imported machinery to 6% from 10% next year."
    )
    assert tariffs(text) == []


def test_who_opens_a_quota_charges_its_duty() -> None:
    text = "Under the pact, Japan would open a quota for South American beef at a 9% duty."
    assert tariffs(text) == []


def test_a_rate_already_applied_to_a_countrys_exports_targets_it() -> None:
    text = "He said the 10% tariff already applied to Peruvian exports since April was unfair."
    assert tariffs(text) == [(None, "PE", 10.0, "in_force")]


def test_a_country_phasing_out_its_own_duty_imposes_it() -> None:
    text = (
        "Under the schedule, Ghana will phase out its 20 per cent duty on intermediate goods "
        "from other member states over ten years."
    )
    assert tariffs(text) == []
