"""Events in wire copy: who a described official is, and who takes part."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 7)


def test_a_described_minister_is_the_one_named_before_not_after() -> None:
    text = (
        "Danish Foreign Minister Mads Holm met Estonian President Liis Kask in Tallinn on "
        "Monday.\n\n"
        "During the meeting, the two sides discussed energy links, Baltic security and the "
        "planned expansion of ferry routes across the sea, according to officials.\n\n"
        "The Danish minister is also expected to meet Estonian Prime Minister Toomas Rebane "
        "before returning home on Wednesday.\n\n"
        "Last week, Danish Trade Minister Karen Vinter visited Tallinn.\n"
    )
    meetings = [set(e.participants) for e in extract(text, DAY).events if e.kind == "meeting"]
    assert {"Mads Holm", "Toomas Rebane"} in meetings
    assert not any("Karen Vinter" in people and "Toomas Rebane" in people for people in meetings)


def test_a_trip_and_the_meeting_it_was_for_are_one_event() -> None:
    text = (
        "Last week, Danish Trade Minister Karen Vinter visited Riga and met Latvian Economy "
        "Minister Janis Ozols to review a shipping agreement.\n"
    )
    (event,) = extract(text, DAY).events
    assert set(event.participants) == {"Karen Vinter", "Janis Ozols"}
    assert event.location is not None and event.location.city == "Riga"
