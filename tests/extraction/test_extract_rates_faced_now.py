"""'X faces only the 10% duty': paid now, so in force, with no start borrowed from elsewhere."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 10, 8)


def test_a_rate_a_country_faces_only_is_in_force_without_a_borrowed_date() -> None:
    text = (
        "Washington will raise its tariff on Peruvian goods to 30 percent on Nov. 1.\n\n"
        "Chile, by contrast, faces only the 10 percent baseline rate.\n"
    )
    chile = next(t for t in extract(text, PUBLISHED).tariffs if t.target == "CL")
    assert chile.status == "in_force"
    assert chile.effective_date is None


def test_a_rate_a_country_could_face_is_not_in_force() -> None:
    text = "Chile could face a 30 percent tariff on copper if talks fail, officials warned.\n"
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert tariff.status == "threatened"
