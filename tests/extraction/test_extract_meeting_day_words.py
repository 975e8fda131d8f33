"""A day of the month before 'between', and a month named with 'the', date a meeting."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 11, 12)


def _dates(text: str) -> list[tuple[tuple[str, ...], str | None]]:
    return [(e.participants, e.date) for e in extract(text, DAY).events]


def test_on_the_nth_between_two_officials() -> None:
    text = (
        "The trip follows a meeting in Jakarta on the 4th between Norwegian Trade Minister Ola "
        "Berg and Indonesian Trade Minister Budi Santoso.\n"
    )
    dates = [d for names, d in _dates(text) if {"Ola Berg", "Budi Santoso"} <= set(names)]
    assert dates == ["2025-11-04"]


def test_talks_during_the_month_s_summit() -> None:
    text = (
        "Prime Minister Aki Tanabe met Thai Prime Minister Nok Chaiya in Tokyo on the 10th. "
        "The two leaders agreed to hold another round of talks during the December summit.\n"
    )
    dates = [d for _, d in _dates(text)]
    assert "2025-11-10" in dates
    assert "2025-12" in dates
