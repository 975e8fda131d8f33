"""Rates a country 'applies to' or 'has kept on' goods, rates with the verb left unsaid, and the
rate a new one is charged 'instead of'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 10, 20)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_the_imposer_has_applied_to_goods_since_a_day_is_in_force() -> None:
    text = (
        "Farmers fear the quota cut more than the 20% tariff that Washington has applied to "
        "most Peruvian goods since August 7.\n"
    )
    assert table(text)[("PE", 20)] == ("2025-08-07", "in_force")


def test_a_rate_the_imposer_applies_to_goods_is_charged_on_them() -> None:
    text = "Growers are squeezed by the 10% baseline tariff Washington applies to Uruguayan beef.\n"
    assert table(text) == {("UY", 10): (None, "in_force")}


def test_a_rate_the_imposer_has_kept_on_goods_is_theirs_and_stands() -> None:
    text = "The two sides still argue over the 25% levy the US has kept on Bolivian tin.\n"
    assert table(text) == {("BO", 25): (None, "in_force")}


def test_a_second_rate_without_its_verb_falls_on_the_goods_it_names() -> None:
    text = (
        "Under the decree, duties of 14.5% will apply to imports from Vietnam and 9% to imports "
        "from Thailand, with effect from 1 November 2025.\n"
    )
    found = table(text)
    assert found[("VN", 14.5)] == ("2025-11-01", "announced")
    assert found[("TH", 9)] == ("2025-11-01", "announced")
    assert ("VN", 9) not in found


def test_the_rate_charged_instead_of_another_is_the_new_one() -> None:
    text = (
        "Negotiators agreed that most Peruvian goods would face a 12% tariff instead of the "
        "30% rate the president had threatened to impose from November 1.\n"
    )
    found = table(text)
    assert found[("PE", 12)] == (None, "deal")
    assert found[("PE", 30)] == ("2025-11-01", "threatened")


def test_the_rate_replaced_falls_on_the_goods_of_the_new_rate_not_those_compared() -> None:
    text = (
        "Officials said the U.S. would charge a 15% tariff on Peruvian copper wire, in line "
        "with the rate on Chilean wire, instead of the 30% duty in force since April.\n"
    )
    found = table(text)
    assert found[("PE", 30)] == ("2025-04", "superseded")
    assert ("CL", 30) not in found
