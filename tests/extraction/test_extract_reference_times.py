"""Times that are not when a meeting happens, and 'the end of the month'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 10, 22)


def dated(text: str) -> dict[frozenset[str], str | None]:
    return {
        frozenset(e.participants): e.date
        for e in extract(text, PUBLISHED).events
        if len(e.participants) >= 2
    }


def test_the_end_of_the_month_is_this_month() -> None:
    text = (
        "Chilean President Tomas Vial is expected to meet Peruvian President Ana Quispe in Lima "
        "at the end of the month, officials said.\n"
    )
    assert dated(text)[frozenset({"Tomas Vial", "Ana Quispe"})] == "2025-10"


def test_a_month_inside_a_since_clause_does_not_date_the_meeting() -> None:
    text = (
        "Chilean Foreign Minister Eva Rojas met Peruvian Foreign Minister Luis Vera in Lima on "
        "Monday, their first talks since a border row erupted in March.\n"
    )
    assert dated(text)[frozenset({"Eva Rojas", "Luis Vera"})] == "2025-10-20"


def test_their_leaders_are_not_the_ministers_just_named() -> None:
    text = (
        "Chilean Foreign Minister Eva Rojas met Peruvian Foreign Minister Luis Vera in Lima on "
        "Monday. Their leaders last met in Santiago in May 2024.\n"
    )
    assert set(dated(text).values()) == {"2025-10-20"}
