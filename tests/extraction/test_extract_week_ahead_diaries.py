"""A preview of the week ahead: days' labels, trips in the present tense, invitations."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.dates import FUTURE, find_dates, tense_at

SATURDAY = dt.date(2026, 5, 9)

DIARY = (
    "The week ahead in European diplomacy\n\n"
    "Here is what is on the calendar for the coming week.\n\n"
    "MONDAY: EU trade ministers gather in Brussels. On the sidelines, Trade Commissioner Ilse "
    "Varga will hold talks with Chilean Foreign Minister Rosa Pinto.\n\n"
    "TUESDAY: Spanish Prime Minister Carlos Vidal flies to Rome for talks with Italian Prime "
    "Minister Marta Conti.\n\n"
    "Also Tuesday, Polish President Adam Nowicki receives Lithuanian President Jonas Petraitis "
    "in Warsaw.\n\n"
    "FRIDAY: Irish Prime Minister Sean Byrne travels to Tokyo for talks with Japanese Prime "
    "Minister Kenji Sato on the partnership agreed in March.\n"
)


def meeting_dates() -> dict[tuple[str, ...], str | None]:
    events = extract(DIARY, SATURDAY).events
    return {tuple(sorted(e.participants)): e.date for e in events if len(e.participants) >= 2}


def test_a_days_label_dates_its_paragraph() -> None:
    assert meeting_dates()[("Ilse Varga", "Rosa Pinto")] == "2026-05-11"


def test_a_weekday_under_a_label_is_the_diarys() -> None:
    assert meeting_dates()[("Adam Nowicki", "Jonas Petraitis")] == "2026-05-12"


def test_a_label_outweighs_a_month_named_later() -> None:
    assert meeting_dates()[("Kenji Sato", "Sean Byrne")] == "2026-05-15"


def test_labels_in_a_piece_that_previews_nothing_are_left_alone() -> None:
    text = DIARY.replace("The week ahead", "Notes").replace("for the coming week", "")
    events = extract(text, SATURDAY).events
    assert "2026-05-11" not in {e.date for e in events}


def test_a_trip_in_the_present_tense_is_on_the_schedule() -> None:
    text = "The prime minister travels to Paris on Thursday for the summit."
    assert tense_at(text, text.index("Thursday"), text.index("Thursday") + 8) == FUTURE
    assert [d.value for d in find_dates(text, 0, SATURDAY)] == ["2026-05-14"]


def test_a_verb_before_a_lower_case_word_is_no_trip() -> None:
    text = "The delegation flies home after the vote on Thursday."
    assert tense_at(text, text.index("Thursday"), text.index("Thursday") + 8) != FUTURE


def test_an_invitation_looks_ahead_to_its_date() -> None:
    text = "Ngcobo invited Silva to the summit in Durban on November 22 and 23."
    assert [d.value for d in find_dates(text, 0, dt.date(2025, 9, 15))] == ["2025-11-22"]
