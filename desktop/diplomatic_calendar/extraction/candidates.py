"""Events being assembled from sentences, and how each becomes an output record."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from diplomatic_calendar.extraction.context import Context
from diplomatic_calendar.extraction.dates import DateMention, find_time
from diplomatic_calendar.extraction.drafts import EventDraft, Location, Span
from diplomatic_calendar.extraction.participants import Party
from diplomatic_calendar.extraction.text import Sentence
from diplomatic_calendar.extraction.zones import resolve_zone

NEAR_DAYS = 7


@dataclass
class Candidate:
    """An event being assembled; frozen into an EventDraft at the end."""

    kind: str
    sentence: Sentence
    parties: list[Party]
    date: DateMention | None
    date_value: str | None
    end_date: str | None
    status: str
    location: Location | None
    group: str | None = None
    extra: list[Party] = field(default_factory=list)

    def names(self) -> set[str]:
        """The participants' labels."""
        return {p.label for p in self.parties + self.extra}


def union(first: list[Party], second: list[Party]) -> list[Party]:
    """The first parties, then those of the second not already among them."""
    labels = {p.label for p in first}
    return first + [p for p in second if p.label not in labels]


def close_to(published: dt.date, value: str) -> bool:
    """Whether a day lies within a week of publication."""
    return abs((dt.date.fromisoformat(value) - published).days) <= NEAR_DAYS


def draft(ctx: Context, event: Candidate) -> EventDraft:
    """The frozen event record for the output."""
    everyone = event.parties + event.extra
    countries: list[str] = []
    for party in everyone:
        if party.country and party.country not in countries:
            countries.append(party.country)
    location = event.location or _default_location(ctx, event)
    if (
        event.kind == "visit"
        and location
        and location.country
        and location.country not in countries
    ):
        countries.append(location.country)
    participants = tuple(p.label for p in everyone)
    if event.group and event.group not in participants:
        participants = (event.group, *participants)
    clock = find_time(event.sentence.text) if event.date_value else None
    return EventDraft(
        kind=event.kind,
        title=_title(event, location),
        date=event.date_value,
        end_date=event.end_date,
        status=event.status,
        participants=participants,
        countries=tuple(countries),
        location=location or Location(),
        evidence=Span(event.sentence.start, event.sentence.end),
        time=clock[0] if clock else None,
        timezone=resolve_zone(clock[1], location, event.date_value) if clock else None,
    )


def _default_location(ctx: Context, event: Candidate) -> Location | None:
    """The dateline's city, for events on the days around publication."""
    if ctx.dateline is None or event.date_value is None or len(event.date_value) != 10:
        return None
    if event.kind == "call":
        return None  # a phone call happens where each caller is, not where the story is filed
    return ctx.dateline if close_to(ctx.published, event.date_value) else None


# Where the family name comes first, news writing keeps that order: "Xi Jinping" is "Xi".
_FAMILY_NAME_FIRST = frozenset({"CN", "TW", "HK", "MO", "KR", "KP"})


_PATRONYMIC = frozenset({"bin", "bint", "ibn", "ben"})


def _short(party: Party) -> str:
    if party.person is None:
        return party.label
    words = party.label.split()
    if party.person.country in _FAMILY_NAME_FIRST and len(words) in (2, 3):
        return words[0]
    if len(words) > 2 and words[1].casefold() in _PATRONYMIC:
        # "Khalid bin Faisal Al Mansour" is "Khalid bin Faisal" on second mention; the family
        # part alone ("bin Faisal Al Mansour") names no one
        return " ".join(words[:3])
    if len(words) > 2 and words[1].islower():
        return " ".join(words[1:])  # "von der Leyen"
    return words[-1] if len(words) > 1 else party.label


def _title(event: Candidate, location: Location | None) -> str:
    names = [_short(p) for p in event.parties + event.extra] or [event.group or "Unnamed"]
    first, rest = names[0], names[1:]
    others = ", ".join(rest[:-1]) + (" and " if len(rest) > 1 else "") + (rest[-1] if rest else "")
    if event.kind == "summit":
        return f"{event.group} summit" if event.group else f"{first}–{' and '.join(rest)} summit"
    if event.kind == "visit":
        where = (location.city or location.country) if location else None
        return f"{first} visits {where}" if where else f"{first} visit"
    verb = {"call": "call with", "signing": "signs with", "meeting": "meets"}[event.kind]
    return f"{first} {verb} {others}".strip()
