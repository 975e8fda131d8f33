"""An official with no country word of their own is not of the country of whom they meet."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

TUESDAY = dt.date(2026, 3, 10)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, TUESDAY).officials}


def test_the_country_of_the_one_met_is_not_the_country_of_the_host() -> None:
    text = (
        "Prime Minister Aroha Wiremu met Chinese Premier Li Wen on Monday to discuss "
        "China's dairy quotas for New Zealand."
    )
    found = officials(text)
    assert found["Li Wen"] == ("Premier", "CN")
    assert found["Aroha Wiremu"] == ("Prime Minister", "NZ")


def test_the_other_side_of_a_summit_between_two_officials() -> None:
    text = (
        "The EU-Chile accord was signed at a ceremony between President Mateo Rojas and "
        "Commission President Ursula von der Leyen."
    )
    assert officials(text)["Mateo Rojas"] == ("President", "CL")


def test_an_office_held_then_is_the_office() -> None:
    text = "Egypt's minister hosted Malaysia's then chief adviser, Ahmad Faiz, in 2024."
    assert officials(text)["Ahmad Faiz"] == ("Chief Adviser", "MY")


def test_more_words_of_office() -> None:
    text = (
        "Britain's business secretary, Peter Holloway, spoke after Tom Reddick, "
        "Principal Deputy Spokesperson of the State Department, and then foreign affairs "
        "adviser Rashed Karim."
    )
    found = officials(text)
    assert found["Peter Holloway"] == ("Business Secretary", "GB")
    assert found["Tom Reddick"][0] == "Principal Deputy Spokesperson"
    assert found["Rashed Karim"][0] == "Foreign Affairs Adviser"


def test_a_spokesman_at_the_end_speaks_for_the_official_the_sentence_opens_with() -> None:
    text = (
        "German Chancellor Hans Weber will host French President Luc Martin for dinner "
        "on Friday, government spokesman Jens Roth said."
    )
    assert officials(text)["Jens Roth"] == ("Government Spokesman", "DE")


def test_the_one_met_on_a_visit_to_a_country_is_its_official() -> None:
    text = (
        "He will make a state visit to Peru next month and hold talks with President "
        "Ana Quispe at the government palace, the ministry said."
    )
    assert officials(text)["Ana Quispe"] == ("President", "PE")


def test_according_to_is_no_place() -> None:
    text = (
        "Foreign Minister Li Wen spoke with US Secretary of State Ann Ward by telephone, "
        "according to the Chinese foreign ministry."
    )
    assert officials(text)["Li Wen"] == ("Foreign Minister", "CN")


def test_the_one_who_holds_talks_in_a_capital_is_at_home_there() -> None:
    text = (
        "In a parallel track in Tokyo, Finance Minister Aiko Sato held talks with South "
        "Korea's Deputy Prime Minister and Minister of Economy and Finance Park Min-jun."
    )
    assert officials(text)["Aiko Sato"] == ("Finance Minister", "JP")


def test_a_second_office_after_the_name_tells_the_country() -> None:
    text = (
        "Vice Premier Lin Mei-hua, Taipei's chief negotiator, signed the deal with U.S. Trade "
        "Representative Ann Ward in Washington."
    )
    assert officials(text)["Lin Mei-hua"] == ("Vice Premier", "TW")


def test_the_host_of_a_visit_told_in_the_sentence_before() -> None:
    text = (
        "The Indonesian leader will visit Japan from June 15 to 17, his office said. "
        "He is scheduled to hold a summit with Prime Minister Aiko Sato on June 16."
    )
    assert officials(text)["Aiko Sato"] == ("Prime Minister", "JP")


def test_the_one_met_when_a_leader_will_visit_a_country() -> None:
    text = "The president will visit Peru next month and meet President Ana Quispe in Lima."
    assert officials(text)["Ana Quispe"] == ("President", "PE")
