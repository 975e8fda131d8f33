"""Tariff history and positions, deadlines across tariffs and events, officials, dismissals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Official,
    OfficialRef,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store

JULY_9 = dt.date(2025, 7, 9)
AUG_1 = dt.date(2025, 8, 1)


def malaysia(store: Store) -> TariffAction:
    return store.tariffs.add(
        TariffAction("US", "MY", 24.0, TariffStatus.ANNOUNCED, effective_date=JULY_9),
        changed_on=dt.date(2025, 4, 2),
    )


def test_a_moved_deadline_keeps_both_dates_and_why(store: Store) -> None:
    action = malaysia(store)
    moved = action.with_changes(rate_percent=25.0, effective_date=AUG_1)
    store.tariffs.update(moved, note="letter of 7 July", changed_on=dt.date(2025, 7, 7))
    history = store.tariffs.history(action.id or 0)
    assert [(h.old_effective_date, h.new_effective_date) for h in history] == [
        (None, JULY_9),
        (JULY_9, AUG_1),
    ]
    assert (history[-1].old_rate_percent, history[-1].new_rate_percent) == (24.0, 25.0)
    assert history[-1].note == "letter of 7 July"
    deadlines = store.tariffs.deadlines(dt.date(2025, 7, 1), dt.date(2025, 9, 1))
    assert [d.day for d in deadlines] == [AUG_1]


def test_current_position_skips_superseded_actions_and_those_the_country_imposes(
    store: Store,
) -> None:
    old = malaysia(store)
    store.tariffs.update(old.with_changes(status=TariffStatus.SUPERSEDED), note="replaced")
    new = store.tariffs.add(TariffAction("US", "MY", 19.0, TariffStatus.DEAL, effective_date=AUG_1))
    store.tariffs.add(TariffAction("MY", "US", 5.0, effective_date=dt.date(2025, 9, 1)))
    assert store.tariffs.current_position("MY") == new
    assert store.tariffs.current_position("BN") is None
    assert [a.target for a in store.tariffs.on_target("MY")] == ["MY", "MY"]


def test_deadlines_join_tariffs_and_deadline_events_but_not_meetings(store: Store) -> None:
    action = malaysia(store)
    start, end = all_day_span(dt.date(2025, 7, 20))
    store.events.add(
        Event("Comment period closes", EventKind.DEADLINE, start, end, countries=("EU",))
    )
    store.events.add(Event("Talks", EventKind.MEETING, start, end, countries=("MY",)))
    found = store.tariffs.deadlines(dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    assert [(d.day, d.kind) for d in found] == [
        (JULY_9, EventKind.TARIFF_DEADLINE),
        (dt.date(2025, 7, 20), EventKind.DEADLINE),
    ]
    tariff = found[0]
    assert (tariff.tariff_action_id, tariff.target, tariff.rate_percent) == (action.id, "MY", 24.0)
    assert tariff.tariff_status == TariffStatus.ANNOUNCED
    assert found[1].country == "EU" and found[1].event_status == EventStatus.PLANNED


def test_officials_filter_by_country_title_and_any_spelling(store: Store) -> None:
    store.officials.add(
        Official("Sergey Lavrov", "Foreign Minister", "RU", aliases=("Sergei Lavrov",))
    )
    store.officials.add(Official("Marco Rubio", "Secretary of State", "US"))
    store.officials.add(Official("Anwar Ibrahim", "Prime Minister", "MY"))
    assert [o.name for o in store.officials.filtered(name="sergei")] == ["Sergey Lavrov"]
    assert [o.name for o in store.officials.filtered(title="minister")] == [
        "Anwar Ibrahim",
        "Sergey Lavrov",
    ]
    assert [o.name for o in store.officials.filtered("US")] == ["Marco Rubio"]
    assert store.officials.filtered("US", title="minister") == []


def test_merged_official_keeps_meetings_of_both(store: Store) -> None:
    keep = store.officials.add(Official("Sergey Lavrov", "Foreign Minister", "RU"))
    drop = store.officials.add(Official("Sergei Lavrov"))
    assert keep.id and drop.id
    for day, person in ((dt.date(2025, 2, 18), keep), (dt.date(2025, 7, 10), drop)):
        start, end = all_day_span(day)
        ref = OfficialRef(person.id or 0, person.name)
        store.events.add(Event(f"Talks {day}", EventKind.MEETING, start, end, participants=(ref,)))
    store.officials.merge(keep.id, drop.id)
    attended = store.events.with_participant(keep.id)
    assert [e.first_day for e in attended] == [dt.date(2025, 7, 10), dt.date(2025, 2, 18)]
    assert store.officials.filtered(name="Sergei") == [store.officials.get(keep.id)]


def test_dismissals_survive_reopening_the_file(db_path: Path) -> None:
    first = Store.open(db_path)
    first.reminders.dismiss("tariff:1:2025-08-01:7d", dt.datetime(2025, 7, 25, 8, tzinfo=dt.UTC))
    first.reminders.dismiss("tariff:1:2025-08-01:7d", dt.datetime(2025, 7, 25, 9, tzinfo=dt.UTC))
    first.close()
    again = Store.open(db_path)
    assert again.reminders.dismissed() == {"tariff:1:2025-08-01:7d"}
    assert again.reminders.is_dismissed("tariff:1:2025-08-01:7d")
    again.reminders.restore("tariff:1:2025-08-01:7d")
    assert not again.reminders.is_dismissed("tariff:1:2025-08-01:7d")
    again.close()
