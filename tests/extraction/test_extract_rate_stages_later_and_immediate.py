"""A further stage 'a year later', and cuts made 'with immediate effect' on a timeline's day."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 6, 9)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_stage_a_year_later_starts_a_year_after_the_one_before() -> None:
    text = (
        "Lima confirmed that the import duty on wine made in Chile will fall from 15% to 10% on "
        "January 1 and to 5% a year later.\n"
    )
    found = table(text)
    assert found[("CL", 10)][0] == "2027-01-01"
    assert found[("CL", 5)][0] == "2028-01-01"


def test_a_cut_with_immediate_effect_starts_on_its_timeline_day() -> None:
    text = (
        "- May 20: Under a trade understanding, Peru cuts the duty on quinoa from Bolivia to "
        "5pc, from 20pc previously, with immediate effect.\n"
    )
    assert table(text) == {
        ("BO", 5): ("2026-05-20", "deal"),
        ("BO", 20): (None, "superseded"),
    }
