"""Monarchs named by one name, and one plural office before two names."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 4, 10)


def officials(text: str) -> dict[str, str | None]:
    return {o.name: o.title for o in extract(text, PUBLISHED).officials}


def test_a_king_with_a_regnal_number_is_an_official() -> None:
    text = (
        "Spanish Prime Minister Ana Ruiz travels to Amman on Monday for talks with "
        "King Abdullah II.\n"
    )
    assert officials(text)["Abdullah II"] == "King"


def test_an_emperor_named_by_one_name_is_an_official() -> None:
    text = "The president will visit Japan next month at the invitation of Emperor Naruhito.\n"
    assert officials(text)["Naruhito"] == "Emperor"


def test_a_plural_office_before_two_names_is_each_ones() -> None:
    text = (
        "Officials are preparing a meeting between Presidents Ana Quispe and Luis Arce Mamani "
        "later this month.\n"
    )
    found = officials(text)
    assert found["Ana Quispe"] == "President"
    assert found["Luis Arce Mamani"] == "President"


def test_a_trip_clause_under_a_day_heading_takes_that_day() -> None:
    text = (
        "The week ahead\n\nMONDAY, APRIL 13\n\nLeaders meet in Oslo.\n\nTUESDAY, APRIL 14\n\n"
        "Spanish Prime Minister Ana Ruiz travels to Amman for a two-day visit, where she will "
        "hold talks with King Abdullah II.\n"
    )
    (talks,) = [e for e in extract(text, PUBLISHED).events if len(e.participants) == 2]
    assert (talks.date, talks.status) == ("2026-04-14", "planned")
