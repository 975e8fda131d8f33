"""Whose regime a rate belongs to, a rate a country 'imposed on' goods, and cuts in a list."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 2, 11)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_of_a_countrys_own_regime_has_no_target_before_it() -> None:
    text = (
        "Lima seeks Chilean backing for the EU's new copper regime, which replaces the old "
        "safeguard and raises the out-of-quota tariff to 40%.\n"
    )
    assert table(text) == {}


def test_a_countrys_own_import_tax_is_not_on_its_goods() -> None:
    text = "In March, Peru's import tax on electric buses rises to 30 percent.\n"
    assert table(text) == {}


def test_a_surcharge_a_country_imposed_on_goods_targets_their_maker() -> None:
    text = (
        "Quito will suspend for six months a 25 per cent surcharge it imposed last year on "
        "Peruvian fishmeal.\n"
    )
    assert set(table(text)) == {("PE", 25)}


def test_a_tariff_a_country_announced_on_goods_targets_their_maker() -> None:
    text = "Santiago will suspend the 12 per cent tariff it announced on Bolivian quinoa.\n"
    assert set(table(text)) == {("BO", 12)}


def test_a_rate_cut_from_an_older_one_is_the_new_rate() -> None:
    text = (
        "Tariff rates:\n"
        "- Peru — 15% (cut from 25% under the October deal, backdated to Oct. 1)\n"
        "- Chile — 18% (cut from 30%, effective Nov. 3, 2025)\n"
        "- Bolivia — 40% (unchanged)\n"
    )
    assert table(text) == {
        ("PE", 15): ("2025-10-01", "in_force"),
        ("PE", 25): (None, "superseded"),
        ("CL", 18): ("2025-11-03", "in_force"),
        ("CL", 30): (None, "superseded"),
        ("BO", 40): (None, "in_force"),
    }
