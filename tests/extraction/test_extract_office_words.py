"""Words of office: where a title starts and ends, and whose office it is."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 5, 6)


def _officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, DAY).officials}


def test_and_between_two_officials_joins_no_title() -> None:
    text = (
        "Nadia Brandt will hold talks with the finance secretary and US Trade Representative "
        "Owen Talbot on Friday.\n"
    )
    assert _officials(text)["Owen Talbot"] == ("Trade Representative", "US")


def test_two_words_of_office_joined_by_and_are_one_title() -> None:
    text = "Commerce and Industry Minister Ravi Menon said exports to Japan would rise.\n"
    assert _officials(text)["Ravi Menon"][0] == "Commerce and Industry Minister"


def test_the_president_of_a_body_named_in_lower_case_is_no_official() -> None:
    text = (
        '"Prices will rise," said Tomas Rueda, president of the Chilean fruit exporters '
        "association ASOEX.\n"
    )
    assert "Tomas Rueda" not in _officials(text)


def test_an_association_president_before_the_name_is_no_official() -> None:
    text = "Wine exporters association president Tomas Rueda said prices would rise.\n"
    assert "Tomas Rueda" not in _officials(text)


def test_the_president_of_a_country_after_the_name_is_still_an_official() -> None:
    text = "Tomas Rueda, President of the Republic of Chile, said prices would rise.\n"
    assert "Tomas Rueda" in _officials(text)


def test_european_stays_in_the_title_of_an_eu_body() -> None:
    text = "European Council President Rui Lobo said the leaders agreed on aid.\n"
    assert _officials(text)["Rui Lobo"] == ("European Council President", "EU")


def test_a_commission_spokesperson_speaks_for_the_eu() -> None:
    text = "Commission spokesperson Ana Lind told a news conference that talks went well.\n"
    assert _officials(text)["Ana Lind"] == ("Commission Spokesperson", "EU")


def test_only_india_has_an_external_affairs_minister() -> None:
    text = "External Affairs Minister Ravi Menon said the talks went well.\n"
    assert _officials(text)["Ravi Menon"] == ("External Affairs Minister", "IN")
