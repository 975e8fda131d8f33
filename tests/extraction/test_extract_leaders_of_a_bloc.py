"""A bloc's leaders or ministers gathering: 'X will host leaders of the Group of Seven' is the
bloc's summit with its host, joined by those later said to attend; 'EU trade ministers are
meeting … X will chair the talks' is the ministers' meeting with its chair."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_hosting_leaders_of_a_bloc_is_its_summit() -> None:
    text = (
        "The timing is awkward for Italian Prime Minister Carla Russo, who will host leaders of "
        "the Group of Seven in Bari from June 15 to 17.\n\n"
        "US President Tom Hale is expected to attend.\n"
    )
    summits = [e for e in extract(text, dt.date(2025, 6, 4)).events if e.kind == "summit"]
    assert [(e.date, e.status) for e in summits] == [("2025-06-15", "planned")]
    assert {"Carla Russo", "Tom Hale"} <= set(summits[0].participants)
    assert any("Group of Seven" in p or "G7" in p for p in summits[0].participants)


def test_the_official_who_will_chair_a_blocs_ministers_meeting() -> None:
    text = (
        "EU trade ministers are meeting in Brussels on Monday to discuss next steps. Swedish "
        "Foreign Minister Lars Holm, whose country holds the rotating presidency, will chair "
        "the talks.\n"
    )
    events = [e for e in extract(text, dt.date(2025, 7, 12)).events if e.kind == "meeting"]
    assert [(e.date, e.status) for e in events] == [("2025-07-14", "planned")]
    assert "Lars Holm" in events[0].participants
    assert "EU" in events[0].countries
