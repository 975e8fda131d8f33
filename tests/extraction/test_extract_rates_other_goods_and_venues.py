"""A second measure of the same size on a country's other goods, a place where people meet, which
is no target of a rate, and rates 'from the same date' as a day named just before."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 6, 4)


def rows(text: str) -> list[tuple[str, float, str | None, str]]:
    return sorted(
        (t.target, t.rate_percent, t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    )


def test_duties_also_kept_on_other_goods_are_a_measure_of_their_own() -> None:
    text = (
        "Lima's own 20 per cent counter-tariffs on U.S. wheat, imposed in March, remain in "
        "place. Lima has also kept 20 per cent duties on roughly $2 billion of other American "
        "goods, from apples to boats, which took effect on March 4.\n"
    )
    assert rows(text) == [
        ("US", 20, "2025-03", "in_force"),
        ("US", 20, "2025-03-04", "in_force"),
    ]


def test_the_same_tariff_in_force_on_other_goods_is_one_measure() -> None:
    text = (
        "Washington on Friday lifted the 30% additional tariff on Peruvian coffee. The 30% "
        "tariff, imposed in April, remains in force on most other Peruvian goods.\n"
    )
    assert [r[:2] for r in rows(text)] == [("PE", 30)]


def test_a_place_where_leaders_meet_is_no_target() -> None:
    text = (
        "US tariffs loom over the talks. The tariffs hit cars hardest. The Commission "
        "president is due to meet the president "
        "in Scotland on Sunday, and diplomats said a 15% ceiling was now the likeliest outcome.\n"
    )
    assert ("GB", 15) not in {r[:2] for r in rows(text)}


def test_rates_from_the_same_date_start_on_the_day_the_sentence_before_gives() -> None:
    text = (
        "Washington paused its tariffs in April. That pause was extended on Monday to August 1. "
        "Earlier this week, Peru and Bolivia were told to expect 25% tariffs from the same date.\n"
    )
    assert rows(text) == [
        ("BO", 25, "2025-08-01", "announced"),
        ("PE", 25, "2025-08-01", "announced"),
    ]
