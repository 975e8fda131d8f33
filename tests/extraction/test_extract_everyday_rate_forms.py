"""Everyday ways of writing a rate: who charges it, on whose goods, and where it stands."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 5, 20)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def imposers(text: str) -> dict[tuple[str, float], str | None]:
    return {(t.target, t.rate_percent): t.imposer for t in extract(text, PUBLISHED).tariffs}


def test_a_rate_written_with_hyphens_is_a_rate() -> None:
    text = "Chilean copper faces a 40-per-cent U.S. duty, officials in Santiago said.\n"
    assert ("CL", 40) in table(text)


def test_the_charging_country_between_rate_and_duty_word_is_no_target() -> None:
    text = "A 20% U.S. tariff on Peruvian goods has been in force since February, officials said.\n"
    found = imposers(text)
    assert found == {("PE", 20): "US"}
    assert table(text)[("PE", 20)][1] == "in_force"


def test_a_threatened_rise_with_the_condition_after_the_older_rate_is_threatened() -> None:
    text = (
        "Mr. Trump said the U.S. would raise its tariff on Chilean goods to 40 per cent from "
        "30 per cent on July 1 unless Santiago drops its new levy.\n"
    )
    found = table(text)
    assert found[("CL", 40)] == ("2026-07-01", "threatened")
    assert found[("CL", 30)][1] == "in_force"  # only threatened to change: it stands


def test_a_rate_joined_without_a_verb_shares_the_verb_before() -> None:
    text = (
        "Since last March, the US has charged a 15 per cent tariff on imports from Chile and "
        "Peru, and 25 per cent on goods from Bolivia.\n"
    )
    assert table(text)[("BO", 25)] == ("2026-03", "in_force")


def test_holding_off_for_some_days_on_raising_a_rate_pauses_it() -> None:
    text = (
        "The president agreed in April to hold off for 60 days on raising the rate on Chilean "
        "goods from 10 percent to 20 percent, officials said.\n"
    )
    assert table(text)[("CL", 20)][1] == "paused"


def test_a_blocs_own_safeguard_makes_it_no_target() -> None:
    text = (
        "The Commission wants to replace the EU's steel safeguard with tighter quotas and a "
        "40% duty on imports above them, officials said.\n"
    )
    assert ("EU", 40) not in table(text)


def test_a_country_that_intends_to_replace_its_safeguard_charges_it() -> None:
    text = (
        "Brussels intends to replace its current safeguard with a stricter regime, charging a "
        "40 percent duty on volumes above the quotas.\n"
    )
    assert ("EU", 40) not in table(text)


def test_a_country_that_halves_its_own_rate_charges_it() -> None:
    text = (
        "Under the deal, Chile will halve its 60 percent tariff on Peruvian pisco to 30 percent "
        "when the agreement takes effect.\n"
    )
    found = table(text)
    assert ("CL", 60) not in found
    assert found[("PE", 30)][1] == "deal"
    assert found[("PE", 60)][1] == "superseded"


def test_countries_named_after_chiefly_are_the_targets() -> None:
    text = (
        "Lawmakers were asked to approve tariffs of up to 35 percent on goods from "
        "countries with which Chile has no trade agreement, chiefly Vietnam.\n"
    )
    assert ("VN", 35) in table(text)


def test_a_rate_due_to_hit_a_countrys_goods_targets_them() -> None:
    text = (
        "The 15 percent rate that had been due to hit Peruvian goods on Friday is among those "
        "put on hold.\n"
    )
    assert table(text)[("PE", 15)][1] == "paused"


def test_a_rate_a_country_still_applies_to_goods_is_in_force() -> None:
    text = "The talks cover copper, where the U.S. still applies a 40% tariff to Chilean metals.\n"
    assert table(text) == {("CL", 40): (None, "in_force")}
    assert imposers(text) == {("CL", 40): "US"}


def test_a_bound_is_no_rate() -> None:
    text = (
        "Chile and Peru are locked in a trade war, with duties on each other's goods now well "
        "above 60 percent.\n"
    )
    assert table(text) == {}


def test_the_capital_that_clarifies_a_rate_is_no_target() -> None:
    text = (
        "Duties on Peruvian goods rose in March. The White House later clarified that the "
        "figure comes on top of a 10 percent levy imposed earlier this year.\n"
    )
    assert ("US", 10) not in table(text)


def test_the_current_rate_on_goods_a_pact_leaves_out_stands() -> None:
    text = (
        "Tariffs on Chilean goods are in the news. Peru's tariff on copper rises next week. "
        "Officials did not say whether that applies on top of the current 25% on non-USMCA "
        "Mexican goods.\n"
    )
    assert table(text)[("MX", 25)] == (None, "in_force")


def test_the_hyphenated_rate_a_sentence_opens_with_is_the_one_named_before() -> None:
    text = (
        "Ottawa said the U.S. would raise its tariff on Chilean goods to 45 per cent from "
        "35 per cent on June 1 unless Santiago drops its levy. The current 35-per-cent rate "
        "has applied since Aug. 1 of last year.\n"
    )
    assert table(text)[("CL", 35)] == ("2025-08-01", "in_force")
