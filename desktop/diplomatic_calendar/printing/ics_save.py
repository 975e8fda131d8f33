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
from diplomatic_calendar.printing.ics_events import Draft, UnreadableEventError

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store


def save_draft(store: Store, draft: Draft) -> str:
    """Add, update or skip one draft; return 'added', 'updated' or 'duplicates'."""
    event = draft.event.with_changes(participants=_participants(store, draft))
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


def _participants(store: Store, draft: Draft) -> tuple[OfficialRef, ...]:
    people = []
    for attendee in draft.attendees:
        found = store.officials.find_by_name(attendee.name)
        if found is None:
            found = store.officials.add(
                Official(attendee.name, title=attendee.title, country=attendee.country)
            )
        assert found.id is not None
        people.append(OfficialRef(found.id, found.name))
    return tuple(dict.fromkeys(people))


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
