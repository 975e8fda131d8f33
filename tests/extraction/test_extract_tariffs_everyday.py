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


def test_a_rate_a_country_tries_to_lower_on_its_exports_is_its_own_and_stands() -> None:
    text = (
        "Peru has sent Washington a new offer in a fresh bid to lower the 20% tariff on its "
        "exports, the minister said on Monday.\n"
    )
    assert table(text) == {("PE", 20): (None, "in_force")}


def test_a_sentence_further_on_that_opens_on_the_duty_dates_it() -> None:
    text = (
        "Peru wants Washington to lower the 20% tariff on its exports, officials said. "
        "The minister met growers in Lima. He gave no figures. "
        '"The 20% tariff is hurting us," he said. '
        "The duty, among the highest in the region, has been in force since Aug. 7.\n"
    )
    assert table(text)[("PE", 20)] == ("2025-08-07", "in_force")


def test_a_rate_kept_rather_than_raised_stands_and_the_rise_is_put_off() -> None:
    text = (
        "Washington agreed in January to keep the rate on Peruvian goods at 20% for another "
        "60 days rather than raising it to 30%, officials said.\n"
    )
    rates = table(text)
    assert rates[("PE", 20)] == (None, "in_force")
    assert rates[("PE", 30)] == (None, "paused")


def test_the_increases_applying_from_a_month_date_the_rate_just_named() -> None:
    text = (
        "Chile plans higher duties on imports from countries without a trade pact. Cars from "
        "Peru would face a top 40% rate. The minister said the increases would apply from "
        "January.\n"
    )
    assert table(text)[("PE", 40)] == ("2027-01", "announced")


def test_duties_on_goods_of_a_region_take_no_country_as_target() -> None:
    text = "Peru's budget bill would raise tariffs to as much as 35% on Asian imports.\n"
    assert table(text) == {}


def test_a_share_of_lines_made_tariff_free_and_a_bound_are_no_rates() -> None:
    text = (
        "Under the pact, tariffs on Peruvian wine will fall from over 60% to 5%, with 80% "
        "tariff-free within a decade.\n"
    )
    assert set(table(text)) == {("PE", 5)}


def test_a_current_rate_that_will_be_halved_stands_until_then() -> None:
    text = (
        "The tariff on Peruvian pisco, currently 80%, will be halved to 40% from 1 May under "
        "the pact.\n"
    )
    rates = table(text)
    assert rates[("PE", 80)] == (None, "in_force")
    assert rates[("PE", 40)][0] == "2026-05-01"


def test_duties_on_goods_originating_in_a_country_fall_on_it() -> None:
    text = (
        "Under the framework, Chile will apply a tariff of 6 per cent on goods originating in "
        "Peru, down from 12 per cent. The reduced rate will take effect from 1 April 2026.\n"
    )
    assert table(text)[("PE", 6)][0] == "2026-04-01"


def test_duties_named_by_their_law_are_the_charging_countrys() -> None:
    text = (
        "The two sides discussed market access and the pending issue of US Section 232 duties "
        "on copper, which remain at 50 per cent.\n"
    )
    assert table(text) == {}


def test_an_older_rate_a_rise_is_only_threatened_from_stands() -> None:
    text = (
        "The president wrote on social media that he would lift the tariff on Peruvian goods "
        "from 15 percent to 30 percent. The 15 percent rate on Peruvian goods has been in "
        "force since Nov. 1.\n"
    )
    assert table(text)[("PE", 15)] == ("2025-11-01", "in_force")


def test_rates_that_remain_after_deals_are_the_deals() -> None:
    text = (
        "Chile raised its tariffs on imports again this year. Tariffs are the story of the week.\n"
        "-- Peru and Bolivia: Both remain at 18% after their May deals.\n"
    )
    rates = table(text)
    assert rates[("PE", 18)] == (None, "deal")
    assert rates[("BO", 18)] == (None, "deal")


def test_a_rate_named_plainly_first_is_in_force_when_later_dated_so() -> None:
    text = (
        "PERU: Lima pushes for a tariff cut as 20% rate bites\n\n"
        'Officials asked Washington to lower the 20% "reciprocal" rate on Peruvian goods, which '
        "has been in force since 7 August.\n"
    )
    assert table(text) == {("PE", 20): ("2025-08-07", "in_force")}


def test_a_country_hit_with_a_rate_in_a_month_has_paid_it_since() -> None:
    text = (
        "Peru, hit with a 35 percent rate in August, has been seeking talks, while Chile faces a "
        "combined 40 percent after an extra 20 percent penalty took effect on August 27.\n"
    )
    rates = table(text)
    assert rates[("PE", 35)] == ("2025-08", "in_force")
    assert rates[("CL", 40)] == ("2025-08-27", "in_force")


def test_a_ceiling_on_rates_is_a_rate() -> None:
    text = (
        "The tariff talks went on. Chile, which also agreed a 12 percent ceiling in July, is "
        "still waiting for Washington to cut its wine tariff.\n"
    )
    assert table(text)[("CL", 12)] == (None, "deal")


def test_a_rate_a_later_sentence_says_applies_from_a_day_is_dated_by_it() -> None:
    text = (
        "Peru welcomed a trade agreement with the United States that sets an 18% tariff on "
        'Peruvian exports. The minister said the rate "places Peru well". The new rate, set out '
        "in an order signed on Thursday, applies from March 16.\n"
    )
    assert table(text)[("PE", 18)] == ("2026-03-16", "deal")


def test_the_day_after_an_older_threatened_rate_is_the_threats() -> None:
    text = (
        "Under the order, Peru's rate was cut to 20% from the 30% threatened earlier in "
        "February. The new rates apply from March 16.\n"
    )
    assert table(text)[("PE", 20)] == ("2026-03-16", "announced")


def test_duties_on_goods_from_any_country_that_buys_oil_take_no_target() -> None:
    text = (
        "In Washington, the administration has kept up pressure, including a 25 percent tariff, "
        "announced last month, on goods from any country that buys Peruvian oil.\n"
    )
    assert table(text) == {}


def test_the_combined_rate_on_a_countrys_goods_stands_now() -> None:
    text = (
        "Tariffs dominate the week. Chile raised its duties again.\n"
        "-- Peru: The combined 40% U.S. duty on most Peruvian goods (20% reciprocal plus a 20% "
        "penalty) remains, and talks resume on 20 March.\n"
    )
    assert table(text)[("PE", 40)] == (None, "in_force")


def test_a_country_subject_to_a_rate_pays_it_now() -> None:
    text = "Peru is subject to a 30% U.S. tariff, one of the highest in the region.\n"
    assert table(text)[("PE", 30)] == (None, "in_force")


def test_exporters_paying_a_rate_pay_it_now() -> None:
    text = "Peru's exporters are paying a 15% tariff on copper shipped to Chile.\n"
    assert table(text)[("PE", 15)][1] == "in_force"


def test_goods_that_face_rates_of_a_figure_pay_it_now() -> None:
    text = "Goods from Peru and Bolivia face rates of 40%, the highest in the region.\n"
    assert table(text) == {("PE", 40): (None, "in_force"), ("BO", 40): (None, "in_force")}


def test_a_countrys_rate_another_doubled_is_the_rate_it_pays() -> None:
    text = "Peru's 40% tariff, which Washington doubled in August, weighs on its exporters.\n"
    assert table(text) == {("PE", 40): ("2025-08", "in_force")}


def test_a_rate_that_has_applied_to_goods_takes_them_as_target() -> None:
    text = "A 10% baseline tariff has applied to Peruvian goods since April.\n"
    assert table(text) == {("PE", 10): ("2025-04", "in_force")}


def test_the_current_rate_after_a_rise_does_not_make_the_rise_in_force() -> None:
    text = (
        "The United States will raise tariffs on Peruvian goods to 40% on Aug. 27, doubling "
        "the current 20%.\n"
    )
    assert table(text)[("PE", 40)] == ("2026-08-27", "announced")


def test_a_rate_that_is_now_a_figure_stands() -> None:
    text = "The U.S. tariff on Peruvian lumber, now 45%, could rise further next year.\n"
    assert table(text)[("PE", 45)] == (None, "in_force")


def test_tariffs_that_stand_at_a_figure_are_in_force() -> None:
    text = "Tariffs on Peruvian goods not covered by the pact stand at 25%.\n"
    assert table(text)[("PE", 25)] == (None, "in_force")


def test_a_rate_a_tariff_was_lowered_to_in_a_month_is_in_force_from_it() -> None:
    text = "The 25% tariff on Peruvian cars was lowered to 15% in September.\n"
    rates = table(text)
    assert rates[("PE", 15)] == ("2025-09", "in_force")
    assert rates[("PE", 25)][1] == "superseded"


def test_the_tariff_named_again_takes_the_country_of_the_sentence_before() -> None:
    text = (
        "The United States imposed a 25% tariff on Peruvian goods on Sunday. The tariff will "
        "rise to 50% next month, the White House said.\n"
    )
    assert table(text)[("PE", 50)][1] == "announced"


def test_that_rate_raised_later_is_the_same_countrys() -> None:
    text = "Peru faced a 10% tariff from April. That rate was raised to 15% on Aug. 7.\n"
    assert table(text)[("PE", 15)] == ("2025-08-07", "in_force")
