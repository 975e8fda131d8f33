"""Which country a rate falls on: goods named after the rate, and not the imposer's official."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 7, 17)


def _rates(text: str) -> set[tuple[str, float]]:
    return {(t.target, t.rate_percent) for t in extract(text, DAY).tariffs}


def test_a_rate_a_named_official_threatens_falls_on_the_goods_after_it() -> None:
    text = (
        "Chile will seek talks to avert a 40% tariff that U.S. President Carl Weber has "
        "threatened to impose on Chilean goods from Aug. 1, ministers said.\n"
    )
    assert _rates(text) == {("CL", 40.0)}


def test_a_list_of_goods_before_the_country_still_names_the_target() -> None:
    text = (
        "U.S. President Carl Weber has threatened a 150% tariff on cheese, butter and other "
        "dairy products from French farms if Paris taxes American tech firms.\n"
    )
    assert ("FR", 150.0) in _rates(text)


def test_a_currency_move_on_a_weekday_is_no_tariff() -> None:
    text = (
        "Chile's peso fell as much as 1.4% on Thursday after the U.S. said 40% tariffs on "
        "Chilean copper would start next month.\n"
    )
    assert _rates(text) == {("CL", 40.0)}


def test_a_capital_named_as_a_venue_is_no_target() -> None:
    text = (
        "Ministers met in Brasilia on Tuesday to discuss the bloc's common external tariff, "
        "which averages around 12%.\n"
    )
    assert _rates(text) == set()


def test_a_cut_dated_after_the_old_rate_is_in_force_from_then() -> None:
    text = "Beijing cut its tariff on Chilean cherries to 2% from 6% in May.\n"
    found = {(t.rate_percent, t.status, t.effective_date) for t in extract(text, DAY).tariffs}
    assert found == {(2.0, "in_force", "2025-05"), (6.0, "superseded", None)}


def test_rates_the_next_sentence_postpones_are_paused() -> None:
    text = (
        "The first package would restore duties of 50% on American bourbon from Aug. 1. "
        "The Commission on Thursday postponed it until September.\n"
    )
    ((rate, status),) = {(t.rate_percent, t.status) for t in extract(text, DAY).tariffs}
    assert (rate, status) == (50.0, "paused")
