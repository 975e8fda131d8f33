"""Tariff actions in SQLite, with their history and the calendar deadline each one implies."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import sqlite_utils

from diplomatic_calendar.domain.deadlines import Deadline, falls_due
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    TariffAction,
    TariffChange,
    TariffStatus,
)
from diplomatic_calendar.domain.timing import (
    all_day_span,
    day_bounds_utc,
    from_utc_text,
)
from diplomatic_calendar.store import changelog, provenance, removal
from diplomatic_calendar.store._rows import (
    Row,
    date_text,
    date_value,
    json_tuple,
    one,
    rows,
)
from diplomatic_calendar.store.database import fresh_id, now_text, write_transaction
from diplomatic_calendar.store.events import EventRepository

_COLUMNS = (
    "id, imposer, target, rate_percent, previous_rate_percent, scope, legal_basis, "
    "announced_date, effective_date, status, notes"
)
# Actions in these states no longer describe what a country faces.
_NOT_CURRENT = (TariffStatus.SUPERSEDED.value, TariffStatus.STRUCK_DOWN.value)
_DEADLINE_KINDS = frozenset({EventKind.TARIFF_DEADLINE, EventKind.DEADLINE})
_HISTORY_COLUMNS = (
    "id, tariff_action_id, changed_on, old_status, new_status, old_rate_percent, "
    "new_rate_percent, old_effective_date, new_effective_date, note, source_id"
)


def _values(action: TariffAction) -> dict[str, Any]:
    return {
        "imposer": action.imposer,
        "target": action.target,
        "rate_percent": action.rate_percent,
        "previous_rate_percent": action.previous_rate_percent,
        "scope": action.scope,
        "legal_basis": action.legal_basis,
        "announced_date": date_text(action.announced_date),
        "effective_date": date_text(action.effective_date),
        "status": action.status.value,
        "notes": action.notes,
    }


def _action(row: Row) -> TariffAction:
    return TariffAction(
        id=row["id"],
        imposer=row["imposer"],
        target=row["target"],
        rate_percent=row["rate_percent"],
        previous_rate_percent=row["previous_rate_percent"],
        scope=row["scope"],
        legal_basis=row["legal_basis"],
        announced_date=date_value(row["announced_date"]),
        effective_date=date_value(row["effective_date"]),
        status=TariffStatus(row["status"]),
        notes=row["notes"],
    )


def _change(row: Row) -> TariffChange:
    return TariffChange(
        id=row["id"],
        tariff_action_id=row["tariff_action_id"],
        changed_on=dt.date.fromisoformat(row["changed_on"]),
        old_status=TariffStatus(row["old_status"]) if row["old_status"] else None,
        new_status=TariffStatus(row["new_status"]),
        old_rate_percent=row["old_rate_percent"],
        new_rate_percent=row["new_rate_percent"],
        old_effective_date=date_value(row["old_effective_date"]),
        new_effective_date=date_value(row["new_effective_date"]),
        note=row["note"],
        source_id=row["source_id"],
    )


def deadline_event(action: TariffAction, existing: Event | None = None) -> Event | None:
    """The all-day calendar entry for a tariff's effective date (None when it has none)."""
    if action.effective_date is None:
        return None
    start, end = all_day_span(action.effective_date)
    status = EventStatus.HELD if action.status == TariffStatus.IN_FORCE else EventStatus.PLANNED
    fields: dict[str, Any] = {
        "title": action.title,
        "kind": EventKind.TARIFF_DEADLINE,
        "start": start,
        "end": end,
        "status": status,
        "countries": (action.imposer, action.target),
        "tariff_action_id": action.id,
    }
    if existing is not None:
        return existing.with_changes(**fields)
    return Event(**fields)


class TariffRepository:
    """Reads and writes tariff actions; status, rate and date changes are kept as history."""

    def __init__(self, db: sqlite_utils.Database, events: EventRepository) -> None:
        self._db = db
        self._events = events

    def add(
        self,
        action: TariffAction,
        *,
        source_id: int | None = None,
        changed_on: dt.date | None = None,
        note: str = "",
        history: Sequence[TariffChange] = (),
    ) -> TariffAction:
        """Insert a tariff action, its first history entry and its deadline event.

        The first entry says ``note`` ("recorded" when empty). ``history`` given, as read back
        from an exported file, is stored instead: the action's past as it was kept elsewhere.
        """
        with write_transaction(self._db):
            values = _values(action)
            values["created_at"] = values["updated_at"] = now_text()
            values["id"] = (
                action.id if action.id is not None else fresh_id(self._db, "tariff_actions")
            )
            names = ", ".join(values)
            marks = ", ".join(f":{k}" for k in values)
            cursor = self._db.execute(
                f"INSERT INTO tariff_actions ({names}) VALUES ({marks})", values
            )
            stored = action.with_changes(id=cursor.lastrowid)
            if history:
                for change in history:
                    # sources are not carried between calendars
                    self._put_history(stored.id or 0, replace(change, source_id=None))
            else:
                self._add_history(None, stored, changed_on, note or "recorded", source_id)
            if action.evidence is not None:
                provenance.link(self._db, "tariff_action", stored.id or 0, action.evidence)
            self._sync_deadline(stored)
            changelog.record(
                self._db,
                "tariff_action",
                stored.id or 0,
                "insert",
                None,
                _values(stored),
                source_id,
            )
        return stored

    def update(
        self,
        action: TariffAction,
        *,
        note: str = "",
        source_id: int | None = None,
        changed_on: dt.date | None = None,
        history: bool = True,
    ) -> TariffAction:
        """Save new values; a changed status, rate or date adds a history entry with ``note``,
        and so does any other change that comes with a ``note`` or ``source_id`` (a revised
        scope or legal basis, and why); not when ``history`` is False: an undo takes its entry
        away instead, see :meth:`drop_history_after`."""
        if action.id is None:
            raise ValueError("update() needs a tariff action that has been stored")
        with write_transaction(self._db):
            old = self.get(action.id)
            if old is None:
                raise KeyError(action.id)
            values = _values(action)
            values["updated_at"] = now_text()
            sets = ", ".join(f"{k} = :{k}" for k in values)
            self._db.execute(
                f"UPDATE tariff_actions SET {sets} WHERE id = :id", {**values, "id": action.id}
            )
            moved = (old.status, old.rate_percent, old.effective_date) != (
                action.status,
                action.rate_percent,
                action.effective_date,
            )
            explained = bool(note.strip() or source_id) and _values(old) != _values(action)
            if history and (moved or explained):
                self._add_history(old, action, changed_on, note, source_id)
            if action.evidence is not None:
                provenance.link(self._db, "tariff_action", action.id, action.evidence)
            self._sync_deadline(action)
            changelog.record(
                self._db,
                "tariff_action",
                action.id,
                "update",
                _values(old),
                _values(action),
                source_id,
            )
        return action

    def last_history_id(self, action_id: int) -> int:
        """The id of the newest history entry of an action (0 when it has none)."""
        row = self._db.execute(
            "SELECT coalesce(max(id), 0) FROM tariff_history WHERE tariff_action_id = ?",
            (action_id,),
        ).fetchone()
        return int(row[0])

    def drop_history_after(self, action_id: int, last_kept: int) -> None:
        """Take away the history entries an action gained after ``last_kept`` (an undone edit)."""
        with write_transaction(self._db):
            self._db.execute(
                "DELETE FROM tariff_history WHERE tariff_action_id = ? AND id > ?",
                (action_id, last_kept),
            )

    def delete(self, action_id: int) -> TariffAction | None:
        """Remove a tariff action with its history and deadline; return what it was."""
        with write_transaction(self._db):
            old = self.get(action_id)
            if old is None:
                return None
            self._db.execute("DELETE FROM tariff_actions WHERE id = ?", (action_id,))
            provenance.forget(self._db, "tariff_action", action_id)
            changelog.record(self._db, "tariff_action", action_id, "delete", _values(old), None)
        return old

    def remove(self, action_id: int) -> removal.Removed | None:
        """Delete a tariff action, keeping every row that goes for :meth:`restore` (an undo).

        Its history and its deadline entry in the calendar go with it, and come back with it.
        """
        with write_transaction(self._db):
            events = "SELECT id FROM events WHERE tariff_action_id = ?"
            plan = [
                ("tariff_actions", "id = ?", (action_id,)),
                ("tariff_history", "tariff_action_id = ?", (action_id,)),
                ("events", "tariff_action_id = ?", (action_id,)),
                ("event_countries", f"event_id IN ({events})", (action_id,)),
                ("event_participants", f"event_id IN ({events})", (action_id,)),
                (
                    "provenance",
                    f"(record_type = 'tariff_action' AND record_id = ?) OR "
                    f"(record_type = 'event' AND record_id IN ({events}))",
                    (action_id, action_id),
                ),
            ]
            removed = removal.take(self._db, "tariff_action", action_id, plan)
            if self.delete(action_id) is None:
                return None
        return removed

    def restore(self, removed: removal.Removed) -> TariffAction:
        """Put back a tariff action :meth:`remove` took away, with its history and deadline."""
        with write_transaction(self._db):
            removal.put_back(self._db, removed)
            action = self.get(removed.record_id)
            assert action is not None
            changelog.record(
                self._db, "tariff_action", removed.record_id, "insert", None, _values(action)
            )
        return action

    def _add_history(
        self,
        old: TariffAction | None,
        new: TariffAction,
        changed_on: dt.date | None,
        note: str,
        source_id: int | None,
    ) -> None:
        change = TariffChange(
            tariff_action_id=new.id or 0,
            changed_on=changed_on or dt.date.today(),
            old_status=old.status if old else None,
            new_status=new.status,
            old_rate_percent=old.rate_percent if old else None,
            new_rate_percent=new.rate_percent,
            old_effective_date=old.effective_date if old else None,
            new_effective_date=new.effective_date,
            note=note,
            source_id=source_id,
        )
        self._put_history(new.id or 0, change)

    def _put_history(self, action_id: int, change: TariffChange) -> None:
        self._db.execute(
            "INSERT INTO tariff_history (id, tariff_action_id, changed_on, old_status, new_status, "
            "old_rate_percent, new_rate_percent, old_effective_date, new_effective_date, note, "
            "source_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                fresh_id(self._db, "tariff_history"),
                action_id,
                change.changed_on.isoformat(),
                change.old_status.value if change.old_status else None,
                change.new_status.value,
                change.old_rate_percent,
                change.new_rate_percent,
                date_text(change.old_effective_date),
                date_text(change.new_effective_date),
                change.note,
                change.source_id,
            ),
        )

    def _sync_deadline(self, action: TariffAction) -> None:
        row = one(self._db, "SELECT id FROM events WHERE tariff_action_id = ?", (action.id,))
        existing = self._events.get(row["id"]) if row else None
        wanted = deadline_event(action, existing)
        if wanted is None:
            if existing is not None and existing.id is not None:
                self._events.delete(existing.id)
        elif existing is None:
            self._events.add(self._with_former_identity(wanted))
        elif wanted != existing:
            self._events.update(wanted)

    def _with_former_identity(self, entry: Event) -> Event:
        """``entry`` under the id and UID the action's calendar entry had before, if it had one
        and neither has been taken since: the entry comes back as the same event."""
        former = one(
            self._db,
            "SELECT t.event_id, t.uid FROM tariff_deadline_identity t "
            "WHERE t.tariff_action_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM events e WHERE e.id = t.event_id OR e.uid = t.uid)",
            (entry.tariff_action_id,),
        )
        if former is None:
            return entry
        return entry.with_changes(id=former["event_id"], uid=former["uid"])

    def get(self, action_id: int) -> TariffAction | None:
        """One tariff action by id."""
        row = one(self._db, f"SELECT {_COLUMNS} FROM tariff_actions WHERE id = ?", (action_id,))
        return _action(row) if row else None

    def all(self, target: str | None = None) -> list[TariffAction]:
        """Every tariff action (on one target, if given), latest effective date first."""
        where = "WHERE target = :t OR imposer = :t" if target else ""
        found = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM tariff_actions {where} "
            "ORDER BY coalesce(effective_date, announced_date) DESC, id DESC",
            {"t": target},
        )
        return [_action(r) for r in found]

    def without_date(self) -> list[TariffAction]:
        """Actions with no effective date yet (threats, plans): they have no calendar entry."""
        found = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM tariff_actions WHERE effective_date IS NULL ORDER BY id",
        )
        return [_action(r) for r in found]

    def history(self, action_id: int) -> list[TariffChange]:
        """A tariff action's changes, oldest first."""
        found = rows(
            self._db,
            f"SELECT {_HISTORY_COLUMNS} FROM tariff_history WHERE tariff_action_id = ? "
            "ORDER BY changed_on, id",
            (action_id,),
        )
        return [_change(r) for r in found]

    def effective_between(self, first: dt.date, end: dt.date) -> list[TariffAction]:
        """Tariff actions taking effect in ``first`` .. ``end`` (exclusive), soonest first."""
        found = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM tariff_actions WHERE effective_date >= ? "
            "AND effective_date < ? ORDER BY effective_date, target",
            (first.isoformat(), end.isoformat()),
        )
        return [_action(r) for r in found]

    def on_target(self, *targets: str) -> list[TariffAction]:
        """Tariff actions aimed at any of ``targets`` (not those they impose), latest date
        first."""
        found = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM tariff_actions WHERE target IN "
            "(SELECT value FROM json_each(?)) "
            "ORDER BY coalesce(effective_date, announced_date) DESC, id DESC",
            (json.dumps(list(targets)),),
        )
        return [_action(r) for r in found]

    def current_position(self, *targets: str) -> TariffAction | None:
        """The action that best says what ``targets`` face now: the latest still standing."""
        standing = [a for a in self.on_target(*targets) if a.status.value not in _NOT_CURRENT]
        return standing[0] if standing else None

    def deadlines(self, first: dt.date, end: dt.date, home_zone: str = "UTC") -> list[Deadline]:
        """Deadline events and tariff effective dates due on local days ``first`` .. ``end``.

        A deadline that runs over several days (a comment period, a consultation) is due on
        its last day: it counts down to that day, and is not overdue while it runs. Read in one
        query of just the columns a deadline shows: the list and the reminders read a year of
        them after every change, and building whole events took three times as long.
        """
        lo_utc, hi_utc = day_bounds_utc(first, end, home_zone)
        timed_from, day_from = self._events.look_back(first, lo_utc)
        found = rows(
            self._db,
            f"SELECT {_DEADLINE_COLUMNS} WHERE e.all_day = 1 AND e.kind IN ({_DEADLINE_KIND_LIST}) "
            "AND e.start_at >= :day_from AND e.start_at < :end AND e.end_at > :first "
            f"UNION ALL SELECT {_DEADLINE_COLUMNS} WHERE e.all_day = 0 "
            f"AND e.kind IN ({_DEADLINE_KIND_LIST}) AND e.start_at >= :timed_from "
            "AND e.start_at < :hi AND e.end_at >= :lo",
            {
                "first": first.isoformat(),
                "end": end.isoformat(),
                "day_from": day_from,
                "lo": lo_utc,
                "hi": hi_utc,
                "timed_from": timed_from,
            },
        )
        due = (_deadline_from_row(r, home_zone) for r in found)
        return sorted(
            (d for d in due if first <= d.day < end),
            key=lambda d: (d.day, d.title, d.key),
        )


_DEADLINE_KIND_LIST = ", ".join(f"'{kind.value}'" for kind in sorted(_DEADLINE_KINDS))
_DEADLINE_COLUMNS = (
    "e.id, e.title, e.kind, e.all_day, e.start_at, e.end_at, e.status, e.tariff_action_id, "
    "t.imposer, t.target, t.rate_percent, t.status AS tariff_status, "
    "(SELECT json_group_array(c.country) FROM event_countries c WHERE c.event_id = e.id) "
    "AS countries FROM events e LEFT JOIN tariff_actions t ON t.id = e.tariff_action_id"
)


def _due_day(row: Row, home_zone: str) -> dt.date:
    """The local day a deadline falls due (see :func:`falls_due`)."""
    start: str = row["start_at"]
    end: str = row["end_at"]
    if row["all_day"]:
        return falls_due(dt.date.fromisoformat(start), dt.date.fromisoformat(end), dt.UTC)[0]
    opens = from_utc_text(start, home_zone)
    assert opens.tzinfo is not None
    return falls_due(opens, from_utc_text(end, home_zone), opens.tzinfo)[0]


def _deadline_from_row(row: Row, home_zone: str) -> Deadline:
    day = _due_day(row, home_zone)
    linked = row["tariff_action_id"] is not None and row["target"] is not None
    return Deadline(
        day=day,
        title=row["title"],
        kind=EventKind(row["kind"]),
        countries=json_tuple(row["countries"]),
        event_id=row["id"],
        tariff_action_id=row["tariff_action_id"] if linked else None,
        imposer=row["imposer"],
        target=row["target"],
        rate_percent=row["rate_percent"],
        tariff_status=TariffStatus(row["tariff_status"]) if linked else None,
        event_status=EventStatus(row["status"]),
    )
