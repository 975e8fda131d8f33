"""People a country is said to have ('Germany's X'), and offices given later with the surname."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

TUESDAY = dt.date(2026, 3, 10)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, TUESDAY).officials}


def test_a_person_a_country_is_said_to_have_is_its_official() -> None:
    text = "Defence Minister Jan Nowak will hold talks with Germany's Boris Kessler on Friday."
    assert officials(text)["Boris Kessler"] == (None, "DE")


def test_a_firm_a_country_is_said_to_have_is_no_official() -> None:
    text = "India's Reliance Industries and Japan's Nippon Steel reported higher profits."
    assert officials(text) == {}


def test_an_office_given_later_with_the_surname() -> None:
    text = (
        "Trade ministers are also expected to attend, including New Zealand's Ann Whitby. "
        "Whitby, New Zealand's Minister for Trade and Investment, said on Saturday that "
        "talks were going well."
    )
    assert officials(text)["Ann Whitby"] == ("Minister for Trade and Investment", "NZ")


def test_offices_only_one_country_has() -> None:
    text = (
        "Economy, Trade and Industry Minister Kenji Sato, asked about a possible Chinese "
        "response, said the duties were fair. Business Secretary Tom Hale met Korean officials."
    )
    found = officials(text)
    assert found["Kenji Sato"] == ("Economy, Trade and Industry Minister", "JP")
    assert found["Tom Hale"] == ("Business Secretary", "GB")


def test_a_country_word_before_two_joined_offices() -> None:
    text = "Japan's Commerce and Industry Minister Kenji Sato met Indian officials in Delhi."
    assert officials(text)["Kenji Sato"] == ("Commerce and Industry Minister", "JP")


def test_an_official_with_no_country_word_serves_where_the_story_is_filed() -> None:
    text = (
        "OSLO, June 3 (NTB) - Foreign Minister Kari Lund will travel to Rome on Friday, "
        "her office said."
    )
    assert officials(text)["Kari Lund"] == ("Foreign Minister", "NO")


def test_not_an_office_the_country_of_the_dateline_does_not_have() -> None:
    text = "WASHINGTON, June 3 - Prime Minister Kari Lund will visit Rome on Friday."
    assert officials(text)["Kari Lund"] == ("Prime Minister", None)


def test_not_an_office_the_country_of_the_wire_does_not_have() -> None:
    text = "ROME (AP) — Prime Minister Kari Lund will visit Rome on Friday, her office said."
    assert officials(text)["Kari Lund"][1] != "US"


def test_a_government_spokesman() -> None:
    text = "The talks went well, Polish government spokesman Piotr Nowak said on Friday."
    assert officials(text) == {"Piotr Nowak": ("Government Spokesman", "PL")}


def test_an_official_with_no_cue_serves_the_country_the_story_is_about() -> None:
    text = (
        "Canada will raise duties on steel. Ottawa says the move protects Canadian mills. "
        "Prime Minister Ann Ward said on Friday the measures were temporary. Canadian "
        "exporters welcomed the decision, while Japan said it would study it."
    )
    assert officials(text)["Ann Ward"] == ("Prime Minister", "CA")


def test_no_main_country_when_two_are_named_as_often() -> None:
    text = (
        "Canada and Japan will cut duties. Ottawa and Tokyo agreed the deal. "
        "Prime Minister Ann Ward said on Friday the measures were final."
    )
    assert officials(text)["Ann Ward"] == ("Prime Minister", None)


def test_the_chair_of_a_body_of_one_state_is_an_official() -> None:
    text = "He was received by Ivan Petrov, chairman of the State Duma, in Moscow on Monday."
    assert officials(text)["Ivan Petrov"] == ("Chairman of the State Duma", "RU")
