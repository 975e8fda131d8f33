"""Sentences that report more than one event: each event is drafted on its own."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import EventDraft, extract

THURSDAY = dt.date(2025, 11, 6)


def meetings(text: str) -> list[EventDraft]:
    return [e for e in extract(text, THURSDAY).events if e.kind != "call"]


def test_one_verb_with_two_dated_objects_gives_two_meetings() -> None:
    text = (
        "Norwegian Foreign Minister Eirik Dahl met Kenyan Foreign Minister Grace Otieno in "
        "Nairobi on Monday and Ghanaian Foreign Minister Kofi Asante in Accra on Tuesday, "
        "officials said."
    )
    found = [(e.participants, e.date, e.location.city) for e in meetings(text)]
    assert found == [
        (("Eirik Dahl", "Grace Otieno"), "2025-11-03", "Nairobi"),
        (("Eirik Dahl", "Kofi Asante"), "2025-11-04", "Accra"),
    ]


def test_a_call_and_a_meeting_a_day_before_it() -> None:
    text = (
        "Polish Foreign Minister Adam Nowak spoke to Czech Foreign Minister Jana Dvorak by phone "
        "on Wednesday, a day after he met Slovak Foreign Minister Peter Kral in Vienna."
    )
    found = [(e.kind, e.participants, e.date) for e in extract(text, THURSDAY).events]
    assert found == [
        ("call", ("Adam Nowak", "Jana Dvorak"), "2025-11-05"),
        ("meeting", ("Adam Nowak", "Peter Kral"), "2025-11-04"),
    ]
    assert extract(text, THURSDAY).events[1].location.city == "Vienna"


def test_arrival_courtesy_call_and_a_planned_meeting_share_the_subject() -> None:
    text = (
        "Chilean Foreign Minister Rosa Vidal, who arrived in Tokyo on Monday, also called on "
        "Prime Minister Haruto Sato and is scheduled to meet Trade Minister Aiko Mori on "
        "Friday before leaving for Seoul."
    )
    found = [(e.kind, e.participants, e.status) for e in extract(text, THURSDAY).events]
    # the arrival is the trip the courtesy call belongs to, not an event of its own
    assert found == [
        ("meeting", ("Rosa Vidal", "Haruto Sato"), "held"),
        ("meeting", ("Rosa Vidal", "Aiko Mori"), "planned"),
    ]
    assert extract(text, THURSDAY).events[0].location.city == "Tokyo"
    assert extract(text, THURSDAY).events[1].date == "2025-11-07"


def test_a_later_clause_that_adds_no_one_is_no_second_event() -> None:
    text = (
        "Austrian Chancellor Lena Huber met Swiss President Marc Favre in Bern on Monday, "
        "their first meeting since the election, and again on Tuesday."
    )
    (meeting,) = meetings(text)
    assert meeting.participants == ("Lena Huber", "Marc Favre")


def test_a_relative_clause_about_the_guest_is_not_the_hosts_trip() -> None:
    text = (
        "On Friday, Indonesian Foreign Minister Dewi Lestari hosted her Peruvian counterpart, "
        "Lucia Ramos, who was on her first trip to Asia since taking office in July."
    )
    (meeting,) = meetings(text)
    assert meeting.participants == ("Dewi Lestari", "Lucia Ramos")
    assert meeting.date == "2025-10-31"


def test_the_datelines_date_does_not_date_the_meeting() -> None:
    text = (
        "LIMA, Nov 6 (Reuters) - Peruvian Foreign Minister Lucia Ramos met Bolivian Foreign "
        "Minister Andres Quispe and a delegation of business leaders in the Peruvian capital "
        "on Monday."
    )
    (meeting,) = meetings(text)
    assert meeting.date == "2025-11-03"


def test_a_sentence_opened_by_in_a_city_takes_the_day_of_the_earlier_event_there() -> None:
    text = (
        "SANTIAGO, Nov 6 (Reuters) - Chilean Foreign Minister Rosa Vidal met Peruvian Foreign "
        "Minister Lucia Ramos in Lima on Monday and Ecuadorean Foreign Minister Pablo Torres in "
        "Quito on Tuesday. In Quito, Vidal also sat down with Ecuadorean Vice President Ana "
        "Salazar for two hours, an official said."
    )
    last = meetings(text)[-1]
    assert last.participants == ("Rosa Vidal", "Ana Salazar")
    assert (last.date, last.location.city) == ("2025-11-04", "Quito")


def test_officials_who_report_a_meeting_do_not_take_part_in_it() -> None:
    text = (
        "Chilean Foreign Minister Rosa Vidal met Peruvian Foreign Minister Lucia Ramos in Lima "
        "on Monday to discuss a force to keep the peace in Bolivia, U.S. officials said."
    )
    (meeting,) = meetings(text)
    assert meeting.participants == ("Rosa Vidal", "Lucia Ramos")


def test_a_month_without_a_year_for_a_meeting_to_come_is_the_next_one() -> None:
    text = (
        "The dispute is likely to come up when Chilean President Rosa Vidal meets Peruvian "
        "President Lucia Ramos at a regional forum in January, a meeting both governments have "
        "discussed but not confirmed."
    )
    (meeting,) = meetings(text)
    assert (meeting.status, meeting.date) == ("tentative", "2026-01")
