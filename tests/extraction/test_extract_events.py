"""Meetings, calls, visits, summits and signings: kinds, participants, dates, places, status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from diplomatic_calendar.extraction import EventDraft, Extraction, extract
from tests.extraction.conftest import read_fixture

THURSDAY = dt.date(2025, 7, 10)


def by_kind(events: tuple[EventDraft, ...], kind: str) -> list[EventDraft]:
    return [e for e in events if e.kind == kind]


def test_counterpart_resolves_to_the_named_official(extracted: Callable[[str], Extraction]) -> None:
    first = extracted("oslo_arctic_talks.txt").events[0]
    assert first.kind == "meeting"
    assert first.participants == ("Ingrid Halvorsen", "Paul Tremblay")
    assert first.countries == ("NO", "CA")
    assert first.date == "2024-03-13"
    assert first.status == "held"
    assert (first.location.city, first.location.country) == ("Oslo", "NO")


def test_plural_reference_and_month_precision(extracted: Callable[[str], Extraction]) -> None:
    meetings = by_kind(extracted("oslo_arctic_talks.txt").events, "meeting")
    planned = [m for m in meetings if m.status == "planned"]
    assert len(planned) == 1
    assert planned[0].participants == ("Ingrid Halvorsen", "Paul Tremblay")
    assert planned[0].date == "2024-06"
    assert planned[0].location.city == "Ottawa"


def test_a_phone_call_is_a_call(extracted: Callable[[str], Extraction]) -> None:
    (call,) = by_kind(extracted("oslo_arctic_talks.txt").events, "call")
    assert call.participants == ("Paul Tremblay", "Karen Lund")
    assert call.date == "2024-03-12"


def test_signing_with_earlier_same_day(extracted: Callable[[str], Extraction]) -> None:
    (signing,) = by_kind(extracted("oslo_arctic_talks.txt").events, "signing")
    assert signing.participants == ("Ingrid Halvorsen", "Bjarni Olafsson")
    assert signing.date == "2024-03-13"


def test_repeated_mentions_of_one_meeting_are_merged() -> None:
    text = (
        "Indian External Affairs Minister Ravi Menon met Brazilian Foreign Minister Clara Souza "
        "in Geneva on Tuesday. The two ministers held talks for an hour. Their meeting was "
        "their first since January."
    )
    meetings = by_kind(extract(text, THURSDAY).events, "meeting")
    assert len(meetings) == 1
    assert meetings[0].participants == ("Ravi Menon", "Clara Souza")
    assert meetings[0].date == "2025-07-08"


def test_likely_meeting_is_tentative() -> None:
    text = (
        "Turkish Foreign Minister Deniz Kaya is in Rome. Kaya will likely meet with Italian "
        "Prime Minister Marco Bellini on Friday."
    )
    (meeting,) = extract(text, THURSDAY).events
    assert meeting.status == "tentative"
    assert meeting.date == "2025-07-11"
    assert set(meeting.participants) == {"Deniz Kaya", "Marco Bellini"}


def test_group_talks_name_the_bloc() -> None:
    text = (
        "U.S. Secretary of State Dana Whitmore arrived in Manila on Thursday. Whitmore held group "
        "talks with ASEAN foreign ministers."
    )
    (talks,) = by_kind(extract(text, THURSDAY).events, "meeting")
    assert "ASEAN foreign ministers" in talks.participants
    assert talks.date == "2025-07-10"


def test_visit_records_the_destination(extracted: Callable[[str], Extraction]) -> None:
    visits = by_kind(extracted("jakarta_summit.txt").events, "visit")
    morita = next(v for v in visits if v.participants[0] == "Kenji Morita")
    assert morita.date == "2025-11-07"
    assert morita.location.country == "ID"
    assert "ID" in morita.countries


def test_past_meeting_in_another_city(extracted: Callable[[str], Extraction]) -> None:
    past = [e for e in extracted("jakarta_summit.txt").events if e.status == "held"]
    assert len(past) == 1
    assert past[0].participants == ("Budi Hartono", "Kenji Morita")
    assert past[0].date == "2025-08"
    assert past[0].location.city == "Tokyo"


def test_summit_with_dates_and_sidelines_meeting() -> None:
    text = (
        "Mexican President Lucia Navarro will meet Canadian Prime Minister Owen Hart on July 20 "
        "in Rio de Janeiro, Brazil, on the sidelines of the G20 summit. The two-day summit, "
        "from July 20 to July 21, will also bring together Indian Prime Minister Arun Rao."
    )
    events = extract(text, THURSDAY).events
    (summit,) = by_kind(events, "summit")
    assert summit.participants[0] == "G20"
    assert {"Lucia Navarro", "Owen Hart", "Arun Rao"} <= set(summit.participants)
    assert (summit.date, summit.end_date) == ("2025-07-20", "2025-07-21")
    (meeting,) = by_kind(events, "meeting")
    assert meeting.location.city == "Rio de Janeiro"


def test_undated_mention_without_participants_is_not_an_event() -> None:
    text = "Foreign Minister Nadia Haddad of Jordan said the meeting will focus on water."
    assert extract(text, THURSDAY).events == ()


def test_evidence_spans_are_the_source_sentences(extracted: Callable[[str], Extraction]) -> None:
    text = read_fixture("oslo_arctic_talks.txt")
    for event in extracted("oslo_arctic_talks.txt").events:
        sentence = text[event.evidence.start : event.evidence.end]
        assert sentence and sentence == sentence.strip()
        assert "\n" not in sentence


def test_dateline_is_the_default_place_for_recent_events() -> None:
    text = (
        "ROME, Italy (Wire) — Greek Prime Minister Nikos Pappas met Italian President Gino Ferri."
    )
    (meeting,) = extract(text, THURSDAY).events
    assert (meeting.location.city, meeting.location.country) == ("Rome", "IT")
    assert meeting.date == "2025-07-10"


def test_received_a_person_is_a_meeting_but_not_a_letter() -> None:
    text = (
        "Belarusian President Ivan Sokol received U.S. envoy Tom Baker in Minsk on Wednesday. "
        "Sokol also received a letter from Polish President Jan Nowak."
    )
    (meeting,) = extract(text, THURSDAY).events
    assert (meeting.kind, meeting.participants) == ("meeting", ("Ivan Sokol", "Tom Baker"))
    assert meeting.date == "2025-07-09"


def test_discussed_by_phone_is_a_call() -> None:
    text = (
        "Greek Foreign Minister Eleni Kostas discussed shipping with Egyptian Foreign Minister "
        "Omar Nabil by phone on Monday."
    )
    (call,) = extract(text, THURSDAY).events
    assert (call.kind, call.date) == ("call", "2025-07-07")


def test_a_summit_between_two_named_leaders() -> None:
    text = (
        "Chilean President Rosa Fuentes will hold a summit with Argentine President Pablo Ortiz "
        "in Santiago on Friday."
    )
    (summit,) = extract(text, THURSDAY).events
    assert (summit.kind, summit.date, summit.status) == ("summit", "2025-07-11", "planned")
    assert summit.participants == ("Rosa Fuentes", "Pablo Ortiz")
    assert summit.title == "Fuentes–Ortiz summit"


def test_delegations_of_two_countries_meet() -> None:
    text = "U.S. and Chinese negotiators met in Geneva on Saturday."
    (meeting,) = extract(text, THURSDAY).events
    assert meeting.participants == ("U.S. negotiators", "Chinese negotiators")
    assert (meeting.countries, meeting.date) == (("US", "CN"), "2025-07-05")


def test_talks_between_countries_will_be_held() -> None:
    text = "Trade talks between the U.S. and China will be held in London on Monday."
    (talks,) = extract(text, THURSDAY).events
    assert talks.countries == ("US", "CN")
    assert (talks.date, talks.status) == ("2025-07-14", "planned")
    assert (talks.location.city, talks.location.country) == ("London", "GB")


def test_hoped_for_talks_among_three_are_tentative() -> None:
    text = "Moscow hopes for trilateral talks between India, China and Russia in the near future."
    (talks,) = extract(text, THURSDAY).events
    assert (talks.countries, talks.status, talks.date) == (("IN", "CN", "RU"), "tentative", None)


def test_the_month_may_is_not_a_maybe() -> None:
    text = "Peruvian President Ana Quispe met Chilean President Luis Soto in Lima in May."
    (meeting,) = extract(text, THURSDAY).events
    assert (meeting.status, meeting.date) == ("held", "2025-05")


def test_tariff_deadlines_moved_and_kept() -> None:
    text = (
        "Trade Minister Ana Ruiz of Peru said the Wednesday deadline for trade deals still stood. "
        "Peru's president will sign an order delaying the July 9 tariff deadline to Aug. 1."
    )
    deadlines = [(e.kind, e.date, e.status) for e in extract(text, dt.date(2025, 7, 7)).events]
    assert deadlines == [
        ("tariff_deadline", "2025-07-09", "planned"),
        ("tariff_deadline", "2025-08-01", "planned"),
    ]


def test_leaders_of_two_countries_meet() -> None:
    text = "The leaders of Japan and South Korea met in Tokyo on Monday."
    (meeting,) = extract(text, THURSDAY).events
    assert (meeting.countries, meeting.date, meeting.location.city) == (
        ("JP", "KR"),
        "2025-07-07",
        "Tokyo",
    )


def test_repeated_or_undated_past_contacts_are_not_dated_today() -> None:
    intro = "U.S. President Ana Ruiz and Chilean President Luis Soto spoke. "
    habit = "Ruiz and Soto have spoken by phone several times, and Ruiz has met Soto before."
    assert extract(intro + habit, THURSDAY).events == ()
    (meeting,) = extract(intro + "Ruiz has met Soto in Lima.", THURSDAY).events
    assert meeting.date is None


def test_present_progressive_meeting_is_planned() -> None:
    text = (
        "Peruvian President Ana Quispe and Chilean President Luis Soto are meeting Friday in Lima."
    )
    (meeting,) = extract(text, THURSDAY).events
    assert (meeting.status, meeting.date) == ("planned", "2025-07-11")


def test_wished_for_meetings_are_tentative() -> None:
    text = (
        "Peruvian President Ana Quispe said she wants to meet Chilean President Luis Soto. "
        "Soto said he was ready to meet Quispe in Lima."
    )
    statuses = {e.status for e in extract(text, THURSDAY).events}
    assert statuses == {"tentative"}


def test_the_two_leaders_joined_by_others_is_one_meeting() -> None:
    text = (
        "ROME (Wire) — Italian Prime Minister Gino Ferri hosted Greek Prime Minister Nikos Pappas "
        "on Monday. The two leaders met for an hour before being joined by Maltese President "
        "Ana Vella. Ferri said a meeting with Vella and Pappas could follow within weeks."
    )
    events = extract(text, THURSDAY).events
    held = [e for e in events if e.status == "held"]
    assert len(held) == 1
    assert held[0].participants == ("Gino Ferri", "Nikos Pappas", "Ana Vella")
    assert held[0].date == "2025-07-07"
    later = [e for e in events if e.status != "held"]
    assert [(e.status, e.date) for e in later] == [("tentative", None)]


def test_officials_of_blocs_get_no_guessed_country() -> None:
    text = "NATO Secretary-General Piet Jansen attended the talks at the White House."
    (official,) = extract(text, THURSDAY).officials
    assert (official.title, official.country) == ("NATO Secretary-General", None)
