"""Saving imported drafts: same UID means the same event; officials, tariff and source linked."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Evidence,
    Official,
    OfficialRef,
    Source,
    TariffAction,
    TariffChange,
    TariffStatus,
)
from diplomatic_calendar.domain.names import fold_name
from diplomatic_calendar.domain.serialize import tariff_change_from_dict
from diplomatic_calendar.printing.ics_events import (
    ATTENDEES_LINE,
    Attendee,
    Draft,
    UnreadableEventError,
    with_details,
)

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store
    from diplomatic_calendar.store.removal import Removed


@dataclass
class ImportChanges:
    """What an import wrote, enough to take it back: the ids of what it added, and what it
    changed or removed as it was before. Events it added are kept by UID, so that the import
    done again gives them back their ids (and later steps on the undo stack still find them)."""

    events_added: dict[str, int] = field(default_factory=dict)
    events_before: dict[int, Event] = field(default_factory=dict)
    events_removed: list[Removed] = field(default_factory=list)
    officials_added: list[int] = field(default_factory=list)
    sources_added: list[int] = field(default_factory=list)
    tariffs_added: list[int] = field(default_factory=list)
    # The change log's newest entry once the import was written: changes after it are others'.
    change_mark: int = 0

    def __bool__(self) -> bool:
        return bool(
            self.events_added
            or self.events_before
            or self.events_removed
            or self.officials_added
            or self.sources_added
            or self.tariffs_added
        )

    def marks(self) -> tuple[int, int, int]:
        """How many officials, sources and tariff actions are noted, for :meth:`forget_after`."""
        return len(self.officials_added), len(self.sources_added), len(self.tariffs_added)

    def forget_after(self, marks: tuple[int, int, int]) -> None:
        """Drop what was noted since ``marks``: a rolled-back savepoint wrote none of it."""
        del self.officials_added[marks[0] :]
        del self.sources_added[marks[1] :]
        del self.tariffs_added[marks[2] :]


def revert(store: Store, changes: ImportChanges) -> None:
    """Take a whole import back in one transaction: what it added goes, what it changed or
    removed comes back as it was. Refused, changing nothing, when any of those events was
    changed after the import (by a later import, an edit, the command line): undoing would
    silently lose that change."""
    from diplomatic_calendar.store.bulk import delete_events

    with store.transaction():
        if changes.change_mark:
            touched = [
                ("event", n) for n in (*changes.events_added.values(), *changes.events_before)
            ]
            later = store.changed_after(changes.change_mark, touched)
            if later:
                found = store.events.get(later[0][1])
                name = f"“{found.title}”" if found is not None else "an event it wrote"
                more = f" (with {len(later) - 1} more of its events)" if len(later) > 1 else ""
                raise UserError(
                    f"{name} was changed after this import{more}; undoing it would lose that "
                    "change, so nothing was undone"
                )
        # All at once: an import of a whole calendar adds a hundred thousand events.
        delete_events(store.db, changes.events_added.values())
        for old in changes.events_before.values():
            with contextlib.suppress(KeyError):  # deleted since: nothing left to put back
                store.events.update(old)
        for removed in reversed(changes.events_removed):
            store.events.restore(removed)
        for action_id in reversed(changes.tariffs_added):
            store.tariffs.delete(action_id)
        for source_id in reversed(changes.sources_added):
            store.sources.delete(source_id)
        for official_id in reversed(changes.officials_added):
            store.officials.delete(official_id)


class OfficialIndex:
    """Officials by folded name and alias, read once per import (a lookup each is too slow)."""

    def __init__(self, store: Store, added: list[int] | None = None) -> None:
        self._store = store
        self._by_name: dict[str, OfficialRef] | None = None
        self._folded: dict[str, str] = {}
        self._added = added if added is not None else []

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

    def _key(self, name: str) -> str:
        key = self._folded.get(name)
        if key is None:
            key = self._folded[name] = fold_name(name)
        return key

    def reset(self) -> None:
        """Forget what was read: officials added in a rolled-back savepoint are gone again."""
        self._by_name = None

    def knows(self, attendee: Attendee) -> bool:
        """Whether the official is already on record (so that finding them writes nothing)."""
        return self._key(attendee.name) in self._table()

    def find_or_add(self, attendee: Attendee) -> OfficialRef:
        """The official of that name, added (with title and country) when there is none."""
        table = self._table()
        key = self._key(attendee.name)
        if key not in table:
            added = self._store.officials.add(
                Official(attendee.name, title=attendee.title, country=attendee.country)
            )
            assert added.id is not None
            self._added.append(added.id)
            table[key] = OfficialRef(added.id, added.name)
        return table[key]


class DraftSaver:
    """Saves an import's drafts inside the caller's transaction: new events all at once.

    The events already stored under the drafts' UIDs are read in one query. Same UID means the
    same event: unchanged, it is a duplicate; changed, it is updated. New events wait in order
    and are written together by :meth:`finish`. A draft that needs writes of its own (a new
    official, source or tariff action) gets a savepoint, so that one failing leaves the others.
    """

    def __init__(
        self,
        store: Store,
        uids: list[str],
        changes: ImportChanges | None = None,
        ids: Mapping[str, int] | None = None,
    ) -> None:
        self._store = store
        self.changes = changes if changes is not None else ImportChanges()
        self._people = OfficialIndex(store, self.changes.officials_added)
        self._stored = store.events.by_uids(uids)
        self._new: dict[str, Event] = {}
        self._sources: dict[str, Source] = {}
        # Ids the same events had when this import was done before and then undone.
        self._ids = ids or {}

    def save(self, draft: Draft) -> str:
        """Add, update or skip one draft; return 'added', 'updated' or 'duplicates'."""
        if not self._writes(draft):
            return self._save(draft)
        marks = self.changes.marks()
        try:
            with self._store.transaction():
                return self._save(draft)
        except UserError:
            # What the savepoint wrote is gone; so must be what was remembered of it.
            self._people.reset()
            self._sources.clear()
            self.changes.forget_after(marks)
            raise

    def finish(self) -> None:
        """Write the new events."""
        if self._new:
            new: Iterable[Event] = self._new.values()
            if self._ids:
                new = [_with_id(e, self._ids.get(e.uid or "")) for e in new]
            for stored in self._store.events.add_many(new):
                assert stored.id is not None
                self.changes.events_added[stored.uid or ""] = stored.id
        self._new.clear()

    def _writes(self, draft: Draft) -> bool:
        """Whether saving the draft may write before it fails (an update is atomic itself)."""
        if not all(self._people.knows(a) for a in draft.attendees):
            return True
        uid = draft.event.uid or ""
        if uid in self._stored or uid in self._new:
            return False
        source = draft.source is not None and _source_text(draft.source) not in self._sources
        return source or draft.tariff is not None

    def _save(self, draft: Draft) -> str:
        event = draft.event
        refs: tuple[OfficialRef, ...] = ()
        if draft.attendees:
            refs = tuple(dict.fromkeys(self._people.find_or_add(a) for a in draft.attendees))
        uid = event.uid or ""
        existing = self._stored.get(uid) or self._new.get(uid)
        if existing is not None:
            event = _kept_where_silent(existing, event, refs, draft.extra.get("details", ()))
            if _same(existing, event, event.participants):
                return "duplicates"
            candidate = event.with_changes(
                id=existing.id,
                tariff_action_id=existing.tariff_action_id,
                evidence=existing.evidence,
            )
            if existing.id is None:
                self._new[uid] = candidate  # met earlier in this file: not stored yet
            else:
                self._stored[uid] = self._store.events.update(candidate)
                self.changes.events_before.setdefault(existing.id, existing)
            return "updated"
        changes: dict[str, object] = {}
        if refs:
            changes["participants"] = refs
        if draft.source is not None:
            changes["evidence"] = self._evidence(draft.source)
        if draft.tariff is not None:
            changes["tariff_action_id"] = _tariff(self._store, draft.tariff, self.changes)
        self._new[uid] = event.with_changes(**changes) if changes else event
        return "added"

    def _evidence(self, fields: dict[str, Any]) -> Evidence | None:
        text = _source_text(fields)
        if not text.strip():
            return None
        try:
            published = _date(fields.get("published"))
            span = fields.get("evidence") or {}
            start, end = int(span.get("start", 0)), int(span.get("end", 0))
            sentence = str(span.get("sentence", ""))
        except (ValueError, TypeError, AttributeError) as err:
            raise UnreadableEventError(f"its source cannot be read ({err})") from None
        source = self._sources.get(text)
        if source is None:
            source = self._store.sources.find_same(text)
            if source is None:
                source = self._store.sources.add(
                    Source(
                        text=text,
                        title=str(fields.get("title") or ""),
                        outlet=str(fields.get("outlet") or ""),
                        url=str(fields.get("url") or ""),
                        published=published,
                    )
                )
                assert source.id is not None
                self.changes.sources_added.append(source.id)
            self._sources[text] = source
        assert source.id is not None
        return Evidence(source.id, start, end, sentence)


def _with_id(event: Event, event_id: int | None) -> Event:
    return event if event_id is None else event.with_changes(id=event_id)


def _source_text(fields: dict[str, Any]) -> str:
    return str(fields.get("text") or "")


def _kept_where_silent(
    stored: Event, incoming: Event, people: tuple[OfficialRef, ...], details: tuple[str, ...] = ()
) -> Event:
    """The file's event over a stored one, keeping what the file does not say.

    A file from another calendar carries no countries, kind or officials of ours, and often no
    description or status: read again, it must not wipe what was added here since. Notes the
    file's text is already part of (the user wrote more) stay as they are.
    """
    return incoming.with_changes(
        kind=stored.kind if incoming.kind == EventKind.OTHER else incoming.kind,
        status=stored.status if incoming.status == EventStatus.PLANNED else incoming.status,
        location=incoming.location
        if incoming.location.city or incoming.location.country
        else stored.location,
        countries=incoming.countries or stored.countries,
        participants=people or stored.participants,
        notes=_notes_kept(stored.notes, incoming.notes, details),
        tags=incoming.tags or stored.tags,
    )


def _notes_kept(stored: str, incoming: str, details: tuple[str, ...]) -> str:
    """The notes after a file is read again: the stored ones when they hold the file's text
    (the user wrote more); the same description with its invitation details read afresh keeps
    what was written here and brings the details up to date; else the file's."""
    plain_stored, plain_incoming = _plain(stored), _plain(incoming)
    if not plain_incoming or plain_incoming in plain_stored:
        return stored
    if details:
        described = _plain("\n".join(line for line in _lines(incoming) if line not in details))
        if not described or described in plain_stored:
            # Attendees were once set apart by commas, which names hold too: that line goes.
            kept = [line for line in _lines(stored) if not line.startswith(ATTENDEES_LINE)]
            return with_details(_BLANK_LINES.sub("\n\n", "\n".join(kept)).strip(), details)
    return incoming


_BLANK_LINES = re.compile(r"\n{3,}")


def _lines(notes: str) -> list[str]:
    return _plain(notes).split("\n")


def _plain(notes: str) -> str:
    """Notes as an .ics file gives them back: one kind of line break, no outer blanks."""
    return notes.replace("\r\n", "\n").replace("\r", "\n").strip()


def _same(old: Event, new: Event, people: tuple[OfficialRef, ...]) -> bool:
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
            e.notes,
            e.tags,
        )

    return key(old) == key(new) and [p.name for p in old.participants] == [p.name for p in people]


def _tariff(store: Store, fields: dict[str, Any], changes: ImportChanges) -> int:
    """Store the tariff action; its own deadline entry gives way to the imported event."""
    action, history = _tariff_terms(fields)
    stored = store.tariffs.add(action, history=history)
    assert stored.id is not None
    changes.tariffs_added.append(stored.id)
    if stored.effective_date is not None:
        day = stored.effective_date
        for event in store.events.between(day, day + dt.timedelta(days=1)):
            if event.tariff_action_id == stored.id and event.id is not None:
                store.events.delete(event.id)
    assert stored.id is not None
    return stored.id


def save_undated_tariff(
    store: Store, fields: dict[str, Any], changes: ImportChanges | None = None
) -> bool:
    """Store a tariff action that has no date yet, unless the same one is stored already;
    True when it was added. Nothing ties it to a UID, so "the same" means the same terms."""
    action, history = _tariff_terms(fields)
    if any(_same_terms(action, stored) for stored in store.tariffs.without_date()):
        return False
    with store.transaction():
        stored = store.tariffs.add(action, history=history)
    if changes is not None and stored.id is not None:
        changes.tariffs_added.append(stored.id)
    return True


def _same_terms(a: TariffAction, b: TariffAction) -> bool:
    return a.with_changes(id=None, evidence=None) == b.with_changes(id=None, evidence=None)


def _tariff_terms(fields: dict[str, Any]) -> tuple[TariffAction, list[TariffChange]]:
    """The tariff action and its history, as an exported file carries them."""
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
        steps = fields.get("history") or []
        if not isinstance(steps, list):
            raise TypeError("its history is not a list")
        history = [tariff_change_from_dict(step) for step in steps]
    except (KeyError, ValueError, TypeError, AttributeError) as err:
        raise UnreadableEventError(f"its tariff data cannot be read ({err})") from None
    return action, history


def _date(text: object) -> dt.date | None:
    return dt.date.fromisoformat(str(text)) if text else None
