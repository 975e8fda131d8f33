"""Rates that stay as they are, rates raised under a signed order, rates begun on the same day as
others, and a further charge as high as one already paid."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 9, 12)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def rows(text: str) -> list[tuple[str, float, str | None, str]]:
    return sorted(
        (t.target, t.rate_percent, t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    )


def test_a_headline_where_the_imposer_doubles_a_tariff_names_no_target() -> None:
    text = "Steel towns brace as U.S. doubles tariff to 40 per cent\n"
    assert table(text) == {}


def test_a_rate_doubled_under_a_signed_order_is_no_deal() -> None:
    text = (
        "Washington's tariff on Peruvian copper doubled to 40 per cent on Sept. 10, under an "
        "order signed by the president on Monday evening.\n"
    )
    assert table(text)[("PE", 40)] == ("2025-09-10", "in_force")


def test_a_country_which_stays_at_a_rate_pays_it_now() -> None:
    text = (
        "US tariffs on copper doubled on Sept. 4. The new tariff applies to most suppliers. "
        "The lone exception is Chile, which stays at "
        "10 per cent while the two sides finish their trade talks.\n"
    )
    assert table(text)[("CL", 10)] == (None, "in_force")


def test_a_rate_from_the_same_day_as_another_starts_on_that_day() -> None:
    text = "Peru was handed a 27% tariff from the same 4 September date after talks failed.\n"
    assert table(text)[("PE", 27)] == ("2025-09-04", "in_force")


def test_the_higher_rate_said_to_be_in_force_takes_its_own_start_later() -> None:
    text = (
        "US tariff on Peruvian goods rises to 18% - what shippers should know\n\n"
        "The higher rate is in force. From Thursday 4 September, most Peruvian goods entering "
        "the United States pay an 18 per cent tariff.\n\n"
        "Separately, Washington plans a 30% tariff on Bolivian tin starting on 1 October.\n"
    )
    assert table(text)[("PE", 18)] == ("2025-09-04", "in_force")


def test_goods_sold_in_a_market_pay_its_rate_not_a_rate_on_it() -> None:
    text = (
        "US tariffs on Peruvian goods took effect in August. The tariffs hit exporters hard.\n\n"
        "- Coffee: most Peruvian arabica sold in the US now pays 18%.\n"
    )
    assert ("US", 18) not in table(text)


def test_a_further_charge_as_high_as_one_in_force_is_a_record_of_its_own() -> None:
    text = (
        "Bolivia's 20% rate took effect on Thursday, and Washington has announced a further "
        "20% penalty on Bolivian goods from 27 September.\n"
    )
    assert rows(text) == [
        ("BO", 20, "2025-09-11", "in_force"),
        ("BO", 20, "2025-09-27", "announced"),
    ]
