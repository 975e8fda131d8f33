"""A leader 'not expected to attend the summit' takes no part in it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_leader_who_will_not_attend_is_no_participant() -> None:
    text = (
        "Chilean President Tomas Vial will attend the ASEAN summit in Kuala Lumpur on Oct. 26 "
        "with Malaysian Prime Minister Anwar Ibrahim. Peruvian President Ana Quispe sent a "
        "message of support but is not expected to attend the summit, officials said.\n"
    )
    (summit,) = [e for e in extract(text, dt.date(2025, 10, 22)).events if e.kind == "summit"]
    assert "Ana Quispe" not in summit.participants
