"""Everyday ways news tells a visit or a meeting: 'was in Ankara, where X hosted her', 'is
expected in Brussels to meet', 'with whom he signed', 'the next morning she met'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.kind, e.date, e.participants) for e in extract(text, published).events]


def test_hosted_her_names_the_guest_before() -> None:
    text = (
        "Commissioner for Trade Lena Berg was in Oslo on 2 April, where Foreign Minister Erik "
        "Dahl hosted her for a working dinner.\n"
    )
    assert ("meeting", "2026-04-02", ("Lena Berg", "Erik Dahl")) in _events(
        text, dt.date(2026, 4, 10)
    )


def test_the_next_morning_is_the_day_after() -> None:
    text = (
        "Commissioner for Trade Lena Berg was in Oslo on 2 April, where Foreign Minister Erik "
        "Dahl hosted her for a working dinner.\n\n"
        "The next morning she met Trade Minister Nils Moe, who handed her a paper on fish.\n"
    )
    assert ("meeting", "2026-04-03", ("Lena Berg", "Nils Moe")) in _events(
        text, dt.date(2026, 4, 10)
    )


def test_expected_in_a_capital_to_meet_someone_is_a_visit() -> None:
    text = (
        "Foreign Minister Mauro Costa is expected in Madrid next month to meet Foreign "
        "Minister José Albares.\n"
    )
    found = _events(text, dt.date(2026, 1, 20))
    assert any(
        kind == "visit" and {"Mauro Costa", "José Albares"} <= set(people)
        for kind, _, people in found
    )


def test_due_in_a_capital_with_no_one_to_meet_is_no_event() -> None:
    text = "Chief negotiator Mauro Costa is due in Madrid this week to finalise the text.\n"
    assert _events(text, dt.date(2026, 1, 20)) == []


def test_with_whom_he_signed() -> None:
    text = (
        "President Budi Hartono has also accepted an invitation from Canadian Prime Minister "
        "Mark Lowe, with whom he signed a trade pact in Ottawa on Monday.\n"
    )
    found = _events(text, dt.date(2025, 9, 24))
    assert any(
        kind == "signing" and date == "2025-09-22" and {"Budi Hartono", "Mark Lowe"} <= set(p)
        for kind, date, p in found
    )


def test_meeting_a_regions_needs_is_no_meeting() -> None:
    text = (
        "Foreign Minister Ana Silva and Foreign Minister Tom Reid said the two countries were "
        "best placed to meet the region's security needs.\n"
    )
    assert not any(kind == "meeting" for kind, _, _ in _events(text, dt.date(2026, 5, 5)))
