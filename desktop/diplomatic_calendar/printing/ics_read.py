"""Reading .ics files written by Thunderbird, Outlook, Google and this program into the store.

Repeating series are expanded into single events within a window around today (a year back,
two years ahead), each occurrence with a UID of its own derived from the series' UID, so that a
second import of the same file adds nothing. Alarms are ignored: the calendar has reminders of
its own. Events that cannot be read are listed with the reason; the rest go in one transaction.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event, EventStatus
from diplomatic_calendar.printing import ics_parse
from diplomatic_calendar.printing.ics_events import (
    Draft,
    UnreadableEventError,
    Zones,
    convert,
    moment_of,
    placed,
    tariff_json,
)
from diplomatic_calendar.printing.ics_parse import Component, parse, text

if TYPE_CHECKING:
    from diplomatic_calendar.printing.ics_save import ImportChanges
    from diplomatic_calendar.store import Store

DAYS_BACK, DAYS_AHEAD = 365, 730
MAX_OCCURRENCES = 1_100  # a daily series over the whole window
CUT_OFF = "the file ends in the middle of it, so it is not whole"


@dataclass
class IcsImportReport:
    """What an import did: counts, and each event it could not read with the reason."""

    added: int = 0
    updated: int = 0
    duplicates: int = 0
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    from_series: int = 0
    # Occurrences of a series read before that its new version no longer has.
    removed: int = 0
    cancelled: int = 0
    # Tariff actions with no date yet, which travel as tasks (VTODO) with our tariff data.
    tariffs_added: int = 0
    # Other programs' tasks (VTODO): to-dos, not calendar entries, so not imported.
    tasks_skipped: int = 0
    # The file stops before its end (an attachment cut short): read as far as it goes.
    ends_early: bool = False
    # What was written, for taking the import back (see ``ics_save.revert``).
    changes: ImportChanges | None = field(default=None, repr=False, compare=False)

    def __str__(self) -> str:
        lines = [self.summary]
        lines += [f"  could not read {name!r}: {why}" for name, why in self.unreadable]
        return "\n".join(lines)

    @property
    def summary(self) -> str:
        """One line for a status bar or the command line."""
        text = f"{self.added} added, {self.updated} updated, {self.duplicates} already there"
        if self.from_series:
            text += f" ({self.from_series} from repeating series)"
        if self.removed:
            text += f"; {self.removed} no longer in their series removed"
        if self.cancelled:
            text += f"; {self.cancelled} no longer in their series, edited here, marked cancelled"
        if self.tariffs_added:
            plural = "s" if self.tariffs_added != 1 else ""
            text += f"; {self.tariffs_added} tariff action{plural} with no date yet added"
        if self.tasks_skipped:
            plural = "s" if self.tasks_skipped != 1 else ""
            text += f"; {self.tasks_skipped} task{plural} left out (to-dos are not events)"
        if self.unreadable:
            text += f"; {len(self.unreadable)} could not be read"
        if self.ends_early:
            text += "; the file ends early, as if cut off: only its whole events were read"
        return text


def import_calendar(
    store: Store,
    path_or_bytes: Path | str | bytes,
    *,
    home_zone: str = "UTC",
    today: dt.date | None = None,
    ids: Mapping[str, int] | None = None,
) -> IcsImportReport:
    """Import every readable event of an .ics file, matching on UID; one transaction.

    The report's ``changes`` take the import back; ``ids`` (those changes' ``events_added``,
    once undone) give the events it adds again the ids they had.
    """
    with _collector_paused():
        data = _read(path_or_bytes)
        return _import(store, data, home_zone, today or dt.date.today(), ids)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while importing.

    An import makes millions of small objects that all live until it ends; the collector kept
    walking them, at a quarter of the import's time, and found nothing to free.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _import(
    store: Store, data: bytes, home_zone: str, today: dt.date, ids: Mapping[str, int] | None
) -> IcsImportReport:
    calendars = _parse(data)
    report = IcsImportReport(ends_early=calendars[-1].cut_off)
    drafts: list[Draft] = []
    undated: list[tuple[str, dict[str, Any]]] = []
    series: dict[str, set[str]] = {}
    for calendar in calendars:
        zones = Zones(_calendar_zone(calendar, home_zone), _definitions(calendar))
        drafts += _drafts(calendar, zones, today, report, series)
        undated += _undated_tariffs(calendar, report)
    from diplomatic_calendar.printing.ics_save import DraftSaver, save_undated_tariff

    with store.transaction():
        saver = DraftSaver(store, [d.event.uid or "" for d in drafts], ids=ids)
        report.changes = changes = saver.changes
        for draft in drafts:
            try:
                outcome = saver.save(draft)
            except UserError as err:
                report.unreadable.append((draft.event.title, str(err)))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
        saver.finish()
        _retire_stale_occurrences(store, series, today, report, changes)
        for label, fields in undated:
            try:
                added = save_undated_tariff(store, fields, changes)
            except UserError as err:
                report.unreadable.append((label, str(err)))
                continue
            if added:
                report.tariffs_added += 1
            else:
                report.duplicates += 1
        changes.change_mark = store.change_mark()  # what is logged after it is others' doing
    return report


def _undated_tariffs(
    calendar: Component, report: IcsImportReport
) -> list[tuple[str, dict[str, Any]]]:
    """The tariff data of our tasks (VTODO with X-DIPCAL-TARIFF); other programs' tasks are
    not calendar entries: they are left out, and counted so that the report says so."""
    found = []
    for component in calendar.walk("VTODO"):
        if component.cut_off:
            report.unreadable.append((_label(component), CUT_OFF))
            continue
        if component.get("X-DIPCAL-TARIFF") is None:
            report.tasks_skipped += 1
            continue
        try:
            fields = tariff_json(component)
        except UnreadableEventError as err:
            report.unreadable.append((_label(component), str(err)))
            continue
        if fields is None:
            report.unreadable.append((_label(component), "its tariff data is not a JSON object"))
            continue
        found.append((_label(component), fields))
    return found


def _retire_stale_occurrences(
    store: Store,
    series: dict[str, set[str]],
    today: dt.date,
    report: IcsImportReport,
    changes: ImportChanges,
) -> None:
    """A series read again that no longer has some occurrences (moved to another time,
    cancelled, or a single event become a series): those read before go, within the window
    the series was read for. One changed here since is kept, marked cancelled."""
    since = today - dt.timedelta(days=DAYS_BACK)
    for uid, current in series.items():
        for event, edited in store.events.of_series(uid):
            if event.uid in current or event.last_day < since or event.id is None:
                continue
            if not edited:
                removed = store.events.remove(event.id)
                if removed is not None:
                    changes.events_removed.append(removed)
                report.removed += 1
            elif event.status != EventStatus.CANCELLED:
                store.events.update(event.with_changes(status=EventStatus.CANCELLED))
                changes.events_before.setdefault(event.id, event)
                report.cancelled += 1


def _read(path_or_bytes: Path | str | bytes) -> bytes:
    if isinstance(path_or_bytes, bytes):
        return path_or_bytes
    path = Path(path_or_bytes)
    try:
        return path.read_bytes()
    except OSError as err:
        raise UserError(f"cannot read {path}: {err.strerror}") from None


def _parse(data: bytes) -> list[Component]:
    """Every VCALENDAR in the file (a file may hold several, one after the other)."""
    if not data.removeprefix(b"\xef\xbb\xbf").strip():
        raise UserError("the file is empty: it holds no iCalendar data")
    calendars = [c for c in parse(data, clipped=True) if c.name == "VCALENDAR"]
    if not calendars:
        raise UserError("this is not an iCalendar file (it has no VCALENDAR)")
    return calendars


def _calendar_zone(calendar: Component, home_zone: str) -> str:
    """Google's X-WR-TIMEZONE names the zone of floating times; else the user's home zone."""
    found = calendar.get("X-WR-TIMEZONE")
    named = found.value.strip() if found is not None else ""
    if named:
        try:
            ZoneInfo(named)
            return named
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return home_zone


def _definitions(calendar: Component) -> dict[str, Component]:
    """The calendar's VTIMEZONEs by TZID, for zones that are neither IANA nor Windows names."""
    found: dict[str, Component] = {}
    for definition in calendar.walk("VTIMEZONE"):
        tzid = definition.get("TZID")
        if tzid is not None and not definition.cut_off:  # half a zone's rules are wrong rules
            found.setdefault(tzid.value.strip(), definition)
    return found


def _label(component: Component) -> str:
    summary = _first_text(component, "SUMMARY").strip()
    return summary or _first_text(component, "UID") or "an event without a title or UID"


def _first_text(component: Component, name: str) -> str:
    found = component.get(name)
    return text(found.value) if found is not None else ""


def _drafts(
    calendar: Component,
    zones: Zones,
    today: dt.date,
    report: IcsImportReport,
    expanded: dict[str, set[str]],
) -> list[Draft]:
    """Every VEVENT as a draft; series expanded, with their changed occurrences in place.

    ``expanded`` gets each series' UID with the UIDs of the occurrences read for it.
    """
    by_uid: dict[str, list[Component]] = {}
    for component in calendar.walk("VEVENT"):
        if component.cut_off:
            report.unreadable.append((_label(component), CUT_OFF))
            continue
        by_uid.setdefault(_uid(component), []).append(component)
    drafts: list[Draft] = []
    for uid, components in by_uid.items():
        masters = [c for c in components if c.get("RECURRENCE-ID") is None]
        changed = [c for c in components if c.get("RECURRENCE-ID") is not None]
        try:
            if masters and (masters[0].get("RRULE") or masters[0].get("RDATE")) is not None:
                found = _expand(masters[0], changed, uid, zones, today)
                if not found:
                    raise UnreadableEventError(
                        f"all its dates lie outside the {DAYS_BACK // 365} year back and "
                        f"{DAYS_AHEAD // 365} years ahead that repeating events are read for"
                    )
                expanded[uid] = {d.event.uid or "" for d in found}
                report.from_series += len(found)
                drafts.extend(found)
                masters = masters[1:]
                changed = []
            drafts.extend(convert(c, uid, zones) for c in masters)
            for component in changed:
                drafts.append(convert(component, _occurrence_uid(uid, component, zones), zones))
        except UnreadableEventError as err:
            report.unreadable.append((_label(components[0]), str(err)))
    return drafts


def _uid(component: Component) -> str:
    """The UID, or one made from the summary and start so that a re-import matches it."""
    uid = _first_text(component, "UID").strip()
    if uid:
        return uid
    start = component.get("DTSTART")
    # The start as earlier versions hashed it (the repr of its bytes), so that UIDs made then
    # still match.
    written = f"b'{start.value.strip()}'" if start is not None else ""
    seed = f"{_first_text(component, 'SUMMARY')}|{written}"
    return "import-" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:24]


def _occurrence_uid(uid: str, component: Component, zones: Zones) -> str:
    moment = moment_of(component, "RECURRENCE-ID", zones)
    return f"{uid}/{_stamp(moment, _floating(component, 'RECURRENCE-ID'))}"


def _floating(component: Component, name: str) -> bool:
    """Whether a time property has no zone at all (the reader's own clock)."""
    found = component.get(name)
    if found is None or found.param("TZID"):
        return False
    value = found.value.strip().upper()
    return "T" in value and not value.endswith("Z")


def _stamp(moment: dt.date | dt.datetime, floating: bool = False) -> str:
    """An occurrence's mark in its UID: its UTC time, or for a time without a zone its clock
    time, which stays the same whichever zone the file is read in."""
    if isinstance(moment, dt.datetime):
        if floating:
            return moment.strftime("%Y%m%dT%H%M%S")
        return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y%m%d")


def _expand(
    master: Component, changed: list[Component], uid: str, zones: Zones, today: dt.date
) -> list[Draft]:
    """A series as single events within the window; changed occurrences replace theirs."""
    base = convert(master, uid, zones)
    found = master.get("RRULE")
    try:
        rule = ics_parse.rule(found.value) if found is not None else ""  # RDATEs alone: ""
    except ics_parse.IcsValueError as err:
        raise UnreadableEventError(f"its repeat rule cannot be read ({err})") from None
    floating = _floating(master, "DTSTART")
    replaced = {
        _stamp(moment_of(c, "RECURRENCE-ID", zones), _floating(c, "RECURRENCE-ID")): c
        for c in changed
    }
    note = f"Imported from a repeating series ({rule or 'on listed dates'})."
    drafts = []
    for moment in _occurrences(master, base.event, rule, today, zones):
        stamp = _stamp(moment, floating)
        occurrence_uid = f"{uid}/{stamp}"
        if stamp in replaced:
            drafts.append(convert(replaced.pop(stamp), occurrence_uid, zones))
            continue
        try:
            moved = base.event.moved_to(moment)
        except OverflowError:
            raise UnreadableEventError(
                "a repeat of it would end after the last day the calendar knows (9999)"
            ) from None
        event = moved.with_changes(
            uid=occurrence_uid, notes="\n\n".join(p for p in (base.event.notes, note) if p)
        )
        drafts.append(base.with_event(event))
    drafts.extend(convert(c, f"{uid}/{s}", zones) for s, c in replaced.items())
    return drafts


def _occurrences(
    master: Component, event: Event, rule: str, today: dt.date, zones: Zones
) -> list[dt.date | dt.datetime]:
    from dateutil.rrule import rruleset, rrulestr

    start = event.start
    timed = isinstance(start, dt.datetime)
    first = dt.datetime.combine(today - dt.timedelta(days=DAYS_BACK), dt.time())
    last = dt.datetime.combine(today + dt.timedelta(days=DAYS_AHEAD), dt.time())
    anchor = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
    own: dt.tzinfo | None = None
    if timed:
        first, last = first.replace(tzinfo=dt.UTC), last.replace(tzinfo=dt.UTC)
        # A zone only the file defines keeps its own clock changes: the series repeats at the
        # same time of its day there, not at the same instant in UTC.
        own = _file_zone(master, zones)
        if own is not None:
            try:
                anchor = anchor.astimezone(own)
            except OverflowError:
                raise UnreadableEventError(
                    "its start, in its own time zone, falls after the last day the calendar "
                    "knows (9999)"
                ) from None
    frequency = _FREQUENCY.search(rule)
    if frequency is not None and frequency[1] in ("SECONDLY", "MINUTELY"):
        raise UnreadableEventError("it repeats every second or minute, which no calendar shows")
    exdates = _exdates(master, anchor, zones)
    try:
        if rule:
            parsed = rrulestr(
                _until_in_utc(rule, anchor, timed),
                dtstart=anchor,
                ignoretz=not timed,
                forceset=True,
            )
            assert isinstance(parsed, rruleset)
            rules = parsed
        else:
            rules = rruleset()
        rules.rdate(anchor)  # the start is the first occurrence, whether the rule hits it or not
        for moment in _rdates(master, anchor, zones):
            rules.rdate(moment)
        for moment in exdates:
            rules.exdate(moment)
        found: list[dt.datetime] = []
        for moment in rules.xafter(first, inc=True):
            if moment > last or len(found) >= MAX_OCCURRENCES:
                break
            found.append(moment)
    except (ValueError, TypeError, IndexError, KeyError, OverflowError) as err:
        raise UnreadableEventError(f"its repeat rule cannot be read ({err})") from None
    if not timed:
        return [m.date() for m in found]
    return [m.astimezone(dt.UTC) if own is not None else m for m in found]


_FREQUENCY = re.compile(r"(?:^|;)FREQ=([A-Z]+)")
_UNTIL = re.compile(r"(?:^|;)UNTIL=([0-9TZ]+)")


def _file_zone(master: Component, zones: Zones) -> dt.tzinfo | None:
    """The series' zone when only the file defines it (not an IANA or Windows name)."""
    found = master.get("DTSTART")
    tzid = found.param("TZID") if found is not None else ""
    zone = zones.named(tzid) if tzid else None
    return zone if zone is not None and not isinstance(zone, ZoneInfo) else None


def _until_in_utc(rule: str, anchor: dt.datetime, timed: bool) -> str:
    """The rule with an UNTIL that a timed series gives as a date or a local time (as some
    phones write it) turned into the UTC time the standard asks for."""
    match = _UNTIL.search(rule)
    if not timed or match is None or match[1].endswith("Z"):
        return rule
    written = match[1]
    try:
        if len(written) == 8:  # a date: the series runs through that whole day
            local = dt.datetime.strptime(written, "%Y%m%d") + dt.timedelta(days=1, seconds=-1)
        else:
            local = dt.datetime.strptime(written, "%Y%m%dT%H%M%S")
    except ValueError:
        return rule  # the reader says what is wrong with it
    moment = local.replace(tzinfo=anchor.tzinfo).astimezone(dt.UTC)
    return rule.replace(f"UNTIL={written}", f"UNTIL={moment:%Y%m%dT%H%M%SZ}", 1)


def _rdates(master: Component, anchor: dt.datetime, zones: Zones) -> list[dt.datetime]:
    """RDATE values (extra occurrences), in the same form as the series' start."""
    out = []
    for listed in master.all("RDATE"):
        if listed.param("VALUE").upper() == "PERIOD":
            continue  # periods give their own lengths, which a series of one length cannot keep
        out.extend(_moments(listed, anchor, zones, "RDATE"))
    return out


def _exdates(master: Component, anchor: dt.datetime, zones: Zones) -> list[dt.datetime]:
    """EXDATE values in the same form as the series' start (aware or naive midnight)."""
    out = []
    for listed in master.all("EXDATE"):
        out.extend(_moments(listed, anchor, zones, "EXDATE"))
    return out


def _moments(
    listed: ics_parse.Property, anchor: dt.datetime, zones: Zones, name: str
) -> list[dt.datetime]:
    """The dates or times of one EXDATE or RDATE line, in the form of the series' start."""
    tzid = listed.param("TZID")
    out = []
    for item in ics_parse.values(listed.value):
        try:
            value = ics_parse.date_or_time(item)
        except ics_parse.IcsValueError as err:
            raise UnreadableEventError(f"its {name} cannot be read ({err})") from None
        if isinstance(value, dt.date):
            moment = dt.datetime.combine(value, dt.time())
            if anchor.tzinfo is not None:  # a date in a timed series: the series' time that day
                moment = dt.datetime.combine(value, anchor.timetz())
        else:
            naive, utc = value
            known = utc or bool(tzid and zones.named(tzid) is not None)
            # A time in a zone nobody knows is taken to be in the series' own zone.
            try:
                moment = placed(naive, utc, tzid, zones) if known else naive
            except (OverflowError, ValueError) as err:
                raise UnreadableEventError(f"its {name} is out of range ({err})") from None
        if anchor.tzinfo is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=anchor.tzinfo)
        elif anchor.tzinfo is None:
            moment = moment.replace(tzinfo=None)
        out.append(moment)
    return out


def report_json(report: IcsImportReport) -> str:
    """The report as JSON, for the command line."""
    return json.dumps(
        {
            "added": report.added,
            "updated": report.updated,
            "duplicates": report.duplicates,
            "from_series": report.from_series,
            "removed": report.removed,
            "cancelled": report.cancelled,
            "tariffs_added": report.tariffs_added,
            "tasks_skipped": report.tasks_skipped,
            "ends_early": report.ends_early,
            "unreadable": [{"event": name, "reason": why} for name, why in report.unreadable],
        },
        ensure_ascii=False,
        indent=2,
    )
