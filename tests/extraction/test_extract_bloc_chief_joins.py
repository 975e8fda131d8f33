"""The bloc's chief serves the EU; 'will join the ministers' joins their talks."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 4, 10)


def test_the_blocs_chief_after_eu_ministers_is_an_eu_official_who_joins_them() -> None:
    text = (
        "EU foreign ministers meet in Luxembourg on Monday for their monthly council, chaired "
        "by the bloc's foreign policy chief, Ilse Dekker. Moldovan Foreign Minister Ion Rusu "
        "will join the ministers for a working lunch.\n"
    )
    found = extract(text, PUBLISHED)
    assert {o.name: o.country for o in found.officials}["Ilse Dekker"] == "EU"
    (meeting,) = [e for e in found.events if e.kind in ("meeting", "summit")]
    assert {"Ilse Dekker", "Ion Rusu"} <= set(meeting.participants)


def test_joining_leaders_in_a_statement_is_no_meeting() -> None:
    text = (
        "EU foreign ministers meet in Luxembourg on Monday, chaired by the bloc's foreign policy "
        "chief, Ilse Dekker. Moldovan Foreign Minister Ion Rusu will join the leaders in "
        "condemning the strikes.\n"
    )
    (meeting,) = [e for e in extract(text, PUBLISHED).events if e.kind in ("meeting", "summit")]
    assert "Ion Rusu" not in meeting.participants
