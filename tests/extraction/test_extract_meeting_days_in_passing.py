"""Days told in passing: 'before the end of the month' for talks to come, 'this year's guest'
that dates the guest and not the talks; and two pairs meeting in one sentence."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.kind, e.date, e.participants) for e in extract(text, published).events]


def test_before_the_end_of_the_month_is_that_month() -> None:
    text = (
        "Prime Minister Paul Lowe will travel to Lima, where he is expected to meet President "
        "Ana Ruiz before the end of the month.\n"
    )
    found = _events(text, dt.date(2026, 5, 6))
    assert [date for _, date, _ in found] == ["2026-05"]


def test_this_years_guest_does_not_date_the_talks() -> None:
    text = (
        "MANAMA, Dec 3 -- On the sidelines, Crown Prince Salman Al Khalifa received Italian "
        "Prime Minister Giorgia Meloni, this year's guest of honour, at Sakhir Palace.\n"
    )
    found = _events(text, dt.date(2025, 12, 3))
    assert [date for kind, date, _ in found if kind == "meeting"] == ["2025-12-03"]


def test_two_pairs_in_one_sentence() -> None:
    text = (
        "Foreign Minister Marko Novak and Commissioner Ivan Horvat are expected to meet again "
        "in Brussels in June, and Deputy Prime Minister Ana Kovac is due to co-chair an "
        "economic dialogue with Commissioner Eva Lund.\n"
    )
    found = _events(text, dt.date(2026, 4, 20))
    pairs = [set(people) for kind, _, people in found if kind == "meeting"]
    assert {"Ana Kovac", "Eva Lund"} in pairs
    assert len(pairs) == 2
