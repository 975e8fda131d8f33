"""The calendar's records: events, officials, tariff actions and the articles they came from."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Self

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.geography import check_country
from diplomatic_calendar.domain.timing import check_span, elapsed, settled, shifted, zone_name

Moment = dt.date | dt.datetime


class EventKind(StrEnum):
    """What sort of thing happens on the calendar."""

    MEETING = "meeting"
    CALL = "call"
    VISIT = "visit"
    SUMMIT = "summit"
    SIGNING = "signing"
    STATEMENT = "statement"
    TARIFF_DEADLINE = "tariff_deadline"
    DEADLINE = "deadline"
    OTHER = "other"

    @property
    def label(self) -> str:
        """The kind as a person reads it."""
        return self.value.replace("_", " ").capitalize()

    @property
    def is_deadline(self) -> bool:
        """Deadlines get their own band and reminders."""
        return self in (EventKind.TARIFF_DEADLINE, EventKind.DEADLINE)


class EventStatus(StrEnum):
    """Where an event stands."""

    PLANNED = "planned"
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    HELD = "held"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """The status as a person reads it."""
        return self.value.capitalize()


class TariffStatus(StrEnum):
    """The life cycle of a tariff action."""

    THREATENED = "threatened"
    ANNOUNCED = "announced"
    IN_FORCE = "in_force"
    DEAL = "deal"
    PAUSED = "paused"
    SUPERSEDED = "superseded"
    STRUCK_DOWN = "struck_down"

    @property
    def label(self) -> str:
        """The status as a person reads it."""
        return self.value.replace("_", " ").capitalize()


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in a source a record came from: character offsets and the sentence itself."""

    source_id: int
    start: int
    end: int
    sentence: str = ""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValidationError(f"evidence span {self.start}..{self.end} is not a valid range")


@dataclass(frozen=True, slots=True)
class Location:
    """A city and the ISO code of its country; either may be empty."""

    city: str = ""
    country: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "city", self.city.strip())
        if self.country:
            object.__setattr__(self, "country", check_country(self.country))
        else:
            object.__setattr__(self, "country", None)

    def __str__(self) -> str:
        from diplomatic_calendar.domain.geography import country_name

        parts = [self.city] if self.city else []
        if self.country:
            parts.append(country_name(self.country))
        return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class OfficialRef:
    """An official named on an event: enough to show and link without loading the whole record."""

    id: int
    name: str


def _clean_countries(codes: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    return tuple(sorted({check_country(code) for code in codes}))


@dataclass(frozen=True, slots=True)
class Event:
    """Something on the calendar.

    An all-day event has ``date`` start and an exclusive ``date`` end; a timed event has aware
    datetimes in one IANA zone, named by ``timezone``.
    """

    title: str
    kind: EventKind
    start: Moment
    end: Moment
    status: EventStatus = EventStatus.PLANNED
    location: Location = field(default_factory=Location)
    countries: tuple[str, ...] = ()
    participants: tuple[OfficialRef, ...] = ()
    notes: str = ""
    tags: tuple[str, ...] = ()
    id: int | None = None
    uid: str | None = None
    evidence: Evidence | None = None
    tariff_action_id: int | None = None

    def __post_init__(self) -> None:
        title = " ".join(self.title.split())
        if not title:
            raise ValidationError("an event needs a title")
        object.__setattr__(self, "title", title)
        object.__setattr__(self, "kind", EventKind(self.kind))
        object.__setattr__(self, "status", EventStatus(self.status))
        object.__setattr__(self, "countries", _clean_countries(self.countries))
        object.__setattr__(self, "tags", tuple(t.strip() for t in self.tags if t.strip()))
        check_span(self.start, self.end)

    @property
    def all_day(self) -> bool:
        """True for an event that occupies whole days rather than a time of day."""
        return not isinstance(self.start, dt.datetime)

    @property
    def timezone(self) -> str | None:
        """The IANA zone of a timed event; None for an all-day one."""
        if isinstance(self.start, dt.datetime):
            return zone_name(self.start)
        return None

    @property
    def first_day(self) -> dt.date:
        """The first calendar day, in the event's own zone."""
        return self.start.date() if isinstance(self.start, dt.datetime) else self.start

    @property
    def last_day(self) -> dt.date:
        """The last calendar day it occupies (inclusive), in the event's own zone."""
        if isinstance(self.end, dt.datetime):
            end = self.end - dt.timedelta(microseconds=1)
            return max(end.date(), self.first_day)
        return self.end - dt.timedelta(days=1)

    def with_changes(self, **changes: object) -> Self:
        """A copy with some fields changed, checked again."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def moved_to(self, new_start: Moment) -> Self:
        """The same event starting at ``new_start`` and keeping its length.

        A timed event keeps the time that passes, whatever the clocks do; a start in the hour
        the clocks skip moves on to the time that exists.
        """
        if isinstance(new_start, dt.datetime) and isinstance(self.start, dt.datetime):
            assert isinstance(self.end, dt.datetime)
            start = settled(new_start)
            end = shifted(start, elapsed(self.start, self.end)).astimezone(self.end.tzinfo)
            return self.with_changes(start=start, end=end)
        length = self.end - self.start  # type: ignore[operator]
        return self.with_changes(start=new_start, end=new_start + length)


@dataclass(frozen=True, slots=True)
class Official:
    """A person in office: a name, its other spellings, a title and a country."""

    name: str
    title: str = ""
    country: str | None = None
    organisation: str = ""
    aliases: tuple[str, ...] = ()
    term_start: dt.date | None = None
    term_end: dt.date | None = None
    notes: str = ""
    id: int | None = None
    evidence: Evidence | None = None

    def former_on(self, day: dt.date) -> bool:
        """Whether the official had left office by ``day`` (a term that ended before it)."""
        return self.term_end is not None and self.term_end < day

    def __post_init__(self) -> None:
        name = " ".join(self.name.split())
        if not name:
            raise ValidationError("an official needs a name")
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "title", " ".join(self.title.split()))
        if self.country:
            object.__setattr__(self, "country", check_country(self.country))
        else:
            object.__setattr__(self, "country", None)
        aliases = tuple(dict.fromkeys(a.strip() for a in self.aliases if a.strip() and a != name))
        object.__setattr__(self, "aliases", aliases)
        if self.term_start and self.term_end and self.term_end < self.term_start:
            raise ValidationError("a term cannot end before it starts")

    @property
    def all_names(self) -> tuple[str, ...]:
        """The name and every alias."""
        return (self.name, *self.aliases)

    def with_changes(self, **changes: object) -> Self:
        """A copy with some fields changed, checked again."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class TariffAction:
    """A tariff one country imposes, threatens or agrees on another's goods."""

    imposer: str
    target: str
    rate_percent: float | None
    status: TariffStatus = TariffStatus.ANNOUNCED
    previous_rate_percent: float | None = None
    scope: str = "all goods"
    legal_basis: str = ""
    announced_date: dt.date | None = None
    effective_date: dt.date | None = None
    notes: str = ""
    id: int | None = None
    evidence: Evidence | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "imposer", check_country(self.imposer))
        object.__setattr__(self, "target", check_country(self.target))
        object.__setattr__(self, "status", TariffStatus(self.status))
        for rate in (self.rate_percent, self.previous_rate_percent):
            if rate is not None and not 0 <= rate <= 1000:
                raise ValidationError(f"a tariff rate of {rate}% is out of range (0 to 1000)")
        if self.imposer == self.target:
            raise ValidationError("a country does not impose a tariff on itself")

    @property
    def title(self) -> str:
        """A one-line name that leads with the target: "Malaysia: 25% US tariff"."""
        from diplomatic_calendar.domain.geography import country_name

        rate = "" if self.rate_percent is None else f"{self.rate_percent:g}% "
        return f"{country_name(self.target)}: {rate}{self.imposer} tariff"

    def with_changes(self, **changes: object) -> Self:
        """A copy with some fields changed, checked again."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class TariffChange:
    """One step in a tariff action's history: what changed, when, and why."""

    tariff_action_id: int
    changed_on: dt.date
    old_status: TariffStatus | None
    new_status: TariffStatus
    old_rate_percent: float | None = None
    new_rate_percent: float | None = None
    old_effective_date: dt.date | None = None
    new_effective_date: dt.date | None = None
    note: str = ""
    source_id: int | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """A news article the user imported: the text every draft's evidence points into."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    published: dt.date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.text.strip():
            raise ValidationError("a source needs its text")

    def with_meta(self, other: Source) -> Source:
        """This source with the title, outlet, url and date of ``other`` where it has them."""
        return replace(
            self,
            title=other.title or self.title,
            outlet=other.outlet or self.outlet,
            url=other.url or self.url,
            published=other.published or self.published,
        )

    @property
    def citation(self) -> str:
        """'AP, 10 July 2025' — how the record says where it came from."""
        parts = [self.outlet or self.title or "article"]
        if self.published:
            parts.append(f"{self.published.day} {self.published:%B %Y}")
        return ", ".join(parts)
