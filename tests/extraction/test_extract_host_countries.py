"""Countries for officials: not from what they said, but from the capital they host talks in."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

TUESDAY = dt.date(2025, 3, 11)


def _country(text: str, name: str) -> str | None:
    people = {o.name: o for o in extract(text, TUESDAY).officials}
    return people[name].country


def test_a_country_in_what_an_official_said_is_not_theirs() -> None:
    text = (
        "Prime Minister Anna Lindqvist met Finnish President Mart Salo in Stockholm on Monday. "
        "Relations have cooled since Lindqvist told lawmakers on March 3 that a Russian strike on "
        "Gotland could not be ruled out."
    )
    assert _country(text, "Anna Lindqvist") != "RU"


def test_the_official_met_in_a_foreign_capital_serves_that_country() -> None:
    text = (
        "Trade Minister Ingrid Dahl of Norway said on Monday that the quotas were unfair. Dahl is "
        "due to fly to Tokyo on Thursday for talks with Economy Minister Kenji Sato."
    )
    assert _country(text, "Kenji Sato") == "JP"


def test_the_host_of_foreign_guests_in_a_capital_serves_that_country() -> None:
    text = (
        "Prime Minister Anna Lindqvist will host Finnish President Mart Salo and Danish Prime "
        "Minister Ida Holm in Stockholm next month."
    )
    assert _country(text, "Anna Lindqvist") == "SE"


def test_one_demonym_before_two_different_offices_serves_both() -> None:
    text = (
        "Indian President Asha Rao and Prime Minister Dev Malhotra will attend the summit in "
        "Paris next month."
    )
    assert _country(text, "Dev Malhotra") == "IN"


def test_a_country_word_does_not_lend_an_office_that_country_lacks() -> None:
    text = (
        "U.S. President Dale Harmon and Prime Minister Claire Dubois met at the White House on "
        "Monday to discuss lumber duties."
    )
    assert _country(text, "Dale Harmon") == "US"
    assert _country(text, "Claire Dubois") != "US"  # the United States has no prime minister


def test_a_head_of_state_is_never_lent_another_leaders_country() -> None:
    text = "Saudi Crown Prince Faisal Al Nahr and President Jean Morel met in Paris on Monday."
    assert _country(text, "Jean Morel") != "SA"


def test_chinese_president_and_premier_are_both_chinese() -> None:
    text = "Chinese President Wen Hao and Premier Zhao Lin received the delegation on Monday."
    assert _country(text, "Zhao Lin") == "CN"
