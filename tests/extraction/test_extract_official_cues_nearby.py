"""Where an official's office and country come from when the sentence itself says little: the
sentence before, the place a clause is set in, a city of two words, a given name shared."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 12)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, PUBLISHED).officials}


def test_the_country_the_sentence_before_opens_with_is_the_officials() -> None:
    text = (
        "Most of the region is exposed. Malawi, whose tobacco goes mostly to Europe, now faces "
        "a 20% duty there. Prime Minister Grace Mbewe called the move unfair on Monday.\n"
    )
    assert officials(text)["Grace Mbewe"] == ("Prime Minister", "MW")


def test_a_sentence_with_a_country_of_its_own_keeps_it() -> None:
    text = (
        "Malawi, whose tobacco goes mostly to Europe, now faces a 20% duty. Zambian Prime "
        "Minister Grace Mbewe called the move unfair on Monday.\n"
    )
    assert officials(text)["Grace Mbewe"][1] == "ZM"


def test_the_one_side_the_sentence_before_speaks_of() -> None:
    text = (
        "PRETORIA - Uruguayan President Andres Olivera arrived on Monday for a three-day visit.\n\n"
        "Olivera told reporters that Uruguay wanted to double its beef sales to Africa. Economy "
        "Minister Marta Silveira travelled with the president.\n"
    )
    assert officials(text)["Marta Silveira"][1] == "UY"


def test_not_when_the_sentence_before_speaks_of_two_sides() -> None:
    text = (
        "SEOUL - Talks went on late into the night.\n\n"
        "Trump announced the deal, saying Korean President Lee Jae-myung would visit Washington "
        "soon. Presidential chief of staff Park Min-ho said a date would be set later.\n"
    )
    assert officials(text)["Park Min-ho"][1] != "US"


def test_a_given_name_before_another_surname_is_not_the_official() -> None:
    text = (
        "BUENOS AIRES - Uruguayan President Andres Olivera arrived on Monday. Finance Minister "
        "Pablo Ferreira accompanied the president on the trip.\n\n"
        "On Tuesday, Olivera met Pablo Ibarra, head of the Argentine industrial union, and "
        "spoke at the Argentine Industrial Union.\n"
    )
    assert officials(text)["Pablo Ferreira"][1] == "UY"


def test_a_capital_opens_a_name_after_a_countrys_possessive() -> None:
    text = "At the summit, Chile's Santiago Morales will hand over the chair to Peru.\n"
    assert officials(text)["Santiago Morales"][1] == "CL"


def test_a_city_of_two_words_is_not_an_official() -> None:
    text = (
        "Over in Abu Dhabi, the UAE's Minister of State for Foreign Trade, Rashid bin Saeed "
        "Al Mansoori, said he spoke with the British minister by phone.\n"
    )
    found = officials(text)
    assert "Abu Dhabi" not in found
    assert found["Rashid bin Saeed Al Mansoori"] == ("Minister of State for Foreign Trade", "AE")


def test_our_correspondent_reports_is_no_byline() -> None:
    text = (
        "Kyle also met Saudi Investment Minister Fahd Al-Otaibi, our correspondent in Riyadh "
        "reports, over dinner on Monday.\n"
    )
    assert officials(text)["Fahd Al-Otaibi"] == ("Investment Minister", "SA")


def test_the_host_of_a_country_a_clause_is_set_in() -> None:
    text = (
        "Qatar hosted the first leg. Qatar signed six deals. The tour went on in Oman, where "
        "Turkish President Recep Tayyip Erdogan held talks with Sultan Qais bin Fahd Al Said.\n"
    )
    assert officials(text)["Qais bin Fahd Al Said"][1] == "OM"


def test_a_minister_does_not_serve_the_european_union() -> None:
    text = (
        "Deputy Prime Minister Rustam Aliyev leads the talks, officials in Tashkent said.\n\n"
        "The EU protocol was signed in Geneva on 11 February by Aliyev and EU Trade "
        "Commissioner Maros Sefcovic, a ministry statement said.\n"
    )
    assert officials(text)["Rustam Aliyev"][1] != "EU"


def test_a_leader_known_under_another_spelling_of_a_given_name() -> None:
    text = "Erdogan held talks with Emir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah on Tuesday.\n"
    assert officials(text)["Meshal Al-Ahmad Al-Jaber Al-Sabah"][1] == "KW"


def test_a_portfolio_of_two_words_joined_to_another() -> None:
    text = (
        "Ghana's Foreign Affairs and Regional Integration Minister Ama Boateng met her Ethiopian "
        "counterpart, Trade and Regional Integration Minister Kassa Bekele, on Monday.\n"
    )
    found = officials(text)
    assert found["Ama Boateng"][0] == "Foreign Affairs and Regional Integration Minister"
    assert found["Kassa Bekele"][0] == "Trade and Regional Integration Minister"


def test_an_office_owned_by_the_person_it_serves() -> None:
    text = (
        "SEOUL - President Lee Jae-myung met the delegation on Monday. Park Sung-ho, Lee's "
        "presidential chief of staff for policy, told reporters the talks went well.\n"
    )
    assert officials(text)["Park Sung-ho"] == ("Presidential Chief of Staff for Policy", "KR")


def test_the_mayor_of_a_town_the_gazetteer_lacks() -> None:
    text = (
        "Canadian steelmakers fear the worst. Canada's Prime Minister Mark Carney promised help. "
        "Sudbury Mayor Anne Tremblay said she would travel to Ottawa next week.\n"
    )
    assert officials(text)["Anne Tremblay"] == ("Sudbury Mayor", "CA")
