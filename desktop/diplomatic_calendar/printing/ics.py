"""iCalendar (RFC 5545) export and import.

Export writes the text itself (see ``ics_write``); import reads through ``ics_read``. Our own
fields travel as X-DIPCAL-* properties so that a round trip through a file loses nothing;
other programs ignore them. ``icalendar`` is imported only inside functions, because it costs
start-up time that the window does not need.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Official,
    Source,
    TariffAction,
)
from diplomatic_calendar.domain.serialize import tariff_change_dict, tariff_dict
from diplomatic_calendar.printing import ics_write
from diplomatic_calendar.printing.ics_read import IcsImportReport, import_calendar

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

__all__ = [
    "IcsImportReport",
    "export_calendar",
    "import_calendar",
    "revert_import",
    "write_calendar",
]

PRODID = "-//Diplomatic Calendar//Diplomatic Calendar//EN"
CALENDAR_NAME = "Diplomatic Calendar"
OFFICIAL_URI = "urn:x-dipcal:official:"
# Standard STATUS values other programs understand; ours goes in X-DIPCAL-STATUS as well.
ICS_STATUS = {
    EventStatus.TENTATIVE: "TENTATIVE",
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.HELD: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}


def export_calendar(
    store: Store,
    events: list[Event],
    stamp: dt.datetime | None = None,
    undated: Sequence[TariffAction] = (),
) -> bytes:
    """The events as one VCALENDAR, with a VTIMEZONE for every zone a timed event uses.

    ``undated`` tariff actions (no effective date yet, so no calendar entry) go in as VTODOs
    with no due date: other programs list them as tasks, and an import here reads them back.
    """
    stamp_value = ics_write.utc_value(stamp or dt.datetime.now(dt.UTC))
    records = _Records(store)
    zones: dict[str, tuple[dt.date, dt.date]] = {}
    body: list[str] = []
    for event in events:
        body += _vevent(records, event, stamp_value, zones)
    for action in undated:
        body += _vtodo(records, action, stamp_value)
    head = [
        "BEGIN:VCALENDAR\r\n",
        ics_write.line("PRODID", ics_write.text(PRODID)),
        "VERSION:2.0\r\n",
        "CALSCALE:GREGORIAN\r\n",
        ics_write.line("X-WR-CALNAME", ics_write.text(CALENDAR_NAME)),
    ]
    head += [ics_write.vtimezone(key, *zones[key]) for key in sorted(zones)]
    return "".join([*head, *body, "END:VCALENDAR\r\n"]).encode()


def write_calendar(store: Store, events: list[Event], path: Path) -> int:
    """Write the events to an .ics file; return how many were written."""
    data = export_calendar(store, events)
    try:
        path.write_bytes(data)
    except OSError as err:
        raise UserError(f"cannot write {path}: {err.strerror}") from None
    return len(events)


def revert_import(store: Store, report: IcsImportReport) -> None:
    """Take back everything the import ``report`` tells of wrote, in one transaction."""
    from diplomatic_calendar.printing.ics_save import revert

    if report.changes is not None:
        revert(store, report.changes)


class _Records:
    """Officials, tariff actions and sources read once each, however many events share them."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._officials: dict[int, Official | None] = {}
        self._tariffs: dict[int, TariffAction | None] = {}
        self._sources: dict[int, Source | None] = {}
        self.attendee_lines: dict[tuple[int, str], str] = {}

    def official(self, key: int) -> Official | None:
        if key not in self._officials:
            self._officials[key] = self._store.officials.get(key)
        return self._officials[key]

    def tariff(self, key: int) -> TariffAction | None:
        if key not in self._tariffs:
            self._tariffs[key] = self._store.tariffs.get(key)
        return self._tariffs[key]

    def tariff_fields(self, action: TariffAction) -> dict[str, Any]:
        """The action's terms and its history, as X-DIPCAL-TARIFF carries them."""
        fields = tariff_dict(action)
        del fields["id"]
        if action.id is not None:
            fields["history"] = [
                tariff_change_dict(c) for c in self._store.tariffs.history(action.id)
            ]
        return fields

    def source(self, key: int) -> Source | None:
        if key not in self._sources:
            self._sources[key] = self._store.sources.get(key)
        return self._sources[key]


def _vevent(
    store: _Records, event: Event, stamp: str, zones: dict[str, tuple[dt.date, dt.date]]
) -> list[str]:
    """The lines of one VEVENT; ``zones`` is widened to the days its zones are used on."""
    text, line = ics_write.text, ics_write.line
    lines = [
        "BEGIN:VEVENT\r\n",
        line("UID", text(event.uid or f"event-{event.id}@diplomatic-calendar")),
        f"DTSTAMP:{stamp}\r\n",
        line("SUMMARY", text(event.title)),
    ]
    for name, moment in (("DTSTART", event.start), ("DTEND", event.end)):
        written, zone = ics_write.moment_line(name, moment)
        lines.append(written)
        if zone is not None and isinstance(moment, dt.datetime):
            day = moment.date()
            first, last = zones.get(zone, (day, day))
            zones[zone] = (min(first, day), max(last, day))
    lines.append(line("CATEGORIES", text(event.kind.label)))
    if event.status in ICS_STATUS:
        lines.append(f"STATUS:{ICS_STATUS[event.status]}\r\n")
    location = str(event.location)
    if location:
        lines.append(line("LOCATION", text(location)))
    if event.notes:
        lines.append(line("DESCRIPTION", text(event.notes)))
        lines += _invitation_lines(event.notes)
    for person in event.participants:
        lines.append(_attendee_line(store, person.id, person.name))
    for name, value in _extras(store, event).items():
        lines.append(line(name.upper(), ics_write.verbatim(value)))
    lines.append("END:VEVENT\r\n")
    return lines


def _invitation_lines(notes: str) -> list[str]:
    """ORGANIZER, URL and CLASS from the note lines an invitation's import wrote them to."""
    from diplomatic_calendar.printing.ics_events import CLASS_LINES, LINK_LINE, ORGANIZER_LINE

    found: dict[str, str] = {}
    privacy = {label: value for value, label in CLASS_LINES.items()}
    for written in notes.replace("\r\n", "\n").split("\n"):
        written = written.strip()
        if written.startswith(ORGANIZER_LINE) and "ORGANIZER" not in found:
            organizer = _organizer_line(written.removeprefix(ORGANIZER_LINE))
            if organizer:
                found["ORGANIZER"] = organizer
        elif written.startswith(LINK_LINE) and "URL" not in found:
            link = written.removeprefix(LINK_LINE).strip()
            if "://" in link and not any(c.isspace() for c in link):
                found["URL"] = ics_write.line("URL", ics_write.verbatim(link))
        elif written in privacy and "CLASS" not in found:
            found["CLASS"] = f"CLASS:{privacy[written]}\r\n"
    return list(found.values())


def _organizer_line(who: str) -> str:
    """'Name <mail>' or 'mail' as an ORGANIZER line; nothing for a name without an address."""
    name, _, rest = who.partition("<")
    mail = rest.removesuffix(">").strip() if rest else who.strip()
    if "@" not in mail or any(c.isspace() for c in mail):
        return ""
    name = name.strip() if rest else ""
    params = f";CN={ics_write.param(name, quote=True)}" if name else ""
    return ics_write.line("ORGANIZER", f"mailto:{mail}", params)


def _vtodo(store: _Records, action: TariffAction, stamp: str) -> list[str]:
    """A tariff action with no effective date yet, as a task with no due date."""
    text, line = ics_write.text, ics_write.line
    lines = [
        "BEGIN:VTODO\r\n",
        line("UID", text(f"tariff-{action.id}@diplomatic-calendar")),
        f"DTSTAMP:{stamp}\r\n",
        line("SUMMARY", text(f"{action.title} (no date yet)")),
        line("CATEGORIES", text(EventKind.TARIFF_DEADLINE.label)),
        "STATUS:NEEDS-ACTION\r\n",
    ]
    if action.notes:
        lines.append(line("DESCRIPTION", text(action.notes)))
    fields = ics_write.json_value(store.tariff_fields(action))
    lines.append(line("X-DIPCAL-TARIFF", ics_write.verbatim(fields)))
    lines.append("END:VTODO\r\n")
    return lines


def _attendee_line(store: _Records, official_id: int, name: str) -> str:
    """The ATTENDEE line of an official, written once however many events name them."""
    person = (official_id, name)
    if person not in store.attendee_lines:
        address, params = _attendee(store, official_id, name)
        written = "".join(
            f";{key}={ics_write.param(value, quote=key == 'CN')}" for key, value in params.items()
        )
        store.attendee_lines[person] = ics_write.line("ATTENDEE", address, written)
    return store.attendee_lines[person]


def _attendee(store: _Records, official_id: int, name: str) -> tuple[str, dict[str, str]]:
    """An official as an ATTENDEE: a URN of ours (officials have no e-mail) and CN=name."""
    official = store.official(official_id)
    params = {"CN": name, "ROLE": "REQ-PARTICIPANT", "CUTYPE": "INDIVIDUAL"}
    if official is not None:
        if official.title:
            params["X-DIPCAL-TITLE"] = official.title
        if official.country:
            params["X-DIPCAL-COUNTRY"] = official.country
    return f"{OFFICIAL_URI}{official_id}", params


def _extras(store: _Records, event: Event) -> dict[str, str]:
    """Our own fields as X- properties, with only what is set."""
    extras = {
        "x-dipcal-kind": event.kind.value,
        "x-dipcal-status": event.status.value,
    }
    if event.countries:
        extras["x-dipcal-countries"] = ",".join(event.countries)
    if event.location.city:
        extras["x-dipcal-city"] = event.location.city
    if event.location.country:
        extras["x-dipcal-location-country"] = event.location.country
    if event.tags:
        extras["x-dipcal-tags"] = ics_write.json_value(list(event.tags))
    if event.tariff_action_id is not None:
        action = store.tariff(event.tariff_action_id)
        if action is not None:
            extras["x-dipcal-tariff"] = ics_write.json_value(store.tariff_fields(action))
    if event.evidence is not None:
        source = store.source(event.evidence.source_id)
        if source is not None:
            extras["x-dipcal-source"] = ics_write.json_value(_source_fields(source, event))
    return extras


def _source_fields(source: Any, event: Event) -> dict[str, Any]:
    evidence = event.evidence
    assert evidence is not None
    return {
        "title": source.title,
        "outlet": source.outlet,
        "url": source.url,
        "published": source.published.isoformat() if source.published else None,
        "text": source.text,
        "evidence": {"start": evidence.start, "end": evidence.end, "sentence": evidence.sentence},
    }
