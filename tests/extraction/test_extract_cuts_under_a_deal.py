"""Rate cuts a deal named just before made, and a chain of stages an agreement closes."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 7, 20)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_cut_after_a_package_was_announced_is_part_of_the_deal() -> None:
    text = (
        "Peru and Chile announced a package under their preferential trade agreement. Lima "
        "will lower its duty on Chilean wine to 8 per cent, from 20 per cent, starting on "
        "September 1.\n"
    )
    assert table(text)[("CL", 8)] == ("2026-09-01", "deal")


def test_every_stage_of_a_cut_an_agreement_closes_is_a_deal() -> None:
    text = (
        "Lima confirmed that the import duty on wine made in Chile will fall from 15% to 10% on "
        "January 1 and to 5% a year later, under an agreement reached with Santiago in June.\n"
    )
    found = table(text)
    assert found[("CL", 10)] == ("2027-01-01", "deal")
    assert found[("CL", 5)] == ("2028-01-01", "deal")
