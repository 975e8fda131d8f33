"""A joined family name ("Al-Rashid") used alone names the official given in full before."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.drafts import Span
from diplomatic_calendar.extraction.names import Person, Resolver
from diplomatic_calendar.extraction.text import split_sentences


def test_a_joined_family_name_alone_joins_the_meeting() -> None:
    text = (
        "Jordan's trade minister, Omar Al-Rashid, said the duties were unfair.\n"
        "Al-Rashid will meet Nadia Costa, Portugal's economy minister, in Lisbon on Thursday.\n"
    )
    events = extract(text, dt.date(2026, 3, 10)).events
    assert [(e.participants, e.date) for e in events] == [
        (("Omar Al-Rashid", "Nadia Costa"), "2026-03-12")
    ]


def test_the_resolver_finds_the_joined_family_name() -> None:
    person = Person("Layla Abu-Zeid", "Foreign Minister", "JO", Span(0, 10), 0)
    sentence = split_sentences("Abu-Zeid left early.")[0]
    assert [p.name for _, p in Resolver([person]).references(sentence)] == ["Layla Abu-Zeid"]
