"""Rates that stand now: one a pact will eliminate, one on countries that merely lack a pact."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 4)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_duty_a_pact_will_eliminate_is_in_force_now() -> None:
    text = (
        "Peru will eliminate its tariffs on most Korean goods, including the 30 percent import "
        "duty on Korean cars, over ten years.\n"
    )
    assert table(text)[("KR", 30)] == (None, "in_force")


def test_countries_without_a_pact_are_a_description_not_a_condition() -> None:
    text = (
        "Peru's Congress approved tariffs of up to 40% on cars from China and other countries "
        "without a trade agreement with Peru, effective Jan. 1.\n"
    )
    assert table(text)[("CN", 40)][1] != "threatened"
