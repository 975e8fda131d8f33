"""Rates whose country or value the sentence before gives."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def table(text: str, published: dt.date) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, published).tariffs
    }


def test_the_new_rate_applies_to_more_countries_as_dated_before() -> None:
    text = (
        "Chile raised its additional duty on steel plates from China and India to 30% from 15%, "
        "effective November 28. The new rate also applies to Russian-origin material.\n"
    )
    found = table(text, dt.date(2025, 12, 3))
    assert found[("RU", 30)] == found[("CN", 30)]


def test_a_rate_after_a_sentence_on_duties_on_a_countrys_goods_is_on_those_goods() -> None:
    text = (
        "Washington's pause on higher duties on Peruvian wine ends on Friday. Unless extended, "
        "the 15 per cent rate agreed last summer rises to 30 per cent.\n"
    )
    found = table(text, dt.date(2026, 4, 10))
    assert found[("PE", 15)] == (None, "in_force")
    assert ("PE", 30) in found
