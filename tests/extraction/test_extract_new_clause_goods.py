"""A later clause that names goods of its own does not take the earlier rate's countries."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 10, 8)


def rates(text: str) -> set[tuple[str, float]]:
    return {(t.target, t.rate_percent) for t in extract(text, PUBLISHED).tariffs}


def test_a_new_clause_with_its_own_goods_does_not_reuse_the_countries() -> None:
    text = (
        "Washington imposed a 10 percent tariff on imports from Peru and Chile in April, and "
        "the president has threatened to raise duties on copper from the Andes to 50 percent "
        "if talks stall.\n"
    )
    assert rates(text) == {("PE", 10), ("CL", 10)}


def test_a_clause_that_keeps_part_of_the_rate_still_takes_its_countries() -> None:
    text = (
        "In August, Washington extended the suspension of a 24 percent tariff on Peruvian "
        "goods, while retaining the remaining 10 percent.\n"
    )
    assert ("PE", 10) in rates(text)
