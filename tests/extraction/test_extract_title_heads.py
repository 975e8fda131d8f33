"""Titles of office: weak heads made full by a word of state, and titles after a name."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 5, 6)


def _titles(text: str) -> dict[str, str | None]:
    return {o.name: o.title for o in extract(text, DAY).officials}


def test_a_presidential_chief_of_staff_is_an_official() -> None:
    text = "Presidential chief of staff Mira Solberg said the visit would be arranged soon.\n"
    assert _titles(text) == {"Mira Solberg": "Presidential Chief of Staff"}


def test_a_company_chief_of_staff_is_still_no_official() -> None:
    text = "Acme chief of staff Mira Solberg said the order would be filled soon.\n"
    assert _titles(text) == {}


def test_an_article_is_no_part_of_a_title() -> None:
    text = "The Foreign Minister Tomas Brun said talks would resume in June.\n"
    assert _titles(text) == {"Tomas Brun": "Foreign Minister"}


def test_a_title_after_the_name_opening_with_a_country() -> None:
    text = "Tomas Brun, Austria International Trade Representative, said the talks went well.\n"
    (official,) = extract(text, DAY).officials
    assert (official.title, official.country) == ("International Trade Representative", "AT")


def test_an_international_development_minister_after_the_name() -> None:
    text = "Mira Solberg, Norway's International Development Minister, said aid would rise.\n"
    (official,) = extract(text, DAY).officials
    assert (official.title, official.country) == ("International Development Minister", "NO")
