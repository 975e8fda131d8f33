"""'Call on' is a courtesy meeting, and 'He' continues the last sentence's subject."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

STORY = (
    "NEW DELHI (ANI) — Foreign Minister Tomas Varga of Hungary arrived in New Delhi on "
    "Monday for a three-day visit.\n\n"
    "Varga held talks with External Affairs Minister Meera Kapoor on Tuesday.\n\n"
    "He will also call on Prime Minister Arjun Sethi on Wednesday, officials said.\n"
)


def test_call_on_is_a_meeting_and_he_is_the_last_subject() -> None:
    found = extract(STORY, dt.date(2025, 10, 14))  # a Tuesday
    meetings = {(e.participants, e.date, e.status) for e in found.events if e.kind == "meeting"}
    assert (("Tomas Varga", "Arjun Sethi"), "2025-10-15", "planned") in meetings
    assert not [e for e in found.events if e.kind == "call"]


def test_a_pronoun_with_no_one_before_it_adds_no_one() -> None:
    found = extract(
        "He will call on Prime Minister Arjun Sethi on Wednesday.", dt.date(2025, 10, 14)
    )
    assert [e for e in found.events if e.kind in ("meeting", "call")] == []


def test_a_trailing_attribution_does_not_set_the_tense() -> None:
    found = extract(
        "Foreign Minister Tomas Varga of Hungary will meet Prime Minister Arjun Sethi of India on "
        "Wednesday, officials said.",
        dt.date(2025, 10, 14),
    )
    [meeting] = [e for e in found.events if e.kind == "meeting"]
    assert (meeting.date, meeting.status) == ("2025-10-15", "planned")
