"""Rates raised 'from X% to Y%' on a past day, duties made final, and duties dropped."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 5, 15)  # a Friday


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_raised_from_one_rate_to_another_on_a_past_day_is_in_force_from_it() -> None:
    text = "The US raised tariffs on Peruvian goods from 10% to 30% on March 3.\n"
    found = table(text)
    assert found[("PE", 30)] == ("2026-03-03", "in_force")
    assert found[("PE", 10)][1] == "superseded"


def test_provisional_duties_made_final_are_in_force_from_that_day() -> None:
    text = (
        "The EU made its provisional 21.4% duties on Chilean salmon final on Tuesday, "
        "officials said.\n"
    )
    assert table(text)[("CL", 21.4)] == ("2026-05-12", "in_force")


def test_most_of_a_duty_dropped_has_ended() -> None:
    text = "Peru dropped most of its 20% counter-tariffs on Chilean goods last month.\n"
    assert table(text)[("CL", 20)][1] == "superseded"


def test_a_rate_cut_in_the_passive_on_a_past_day_is_in_force_from_it() -> None:
    text = "Tariffs on Chilean goods were cut to 10% from 25% on Feb. 2.\n"
    assert table(text)[("CL", 10)] == ("2026-02-02", "in_force")


def test_a_rate_to_take_effect_next_week_is_not_in_force_yet() -> None:
    text = (
        "Trump on Monday announced a 10% tariff on all Peruvian goods, to take effect next week.\n"
    )
    assert table(text)[("PE", 10)][1] == "announced"


def test_duties_that_became_definitive_on_a_day_are_in_force_from_it() -> None:
    text = (
        "The 21% duties on Chilean salmon, imposed provisionally in 2025, became definitive "
        "on Tuesday.\n"
    )
    assert table(text)[("CL", 21)] == ("2026-05-12", "in_force")
