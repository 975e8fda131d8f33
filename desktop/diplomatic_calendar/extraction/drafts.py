"""Draft records proposed from an article: plain frozen data, turned into the JSON contract."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets into the article text (Python string indices, end exclusive)."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        """The evidence object of the JSON contract."""
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class KnownOfficial:
    """An official the user already keeps, so the engine can recognise them without a title."""

    name: str
    aliases: tuple[str, ...] = ()
    title: str | None = None
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Location:
    """Where an event happens; either part may be unknown."""

    city: str | None = None
    country: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """The location object of the JSON contract."""
        return {"city": self.city, "country": self.country}


@dataclass(frozen=True, slots=True)
class OfficialDraft:
    """A person with an office, named in the article."""

    name: str
    title: str | None
    country: str | None
    evidence: Span
    aliases: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The official object of the JSON contract."""
        return {
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "aliases": list(self.aliases),
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class EventDraft:
    """A meeting, call, visit, summit, signing or deadline the article reports."""

    kind: str
    title: str
    date: str | None
    status: str
    participants: tuple[str, ...]
    countries: tuple[str, ...]
    location: Location
    evidence: Span
    end_date: str | None = None
    time: str | None = None
    timezone: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The event object of the JSON contract."""
        return {
            "kind": self.kind,
            "title": self.title,
            "date": self.date,
            "end_date": self.end_date,
            "time": self.time,
            "timezone": self.timezone,
            "status": self.status,
            "participants": list(self.participants),
            "countries": list(self.countries),
            "location": self.location.to_dict(),
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class TariffDraft:
    """A tariff rate one country applies, threatens or agrees on another's goods."""

    target: str
    imposer: str | None
    rate_percent: float
    effective_date: str | None
    status: str
    evidence: Span
    # What the rate is charged on when the sentence names a kind of goods ("steel"); None when
    # it names none, which usually means all the target's goods.
    scope: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The tariff object of the JSON contract."""
        rate: float | int = (
            int(self.rate_percent) if self.rate_percent.is_integer() else self.rate_percent
        )
        return {
            "target": self.target,
            "imposer": self.imposer,
            "rate_percent": rate,
            "effective_date": self.effective_date,
            "status": self.status,
            "scope": self.scope,
            "evidence": self.evidence.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything proposed from one article, resolved against its publication date."""

    published: dt.date
    officials: tuple[OfficialDraft, ...] = ()
    events: tuple[EventDraft, ...] = ()
    tariffs: tuple[TariffDraft, ...] = ()
    dateline: Location | None = field(default=None)

    def to_dict(self) -> dict[str, Any]:
        """The whole JSON contract (see the corpus README)."""
        return {
            "published": self.published.isoformat(),
            "officials": [o.to_dict() for o in self.officials],
            "events": [e.to_dict() for e in self.events],
            "tariffs": [t.to_dict() for t in self.tariffs],
        }
