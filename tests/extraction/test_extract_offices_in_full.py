"""Offices written out in full: the body an EU office belongs to, a portfolio after a place's
name, a member's style after the office, whose institution speaks; and 'later in the year'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 4, 15)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, PUBLISHED).officials}


def test_the_president_of_the_european_commission_keeps_the_body() -> None:
    text = (
        "On Monday, Minister Ward met President of the European Commission Ursula von der Leyen.\n"
    )
    title, country = officials(text)["Ursula von der Leyen"]
    assert (title, country) == ("President of the European Commission", "EU")


def test_a_portfolio_in_lower_case_after_a_place_name() -> None:
    text = "Dominic LeBlanc, Canada's minister for Canada-U.S. trade, met Ebrard on Tuesday.\n"
    assert officials(text)["Dominic LeBlanc"] == ("Minister for Canada-U.S. Trade", "CA")


def test_a_senators_style_after_the_office_held() -> None:
    text = (
        "The Commissioner received Australia's Minister for Trade and Tourism, Senator Don "
        "Farrell, in Brussels on Monday.\n"
    )
    assert officials(text)["Don Farrell"] == ("Minister for Trade and Tourism", "AU")


def test_the_institution_the_sentence_before_opens_with() -> None:
    text = (
        "PARIS - Leaders gather in Evian next week.\n\n"
        "The White House confirmed on Tuesday that the president will attend. Press secretary "
        "Karen Lowell said he would hold several bilateral meetings.\n"
    )
    assert officials(text)["Karen Lowell"] == ("Press Secretary", "US")


def test_later_in_the_year_is_the_storys_year() -> None:
    text = (
        "Prime Minister Christopher Luxon will travel to Australia for the annual leaders' "
        "meeting with Anthony Albanese later in the year.\n"
    )
    dates = [e.date for e in extract(text, PUBLISHED).events if len(e.participants) >= 2]
    assert dates == ["2026"]
