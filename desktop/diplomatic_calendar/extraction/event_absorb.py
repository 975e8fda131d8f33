"""Mentions that only restate part of another event: a lone traveller's trip, a headline's sides.

"Jaishankar visits Riyadh" over a story of his talks there, "It was Lee's second trip to Japan"
after his summit, "Qatar hosts Iran and Turkey foreign ministers" over the named ministers'
talks: each is the fuller event seen from one side, not an event of its own.
"""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction.candidates import Candidate
from diplomatic_calendar.extraction.drafts import Location

# A trip's arrival and the talks it brings: "arrived late on Monday, was received on Tuesday"
_TRIP_DAYS = 3


def absorb(events: list[Candidate]) -> list[Candidate]:
    """The events, without those another event of the list already tells in full."""
    out = list(events)
    for event in events:
        target = _fuller(event, out)
        if target is None:
            continue
        if target.date_value is None and event.date_value is not None:
            target.date, target.date_value = event.date, event.date_value
            target.end_date = event.end_date
        target.location = target.location or event.location
        out.remove(event)
    return out


def _fuller(event: Candidate, events: list[Candidate]) -> Candidate | None:
    """The nearest other event that tells this one with more people, if there is one."""
    everyone = event.parties + event.extra
    if event.kind == "visit" and len(everyone) == 1 and everyone[0].person is not None:
        traveller = everyone[0].label
        fits = [e for e in events if traveller in e.names() and len(e.names()) > 1]
    elif (
        event.kind == "meeting"
        and any(p.person is None for p in everyone)
        and all(p.person is not None or p.country for p in everyone)
    ):
        # a headline's sides ("Kenya, Tanzania leaders meet as Ruto visits"): every country it
        # names has its named official in the other, and everyone it names is there too
        sides = {p.country for p in everyone if p.person is None}
        named = {p.label for p in everyone if p.person is not None}
        fits = [
            e
            for e in events
            if named <= e.names()
            and sides <= {p.country for p in e.parties + e.extra if p.person}
            and len(e.names()) > len(named)
        ]
    else:
        return None
    fits = [
        e
        for e in fits
        if e is not event
        and e.kind != "call"
        and _same_status(event, e)
        and not _apart(e.location, event.location)
        and _same_time(event, e)
    ]
    if not fits:
        return None
    return min(fits, key=lambda e: abs(e.sentence.index - event.sentence.index))


def _same_status(event: Candidate, other: Candidate) -> bool:
    """Whether a mention can tell the other event as far as being held goes. A lone traveller's
    trip need only agree on being still to come ('a planned visit …, has been postponed' and
    'X had been due to meet Y'), or, told without a day, take place where the other does
    ('Y, who was on his first visit to Warsaw, said …')."""
    if event.status == other.status:
        return True
    if event.kind != "visit" or event.sentence.index == other.sentence.index:
        return False  # ("will visit X on Friday and will likely meet Y": the trip, then talks)
    if "held" not in (event.status, other.status):
        return True
    return (
        event.date is None
        and event.location is not None
        and other.location is not None
        and event.location.city is not None
        and event.location.city == other.location.city
    )


def _apart(first: Location | None, second: Location | None) -> bool:
    """Whether two places are plainly different (a city and its country are not)."""
    if first is None or second is None:
        return False
    if first.city and second.city:
        return first.city != second.city
    return bool(first.country and second.country and first.country != second.country)


def _same_time(event: Candidate, other: Candidate) -> bool:
    """Whether the other event can be the same occasion: a mention that names no day fits any."""
    if event.date is None or other.date_value is None or event.date_value is None:
        return True
    mine, theirs = event.date_value, other.date_value
    if len(mine) == len(theirs) == 10:
        gap = dt.date.fromisoformat(theirs) - dt.date.fromisoformat(mine)
        return abs(gap.days) <= _TRIP_DAYS
    return mine.startswith(theirs) or theirs.startswith(mine)
