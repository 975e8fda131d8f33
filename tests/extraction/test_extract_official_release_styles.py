"""Officials as government releases and Commonwealth papers write them: family names in capitals,
letters after a name, offices held alone, portfolios in lower case, short forms of one office."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

MONDAY = dt.date(2026, 3, 9)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, MONDAY).officials}


def test_a_family_name_in_capitals_before_the_given_name() -> None:
    text = (
        "On March 9, Mr. HAYASHI Kenta, Minister for Foreign Affairs of Japan, held a meeting "
        "with Ms. Ana Ruiz, Minister of Foreign Affairs of Chile, in Tokyo."
    )
    assert officials(text)["Kenta Hayashi"] == ("Minister for Foreign Affairs", "JP")


def test_a_family_name_in_capitals_after_an_office() -> None:
    text = "The minister will call on Prime Minister ODAKA Reiko of Japan on Tuesday."
    assert officials(text)["Reiko Odaka"][0] == "Prime Minister"


def test_initials_of_a_body_in_capitals_are_no_family_name() -> None:
    text = "NATO Secretary General Anders Lund met Foreign Minister Petra Novak on Monday."
    assert "Secretary Nato" not in officials(text)
    assert not any("Nato" in name for name in officials(text))


def test_letters_after_a_name_come_before_the_office() -> None:
    text = (
        "Both sides are preparing a visit to Japan by the Hon. Graham Tully MP, Prime Minister "
        "of Australia, later this year."
    )
    assert officials(text)["Graham Tully"] == ("Prime Minister", "AU")


def test_the_high_representative_is_an_office_of_its_own() -> None:
    text = "EU foreign ministers met in Brussels, chaired by High Representative Liisa Tamm."
    assert officials(text)["Liisa Tamm"] == (
        "High Representative for Foreign Affairs and Security Policy",
        "EU",
    )


def test_a_british_chancellor_is_of_the_exchequer() -> None:
    text = (
        "British Chancellor Martin Hale will travel to Delhi in the autumn for talks, "
        "the Treasury said."
    )
    assert officials(text)["Martin Hale"] == ("Chancellor of the Exchequer", "GB")


def test_a_german_chancellor_stays_the_chancellor() -> None:
    text = "German Chancellor Lukas Richter met French President Anne Morel in Berlin."
    assert officials(text)["Lukas Richter"] == ("Chancellor", "DE")


def test_a_minister_responsible_for_a_field() -> None:
    text = (
        "Claire Dubois, the minister responsible for Canada-U.S. trade, spoke with the "
        "commerce secretary on Tuesday, Ottawa said."
    )
    assert officials(text)["Claire Dubois"][0] == "Minister responsible for Canada-U.S. Trade"


def test_a_portfolio_in_lower_case_after_commissioner_for() -> None:
    text = "Ilze Berzina, the European commissioner for enlargement, met officials in Skopje."
    assert officials(text)["Ilze Berzina"] == ("Commissioner for Enlargement", "EU")


def test_a_philippine_first_name_shortened_to_ma() -> None:
    text = (
        "The Philippines hosted the talks in Manila. Foreign Secretary Ma. Elena Santos "
        "chaired the sessions."
    )
    assert officials(text)["Elena Santos"][0] == "Foreign Secretary"
