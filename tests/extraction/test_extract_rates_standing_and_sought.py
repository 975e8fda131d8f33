"""Rates that remain in force on other goods, rates a government seeks to remove or expects to
lower, rates threatened 'to impose on' goods, a country's own bound tariff, and deals named by
their rate."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 11, 21)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_that_remains_in_force_on_most_other_goods_is_theirs() -> None:
    text = (
        "The 30% tariff, imposed in August, remains in force on most other Peruvian goods, "
        "including textiles and furniture.\n"
    )
    assert table(text)[("PE", 30)] == ("2025-08", "in_force")


def test_the_day_of_a_saying_is_not_the_start_of_a_rate_in_force() -> None:
    text = (
        "The minister said after a call with his counterpart on Wednesday that talks on the "
        "remaining 30% US tariffs on Peruvian goods would resume in January.\n"
    )
    assert table(text)[("PE", 30)] == (None, "in_force")


def test_a_tariff_a_country_binds_for_itself_has_no_target() -> None:
    text = (
        "Under its offer, Bolivia would bind its average tariff at around 12% for farm goods "
        "and under 7% for industrial goods.\n"
    )
    assert table(text) == {}


def test_a_rate_threatened_to_impose_on_goods_falls_on_them() -> None:
    text = (
        "Negotiators agreed a framework that would avert the 60% additional tariff Washington "
        "had threatened to impose on Peruvian goods from December 1.\n"
    )
    assert table(text)[("PE", 60)] == ("2025-12-01", "threatened")


def test_a_rate_someone_expects_to_lower_stands_now() -> None:
    text = (
        "Tariff talks resume on December 1. The president told reporters he expected to lower "
        'the 20% "security" tariff on Peruvian imports as part of any agreement.\n'
    )
    assert table(text)[("PE", 20)] == (None, "in_force")


def test_a_rate_whose_removal_is_sought_stands_now() -> None:
    text = (
        "The minister said Peru would push for the removal of the 25 per cent tariff on "
        "Peruvian goods, as well as the 50 per cent duty on Peruvian copper.\n"
    )
    found = table(text)
    assert found[("PE", 25)] == (None, "in_force")
    assert found[("PE", 50)] == (None, "in_force")


def test_goods_that_face_a_named_tariff_of_a_rate_pay_it_now() -> None:
    text = (
        "Tariffs weigh on exporters. Peruvian goods generally face the US baseline tariff of 10%.\n"
    )
    assert table(text)[("PE", 10)] == (None, "in_force")


def test_a_deal_named_by_its_rate_is_a_deal_dated_by_no_other_rate() -> None:
    text = (
        "Chile faces a 25% tariff from December 1 unless it strikes a deal. The tariff would "
        "hit copper. Peru's 10% deal, announced last week, set the pattern for the region.\n"
    )
    found = table(text)
    assert found[("PE", 10)] == (None, "deal")
    assert found[("CL", 25)] == ("2025-12-01", "threatened")


def test_a_deal_rate_takes_no_day_a_later_mention_borrows_from_another_rate() -> None:
    text = (
        "Under a deal agreed by both sides, Peruvian goods will face a 15% tariff. Chile faces "
        "a 30% tariff from December 1. The 15% tariff on Peruvian goods covers copper.\n"
    )
    found = table(text)
    assert found[("PE", 15)] == (None, "deal")
    assert found[("CL", 30)] == ("2025-12-01", "announced")
