"""Whom 'they' stands for when a sentence reports an event without naming anyone."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

WEDNESDAY = dt.date(2025, 10, 15)


def test_they_who_signed_are_the_pair_that_met_not_a_pair_still_to_meet() -> None:
    text = (
        "Chilean Foreign Minister Rosa Vidal met Kenyan Foreign Minister Grace Otieno in Nairobi "
        "on Tuesday. Vidal is scheduled to meet Trade Minister Peter Mwangi on Thursday before "
        "leaving for Addis Ababa. Otieno said the two ministers had also discussed maritime "
        "security. According to Kenya's foreign ministry, they signed a memorandum of "
        "understanding linking Chile's universities with Kenya's colleges. On Friday, Otieno "
        "hosted her Ugandan counterpart, Sarah Nabirye."
    )
    events = extract(text, WEDNESDAY).events
    with_mwangi = [e for e in events if "Peter Mwangi" in e.participants]
    assert [(e.status, e.date) for e in with_mwangi] == [("planned", "2025-10-16")]
    pair = [e for e in events if {"Rosa Vidal", "Grace Otieno"} <= set(e.participants)]
    assert pair and {e.date for e in pair} == {"2025-10-14"}
