"""Saving a plan in one transaction, and taking a whole import back again."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import (
    Event,
    Evidence,
    Official,
    OfficialRef,
    Source,
    TariffAction,
)
from diplomatic_calendar.domain.names import fold_name
from diplomatic_calendar.importing import convert
from diplomatic_calendar.importing.duplicates import OfficialIndex, match_one
from diplomatic_calendar.importing.items import Draft, EventItem, OfficialItem
from diplomatic_calendar.importing.plan import ImportPlan, fate
from diplomatic_calendar.store import Store

Record = Official | Event | TariffAction


@dataclass
class ImportResult:
    """What one import saved: enough to describe it and to take it back."""

    source: Source
    source_created: bool
    added: list[tuple[str, int]] = field(default_factory=list)
    updated: list[Record] = field(default_factory=list)
    skipped: int = 0
    # Per updated tariff action, its newest history entry before the import: an undone import
    # takes away the entries it added rather than adding one that says it was undone.
    history_kept: dict[int, int] = field(default_factory=dict)
    # The change log's newest entry once the import was written: changes after it are others'.
    change_mark: int = 0

    def summary(self) -> str:
        """One line for the status bar or the terminal."""
        return (
            f"Imported from {self.source.citation}: {len(self.added)} added, "
            f"{len(self.updated)} updated, {self.skipped} skipped"
        )


class _Saver:
    """Writes the drafts of one plan, in order, inside the caller's transaction."""

    def __init__(self, store: Store, plan: ImportPlan, source: Source, result: ImportResult):
        assert source.id is not None
        self.store, self.plan, self.source_id, self.result = store, plan, source.id, result
        self.people: dict[str, OfficialRef] = {}
        self.index = OfficialIndex.of(store)

    def proof(self, draft: Draft) -> Evidence:
        return convert.evidence(draft, self.source_id, self.plan.text)

    def officials(self) -> None:
        for item in self.plan.officials:
            saved = self._official(item)
            if saved is not None and saved.id is not None:
                ref = OfficialRef(saved.id, saved.name)
                for name in (item.name, *saved.all_names):
                    self.people.setdefault(fold_name(name), ref)

    def _official(self, item: OfficialItem) -> Official | None:
        what = fate(item)
        if what == "skip":
            self.result.skipped += 1
            return self.store.officials.get(item.match_id) if item.match_id else None
        if what == "update":
            assert item.match_id is not None
            old = self.store.officials.get(item.match_id)
            if old is not None:
                self.result.updated.append(old)
                merged = convert.merge_official(old, item, self.proof(item))
                return self.store.officials.update(merged, source_id=self.source_id)
        official = convert.to_official(item, self.proof(item))
        stored = self.store.officials.add(official, source_id=self.source_id)
        self.result.added.append(("official", stored.id or 0))
        return stored

    def _people(self, names: list[str]) -> tuple[tuple[OfficialRef, ...], list[str]]:
        refs, unresolved = [], []
        for name in names:
            ref = self.people.get(fold_name(name))
            if ref is None:
                found = self.index.find([name])
                ref = OfficialRef(found.id, found.name) if found and found.id else None
            if ref is None:
                unresolved.append(name)
            else:
                refs.append(ref)
        return tuple(dict.fromkeys(refs)), unresolved

    def events(self) -> None:
        for item in self.plan.events:
            self._event(item)

    def _event(self, item: EventItem) -> None:
        what = fate(item)
        if what == "skip":
            self.result.skipped += 1
            return
        fields = convert.event_fields(item, *self._people(item.participants))
        old = self.store.events.get(item.match_id) if what == "update" and item.match_id else None
        if old is not None:
            self.result.updated.append(old)
            merged = convert.merge_event(old, item, fields, self.proof(item))
            self.store.events.update(merged, source_id=self.source_id)
            return
        stored = self.store.events.add(convert.to_event(item, fields, self.proof(item)))
        self.result.added.append(("event", stored.id or 0))

    def tariffs(self) -> None:
        for item in self.plan.tariffs:
            what = fate(item)
            if what == "skip":
                self.result.skipped += 1
                continue
            old = (
                self.store.tariffs.get(item.match_id)
                if what == "update" and item.match_id
                else None
            )
            action = convert.to_tariff(item, self.proof(item), old)
            if old is not None and old.id is not None:
                self.result.updated.append(old)
                self.result.history_kept.setdefault(
                    old.id, self.store.tariffs.last_history_id(old.id)
                )
                self.store.tariffs.update(
                    action,
                    note=f"from {self.plan.source().citation}",
                    source_id=self.source_id,
                    changed_on=self.plan.published,
                )
                continue
            stored = self.store.tariffs.add(
                action, source_id=self.source_id, changed_on=self.plan.published
            )
            self.result.added.append(("tariff_action", stored.id or 0))


class StaleDraftsError(UserError):
    """The calendar changed after the drafts were looked up (another window, the command line,
    a restored backup): they were looked up again, and must be checked before saving."""


def _still_current(store: Store, plan: ImportPlan) -> None:
    """Look every draft that would be saved up again, inside the saving transaction; when one
    now matches another record (or none, or this very article saved meanwhile), nothing is
    saved: an update must never land on a record the user did not see."""
    source = store.sources.find_same(plan.text)
    index = OfficialIndex.of(store)
    moved = []
    for draft in (*plan.officials, *plan.events, *plan.tariffs):
        if not draft.will_save:
            continue
        probe = copy.copy(draft)
        match_one(store, probe, source, index)
        if (probe.match_id, probe.match_label) != (draft.match_id, draft.match_label):
            moved.append(draft)
    if not moved:
        return
    for draft in moved:  # so that the drafts show the calendar as it is now
        match_one(store, draft, source, index)
    example = moved[0].label
    raise StaleDraftsError(
        f"the calendar changed since these drafts were looked up ({len(moved)} now "
        f"match{'es' if len(moved) == 1 else ''} differently, such as “{example}”); they have "
        "been looked up again: check them and save again"
    )


def apply(store: Store, plan: ImportPlan) -> ImportResult:
    """Save the article and every accepted draft, all or nothing; a repeat import adds none.

    Raises StaleDraftsError, saving nothing, when the calendar changed under the drafts.
    """
    with store.transaction():
        _still_current(store, plan)
        created = store.sources.find_same(plan.text) is None
        source = store.sources.add(plan.source())
        result = ImportResult(source, created)
        saver = _Saver(store, plan, source, result)
        saver.officials()
        saver.events()
        saver.tariffs()
        result.change_mark = store.change_mark()
    return result


class ChangedSinceError(UserError):
    """Records an import wrote were changed since by something else: undoing the import would
    take those changes with it, so it is refused."""


def _touched(result: ImportResult) -> list[tuple[str, int]]:
    kinds = {Official: "official", Event: "event", TariffAction: "tariff_action"}
    updated = [(kinds[type(old)], old.id) for old in result.updated if old.id is not None]
    return [*result.added, *updated]


def revert(store: Store, result: ImportResult) -> None:
    """Take a whole import back: remove what it added, restore what it changed, in one go.

    Refused (ChangedSinceError, nothing changed) when any of those records was changed after
    the import by another edit, window or program: undoing would silently lose that change.
    """
    with store.transaction():
        later = (
            store.changed_after(result.change_mark, _touched(result)) if result.change_mark else []
        )
        if later:
            raise ChangedSinceError(
                f"{_name_of(store, *later[0])} was changed after this import"
                f"{f' (with {len(later) - 1} more of its records)' if len(later) > 1 else ''}; "
                "undoing it would lose that change, so nothing was undone"
            )
        for record_type, record_id in reversed(result.added):
            if record_type == "event":
                store.events.delete(record_id)
            elif record_type == "tariff_action":
                store.tariffs.delete(record_id)
            else:
                store.officials.delete(record_id)
        for old in reversed(result.updated):
            if isinstance(old, Official):
                store.officials.update(old)
            elif isinstance(old, Event):
                store.events.update(old)
            elif old.id is not None:
                store.tariffs.update(old, history=False)
                store.tariffs.drop_history_after(old.id, result.history_kept.get(old.id, 0))
        if result.source_created and result.source.id is not None:
            store.sources.delete(result.source.id)


def _name_of(store: Store, record_type: str, record_id: int) -> str:
    """A record as the user knows it: “title” or “name”, or what it was."""
    found: Record | None
    if record_type == "event":
        found = store.events.get(record_id)
    elif record_type == "tariff_action":
        found = store.tariffs.get(record_id)
    else:
        found = store.officials.get(record_id)
    if found is None:
        return "a record it wrote"
    return f"“{found.name if isinstance(found, Official) else found.title}”"
