"""Saving an imported draft: same UID means the same event; officials, tariff and source linked."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from diplomatic_calendar.domain.model import (
    Event,
    Evidence,
    Official,
    OfficialRef,
    Source,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.domain.names import fold_name
from diplomatic_calendar.printing.ics_events import Attendee, Draft, UnreadableEventError

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store


class OfficialIndex:
    """Officials by folded name and alias, read once per import (a lookup each is too slow)."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._by_name: dict[str, OfficialRef] | None = None

    def _table(self) -> dict[str, OfficialRef]:
        if self._by_name is None:
            self._by_name = {}
            for official in self._store.officials.all():
                assert official.id is not None
                for name in official.all_names:
                    self._by_name.setdefault(
                        fold_name(name), OfficialRef(official.id, official.name)
                    )
        return self._by_name

    def reset(self) -> None:
        """Forget what was read: officials added in a rolled-back savepoint are gone again."""
        self._by_name = None

    def find_or_add(self, attendee: Attendee) -> OfficialRef:
        """The official of that name, added (with title and country) when there is none."""
        table = self._table()
        key = fold_name(attendee.name)
        if key not in table:
            added = self._store.officials.add(
                Official(attendee.name, title=attendee.title, country=attendee.country)
            )
            assert added.id is not None
            table[key] = OfficialRef(added.id, added.name)
        return table[key]


def save_draft(store: Store, draft: Draft, people: OfficialIndex | None = None) -> str:
    """Add, update or skip one draft; return 'added', 'updated' or 'duplicates'."""
    people = people or OfficialIndex(store)
    refs = tuple(dict.fromkeys(people.find_or_add(a) for a in draft.attendees))
    event = draft.event.with_changes(participants=refs)
    existing = store.events.get_by_uid(event.uid or "")
    if existing is not None:
        candidate = event.with_changes(
            id=existing.id, tariff_action_id=existing.tariff_action_id, evidence=existing.evidence
        )
        if _same(existing, candidate):
            return "duplicates"
        store.events.update(candidate)
        return "updated"
    if draft.source is not None:
        event = event.with_changes(evidence=_evidence(store, draft.source))
    if draft.tariff is not None:
        event = event.with_changes(tariff_action_id=_tariff(store, draft.tariff))
    store.events.add(event)
    return "added"


def _same(old: Event, new: Event) -> bool:
    """Equal in everything a person sees (participants by name, times with their zone)."""

    def key(e: Event) -> tuple[object, ...]:
        return (
            e.title,
            e.kind,
            e.start,
            e.end,
            e.timezone,
            e.status,
            e.location,
            e.countries,
            tuple(p.name for p in e.participants),
            e.notes,
            e.tags,
        )

    return key(old) == key(new)


def _evidence(store: Store, fields: dict[str, Any]) -> Evidence | None:
    text = str(fields.get("text") or "")
    if not text.strip():
        return None
    published = fields.get("published")
    source = store.sources.find_same(text) or store.sources.add(
        Source(
            text=text,
            title=str(fields.get("title") or ""),
            outlet=str(fields.get("outlet") or ""),
            url=str(fields.get("url") or ""),
            published=dt.date.fromisoformat(published) if published else None,
        )
    )
    span = fields.get("evidence") or {}
    assert source.id is not None
    return Evidence(
        source.id, int(span.get("start", 0)), int(span.get("end", 0)), str(span.get("sentence", ""))
    )


def _tariff(store: Store, fields: dict[str, Any]) -> int:
    """Store the tariff action; its own deadline entry gives way to the imported event."""
    try:
        action = TariffAction(
            imposer=fields["imposer"],
            target=fields["target"],
            rate_percent=fields.get("rate_percent"),
            previous_rate_percent=fields.get("previous_rate_percent"),
            status=TariffStatus(fields.get("status", "announced")),
            scope=fields.get("scope") or "all goods",
            legal_basis=fields.get("legal_basis") or "",
            announced_date=_date(fields.get("announced_date")),
            effective_date=_date(fields.get("effective_date")),
            notes=fields.get("notes") or "",
        )
    except (KeyError, ValueError) as err:
        raise UnreadableEventError(f"its tariff data cannot be read ({err})") from None
    stored = store.tariffs.add(action)
    if stored.effective_date is not None:
        day = stored.effective_date
        for event in store.events.between(day, day + dt.timedelta(days=1)):
            if event.tariff_action_id == stored.id and event.id is not None:
                store.events.delete(event.id)
    assert stored.id is not None
    return stored.id


def _date(text: object) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None
