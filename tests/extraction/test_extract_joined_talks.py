"""Who takes part when a sentence says that someone joined the talks."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import EventDraft, extract

WEDNESDAY = dt.date(2025, 10, 15)


def meetings(text: str) -> list[EventDraft]:
    return [e for e in extract(text, WEDNESDAY).events if e.kind != "call"]


def test_an_official_who_joined_the_talks_in_a_city_takes_part_in_them() -> None:
    text = (
        "Chilean Foreign Minister Rosa Vidal met Qatari Prime Minister Khalid Al Mansouri in "
        "Doha on Tuesday and Omani Foreign Minister Salim Al Harthy in Muscat on Wednesday. "
        "Egyptian Foreign Minister Karim Fahmy joined the Doha talks on Tuesday, Egypt's "
        "foreign ministry said."
    )
    doha = [e for e in meetings(text) if e.location.city == "Doha"]
    assert [e.participants for e in doha] == [("Rosa Vidal", "Khalid Al Mansouri", "Karim Fahmy")]
    muscat = [e for e in meetings(text) if e.location.city == "Muscat"]
    assert "Karim Fahmy" not in muscat[0].participants


def test_an_official_who_joined_the_talks_takes_part_in_the_last_meeting() -> None:
    text = (
        "Chilean Foreign Minister Rosa Vidal met Qatari Prime Minister Khalid Al Mansouri on "
        "Tuesday. Trade Minister Lina Haddad later joined the talks, officials said."
    )
    (meeting,) = meetings(text)
    assert meeting.participants == ("Rosa Vidal", "Khalid Al Mansouri", "Lina Haddad")
