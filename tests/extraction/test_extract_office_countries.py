"""Offices that only one country, or one of a very few, has: they tell whose official it is."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, DAY).officials}


def test_an_office_of_one_of_two_countries_takes_the_one_the_story_names() -> None:
    text = (
        "Commerce Secretary Walter Brandt said Tuesday that he would meet Chilean Economy "
        "Minister Rosa Ibarra in Santiago next week.\n\n"
        "Washington wants a quota deal on copper before the end of the year.\n"
    )
    assert _countries(text)["Walter Brandt"] == "US"


def test_an_office_of_two_countries_named_together_stays_open() -> None:
    text = (
        "Commerce Secretary Walter Brandt said Tuesday that talks on a trade deal would resume.\n\n"
        "India and the United States have held five rounds of talks this year.\n"
    )
    assert _countries(text)["Walter Brandt"] is None


def test_a_body_of_one_country_names_it() -> None:
    text = (
        "State Council spokesman Li Wen said on Monday that Kenyan lawmakers would visit.\n\n"
        "Bundestag President Greta Vollmer met the delegation in Nairobi last month.\n"
    )
    countries = _countries(text)
    assert countries["Li Wen"] == "CN"
    assert countries["Greta Vollmer"] == "DE"


def test_a_portfolio_secretary_of_state_is_not_american() -> None:
    text = (
        "Secretary of State for Business Tom Ashby said Tuesday that steel talks would resume "
        "next month.\n\nThe United States has offered a quota on steel.\n"
    )
    assert _countries(text)["Tom Ashby"] is None


def test_a_story_told_from_the_country_of_its_offices_lends_it_to_a_bare_president() -> None:
    text = (
        "President Walter Greaves threatened on Monday to raise tariffs on Chilean goods to 30 "
        "percent.\n\n"
        "Treasury Secretary Nora Quist said on Tuesday that talks with Chile would continue.\n"
        "Chilean President Rosa Ibarra said her government would not retaliate.\n"
    )
    countries = _countries(text)
    assert countries["Nora Quist"] == "US"
    assert countries["Walter Greaves"] == "US"
    assert countries["Rosa Ibarra"] == "CL"
