"""An id once given out is never given to another record, so undo and reminders stay right."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diplomatic_calendar.domain.deadlines import reminders_due
from diplomatic_calendar.domain.model import Event, EventKind, TariffAction
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store
from diplomatic_calendar.store.database import fresh_id, known_migrations

DAY = dt.date(2025, 8, 1)


def _event(title: str, kind: EventKind = EventKind.MEETING, day: dt.date = DAY) -> Event:
    start, end = all_day_span(day)
    return Event(title, kind, start, end, countries=("MY",))


def test_a_deleted_events_id_stays_free_for_undo_through_single_and_bulk_adds(
    store: Store,
) -> None:
    store.events.add(_event("Older talks"))
    newest = store.events.add(_event("Talks in Putrajaya"))
    assert newest.id is not None
    gone = store.events.delete(newest.id)
    assert gone is not None
    single = store.events.add(_event("A call"))
    bulk = store.events.add_many([_event("Imported one"), _event("Imported two")])
    assert newest.id not in {single.id, *(e.id for e in bulk)}
    assert [single.id, *(e.id for e in bulk)] == [newest.id + 1, newest.id + 2, newest.id + 3]
    store.events.add(gone)  # what undoing the delete does
    assert store.events.get(newest.id) == newest


def test_a_deleted_tariffs_history_ids_stay_free_while_another_tariff_changes(
    store: Store,
) -> None:
    older = store.tariffs.add(TariffAction("US", "BR", 50.0, effective_date=DAY))
    newest = store.tariffs.add(TariffAction("US", "MY", 25.0, effective_date=DAY))
    assert newest.id is not None
    history = store.tariffs.history(newest.id)
    removed = store.tariffs.remove(newest.id)
    assert removed is not None
    store.tariffs.update(older.with_changes(rate_percent=40.0), note="cut")
    store.tariffs.restore(removed)
    assert store.tariffs.get(newest.id) == newest
    assert store.tariffs.history(newest.id) == history


def test_a_new_deadline_does_not_inherit_a_deleted_ones_dismissed_reminder(store: Store) -> None:
    first = store.events.add(_event("Comment period closes", EventKind.DEADLINE))
    today = DAY - dt.timedelta(days=1)
    (due,) = reminders_due(store.tariffs.deadlines(today, DAY + dt.timedelta(days=1)), today)
    store.reminders.dismiss(due.key, dt.datetime(2025, 7, 31, tzinfo=dt.UTC))
    assert first.id is not None
    store.events.delete(first.id)
    store.events.add(_event("Retaliation list due", EventKind.DEADLINE))
    deadlines = store.tariffs.deadlines(today, DAY + dt.timedelta(days=1))
    due_now = reminders_due(deadlines, today, store.reminders.dismissed())
    assert [r.deadline.title for r in due_now] == ["Retaliation list due"]


def test_upgrading_counts_ids_a_dismissed_reminder_remembers_as_used(db_path: Path) -> None:
    old = Store.open(db_path)
    old.events.add(_event("Still here"))
    # Back to how a calendar saved before the upgrade looks: no record of ids given out.
    old.db.conn.executescript(
        "BEGIN; DROP TABLE retired_ids; DELETE FROM _migrations WHERE version >= 3; "
        "DROP TRIGGER IF EXISTS events_tariff_identity_insert; "
        "DROP TRIGGER IF EXISTS events_tariff_identity_delete; "
        "DROP TRIGGER events_tariff_identity_update; "
        "DROP TABLE tariff_deadline_identity; "
        + "".join(
            f"DROP TRIGGER {table}_retire_id; "
            for table in ("events", "tariff_actions", "officials", "tariff_history")
        )
        + "DROP TRIGGER provenance_retire_id; DROP TRIGGER sources_retire_id; "
        "INSERT INTO dismissed_reminders VALUES ('event:7:2025-08-01:1d', '2025-07-31T09:00:00Z');"
        "INSERT INTO dismissed_reminders VALUES ('tariff:4:2025-08-01:7d', '2025-07-25T09:00:00Z');"
        "COMMIT;"
    )
    old.close()
    upgraded = Store.open(db_path)
    assert upgraded.schema_version == max(m.version for m in known_migrations())
    assert fresh_id(upgraded.db, "events") == 8
    assert fresh_id(upgraded.db, "tariff_actions") == 5
    assert fresh_id(upgraded.db, "officials") == 1
    assert upgraded.events.add(_event("New")).id == 8
    upgraded.close()
