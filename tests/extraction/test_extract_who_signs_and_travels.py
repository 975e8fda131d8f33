"""Who an event's verb belongs to: leaders presiding over a signing or signing beside each
other take part in it; a committee that will meet, or 'his minister' who will travel, is not
the official the sentence names."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_leaders_presiding_over_a_signing_sign() -> None:
    text = (
        "President Ana Rojas of Chile and Portuguese Prime Minister Rui Costa presided over the "
        "signing of five agreements in Lisbon on Tuesday.\n"
    )
    events = extract(text, dt.date(2026, 3, 5)).events
    assert [(e.kind, set(e.participants), e.date) for e in events] == [
        ("signing", {"Ana Rojas", "Rui Costa"}, "2026-03-03")
    ]


def test_signing_alongside_another_leader() -> None:
    text = (
        "The summit opens in Lima on Saturday.\n\n"
        "Swedish Prime Minister Lars Holm is expected to fly in to sign alongside Peruvian "
        "President Rosa Quispe, who hosts the talks.\n"
    )
    events = [e for e in extract(text, dt.date(2026, 3, 2)).events if e.kind == "signing"]
    assert [set(e.participants) for e in events] == [{"Lars Holm", "Rosa Quispe"}]


def test_a_committee_that_will_meet_is_no_meeting_of_those_named() -> None:
    text = (
        "Kenyan Trade Minister Amos Wekesa hosted Ghanaian Trade Minister Efua Mensah in "
        "Nairobi on Tuesday.\n\n"
        "Later, President Ruth Njeri received Mensah at State House.\n\n"
        "The two ministers also agreed that a technical committee would meet in Accra before "
        "the end of the month.\n"
    )
    events = extract(text, dt.date(2026, 3, 5)).events
    assert all(e.date != "2026-03" for e in events)
    assert len(events) == 2


def test_his_minister_travelling_is_not_the_one_who_says_so() -> None:
    text = (
        "Chilean President Ana Rojas told reporters that her economy minister would travel to "
        "Washington in July.\n"
    )
    assert extract(text, dt.date(2026, 6, 24)).events == ()
