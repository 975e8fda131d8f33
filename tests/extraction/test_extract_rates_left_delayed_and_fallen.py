"""Rates a pause leaves standing, duties delayed, and rates that fell."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 5, 15)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_the_rate_a_paused_increase_leaves_stands() -> None:
    text = "The president paused the planned tariff increase on Peru, leaving the rate at 10%.\n"
    assert table(text)[("PE", 10)][1] == "in_force"


def test_duties_delayed_until_a_day_are_paused() -> None:
    text = "The EU will delay its retaliatory tariffs of 20% on Chilean goods until Sept. 7.\n"
    assert table(text)[("CL", 20)][1] == "paused"


def test_a_rate_that_fell_is_in_force() -> None:
    text = "Tariffs on Chilean goods fell to 12% after the truce in March.\n"
    assert table(text)[("CL", 12)] == ("2026-03", "in_force")
