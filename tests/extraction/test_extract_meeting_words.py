"""Meetings: what is denied, who is a thing rather than a person, and clauses about plans."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 7, 17)  # a Thursday


def _meetings(text: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [
        (e.kind, e.date, e.participants)
        for e in extract(text, DAY).events
        if e.kind in ("meeting", "visit", "summit", "signing")
    ]


def test_a_meeting_that_has_not_happened_is_no_event() -> None:
    text = (
        "Prime Minister Anna Holm spoke with President Carl Weber by phone on Wednesday. "
        "The two leaders have not met in person since Holm took office.\n"
    )
    assert _meetings(text) == []


def test_a_meeting_still_to_be_had_is_no_event() -> None:
    text = "Prime Minister Anna Holm has yet to meet President Carl Weber.\n"
    assert _meetings(text) == []


def test_a_palace_named_after_at_is_no_participant() -> None:
    text = (
        "Prime Minister Anna Holm was welcomed at Vasa Slottet before holding talks with "
        "President Carl Weber on Thursday.\n"
    )
    ((_, _, who),) = _meetings(text)
    assert who == ("Anna Holm", "Carl Weber")


def test_a_town_travelled_to_is_no_participant() -> None:
    text = (
        "Prime Minister Anna Holm met President Carl Weber on Thursday. On Friday, Holm will "
        "travel to Nova Ponte, where she will open a port.\n"
    )
    assert all("Nova Ponte" not in who for _, _, who in _meetings(text))


def test_a_call_then_the_two_leaders_agreeing_to_meet_gives_a_planned_meeting() -> None:
    text = (
        "Prime Minister Anna Holm spoke by phone with President Carl Weber on Monday, and the "
        "two leaders agreed to meet in Oslo in November.\n"
    )
    found = extract(text, DAY).events
    kinds = {(e.kind, e.date, e.status) for e in found}
    assert ("call", "2025-07-14", "held") in kinds
    assert ("meeting", "2025-11", "planned") in kinds
    (meeting,) = [e for e in found if e.kind == "meeting"]
    assert meeting.participants == ("Anna Holm", "Carl Weber")


def test_calling_on_the_visiting_leader_meets_the_one_on_the_visit() -> None:
    text = (
        "Prime Minister Anna Holm arrived in New Delhi on Wednesday on a three-day visit. "
        "Foreign Secretary Ravi Menon called on the visiting leader on Wednesday evening.\n"
    )
    found = _meetings(text)
    assert ("meeting", "2025-07-16", ("Ravi Menon", "Anna Holm")) in found
