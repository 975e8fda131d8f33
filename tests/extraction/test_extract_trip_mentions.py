"""A trip told from one side (a headline, a lone traveller, a host named later) is one event."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, set[str]]]:
    return [
        (e.kind, e.date, set(e.participants))
        for e in extract(text, published).events
        if e.kind in ("meeting", "visit", "summit", "signing")
    ]


def test_a_headline_trip_is_the_talks_the_story_reports() -> None:
    text = (
        "Chile, Peru deepen mining ties as Ugarte visits Lima\n\n"
        "LIMA, May 6 - Chilean Foreign Minister Tomas Ugarte held talks with his Peruvian "
        "counterpart, Rosa Valdivia, in Lima on Wednesday.\n"
    )
    found = _events(text, dt.date(2026, 5, 6))
    assert found == [("meeting", "2026-05-06", {"Tomas Ugarte", "Rosa Valdivia"})]


def test_a_trip_told_after_the_summit_is_that_summit() -> None:
    text = (
        "Peruvian President Rosa Valdivia received Chilean President Laura Ortiz in Cusco on "
        "Friday. It was Ortiz's second trip to Peru since taking office.\n"
    )
    found = _events(text, dt.date(2026, 5, 9))
    assert found == [("meeting", "2026-05-08", {"Rosa Valdivia", "Laura Ortiz"})]


def test_a_trip_the_next_clause_turns_into_talks_is_those_talks() -> None:
    text = (
        "Chilean President Laura Ortiz will make a state visit to Peru from August 5 to 7 and "
        "hold talks with President Rosa Valdivia in Lima, the foreign ministry announced on "
        "Monday.\n"
    )
    found = _events(text, dt.date(2026, 6, 24))
    assert found == [("meeting", "2026-08-05", {"Laura Ortiz", "Rosa Valdivia"})]


def test_the_headline_sides_are_the_ministers_named_below() -> None:
    text = (
        "Chile hosts Peru and Bolivia foreign ministers\n\n"
        "Chilean Foreign Minister Tomas Ugarte hosted his Peruvian and Bolivian counterparts "
        "in Santiago on Sunday. Ugarte, Peruvian Foreign Minister Rosa Valdivia and Bolivian "
        "Foreign Minister Luis Mamani met for three hours.\n"
    )
    found = _events(text, dt.date(2026, 7, 20))
    assert found == [
        ("meeting", "2026-07-19", {"Tomas Ugarte", "Rosa Valdivia", "Luis Mamani"}),
    ]


def test_the_one_due_to_host_him_joins_the_trip() -> None:
    text = (
        "Peruvian Energy Minister Rosa Valdivia is expected to travel to Santiago later this "
        "month for an energy dialogue, two sources said. Chilean Energy Minister Tomas Ugarte "
        "is due to host her, they added. Diplomats in both capitals said a visit by the "
        "presidents was under discussion.\n"
    )
    found = _events(text, dt.date(2026, 3, 4))
    assert found == [("visit", "2026-03", {"Rosa Valdivia", "Tomas Ugarte"})]


def test_the_one_a_traveller_goes_to_meet_makes_no_trip() -> None:
    text = (
        '"I am ready to travel to Lima later this month to meet Minister Valdivia," he said, '
        "after Peruvian Trade Minister Rosa Valdivia declined to comment.\n"
    )
    assert _events(text, dt.date(2026, 4, 8)) == []


def test_the_countrys_minister_is_the_one_the_story_follows() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte held talks in Lima on Wednesday. Ugarte "
        "discussed copper and lithium. Ugarte also met business leaders. Chilean Mining "
        "Minister Laura Ortiz is due in Lima next month. The Chilean minister is scheduled to "
        "leave Lima for Quito on Thursday, where he will meet Ecuadorean Foreign Minister "
        "Rosa Valdivia.\n"
    )
    found = _events(text, dt.date(2026, 3, 4))
    assert ("meeting", "2026-03-05", {"Tomas Ugarte", "Rosa Valdivia"}) in found


def test_the_two_leaders_are_the_heads_who_met_not_a_deputy_or_a_lone_trip() -> None:
    text = (
        "Chilean President Laura Ortiz held talks with Peruvian President Rosa Valdivia in Lima "
        "on Tuesday. Ortiz, who arrived late on Monday, was received by Vice President Luis "
        "Mamani at the airport. It was Ortiz's third trip to Peru since 2022.\n\n"
        "The two leaders agreed to meet again in Santiago in September.\n"
    )
    found = _events(text, dt.date(2026, 5, 13))
    assert ("meeting", "2026-09", {"Laura Ortiz", "Rosa Valdivia"}) in found


def test_a_headline_naming_one_leader_and_the_other_country_is_their_talks() -> None:
    text = (
        "Chile, Peru leaders meet as Ortiz visits Lima\n\n"
        "LIMA, May 12 - Chilean President Laura Ortiz held talks with Peruvian President Rosa "
        "Valdivia in Lima on Tuesday.\n"
    )
    found = _events(text, dt.date(2026, 5, 13))
    assert found == [("meeting", "2026-05-12", {"Laura Ortiz", "Rosa Valdivia"})]
