"""Events a sentence only talks about, and where a meeting abroad takes place."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

TUESDAY = dt.date(2025, 3, 11)


def test_travel_as_a_noun_is_no_visit() -> None:
    text = (
        "Foreign Minister Lena Ostberg of Sweden held a phone call with her Chilean counterpart "
        "Mateo Rivas on Tuesday. During the call, Ostberg urged Santiago to lift its warning "
        "against travel to Sweden, while Rivas raised the dispute over salmon quotas."
    )
    kinds = [e.kind for e in extract(text, TUESDAY).events]
    assert kinds == ["call"]


def test_preparing_for_a_summit_is_not_holding_it() -> None:
    text = (
        "Foreign Minister Lena Ostberg of Sweden held a phone call with her Chilean counterpart "
        "Mateo Rivas on Tuesday. The two ministers also discussed preparations for a regional "
        "summit with Argentina later this year."
    )
    kinds = [e.kind for e in extract(text, TUESDAY).events]
    assert kinds == ["call"]


def test_talks_after_a_trip_to_a_capital_are_held_there() -> None:
    text = (
        "OSLO, March 11 (Reuters) - Trade Minister Ingrid Dahl of Norway is due to fly to Tokyo on "
        "Thursday for talks with Japanese Economy Minister Kenji Sato on fish exports."
    )
    events = extract(text, TUESDAY).events
    assert len(events) == 1
    assert events[0].location.city == "Tokyo"
    assert events[0].location.country == "JP"


def test_someone_both_met_and_accompanying_is_listed_once() -> None:
    text = (
        "Prime Minister Elsa Virtanen of Finland met Estonian President Mart Kask in Tallinn on "
        "Monday. Virtanen was accompanied by Ville Koskinen, her trade minister."
    )
    events = extract(text, TUESDAY).events
    assert len(events) == 1
    assert len(events[0].participants) == len(set(events[0].participants))


def test_a_summit_being_prepared_is_held_by_those_named_after_it() -> None:
    text = (
        "The dispute clouds preparations for an EU-India summit in New Delhi next month, where "
        "European Commission President Karin Vos is due to meet Indian Prime Minister Dev "
        "Malhotra."
    )
    (summit,) = extract(text, TUESDAY).events
    assert summit.kind == "summit"
    assert {"Karin Vos", "Dev Malhotra"} <= set(summit.participants)
    assert (summit.date, summit.status) == ("2025-04", "planned")


def test_the_summit_mentioned_again_does_not_list_an_attendee_twice() -> None:
    text = (
        "An EU-India summit will be held in New Delhi next month, where European Commission "
        "President Karin Vos is due to meet Indian Prime Minister Dev Malhotra. Malhotra said on "
        "Monday that both sides hoped the summit would open a new chapter."
    )
    summits = [e for e in extract(text, TUESDAY).events if e.kind == "summit"]
    assert summits
    for summit in summits:
        assert len(summit.participants) == len(set(summit.participants))
