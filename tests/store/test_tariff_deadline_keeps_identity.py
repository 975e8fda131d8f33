"""A tariff action's calendar entry keeps its event id and UID for the action's whole life."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diplomatic_calendar.domain.model import Event, EventKind, TariffAction
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store

DAY = dt.date(2025, 8, 1)


def _entry(store: Store, action_id: int) -> tuple[int, str] | None:
    row = store.db.execute(
        "SELECT id, uid FROM events WHERE tariff_action_id = ?", (action_id,)
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def test_clearing_and_setting_the_date_again_brings_back_the_same_entry(store: Store) -> None:
    action = store.tariffs.add(TariffAction("US", "PH", 20.0, effective_date=DAY))
    assert action.id is not None
    before = _entry(store, action.id)
    assert before is not None
    store.tariffs.update(action.with_changes(effective_date=None), note="date withdrawn")
    assert _entry(store, action.id) is None
    store.events.add(Event("Talks", EventKind.MEETING, *all_day_span(DAY)))  # ids move on
    store.tariffs.update(action.with_changes(effective_date=DAY + dt.timedelta(days=7)))
    assert _entry(store, action.id) == before


def test_a_deleted_action_added_back_gets_its_entry_back(store: Store) -> None:
    """What undo and redo of "Add tariff" do: delete the action, then add it with its id."""
    action = store.tariffs.add(TariffAction("US", "PH", 20.0, effective_date=DAY))
    assert action.id is not None
    before = _entry(store, action.id)
    store.tariffs.delete(action.id)
    store.tariffs.add(action)
    assert _entry(store, action.id) == before
    store.tariffs.delete(action.id)
    store.tariffs.add(action)
    assert _entry(store, action.id) == before


def test_an_identity_taken_meanwhile_is_not_given_twice(store: Store) -> None:
    action = store.tariffs.add(TariffAction("US", "PH", 20.0, effective_date=DAY))
    assert action.id is not None
    before = _entry(store, action.id)
    assert before is not None
    store.tariffs.update(action.with_changes(effective_date=None))
    # The entry, exported earlier, read back in while the action had no date.
    start, end = all_day_span(DAY)
    store.events.add(Event("Philippines tariff", EventKind.OTHER, start, end, uid=before[1]))
    store.tariffs.update(action.with_changes(effective_date=DAY))
    after = _entry(store, action.id)
    assert after is not None and after[1] != before[1] and after[0] != before[0]


def test_an_upgraded_calendar_remembers_the_entries_it_already_has(db_path: Path) -> None:
    old = Store.open(db_path)
    action = old.tariffs.add(TariffAction("US", "PH", 20.0, effective_date=DAY))
    assert action.id is not None
    before = _entry(old, action.id)
    old.db.conn.executescript(
        "BEGIN; DROP TRIGGER IF EXISTS events_tariff_identity_insert; "
        "DROP TRIGGER IF EXISTS events_tariff_identity_delete; "
        "DROP TRIGGER events_tariff_identity_update; DROP TABLE tariff_deadline_identity; "
        "DELETE FROM _migrations WHERE version >= 4; COMMIT;"
    )
    old.close()
    upgraded = Store.open(db_path)
    upgraded.tariffs.update(action.with_changes(effective_date=None))
    upgraded.tariffs.update(action.with_changes(effective_date=DAY))
    assert _entry(upgraded, action.id) == before
    upgraded.close()
