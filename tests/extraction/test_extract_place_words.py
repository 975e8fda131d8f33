"""Country words: nationalities the shared table lacks, and names that only contain one."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.geo import find_mentions, lookup

DAY = dt.date(2025, 5, 6)


def test_latin_american_nationalities_are_country_words() -> None:
    assert lookup("Paraguayan") == "PY"
    assert lookup("Uruguayan") == "UY"
    assert lookup("Bolivian") == "BO"


def test_an_official_takes_a_nationality_from_the_extra_table() -> None:
    text = "Paraguayan President Rafael Ortega will host the talks in Lima next week.\n"
    (official,) = extract(text, DAY).officials
    assert (official.title, official.country) == ("President", "PY")


def test_a_sea_named_for_a_country_is_no_country_word() -> None:
    text = "The ministers discussed shipping in the South China Sea and the Gulf of Mexico."
    assert [m.code for m in find_mentions(text)] == []
    assert lookup("South China Sea") is None


def test_a_region_is_no_nationality() -> None:
    text = "Quotas for South American beef will rise, while Latin American farmers protest."
    assert find_mentions(text) == []


def test_a_minister_is_not_from_the_sea_he_discusses() -> None:
    text = (
        "Foreign Secretary Ravi Menon met the visiting minister on Monday and discussed "
        "the situation in the South China Sea.\n"
    )
    (official,) = extract(text, DAY).officials
    assert official.country != "CN"
