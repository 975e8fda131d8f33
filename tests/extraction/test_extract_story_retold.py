"""One event told from several sides: a headline without tense, a lone trip, an apposition
between two clauses, and a body's own sitting, which is no meeting of the people named before."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.kind, e.date, e.participants) for e in extract(text, published).events]


def test_the_second_clause_starts_at_comma_and() -> None:
    text = (
        "Chile's foreign minister, Ana Soto, spoke by phone with Raul Vega over the weekend, "
        "and Peru's foreign minister, Luis Paz, travelled to La Paz in January for talks with "
        "President Rosa Mamani.\n"
    )
    found = _events(text, dt.date(2026, 2, 9))
    visits = [people for kind, _, people in found if kind in ("visit", "meeting")]
    assert visits == [("Luis Paz", "Rosa Mamani")]


def test_a_postponed_trip_is_the_meeting_it_was_for() -> None:
    text = (
        "A planned visit to Lima by EU foreign policy chief Anna Berg, scheduled for next week, "
        "has been postponed, the EU delegation said.\n\n"
        "Berg had been due to meet Foreign Minister Elena Ruiz in Lima for their annual "
        "dialogue.\n"
    )
    found = _events(text, dt.date(2026, 10, 14))
    assert [people for kind, _, people in found if kind == "visit"] == []


def test_a_headline_and_the_story_of_the_same_meeting() -> None:
    text = (
        "Novak and Horvat agree to end wine dispute, ministers to meet in Zagreb\n\n"
        "ZAGREB - Croatia and Serbia have agreed to set up a joint body, Foreign Minister Ivan "
        "Horvat said after hosting his Serbian counterpart, Marko Novak, in Zagreb on Tuesday.\n"
    )
    found = _events(text, dt.date(2026, 8, 26))
    meetings = [(date, set(people)) for kind, date, people in found if kind == "meeting"]
    assert meetings == [("2026-08-25", {"Ivan Horvat", "Marko Novak"})]


def test_a_new_body_meeting_is_not_the_ministers() -> None:
    text = (
        "Foreign Minister Ivan Horvat met his Serbian counterpart, Marko Novak, in Zagreb on "
        "Tuesday.\n\n"
        "The new joint body, made up of officials from both countries, is to hold its first "
        "meeting in September.\n"
    )
    found = _events(text, dt.date(2026, 8, 26))
    assert [date for kind, date, _ in found if kind == "meeting"] == ["2026-08-25"]
