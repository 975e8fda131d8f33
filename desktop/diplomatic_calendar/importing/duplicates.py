"""Which drafts describe records the calendar already holds, and what to do about each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from diplomatic_calendar.domain.model import Event, EventKind, Official, Source
from diplomatic_calendar.domain.names import fold_name
from diplomatic_calendar.importing.items import (
    Choice,
    Draft,
    EventItem,
    OfficialItem,
    TariffItem,
)
from diplomatic_calendar.store import Store


class OfficialIndex:
    """The calendar's officials by every folded spelling, read once per import.

    The same rule as ``store.officials.find_by_name`` (case, accents and aliases ignored), but
    one table read instead of one per name: a calendar keeps thousands of officials.
    """

    def __init__(self, officials: Iterable[Official]) -> None:
        self.officials = list(officials)
        self._by_name: dict[str, Official] = {}
        self._by_surname: dict[str, list[tuple[list[str], Official]]] = {}
        for official in self.officials:
            for name in official.all_names:
                folded = fold_name(name)
                self._by_name.setdefault(folded, official)
                *given, surname = folded.split() or [""]
                self._by_surname.setdefault(surname, []).append((given, official))

    @classmethod
    def of(cls, store: Store) -> OfficialIndex:
        """Every official of the store."""
        return cls(store.officials.all())

    def find(self, names: Iterable[str], country: str | None = None) -> Official | None:
        """The official known by any of ``names``; failing that, the one official whose name
        differs only by initials ("S. Jaishankar" for "Subrahmanyam Jaishankar"), of
        ``country`` when it is given."""
        names = list(names)
        for name in names:
            found = self._by_name.get(fold_name(name))
            if found is not None:
                return found
        for name in names:
            found = self._by_initials(name, country)
            if found is not None:
                return found
        return None

    def _by_initials(self, name: str, country: str | None) -> Official | None:
        *given, surname = fold_name(name).split() or [""]
        if not given:
            return None
        candidates = {
            official.id: official
            for known, official in self._by_surname.get(surname, [])
            if _same_given_names(given, known)
            and (country is None or official.country in (None, country))
        }
        return next(iter(candidates.values())) if len(candidates) == 1 else None

    def ids(self, names: Iterable[str]) -> frozenset[int]:
        """The stored officials among a draft's participant names."""
        found = (self.find([name]) for name in names)
        return frozenset(o.id for o in found if o is not None and o.id is not None)

    def mentioned_in(self, text: str) -> list[Official]:
        """Officials whose surname (last word of any spelling) occurs in ``text``."""
        words = set(fold_name(text).split())
        return [
            official
            for official in self.officials
            if any(fold_name(n).rpartition(" ")[2] in words for n in official.all_names)
        ]


def _same_given_names(one: list[str], other: list[str]) -> bool:
    """Given names that agree where one side writes only initials: ['s'] and
    ['subrahmanyam']; not two different full names, nor a name against nothing."""
    if len(one) != len(other) or not one:
        return False
    initials = False
    for a, b in zip(one, other, strict=True):
        if a == b:
            continue
        if (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
            initials = True
            continue
        return False
    return initials


def find_event(store: Store, item: EventItem, index: OfficialIndex) -> Event | None:
    """A stored event of the same kind on the same first day, with the same people or title."""
    if item.first is None:
        return None
    wanted = index.ids(item.participants)
    title = fold_name(item.title)
    # A day either side: the first day is the event's own (08:00 in Tokyo is the day before in
    # UTC), and the store is asked in UTC.
    around = (item.first - dt.timedelta(days=1), item.first + dt.timedelta(days=2))
    for event in store.events.between(*around):
        if event.kind != item.kind or event.first_day != item.first:
            continue
        if event.kind == EventKind.TARIFF_DEADLINE and event.tariff_action_id:
            continue
        same_people = bool(wanted) and wanted == {p.id for p in event.participants}
        if same_people or fold_name(event.title) == title:
            return event
    return None


def find_tariff(store: Store, item: TariffItem) -> int | None:
    """A stored tariff action on the same target at the same rate (by the same imposer if
    known) that takes effect the same day; one without a date on either side matches too, but
    only when no action has that very day.

    Two actions at one rate on different days are two actions (a second 15% duty on other
    goods from March is not the duty in force since November), so neither is updated.
    """
    undated: int | None = None
    for action in store.tariffs.all(item.target):
        if action.target != item.target or action.rate_percent != item.rate_percent:
            continue
        if item.imposer and action.imposer != item.imposer:
            continue
        if item.scope and action.scope.casefold() != item.scope.casefold():
            continue  # a 25% duty on steel is not the 25% on all goods
        if item.effective is not None and action.effective_date == item.effective:
            return action.id
        if (item.effective is None or action.effective_date is None) and undated is None:
            undated = action.id
    return undated


def _describe(store: Store, draft: Draft, record_id: int) -> str:
    if isinstance(draft, OfficialItem):
        official = store.officials.get(record_id)
        return f"already in the calendar as {official.name}" if official else ""
    if isinstance(draft, EventItem):
        event = store.events.get(record_id)
        return f"already in the calendar: {event.title}, {event.first_day}" if event else ""
    action = store.tariffs.get(record_id)
    if action is None:
        return ""
    when = f", from {action.effective_date:%a %d %b %Y}" if action.effective_date else ""
    return f"already in the calendar: {action.title} ({action.status.label}{when})"


_RECORD_TYPES = {OfficialItem: "official", EventItem: "event", TariffItem: "tariff_action"}


def record_type(draft: Draft) -> str:
    """The provenance name of the kind of record a draft becomes."""
    return _RECORD_TYPES[type(draft)]


def match_one(store: Store, draft: Draft, source: Source | None, index: OfficialIndex) -> None:
    """Mark a draft that matches a stored record: skip it if this very article gave it already."""
    record_id: int | None
    if isinstance(draft, OfficialItem):
        official = index.find([draft.name, *draft.aliases], draft.country)
        record_id = official.id if official else None
    elif isinstance(draft, EventItem):
        event = find_event(store, draft, index)
        record_id = event.id if event else None
    else:
        assert isinstance(draft, TariffItem)
        record_id = find_tariff(store, draft)
    kept = draft.match_id == record_id  # still the same record: the user's choice stands
    draft.match_id = record_id
    draft.match_label = _describe(store, draft, record_id) if record_id else ""
    draft.match_has_source = False
    if record_id is None:
        draft.choice = Choice.ADD
        return
    if source is not None and source.id is not None:
        cited = store.sources.evidence_of(record_type(draft), record_id)
        draft.match_has_source = any(s.id == source.id for s, _ in cited)
    if not kept:
        draft.choice = Choice.SKIP if draft.match_has_source else Choice.UPDATE


def mark_duplicates(
    store: Store, text: str, drafts: Iterable[Draft], index: OfficialIndex | None = None
) -> None:
    """Look every draft up in the store (see :func:`match_one`)."""
    source = store.sources.find_same(text)
    index = index or OfficialIndex.of(store)
    for draft in drafts:
        match_one(store, draft, source, index)
