"""A host gathering a bloc's leaders 'for the summit', a meeting 'on the first day of the summit',
and a sentence whose subject carries an aside (', who spoke by phone with Y last month,'): the
verb after the aside tells the sentence's event."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_host_gathering_a_blocs_leaders_for_the_summit() -> None:
    text = (
        "Italian Prime Minister Carla Russo will host Group of Seven leaders in Bari from "
        "Sunday to Tuesday, hoping to keep the summit focused on energy.\n\n"
        "Japanese Prime Minister Kenji Sato is expected to hold talks with Russo in Bari.\n\n"
        "Officials said Russo hopes to meet Sato one-on-one on the first day of the summit.\n"
    )
    events = extract(text, dt.date(2026, 6, 10)).events
    summits = [e for e in events if e.kind == "summit"]
    assert [(e.date, e.end_date, e.status) for e in summits] == [
        ("2026-06-14", "2026-06-16", "planned")
    ]
    assert "Carla Russo" in summits[0].participants
    talks = [e for e in events if e.kind == "meeting"]
    assert [e.date for e in talks] == ["2026-06-14"]


def test_the_verb_after_an_aside_tells_the_event() -> None:
    text = (
        "Prime Minister Ana Rojas, who spoke by phone with Premier Li Ming last month, is "
        "expected to visit China again in the autumn.\n"
    )
    events = extract(text, dt.date(2026, 4, 17)).events
    kinds = {e.kind: e for e in events}
    assert set(kinds) == {"call", "visit"}
    assert kinds["visit"].date == "2026"
    assert kinds["visit"].location is not None and kinds["visit"].location.country == "CN"
    assert kinds["call"].date == "2026-03"


def test_a_summit_in_an_aside_leaves_the_visit() -> None:
    text = (
        "Canadian Prime Minister Paul Roy, who hosted last year's summit in Banff, will make an "
        "official visit to Rome on Saturday.\n"
    )
    events = extract(text, dt.date(2026, 6, 10)).events
    assert [(e.kind, e.date, e.participants) for e in events] == [
        ("visit", "2026-06-13", ("Paul Roy",))
    ]


def test_a_headlines_meeting_takes_the_day_the_story_gives_later() -> None:
    text = (
        "Russo to meet Sato as allies seek a truce on steel\n\n"
        "Italian Prime Minister Carla Russo will host Group of Seven leaders in Bari from "
        "Sunday to Tuesday.\n\n"
        "Japanese Prime Minister Kenji Sato confirmed on Tuesday that he will attend.\n\n"
        "Trade is the subject most officials would rather avoid.\n\n"
        "Officials said Russo hopes to meet Sato on the first day of the summit.\n"
    )
    talks = [e for e in extract(text, dt.date(2026, 6, 10)).events if e.kind == "meeting"]
    assert [(set(e.participants), e.date) for e in talks] == [
        ({"Carla Russo", "Kenji Sato"}, "2026-06-14")
    ]
