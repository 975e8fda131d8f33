"""A given name that is also a capital city ('Sofia', 'Lima') still names a person."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def test_an_office_then_a_city_then_a_surname_is_a_person() -> None:
    text = (
        "Chilean President Sofia Arrieta, who met Commerce Secretary Dale Pruitt in Santiago on "
        "Sept. 18, said Wednesday that her government would not retaliate.\n"
    )
    officials = {o.name: o for o in extract(text, DAY).officials}
    assert officials["Sofia Arrieta"].title == "President"
    assert officials["Sofia Arrieta"].country == "CL"


def test_the_city_in_a_name_lends_no_country() -> None:
    text = "Prime Minister Aki Tanabe met President Sofia Arrieta in Tokyo on Wednesday.\n"
    countries = {o.name: o.country for o in extract(text, DAY).officials}
    assert countries["Sofia Arrieta"] != "BG"
    assert countries["Aki Tanabe"] != "BG"


def test_a_city_before_an_office_is_still_a_place() -> None:
    text = "Lima Mayor Rosa Quispe said on Tuesday that the talks would go ahead.\n"
    names = {o.name for o in extract(text, DAY).officials}
    assert "Rosa Quispe" in names
