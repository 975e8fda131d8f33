"""Leaders and ministers every reader knows are given their country when the article leaves it
unsaid; anyone else is still read from the article alone."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.official_figures import figure_countries, known_country

DAY = dt.date(2025, 9, 17)


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, DAY).officials}


def test_a_known_leader_named_without_a_country_is_not_given_a_country_nearby() -> None:
    text = (
        "Officials expect talks with U.S. Trade Representative Jamieson Greer to resume soon.\n\n"
        "Prime Minister Mark Carney has said the duties will stay until the U.S. removes its "
        "sectoral tariffs.\n"
    )
    countries = _countries(text)
    assert countries["Mark Carney"] == "CA"
    assert countries["Jamieson Greer"] == "US"


def test_a_foreign_minister_beside_another_country_s_assets_keeps_his_own_country() -> None:
    text = (
        "The bloc's envoy travelled to Kyiv on Friday. She met Foreign Minister Andrii Sybiha and "
        "announced new funding drawn from frozen Russian assets.\n"
    )
    assert _countries(text)["Andrii Sybiha"] == "UA"


def test_every_spelling_of_a_figure_leads_to_the_same_country() -> None:
    assert known_country(["Volodymyr Zelenskyy"]) == known_country(["Volodymyr Zelensky"]) == "UA"
    assert known_country(["Sergei Lavrov"]) == "RU"
    assert known_country(["Maros Sefcovic"]) == known_country(["Maroš Šefčovič"]) == "EU"
    assert known_country(["Someone Unknown"]) is None


def test_an_official_the_table_does_not_know_is_read_from_the_article() -> None:
    text = "Kenyan Trade Minister Amina Wekesa met her Ugandan counterpart in Kampala on Monday.\n"
    assert _countries(text)["Amina Wekesa"] == "KE"


def test_the_table_names_each_person_once_and_only_with_a_real_code() -> None:
    import json

    from diplomatic_calendar.domain.geography import countries
    from diplomatic_calendar.extraction.names import fold
    from diplomatic_calendar.paths import resource_path

    codes = set(countries()) | {"EU"}
    assert set(figure_countries().values()) <= codes
    data = json.loads(resource_path("data", "public_figures.json").read_text(encoding="utf-8"))
    spellings = [
        fold(spelling)
        for people in data["countries"].values()
        for person in people
        for spelling in person.split("|")
    ]
    assert len(spellings) == len(set(spellings)) == len(figure_countries())
