"""Reading .ics files written by Thunderbird, Outlook, Google and this program into the store.

Repeating series are expanded into single events within a window around today (a year back,
two years ahead), each occurrence with a UID of its own derived from the series' UID, so that a
second import of the same file adds nothing. Alarms are ignored: the calendar has reminders of
its own. Events that cannot be read are listed with the reason; the rest go in one transaction.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.printing.ics_events import Draft, UnreadableEventError, convert, moment_of

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

DAYS_BACK, DAYS_AHEAD = 365, 730
MAX_OCCURRENCES = 500


@dataclass
class IcsImportReport:
    """What an import did: counts, and each event it could not read with the reason."""

    added: int = 0
    updated: int = 0
    duplicates: int = 0
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    from_series: int = 0

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
        if self.unreadable:
            text += f"; {len(self.unreadable)} could not be read"
        return text


def import_calendar(
    store: Store,
    path_or_bytes: Path | str | bytes,
    *,
    home_zone: str = "UTC",
    today: dt.date | None = None,
) -> IcsImportReport:
    """Import every readable event of an .ics file, matching on UID; one transaction."""
    calendar = _parse(_read(path_or_bytes))
    zone_key = _calendar_zone(calendar, home_zone)
    report = IcsImportReport()
    drafts = _drafts(calendar, zone_key, today or dt.date.today(), report)
    from diplomatic_calendar.printing.ics_save import OfficialIndex, save_draft

    people = OfficialIndex(store)
    with store.transaction():
        for draft in drafts:
            try:
                # A savepoint per event: one that fails to save leaves the others in.
                with store.transaction():
                    outcome = save_draft(store, draft, people)
            except UserError as err:
                people.reset()
                report.unreadable.append((draft.event.title, str(err)))
                continue
            setattr(report, outcome, getattr(report, outcome) + 1)
    return report


def _read(path_or_bytes: Path | str | bytes) -> bytes:
    if isinstance(path_or_bytes, bytes):
        return path_or_bytes
    path = Path(path_or_bytes)
    try:
        return path.read_bytes()
    except OSError as err:
        raise UserError(f"cannot read {path}: {err.strerror}") from None


def _parse(data: bytes) -> Any:
    import icalendar

    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as err:
        raise UserError(f"this is not a readable iCalendar file ({err})") from None
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise UserError("this is not an iCalendar file (it has no VCALENDAR)")
    return calendar


def _calendar_zone(calendar: Any, home_zone: str) -> str:
    """Google's X-WR-TIMEZONE names the zone of floating times; else the user's home zone."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    named = str(calendar.get("x-wr-timezone", "")).strip()
    if named:
        try:
            ZoneInfo(named)
            return named
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return home_zone


def _label(component: Any) -> str:
    summary = str(component.get("summary", "")).strip()
    return summary or str(component.get("uid", "")) or "an event without a title or UID"


def _drafts(calendar: Any, zone_key: str, today: dt.date, report: IcsImportReport) -> list[Draft]:
    """Every VEVENT as a draft; series expanded, with their changed occurrences in place."""
    series: dict[str, list[Any]] = {}
    for component in calendar.walk("VEVENT"):
        series.setdefault(_uid(component), []).append(component)
    drafts: list[Draft] = []
    for uid, components in series.items():
        masters = [c for c in components if c.get("recurrence-id") is None]
        changed = [c for c in components if c.get("recurrence-id") is not None]
        try:
            if masters and masters[0].get("rrule") is not None:
                found = _expand(masters[0], changed, uid, zone_key, today)
                report.from_series += len(found)
                drafts.extend(found)
                masters = masters[1:]
                changed = []
            drafts.extend(convert(c, uid, zone_key) for c in masters)
            for component in changed:
                drafts.append(
                    convert(component, _occurrence_uid(uid, component, zone_key), zone_key)
                )
        except UnreadableEventError as err:
            report.unreadable.append((_label(components[0]), str(err)))
    return drafts


def _uid(component: Any) -> str:
    """The UID, or one made from the summary and start so that a re-import matches it."""
    uid = str(component.get("uid", "")).strip()
    if uid:
        return uid
    start = component.get("dtstart")
    seed = f"{component.get('summary', '')}|{start.to_ical() if start is not None else ''}"
    return "import-" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:24]


def _occurrence_uid(uid: str, component: Any, zone_key: str) -> str:
    moment = moment_of(component, "recurrence-id", zone_key)
    return f"{uid}/{_stamp(moment)}"


def _stamp(moment: dt.date | dt.datetime) -> str:
    if isinstance(moment, dt.datetime):
        return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    return moment.strftime("%Y%m%d")


def _expand(
    master: Any, changed: list[Any], uid: str, zone_key: str, today: dt.date
) -> list[Draft]:
    """A series as single events within the window; changed occurrences replace theirs."""
    base = convert(master, uid, zone_key)
    rule = master.get("rrule").to_ical().decode()
    replaced = {_stamp(moment_of(c, "recurrence-id", zone_key)): c for c in changed}
    note = f"Imported from a repeating series ({rule})."
    drafts = []
    for moment in _occurrences(master, base.event, rule, today):
        stamp = _stamp(moment)
        occurrence_uid = f"{uid}/{stamp}"
        if stamp in replaced:
            drafts.append(convert(replaced.pop(stamp), occurrence_uid, zone_key))
            continue
        event = base.event.moved_to(moment).with_changes(
            uid=occurrence_uid, notes="\n\n".join(p for p in (base.event.notes, note) if p)
        )
        drafts.append(base.with_event(event))
    drafts.extend(convert(c, f"{uid}/{s}", zone_key) for s, c in replaced.items())
    return drafts


def _occurrences(
    master: Any, event: Event, rule: str, today: dt.date
) -> list[dt.date | dt.datetime]:
    from dateutil.rrule import rruleset, rrulestr

    start = event.start
    timed = isinstance(start, dt.datetime)
    first = dt.datetime.combine(today - dt.timedelta(days=DAYS_BACK), dt.time())
    last = dt.datetime.combine(today + dt.timedelta(days=DAYS_AHEAD), dt.time())
    anchor = start if isinstance(start, dt.datetime) else dt.datetime.combine(start, dt.time())
    if timed:
        first, last = first.replace(tzinfo=dt.UTC), last.replace(tzinfo=dt.UTC)
    try:
        parsed = rrulestr(rule, dtstart=anchor, ignoretz=not timed, forceset=True)
        assert isinstance(parsed, rruleset)
        rules = parsed
        for moment in _exdates(master, anchor):
            rules.exdate(moment)
        found = rules.between(first, last, inc=True)
    except (ValueError, TypeError) as err:
        raise UnreadableEventError(f"its repeat rule cannot be read ({err})") from None
    found = found[:MAX_OCCURRENCES]
    return list(found) if timed else [m.date() for m in found]


def _exdates(master: Any, anchor: dt.datetime) -> list[dt.datetime]:
    """EXDATE values in the same form as the series' start (aware or naive midnight)."""
    values = master.get("exdate")
    if values is None:
        return []
    lists = values if isinstance(values, list) else [values]
    out = []
    for listed in lists:
        for item in listed.dts:
            moment = item.dt
            if not isinstance(moment, dt.datetime):
                moment = dt.datetime.combine(moment, dt.time())
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
            "unreadable": [{"event": name, "reason": why} for name, why in report.unreadable],
        },
        ensure_ascii=False,
        indent=2,
    )
