"""Styles of address around officials' names in releases: 'the Rt Hon', 'His Royal Highness',
'Shri', 'the Honourable', a diplomat's 'Ambassador' after the office, and named things that are
no one's name."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

FRIDAY = dt.date(2026, 5, 15)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, FRIDAY).officials}


def test_a_long_office_of_a_state_then_the_rt_hon() -> None:
    text = (
        "The minister on Thursday hosted the Secretary of State for Foreign, Commonwealth and "
        "Development Affairs of the United Kingdom, the Rt Hon Helen Marsh MP, in Accra."
    )
    name, (title, country) = next(iter(officials(text).items()))
    assert name == "Helen Marsh"
    assert country == "GB"
    assert title is not None and title.startswith("Secretary of State for Foreign")


def test_his_royal_highness_and_the_rank_are_no_office() -> None:
    text = (
        "The minister called on His Royal Highness Prince Fahd bin Nasser Al Rashid, Crown "
        "Prince of Saudi Arabia, on Tuesday. He also met the Minister of Energy, "
        "His Royal Highness Prince Turki bin Majid, in Riyadh."
    )
    found = officials(text)
    assert found["Fahd bin Nasser Al Rashid"][0] == "Crown Prince"
    assert found["Turki bin Majid"][0] == "Minister of Energy"


def test_shri_is_a_style_not_a_given_name() -> None:
    text = (
        "India's Commerce and Industry Minister Shri Arvind Rao held talks with the visiting "
        "trade delegation in New Delhi on Thursday."
    )
    assert officials(text) == {"Arvind Rao": ("Commerce and Industry Minister", "IN")}


def test_the_honourable_is_no_part_of_the_office() -> None:
    text = (
        "The Honourable Minister of Interior, Dr Kayode Bello, signed the memorandum with the "
        "visiting delegation on Thursday."
    )
    assert officials(text)["Kayode Bello"][0] == "Minister of Interior"


def test_ambassador_after_the_office_is_a_diplomat_s_style() -> None:
    text = (
        "The Honourable Minister of Foreign Affairs, Ambassador Musa Danladi Garba, on "
        "Wednesday received the visiting delegation in Abuja."
    )
    assert officials(text)["Musa Danladi Garba"][0] == "Minister of Foreign Affairs"


def test_an_ambassador_named_so_alone_is_still_an_ambassador() -> None:
    text = "The delegation met the French envoy on Monday and Ambassador Claire Dufour on Tuesday."
    assert officials(text).get("Claire Dufour", ("Ambassador",))[0] == "Ambassador"


def test_a_scheme_or_an_institute_is_no_person() -> None:
    text = (
        "Kenya's Export Promotion Scheme grew last year, the minister said at the "
        "Prince Faisal Al Rashid Institute of Diplomatic Studies in Riyadh on Thursday."
    )
    assert officials(text) == {}
