"""Tariffs: a start date given in the sentence after the rate, and rates still charged."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 9, 18)


def rates(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_the_next_sentence_gives_the_day_earlier_this_month_left_vague() -> None:
    text = (
        "Washington's 50% tariff on Peruvian copper kicked in earlier this month. "
        "The higher rate came into effect on September 3, customs officials said."
    )
    assert rates(text)[("PE", 50.0)] == ("2025-09-03", "in_force")


def test_a_cut_rate_that_came_into_effect_in_the_next_sentence_is_in_force() -> None:
    text = (
        "The U.S. cut its tariff on Korean cars to 15 percent from 25 percent this month. "
        "The lower rate came into effect on September 1, after months of talks."
    )
    found = rates(text)
    assert found[("KR", 15.0)] == ("2025-09-01", "in_force")
    assert found[("KR", 25.0)] == (None, "superseded")


def test_an_agreed_rate_takes_the_start_the_next_sentence_gives_it() -> None:
    text = (
        "Vietnam agreed in July to a 20% rate on most of its exports, down from the 46% it had "
        "been threatened with. Negotiators meet again next week, and the new rate is expected "
        "to take effect on Oct. 6."
    )
    found = rates(text)
    assert found[("VN", 20.0)] == ("2025-10-06", "deal")


def test_a_next_sentence_with_a_rate_of_its_own_dates_only_that_rate() -> None:
    text = (
        "Chile faces a 10% tariff on its wine. The new 30% levy on Argentine beef took "
        "effect on September 2."
    )
    assert rates(text)[("CL", 10.0)][0] != "2025-09-02"


def test_a_rate_still_charged_is_in_force() -> None:
    text = (
        "The trade minister will travel to Washington next week to discuss steel, where "
        "Norway still faces a 50 percent levy."
    )
    assert rates(text)[("NO", 50.0)] == (None, "in_force")


def test_a_rate_that_comes_without_a_deal_is_a_threat() -> None:
    text = "Greaves says duties on Peru will rise to 50% on Oct. 1 without a deal"
    assert rates(text)[("PE", 50.0)] == ("2025-10-01", "threatened")


def test_starting_the_same_day_is_the_day_given_for_the_earlier_rates() -> None:
    text = (
        "Washington said 20% tariffs on Peruvian goods will take effect on April 14.\n\n"
        "The 5% duty on Chilean wine will rise to 8% from next month.\n\n"
        "Lima said it would impose 20% counter-tariffs on American goods starting the same day "
        "if Washington goes ahead."
    )
    found = {t.target: t.effective_date for t in extract(text, dt.date(2025, 4, 3)).tariffs}
    assert found["US"] == "2025-04-14"
