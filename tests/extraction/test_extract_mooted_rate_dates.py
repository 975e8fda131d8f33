"""A rate only threatened or mooted takes no start day from another country's package."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 3, 10)


def rate_for(text: str, target: str, rate: float) -> tuple[str | None, str]:
    found = next(
        t for t in extract(text, PUBLISHED).tariffs if t.target == target and t.rate_percent == rate
    )
    return found.effective_date, found.status


def test_a_threat_in_answer_to_a_package_does_not_take_the_package_day() -> None:
    text = (
        "Ottawa's first package restores duties of 40% on American bourbon from April 1.\n\n"
        "Washington has threatened to slap a 150% tariff on Canadian cheese if Ottawa goes "
        "ahead with its bourbon levy.\n"
    )
    assert rate_for(text, "CA", 150) == (None, "threatened")


def test_a_rate_a_country_could_face_does_not_take_another_rate_day() -> None:
    text = (
        "Washington's 25% tariffs on Mexican steel take effect on April 2.\n\n"
        "Officials said Peru could face a rate of 30% on copper.\n"
    )
    assert rate_for(text, "PE", 30)[0] is None


def test_a_threat_still_takes_the_day_the_round_of_tariffs_starts() -> None:
    text = (
        "Many countries face tariffs set to be imposed April 2.\n\n"
        "Peru and Chile would face 30% tariffs if there is no deal, Washington says.\n"
    )
    assert rate_for(text, "PE", 30) == ("2025-04-02", "threatened")


def test_a_matching_counter_rate_does_not_take_the_day_of_the_rate_it_answers() -> None:
    text = (
        "Peru will ask Washington for talks, after the White House threatened to impose a "
        "40% tariff on Peruvian goods from April 2.\n\n"
        "Peru could respond with matching duties of up to 40% on U.S. products if talks fail, "
        "its trade minister said.\n"
    )
    assert rate_for(text, "PE", 40)[0] == "2025-04-02"
    assert rate_for(text, "US", 40) == (None, "threatened")
