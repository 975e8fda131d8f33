"""Offices shared by officials named in a list, offices joined or listed in one title, and
ranks and staff offices written before a name."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2026, 8, 27)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, THURSDAY).officials}


def test_plural_counterparts_take_their_countries_in_order() -> None:
    text = (
        "Foreign Minister Lena Kowal of Poland spoke on Monday. Kowal will host her Spanish and "
        "Italian counterparts, Mario Delgado Ruiz and Paolo Ferri, in Krakow next month."
    )
    found = officials(text)
    assert found["Mario Delgado Ruiz"] == ("Foreign Minister", "ES")
    assert found["Paolo Ferri"] == ("Foreign Minister", "IT")


def test_a_portfolio_in_a_list_of_fields_before_the_office() -> None:
    text = (
        "South Africa's Trade, Industry and Competition Minister Sipho Dlamini said on "
        "Thursday that the offer stood."
    )
    assert officials(text) == {"Sipho Dlamini": ("Trade, Industry and Competition Minister", "ZA")}


def test_a_plural_office_in_lower_case_before_a_list_of_names() -> None:
    text = (
        "Officials from Australia and New Zealand met on Monday, joined by the two countries' "
        "defence ministers, Colin Marsh and Helen Parata."
    )
    found = officials(text)
    assert found["Colin Marsh"][0] == "Defence Minister"
    assert found["Helen Parata"][0] == "Defence Minister"


def test_two_holders_of_one_office_in_a_list_serve_two_countries() -> None:
    text = (
        "Australian Foreign Minister Jane Holt and Winston Tane, New Zealand's foreign "
        "minister, met on Monday, joined by the two countries' defence ministers, Richard "
        "Marles and Helen Parata."
    )
    found = officials(text)
    assert found["Richard Marles"] == ("Defence Minister", "AU")
    assert found["Helen Parata"] == ("Defence Minister", "NZ")


def test_an_office_in_a_head_of_state_s_staff() -> None:
    text = "Presidential policy chief Park Min-ho convened a meeting of ministers on Tuesday."
    assert officials(text)["Park Min-ho"][0] == "Presidential Policy Chief"


def test_an_army_chief_with_his_rank() -> None:
    text = (
        "Army chief Field Marshal Tariq Hameed, who met ministers in Islamabad on Monday, is "
        "expected to travel abroad later this month."
    )
    assert officials(text)["Tariq Hameed"][0] == "Army Chief"


def test_a_dateline_in_capitals_is_no_part_of_the_office() -> None:
    text = "SEOUL -- Industry Minister Choi Dong-hyun will fly to Washington next week."
    assert officials(text)["Choi Dong-hyun"][0] == "Industry Minister"


def test_two_offices_after_a_name_and_the_state_in_full() -> None:
    text = (
        "The minister called on Prince Fahd bin Nasser Al Rashid, Crown Prince and Prime "
        "Minister of the Kingdom of Saudi Arabia, on Tuesday."
    )
    assert officials(text) == {
        "Fahd bin Nasser Al Rashid": ("Crown Prince and Prime Minister", "SA")
    }


def test_an_office_and_another_official_after_it_stay_apart() -> None:
    text = "He met Ana Ruiz, Foreign Minister and President Tomas Vidal on Monday in Lima."
    assert officials(text)["Ana Ruiz"][0] == "Foreign Minister"


def test_sayyid_is_a_rank_not_a_given_name() -> None:
    text = (
        "Saudi Foreign Minister Prince Fahd bin Nasser held talks with his Omani counterpart, "
        "Sayyid Salim Albusaidi, on Tuesday."
    )
    assert officials(text)["Salim Albusaidi"] == ("Foreign Minister", "OM")


def test_a_gulf_head_of_state_named_without_a_country() -> None:
    text = "He and King Hamad bin Isa Al Khalifa held a short private meeting on Tuesday."
    assert officials(text) == {"Hamad bin Isa Al Khalifa": ("King", "BH")}
