"""A bloc's summit named first in passing, then told in full: one summit, with its day and
its guests, without those who only report it or stay away."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _summits(text: str, published: dt.date) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.date, e.participants) for e in extract(text, published).events if e.kind == "summit"]


def test_a_summit_mentioned_while_reporting_then_dated() -> None:
    text = (
        "Lima has sent Washington a new offer, Trade Minister Rosa Quispe said on Thursday, as "
        "Peru prepares to host an APEC summit that President John Hale has said he will not "
        "attend.\n\n"
        "The APEC leaders' summit will take place in Lima on Nov. 22-23. President Dina Rojas "
        "will host leaders including Japan's Kenji Sato and Canada's Mark Lowe, officials said.\n"
    )
    summits = _summits(text, dt.date(2026, 11, 6))
    assert len(summits) == 1
    date, people = summits[0]
    assert date == "2026-11-22"
    assert {"Dina Rojas", "Kenji Sato", "Mark Lowe"} <= set(people)
    assert "Rosa Quispe" not in people
    assert "John Hale" not in people


def test_a_headline_summit_is_the_one_the_story_dates() -> None:
    text = (
        "Minister says talks almost done as Rojas eyes APEC summit\n\n"
        "President Dina Rojas is due to attend the APEC summit in Lima on 20 December, where "
        "she will meet Japanese Prime Minister Kenji Sato.\n"
    )
    summits = _summits(text, dt.date(2026, 12, 2))
    assert [date for date, _ in summits] == ["2026-12-20"]


def test_no_official_would_attend() -> None:
    text = (
        "The APEC leaders' summit will take place in Lima on Nov. 22-23. President John Hale "
        "said last week that no U.S. official would attend.\n"
    )
    for _, people in _summits(text, dt.date(2026, 11, 6)):
        assert "John Hale" not in people
