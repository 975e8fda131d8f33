"""One VEVENT into a draft event: times and zones made sound, our X- fields or best guesses."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.geography import find_country
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus, Location

STATUS_FROM_ICS = {
    "TENTATIVE": EventStatus.TENTATIVE,
    "CONFIRMED": EventStatus.CONFIRMED,
    "CANCELLED": EventStatus.CANCELLED,
}
TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID")


class UnreadableEventError(UserError):
    """An event in the file that cannot become a calendar entry; the message says why."""


@dataclass(frozen=True, slots=True)
class Attendee:
    """A participant as the file names them; officials are found or added by name on import."""

    name: str
    title: str = ""
    country: str | None = None


@dataclass(frozen=True, slots=True)
class Draft:
    """An event read from a file, with what must be linked when it is saved."""

    event: Event
    attendees: tuple[Attendee, ...] = ()
    tariff: dict[str, Any] | None = None
    source: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def with_event(self, event: Event) -> Draft:
        """The same draft for another occurrence of a series."""
        return replace(self, event=event)


def convert(component: Any, uid: str, zone_key: str) -> Draft:
    """A VEVENT as a draft; what makes it unusable raises UnreadableEventError with the reason."""
    for name, problem in getattr(component, "errors", []):
        if str(name).upper() in TIME_PROPERTIES:
            raise UnreadableEventError(f"its {str(name).upper()} cannot be read ({problem})")
    ours = component.get("x-dipcal-kind") is not None
    start = moment_of(component, "dtstart", zone_key)
    end = _end(component, start, zone_key)
    attendees = _attendees(component)
    notes = _text(component, "description")
    if attendees and not ours:
        # People in other programs' invitations are colleagues, not officials on record.
        names = ", ".join(a.name for a in attendees)
        notes = "\n\n".join(p for p in (notes, f"Attendees: {names}") if p)
        attendees = ()
    try:
        event = Event(
            uid=uid,
            title=_text(component, "summary") or "(no title)",
            kind=_kind(component),
            start=start,
            end=end,
            status=_status(component),
            location=_location(component, ours),
            countries=_countries(component),
            notes=notes,
            tags=_tags(component, ours),
        )
    except UserError as err:
        raise UnreadableEventError(str(err)) from None
    return Draft(
        event, attendees, _json(component, "x-dipcal-tariff"), _json(component, "x-dipcal-source")
    )


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    return "" if value is None else str(value).strip()


def _json(component: Any, name: str) -> dict[str, Any] | None:
    text = _text(component, name)
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise UnreadableEventError(f"its {name.upper()} is not valid JSON") from None
    return value if isinstance(value, dict) else None


def moment_of(component: Any, name: str, zone_key: str) -> dt.date | dt.datetime:
    """A DATE, or a DATE-TIME in an IANA zone (Windows zone names mapped, floating times placed)."""
    prop = component.get(name)
    if prop is None:
        raise UnreadableEventError(f"it has no {name.upper()}")
    value = getattr(prop, "dt", None)
    if isinstance(value, dt.datetime):
        return _aware(value, prop.params.get("TZID"), zone_key)
    if isinstance(value, dt.date):
        return value
    raise UnreadableEventError(f"its {name.upper()} is not a date or a time")


def _aware(value: dt.datetime, tzid: str | None, zone_key: str) -> dt.datetime:
    if value.tzinfo is None:
        if tzid:
            key = _iana(tzid)
            if key is None:
                raise UnreadableEventError(f"its time zone '{tzid}' is unknown")
            return value.replace(tzinfo=ZoneInfo(key))
        return value.replace(tzinfo=ZoneInfo(zone_key))
    if isinstance(value.tzinfo, ZoneInfo):
        return value
    key = _iana(tzid) if tzid else None
    if key is None and value.utcoffset() == dt.timedelta(0) and not tzid:
        key = "UTC"
    if key is not None:
        return value.replace(tzinfo=ZoneInfo(key))
    # A zone we cannot name: keep the instant, in UTC.
    return value.astimezone(ZoneInfo("UTC"))


def _iana(tzid: str) -> str | None:
    """An IANA key for a TZID: itself, Outlook's Windows name mapped, or None."""
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    tzid = tzid.strip().strip('"')
    candidates = [tzid, WINDOWS_TO_OLSON.get(tzid, "")]
    for candidate in filter(None, candidates):
        try:
            ZoneInfo(candidate)
            return candidate
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return None


def _end(component: Any, start: dt.date | dt.datetime, zone_key: str) -> dt.date | dt.datetime:
    """DTEND, else DTSTART plus DURATION, else one day (dates) or no length (times), per RFC."""
    if component.get("dtend") is not None:
        end = moment_of(component, "dtend", zone_key)
    elif component.get("duration") is not None:
        length = getattr(component.get("duration"), "dt", None)
        if not isinstance(length, dt.timedelta):
            raise UnreadableEventError("its DURATION cannot be read")
        end = start + length
    else:
        end = start if isinstance(start, dt.datetime) else start + dt.timedelta(days=1)
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        raise UnreadableEventError("its start and end mix a date and a time")
    return end


def _categories(component: Any) -> list[str]:
    found = component.get("categories")
    values = found if isinstance(found, list) else [found] if found is not None else []
    return [str(c).strip() for v in values for c in getattr(v, "cats", [v]) if str(c).strip()]


def _kind(component: Any) -> EventKind:
    wanted = [_text(component, "x-dipcal-kind"), *_categories(component)]
    for text in wanted:
        folded = text.casefold().replace(" ", "_")
        for kind in EventKind:
            if folded == kind.value:
                return kind
    return EventKind.OTHER


def _status(component: Any) -> EventStatus:
    ours = _text(component, "x-dipcal-status")
    if ours in {s.value for s in EventStatus}:
        return EventStatus(ours)
    return STATUS_FROM_ICS.get(_text(component, "status").upper(), EventStatus.PLANNED)


def _location(component: Any, ours: bool) -> Location:
    if ours:
        country = _text(component, "x-dipcal-location-country") or None
        return Location(_text(component, "x-dipcal-city"), country)
    text = _text(component, "location")
    head, _, tail = text.rpartition(",")
    country = find_country(tail.strip()) if head else None
    return Location(head.strip(), country) if country else Location(text)


def _countries(component: Any) -> tuple[str, ...]:
    text = _text(component, "x-dipcal-countries")
    return tuple(c.strip() for c in text.split(",") if c.strip())


def _tags(component: Any, ours: bool) -> tuple[str, ...]:
    if ours:
        tags = _json_list(_text(component, "x-dipcal-tags"))
        return tuple(str(t) for t in tags)
    kinds = {k.label.casefold() for k in EventKind} | {k.value for k in EventKind}
    return tuple(c for c in _categories(component) if c.casefold() not in kinds)


def _json_list(text: str) -> list[Any]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise UnreadableEventError("its X-DIPCAL-TAGS is not valid JSON") from None
    return value if isinstance(value, list) else []


def _attendees(component: Any) -> tuple[Attendee, ...]:
    found = component.get("attendee")
    values = found if isinstance(found, list) else [found] if found is not None else []
    out = []
    for value in values:
        params = getattr(value, "params", {})
        name = str(params.get("CN", "")).strip().strip('"')
        if not name:
            name = str(value).removeprefix("mailto:").removeprefix("MAILTO:").strip()
        if name:
            country = str(params.get("X-DIPCAL-COUNTRY", "")).strip() or None
            out.append(Attendee(name, str(params.get("X-DIPCAL-TITLE", "")).strip(), country))
    return tuple(out)
