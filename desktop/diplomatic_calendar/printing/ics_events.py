"""One VEVENT into a draft event: times and zones made sound, our X- fields or best guesses."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import itertools
import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.geography import EU, find_country
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus, Location
from diplomatic_calendar.domain.timing import elapsed, settled, shifted
from diplomatic_calendar.printing import ics_parse
from diplomatic_calendar.printing.ics_parse import Component

STATUS_FROM_ICS = {
    "TENTATIVE": EventStatus.TENTATIVE,
    "CONFIRMED": EventStatus.CONFIRMED,
    "CANCELLED": EventStatus.CANCELLED,
}
OUTLOOK_ALL_DAY = "X-MICROSOFT-CDO-ALLDAYEVENT"
# Matching a file's own zone to an IANA one takes a fifth of a second: a file defining more
# zones than any calendar needs keeps the instants of the rest, in UTC.
MAX_MATCHED_ZONES = 24
TIME_PROPERTIES = ("DTSTART", "DTEND", "DURATION", "RRULE", "EXDATE", "RECURRENCE-ID")
KINDS = {kind.value: kind for kind in EventKind}
KIND_NAMES = {k.label.casefold() for k in EventKind} | {k.value for k in EventKind}
STATUSES = {status.value: status for status in EventStatus}
UTC = ZoneInfo("UTC")
FIRST_YEAR = 1000  # the first year of a time the store can keep


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


class Zones:
    """Where the times of one calendar are: its zone for floating times and its own VTIMEZONEs.

    A TZID is looked up once: as an IANA key, as a Windows name (Outlook) mapped to one, or,
    failing both, from the file's own definition of it: the IANA zone with the same rules
    where there is one (so that times keep their clock), else its instants kept in UTC.
    """

    def __init__(self, floating: str, definitions: dict[str, Component] | None = None) -> None:
        self.floating_key = floating
        try:
            self.floating: ZoneInfo | None = ZoneInfo(floating)
        except (ZoneInfoNotFoundError, ValueError):
            self.floating = None
        self._definitions = definitions or {}
        self._found: dict[str, dt.tzinfo | None] = {}
        self._matched = 0

    def named(self, tzid: str) -> dt.tzinfo | None:
        """The zone a TZID names, or None when neither we nor the file know it."""
        if tzid not in self._found:
            key = _iana(tzid)
            if key:
                self._found[tzid] = ZoneInfo(key)
            else:
                defined = _defined(self._definitions.get(tzid))
                same = None
                if defined is not None and self._matched < MAX_MATCHED_ZONES:
                    self._matched += 1
                    same = same_rules(defined, tzid)
                self._found[tzid] = ZoneInfo(same) if same else defined
        return self._found[tzid]


def convert(component: Component, uid: str, zones: Zones) -> Draft:
    """A VEVENT as a draft; what makes it unusable raises UnreadableEventError with the reason."""
    for name, problem in component.broken:
        if name in TIME_PROPERTIES:
            raise UnreadableEventError(f"its {name} cannot be read ({problem})")
    ours = component.get("x-dipcal-kind") is not None
    start = moment_of(component, "DTSTART", zones)
    end = _end(component, start, zones)
    if isinstance(start, dt.datetime) and _text(component, OUTLOOK_ALL_DAY).upper() == "TRUE":
        start, end = _whole_days(component, start, end)
    attendees = _attendees(component)
    notes = _text(component, "DESCRIPTION")
    details: tuple[str, ...] = ()
    if not ours:
        # People in other programs' invitations are colleagues, not officials on record: they
        # go in the notes, with the organizer, the link and the privacy the event has there.
        details = meeting_details(component, attendees)
        attendees = ()
        notes = with_details(notes, details)
    try:
        event = Event(
            uid=uid,
            title=_text(component, "SUMMARY") or "(no title)",
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
        event,
        attendees,
        _json(component, "X-DIPCAL-TARIFF"),
        _json(component, "X-DIPCAL-SOURCE"),
        {"details": details} if details else {},
    )


# Lines of the notes that carry what an invitation says beyond its description; an export
# writes them back as ORGANIZER, URL and CLASS.
ORGANIZER_LINE, LINK_LINE, ATTENDEES_LINE = "Organizer: ", "Link: ", "Attendees: "
CLASS_LINES = {"CONFIDENTIAL": "Confidential", "PRIVATE": "Private"}


def meeting_details(component: Component, attendees: tuple[Attendee, ...]) -> tuple[str, ...]:
    """The organizer, the attendees, the link and the privacy of an invitation, as note lines.

    Names often hold commas ("Müller, Anna"), so attendees are set apart by semicolons.
    """
    lines = []
    organizer = component.get("ORGANIZER")
    if organizer is not None:
        who = _person(organizer.param("CN"), organizer.value)
        if who:
            lines.append(ORGANIZER_LINE + who)
    if attendees:
        lines.append(ATTENDEES_LINE + "; ".join(a.name for a in attendees))
    link = _text(component, "URL")
    if link:
        lines.append(LINK_LINE + link)
    privacy = CLASS_LINES.get(_text(component, "CLASS").upper())
    if privacy:
        lines.append(privacy)
    return tuple(lines)


def with_details(notes: str, details: tuple[str, ...]) -> str:
    """The notes with the detail lines they do not have yet (a file read again, or written
    back by another program, carries them in its description already)."""
    present = set(notes.replace("\r\n", "\n").split("\n"))
    missing = [line for line in details if line not in present]
    return "\n\n".join(p for p in (notes, "\n".join(missing)) if p)


def _person(name: str, address: str) -> str:
    """'Name <mail>' for a CN and a mailto: address; whichever of them there is otherwise."""
    name = name.strip().strip('"')
    mail = address.strip()
    if mail.lower().startswith("mailto:"):
        mail = mail[len("mailto:") :].strip()
    if name and mail:
        return f"{name} <{mail}>"
    return name or mail


def _text(component: Component, name: str) -> str:
    """The first value of a property, trimmed; TEXT unescaped, our X- fields as written.

    X- properties are read verbatim, as ``icalendar`` reads them (and so wrote them for us).
    """
    prop = component.get(name)
    if prop is None:
        return ""
    value = prop.value if prop.name.startswith("X-") else ics_parse.text(prop.value)
    return value.strip()


def _json(component: Component, name: str) -> dict[str, Any] | None:
    text = _text(component, name)
    if not text:
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise UnreadableEventError(f"its {name} is not valid JSON") from None
    return value if isinstance(value, dict) else None


def tariff_json(component: Component) -> dict[str, Any] | None:
    """The X-DIPCAL-TARIFF object of an event or task (None when it has none)."""
    return _json(component, "X-DIPCAL-TARIFF")


def moment_of(component: Component, name: str, zones: Zones) -> dt.date | dt.datetime:
    """A DATE, or a DATE-TIME in an IANA zone (Windows zone names mapped, floating times placed)."""
    prop = component.get(name)
    if prop is None:
        raise UnreadableEventError(f"it has no {name.upper()}")
    try:
        value = ics_parse.date_or_time(prop.value)
    except ics_parse.IcsValueError as err:
        raise UnreadableEventError(f"its {prop.name} cannot be read ({err})") from None
    if isinstance(value, dt.date):
        return value
    try:
        moment = placed(*value, prop.param("TZID"), zones)
        # Times are stored as UTC text with four-digit years: one without that form is refused.
        in_utc = moment.astimezone(UTC)
    except (OverflowError, ValueError) as err:
        raise UnreadableEventError(f"its {prop.name} is out of range ({err})") from None
    if in_utc.year < FIRST_YEAR:
        raise UnreadableEventError(f"its {prop.name} is out of range (before {FIRST_YEAR})")
    return moment


def placed(moment: dt.datetime, utc: bool, tzid: str, zones: Zones) -> dt.datetime:
    """A naive time from the file in its zone: UTC, the TZID's zone, or the floating zone.

    A zone the file defines badly can raise ValueError or OverflowError for some times.
    """
    if utc and not tzid:
        return moment.replace(tzinfo=UTC)
    if not tzid:
        if zones.floating is None:
            raise UnreadableEventError(
                f"its time has no zone, and '{zones.floating_key}' is unknown"
            )
        # A time the clocks skip that night reads as the time it stands for (02:30 as 03:30).
        return settled(moment.replace(tzinfo=zones.floating))
    zone = zones.named(tzid)
    if zone is None:
        raise UnreadableEventError(f"its time zone '{tzid}' is unknown")
    if utc:
        # A Z and a TZID together: the Z fixes the instant; the TZID says where it is shown.
        return moment.replace(tzinfo=UTC).astimezone(zone if isinstance(zone, ZoneInfo) else UTC)
    if isinstance(zone, ZoneInfo):
        return settled(moment.replace(tzinfo=zone))
    # A zone only the file defines: keep the instant, in UTC.
    return moment.replace(tzinfo=zone).astimezone(UTC)


@lru_cache(maxsize=256)
def _iana(tzid: str) -> str | None:
    """An IANA key for a TZID: itself, Outlook's Windows name mapped, or None."""
    tzid = tzid.strip().strip('"')
    if _is_zone(tzid):
        return tzid
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    mapped = WINDOWS_TO_OLSON.get(tzid, "")
    return mapped if mapped and _is_zone(mapped) else None


def _is_zone(key: str) -> bool:
    try:
        ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


# What dateutil's reader of VTIMEZONEs takes: anything else (X-LIC-LOCATION...) it refuses.
_ZONE_PROPERTIES = {"TZID", "DTSTART", "RRULE", "RDATE", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME"}


def _defined(definition: Component | None) -> dt.tzinfo | None:
    """The zone a file's VTIMEZONE defines, or None when there is none or it cannot be read."""
    if definition is None:
        return None
    from dateutil.tz import tzical

    lines = ["BEGIN:VTIMEZONE"]
    lines += [f"{p.name}:{p.value}" for p in definition.properties if p.name == "TZID"]
    for part in definition.components:
        lines.append(f"BEGIN:{part.name}")
        lines += [f"{p.name}:{p.value}" for p in part.properties if p.name in _ZONE_PROPERTIES]
        lines.append(f"END:{part.name}")
    lines.append("END:VTIMEZONE")
    try:
        zones = tzical(io.StringIO("\n".join(lines)))
        return zones.get()
    except (ValueError, TypeError, KeyError, IndexError, OverflowError):
        return None


# The years a file's own zone is compared with IANA zones over: the rules of today's zones.
# Several may agree (Asia/Colombo has kept India's time only since 2006): the one that agreed
# longest before those years is taken.
_RULE_YEARS = (2008, 2038)
_HISTORY_YEARS = (1970, 2008)
_REGIONS = (
    "Africa/",
    "America/",
    "Antarctica/",
    "Asia/",
    "Atlantic/",
    "Australia/",
    "Europe/",
    "Indian/",
    "Pacific/",
)


def same_rules(zone: dt.tzinfo, tzid: str = "") -> str | None:
    """An IANA zone whose clock agrees with a file's own zone (Outlook's "Customized Time
    Zone" at +05:30 is Asia/Kolkata), so that its events keep their clock time; None when
    there is none. Where several agree, one whose city the TZID names is taken.

    Zones are compared twice a year, then on each side of every change of an IANA zone's
    clocks: a file zone that changes on other days differs on one side of it. Reading a file's
    zone is slow (its rules are walked from their first year), so it is read few times.
    """
    first = dt.datetime(_RULE_YEARS[0], 1, 1, 12, tzinfo=UTC)
    coarse = _twice_a_year(*_RULE_YEARS)
    known: dict[dt.datetime, dt.timedelta | None] = {}

    def offset(moment: dt.datetime) -> dt.timedelta | None:
        if moment not in known:
            known[moment] = moment.astimezone(zone).utcoffset()
        return known[moment]

    try:
        wanted = [offset(moment) for moment in coarse]
        candidates = [key for key in _candidate_zones() if _offsets(key, coarse) == wanted]
        agreeing = [
            key
            for key in candidates
            if all(_offsets(key, [m]) == [offset(m)] for m in _changes(ZoneInfo(key), first))
        ]
        history = _twice_a_year(*_HISTORY_YEARS)
        before = [offset(moment) for moment in history] if len(agreeing) > 1 else []
    except (ValueError, OverflowError, TypeError, IndexError, KeyError):
        return None  # a definition dateutil reads but cannot apply everywhere

    def rank(key: str) -> tuple[int, int]:
        """Cities the TZID names first, in its order; then the longest agreement before."""
        named = tzid.casefold().find(key.rpartition("/")[2].replace("_", " ").casefold())
        differed = sum(a != b for a, b in zip(_offsets(key, history), before, strict=False))
        return named if named >= 0 else len(tzid), differed

    agreeing.sort(key=rank)
    return agreeing[0] if agreeing else None


def _twice_a_year(first: int, last: int) -> list[dt.datetime]:
    start = dt.datetime(first, 1, 15, 12, tzinfo=UTC)
    return [start + dt.timedelta(days=182 * n) for n in range(2 * (last - first))]


def _changes(zone: ZoneInfo, first: dt.datetime) -> list[dt.datetime]:
    """The hour before and the hour after each change of ``zone``'s clocks over the years."""
    months = 12 * (_RULE_YEARS[1] - _RULE_YEARS[0])
    moments = [first + dt.timedelta(days=n * 365.25 / 24) for n in range(2 * months)]
    found = []
    for before, after in itertools.pairwise(moments):
        if before.astimezone(zone).utcoffset() == after.astimezone(zone).utcoffset():
            continue
        low, high = before, after
        while high - low > dt.timedelta(hours=1):
            middle = low + (high - low) / 2
            if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                low = middle
            else:
                high = middle
        found += [low, high]
    return found


def _offsets(key: str, moments: list[dt.datetime]) -> list[dt.timedelta | None]:
    zone = ZoneInfo(key)
    return [moment.astimezone(zone).utcoffset() for moment in moments]


@lru_cache(maxsize=1)
def _candidate_zones() -> tuple[str, ...]:
    """IANA zones to match a file's zone against: the present-day ones of zone1970.tab where
    it can be found (no old aliases such as Asia/Calcutta), then the whole-hour Etc/GMT ones."""
    import zoneinfo

    listed = _zone1970()
    if not listed:
        listed = sorted(k for k in zoneinfo.available_timezones() if k.startswith(_REGIONS))
    fixed = [f"Etc/GMT{sign}{hours}" for hours in range(1, 15) for sign in "-+"]
    return tuple(k for k in [*listed, "UTC", *fixed] if _is_zone(k))


def _zone1970() -> list[str]:
    import zoneinfo
    from importlib import resources
    from pathlib import Path

    places: list[Path] = [Path(p) / "zone1970.tab" for p in zoneinfo.TZPATH]
    with contextlib.suppress(ModuleNotFoundError):
        places.insert(0, Path(str(resources.files("tzdata.zoneinfo") / "zone1970.tab")))
    for place in places:
        try:
            text = place.read_text(encoding="utf-8")
        except OSError:
            continue
        rows = [line.split("\t") for line in text.splitlines() if not line.startswith("#")]
        return sorted({row[2] for row in rows if len(row) > 2})
    return []


def _whole_days(
    component: Component, start: dt.date | dt.datetime, end: dt.date | dt.datetime
) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    """Outlook's all-day event, written as midnight to midnight, as the days it covers."""
    written = []
    for name in ("DTSTART", "DTEND"):
        found = component.get(name)
        value = ics_parse.date_or_time(found.value) if found is not None else None
        if not isinstance(value, tuple) or value[0].time() != dt.time():
            return start, end
        written.append(value[0].date())
    first, last = written
    return (first, last) if last > first else (start, end)


def _end(component: Component, start: dt.date | dt.datetime, zones: Zones) -> dt.date | dt.datetime:
    """DTEND, else DTSTART plus DURATION, else one day (dates) or no length (times), per RFC."""
    end: dt.date | dt.datetime
    if component.get("DTEND") is not None:
        end = moment_of(component, "DTEND", zones)
        if end == start and not isinstance(start, dt.datetime) and start != dt.date.max:
            # Outlook and others end a one-day event on its own day; the end is exclusive.
            end = start + dt.timedelta(days=1)
    elif (length := component.get("DURATION")) is not None:
        try:
            end = _plus_duration(start, *ics_parse.duration_parts(length.value))
            if isinstance(end, dt.datetime):
                end.astimezone(UTC)
        except ics_parse.IcsValueError as err:
            raise UnreadableEventError(f"its DURATION cannot be read ({err})") from None
        except OverflowError:
            raise UnreadableEventError("its DURATION is too long") from None
    elif isinstance(start, dt.datetime):
        end = start
    elif start == dt.date.max:
        raise UnreadableEventError("its DTSTART is out of range (it is the last day there is)")
    else:
        end = start + dt.timedelta(days=1)
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        raise UnreadableEventError("its start and end mix a date and a time")
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        end = _after_skipped_start(component, start, end)
    return end


def _plus_duration(
    start: dt.date | dt.datetime, days: dt.timedelta, exact: dt.timedelta
) -> dt.date | dt.datetime:
    """``start`` plus a DURATION as RFC 5545 counts it: ``days`` on the calendar (the same clock
    time on a later day), ``exact`` (its hours, minutes and seconds) as time that passes: PT2H
    from 02:00 on the night the clocks go back ends at 03:00 on the second pass, and PT24H
    from noon the day before ends at 11:00."""
    if not isinstance(start, dt.datetime) or start.tzinfo is None:
        return start + days + exact
    return ((start + days).astimezone(UTC) + exact).astimezone(start.tzinfo)


def _after_skipped_start(component: Component, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """The end of an event whose start the clocks skip, keeping the length its clock faces
    show: 02:30-03:15 on the night 02:00 becomes 03:00 reads as 03:30-04:15, not as an event
    that ends before it starts."""
    if elapsed(start, end) >= dt.timedelta(0) or end.tzinfo is not start.tzinfo:
        return end
    try:
        written = ics_parse.date_or_time(component.get("DTSTART").value)  # type: ignore[union-attr]
    except ics_parse.IcsValueError:
        return end
    if isinstance(written, dt.date) or written[0] == start.replace(tzinfo=None):
        return end  # the start was not moved: the file's times are simply backwards
    return shifted(start, end.replace(tzinfo=None) - written[0])


def _categories(component: Component) -> list[str]:
    found = [ics_parse.text_list(p.value) for p in component.all("CATEGORIES")]
    return [c.strip() for values in found for c in values if c.strip()]


def _kind(component: Component) -> EventKind:
    wanted = [_text(component, "X-DIPCAL-KIND"), *_categories(component)]
    for text in wanted:
        kind = KINDS.get(text.casefold().replace(" ", "_"))
        if kind is not None:
            return kind
    return EventKind.OTHER


def _status(component: Component) -> EventStatus:
    ours = STATUSES.get(_text(component, "X-DIPCAL-STATUS"))
    if ours is not None:
        return ours
    return STATUS_FROM_ICS.get(_text(component, "STATUS").upper(), EventStatus.PLANNED)


def _location(component: Component, ours: bool) -> Location:
    if ours:
        country = _text(component, "X-DIPCAL-LOCATION-COUNTRY") or None
        return Location(_text(component, "X-DIPCAL-CITY"), country)
    text = _text(component, "LOCATION")
    head, _, tail = text.rpartition(",")
    tail = tail.strip()
    # Only a country's name ends a place: 'Boston, MA' names a state, not Morocco, and
    # 'Rue de la Loi 200, Brussels' a city, not the European Union.
    country = find_country(tail) if head and len(tail) > 3 else None
    if country == EU and tail.casefold() not in ("european union", "the european union"):
        country = None
    return Location(head.strip(), country) if country else Location(text)


def _countries(component: Component) -> tuple[str, ...]:
    text = _text(component, "X-DIPCAL-COUNTRIES")
    return tuple(c.strip() for c in text.split(",") if c.strip())


def _tags(component: Component, ours: bool) -> tuple[str, ...]:
    if ours:
        tags = _json_list(_text(component, "X-DIPCAL-TAGS"))
        return tuple(str(t) for t in tags)
    return tuple(c for c in _categories(component) if c.casefold() not in KIND_NAMES)


def _json_list(text: str) -> list[Any]:
    if not text:
        return []
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise UnreadableEventError("its X-DIPCAL-TAGS is not valid JSON") from None
    return value if isinstance(value, list) else []


def _attendees(component: Component) -> tuple[Attendee, ...]:
    out = []
    for prop in component.all("ATTENDEE"):
        name = prop.param("CN").strip().strip('"')
        if not name:
            name = prop.value.removeprefix("mailto:").removeprefix("MAILTO:").strip()
        if name:
            country = prop.param("X-DIPCAL-COUNTRY").strip() or None
            out.append(Attendee(name, prop.param("X-DIPCAL-TITLE").strip(), country))
    return tuple(out)
