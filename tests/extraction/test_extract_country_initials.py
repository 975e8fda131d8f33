"""Initials that stand for a country in news text: PNG, PRC, ROK, KSA."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.geo import lookup


def test_initials_name_their_country() -> None:
    assert [lookup(w) for w in ("PNG", "PRC", "ROK", "KSA")] == ["PG", "CN", "KR", "SA"]


def test_an_office_after_initials_serves_that_country() -> None:
    text = (
        "Australian Defence Minister Colin Marsh and PNG's Defence Minister Peter Kila signed "
        "the arrangement in Port Moresby on Monday."
    )
    found = {o.name: o.country for o in extract(text, dt.date(2026, 3, 9)).officials}
    assert found == {"Colin Marsh": "AU", "Peter Kila": "PG"}
