"""Offices read from their surroundings: an aide to another state's office, a second country's
holder of the office just named, and long names of legislative committees."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

FRIDAY = dt.date(2026, 9, 25)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, FRIDAY).officials}


def test_an_adviser_to_another_states_office_serves_that_state() -> None:
    text = (
        "Chinese Foreign Minister Zhao Ming will co-chair the dialogue with Paul Girard, "
        "diplomatic adviser to the French president, in Paris later this month."
    )
    assert officials(text)["Paul Girard"] == ("Diplomatic Adviser to the President", "FR")


def test_a_second_countrys_holder_of_the_office_just_named() -> None:
    text = (
        "Naledi Dube also met Russian Foreign Minister Pavel Orlov and Brazil's Ana Souza "
        "separately on Thursday afternoon."
    )
    found = officials(text)
    assert found["Pavel Orlov"] == ("Foreign Minister", "RU")
    assert found["Ana Souza"] == ("Foreign Minister", "BR")


def test_a_head_of_state_is_not_lent_to_the_second_country() -> None:
    text = "Russian President Pavel Orlov and Brazil's Ana Souza spoke on Thursday."
    assert officials(text)["Ana Souza"] == (None, "BR")


def test_a_committee_named_in_four_words_before_its_chairman() -> None:
    text = "The minister met Senate Foreign Relations Committee Chairman Tom Reed on Wednesday."
    assert officials(text)["Tom Reed"][0] == "Senate Foreign Relations Committee Chairman"


def test_a_citys_governor_serves_the_citys_country() -> None:
    text = "The president will meet Osaka Governor Kenji Mori and business leaders on Sunday."
    assert officials(text)["Kenji Mori"] == ("Osaka Governor", "JP")


def test_a_firms_chief_named_after_its_city_is_no_official() -> None:
    text = "The president will meet Osaka Gas chief Kenji Mori on Sunday."
    assert "Kenji Mori" not in officials(text)
