"""Ranks, courtesy styles, long Gulf names, portfolios and whole country names around officials."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

TUESDAY = dt.date(2026, 3, 10)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, TUESDAY).officials}


def test_a_long_name_after_a_long_title_is_kept_whole() -> None:
    text = "Delegates later met Kuwaiti Foreign Minister Sheikh Salem Abdullah Al Jaber Al Sabah."
    assert officials(text) == {"Salem Abdullah Al Jaber Al Sabah": ("Foreign Minister", "KW")}


def test_a_title_after_a_country_name_of_several_words_serves_that_country() -> None:
    text = "The envoy met United Arab Emirates Trade Minister Saif bin Hamad Al Marri on Monday."
    assert officials(text)["Saif bin Hamad Al Marri"] == ("Trade Minister", "AE")


def test_the_office_before_a_rank_is_the_title() -> None:
    text = (
        "Indian Foreign Minister Ravi Menon held talks with his Kuwaiti counterpart, "
        "Sheikh Fahad Nasser Al Sabah, on Monday. He was later received by the Emir, "
        "Sheikh Jaber Ahmad Al Sabah."
    )
    found = officials(text)
    assert found["Fahad Nasser Al Sabah"] == ("Foreign Minister", "KW")
    assert found["Jaber Ahmad Al Sabah"][0] == "Emir"


def test_the_office_after_a_rank_is_the_title() -> None:
    text = "Sheikh Hamad bin Saif, Bahrain's Minister of Foreign Affairs, also attended."
    assert officials(text) == {"Hamad bin Saif": ("Minister of Foreign Affairs", "BH")}


def test_a_later_office_replaces_a_rank() -> None:
    text = (
        "Prince Nawaf bin Saad arrived in Delhi on Monday. Saudi Energy Minister "
        "Prince Nawaf bin Saad said supplies would rise."
    )
    assert officials(text)["Nawaf bin Saad"] == ("Energy Minister", "SA")


def test_a_courtesy_style_between_office_and_name() -> None:
    text = "Kenyan Deputy Minister Mr Sipho Wanjala will attend the meeting in Lusaka."
    assert officials(text) == {"Sipho Wanjala": ("Deputy Minister", "KE")}


def test_an_ambassador_of_a_state_to_another() -> None:
    text = (
        "The minister received the Ambassador of the Republic of Korea to Kenya, "
        "Mr Park Ji-hoon, in Nairobi on Monday."
    )
    assert officials(text)["Park Ji-hoon"] == ("Ambassador to Kenya", "KR")


def test_a_portfolio_before_the_name_is_not_part_of_it() -> None:
    text = (
        "Australia's Minister for Trade and Tourism Jane Whitlock will fly to Tokyo, and "
        "Chinese Vice Minister of Commerce Li Wenhai will visit Canberra."
    )
    found = officials(text)
    assert found["Jane Whitlock"] == ("Minister for Trade and Tourism", "AU")
    assert found["Li Wenhai"] == ("Vice Minister of Commerce", "CN")


def test_a_portfolio_in_lower_case() -> None:
    text = "He will meet Japan's minister of economy, trade and industry, Kenji Sato, on Friday."
    assert officials(text) == {"Kenji Sato": ("Minister of Economy, Trade and Industry", "JP")}


def test_a_portfolio_of_two_words_in_lower_case() -> None:
    text = "Egypt's minister of investment and foreign trade, Omar Said, rejected the duties."
    assert officials(text) == {"Omar Said": ("Minister of Investment and Foreign Trade", "EG")}


def test_an_ambassador_posted_in_a_city() -> None:
    text = "The minister sat down with Japan's ambassador in Nairobi, Ken Mori, on Thursday."
    assert officials(text) == {"Ken Mori": ("Ambassador", "JP")}


def test_a_speaker_line_of_a_briefing_names_an_official() -> None:
    text = (
        "Department Press Briefing\nAnn Ward, Principal Deputy Spokesperson\n"
        "Washington, D.C.\n\nMS WARD: Good afternoon, everybody."
    )
    assert officials(text) == {"Ann Ward": ("Principal Deputy Spokesperson", None)}


def test_a_title_case_headline_with_a_comma_is_still_a_headline() -> None:
    assert officials("Trade Minister Ann Ward, Envoy Warn On Steel Quotas") == {}


def test_diplomatic_and_coordinating_are_words_of_office() -> None:
    text = (
        "The president's diplomatic adviser, Paul Morel, flew to Kyiv, and Indonesian "
        "Coordinating Economic Minister Budi Santoso went to Tokyo."
    )
    found = officials(text)
    assert found["Paul Morel"][0] == "Diplomatic Adviser"
    assert found["Budi Santoso"] == ("Coordinating Economic Minister", "ID")


def test_an_organisations_initials_open_a_title_after_the_name() -> None:
    text = "The president met Dr. Amara Okafor, the WHO director-general, on Monday."
    assert officials(text)["Amara Okafor"][0] == "WHO Director-General"


def test_both_halves_of_a_hyphenated_office_are_capitalised() -> None:
    text = "UN secretary-general Ana Ruiz met President-elect Tom Hale of Chile on Monday."
    found = officials(text)
    assert found["Ana Ruiz"][0] == "UN Secretary-General"
    assert found["Tom Hale"][0] == "President-elect"
