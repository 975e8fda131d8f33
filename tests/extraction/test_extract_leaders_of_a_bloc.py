"""'X will host leaders of the Group of Seven': the bloc named after 'leaders of' gathers at
the host's summit, and those later said to attend join it."""

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
