"""A second office held ('who also serves as …'), an office named by the holder's boss
('Ruiz's spokesman'), lower-case portfolios, the host country of an envoy's post, and whose
government a government spokesman speaks for."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

MONDAY = dt.date(2026, 3, 9)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, MONDAY).officials}


def test_a_second_office_held_is_joined_to_the_first() -> None:
    text = (
        "Chilean Vice-President Rosa Pinto, who also serves as Minister of Mining and Energy, "
        "said on Monday that the deal would go ahead."
    )
    assert officials(text)["Rosa Pinto"] == (
        "Vice-President and Minister of Mining and Energy",
        "CL",
    )


def test_who_is_also_a_member_adds_no_office() -> None:
    text = (
        "Chilean Foreign Minister Rosa Pinto, who is also a member of the ruling party, said "
        "on Monday that talks would go on."
    )
    assert officials(text)["Rosa Pinto"] == ("Foreign Minister", "CL")


def test_the_spokesman_of_the_president_is_the_presidential_spokesman() -> None:
    text = (
        "Peruvian President Ana Ruiz flew to Quito on Sunday. Ruiz's spokesman, Tomas Vela, "
        "said the visit would last two days."
    )
    assert officials(text)["Tomas Vela"] == ("Presidential Spokesman", "PE")


def test_the_envoy_of_a_prime_minister() -> None:
    text = (
        "Canadian Prime Minister Mark Ellis spoke on Monday. Ellis's envoy, Anna Korr, said "
        "talks would go on."
    )
    assert officials(text)["Anna Korr"] == ("Envoy to the Prime Minister", "CA")


def test_a_lower_case_portfolio_after_the_office() -> None:
    text = (
        "Kenji Ota, Japan's minister for economic revitalization, met officials in Washington "
        "on Monday."
    )
    assert officials(text) == {"Kenji Ota": ("Minister for Economic Revitalization", "JP")}


def test_an_official_beside_an_envoy_serves_the_envoy_s_host() -> None:
    text = (
        "The Honourable Minister of Interior, Dr Kayode Bello, and the British High "
        "Commissioner to Nigeria, Dr Ian Ross, signed the memorandum on Monday."
    )
    found = officials(text)
    assert found["Kayode Bello"] == ("Minister of Interior", "NG")
    assert found["Ian Ross"] == ("British High Commissioner to Nigeria", "GB")


def test_an_envoy_s_title_keeps_whose_envoy_beside_the_post() -> None:
    text = (
        "He met the Swiss ambassador to Chile, Tom Reed, and Peru's Ambassador to Chile, "
        "Luis Soto, on Monday."
    )
    found = officials(text)
    assert found["Tom Reed"] == ("Swiss Ambassador to Chile", "CH")
    assert found["Luis Soto"] == ("Ambassador to Chile", "PE")


def test_a_second_office_after_the_country_s_word() -> None:
    text = (
        "Development, Industry, Trade and Services Minister Rui Barros Neto, who is also "
        "Brazil's vice president, held talks in Sao Paulo on Monday."
    )
    assert officials(text)["Rui Barros Neto"][0] == (
        "Development, Industry, Trade and Services Minister and Vice President"
    )


def test_a_known_figure_named_without_an_office_is_an_official() -> None:
    text = (
        "The quota was first promised when Keir Starmer and Donald Trump announced their "
        "economic deal."
    )
    assert officials(text) == {"Keir Starmer": (None, "GB"), "Donald Trump": (None, "US")}


def test_the_official_called_on_at_home_serves_the_place() -> None:
    text = (
        "The Indonesian Minister paid a courtesy call on President Samuel Kiptanui Ruto at "
        "State House, Nairobi, where she conveyed greetings from President Prabowo Subianto."
    )
    assert officials(text)["Samuel Kiptanui Ruto"] == ("President", "KE")


def test_a_government_spokesman_speaks_for_the_government_just_named() -> None:
    text = (
        "Later on Tuesday, the Ukrainian minister was received by Czech Prime Minister Petr "
        "Novotny in Prague. A government spokesman, Pavel Dvorak, said the talks focused on "
        "contracts for Czech firms and on Ukraine's accession talks."
    )
    assert officials(text)["Pavel Dvorak"] == ("Government Spokesman", "CZ")
