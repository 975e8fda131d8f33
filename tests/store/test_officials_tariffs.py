"""Officials (find by spelling, merge) and tariff actions (history, deadline events)."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    Official,
    OfficialRef,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store


def test_find_by_name_ignores_case_accents_and_uses_aliases(store: Store) -> None:
    store.officials.add(Official("Maroš Šefčovič", aliases=("Maros Sefcovic",)))
    store.officials.add(Official("Sergey Lavrov", aliases=("Sergei Lavrov",)))
    assert store.officials.find_by_name("maros sefcovic").name == "Maroš Šefčovič"
    assert store.officials.find_by_name("Sergei Lavrov").name == "Sergey Lavrov"
    assert store.officials.find_by_name("Sergey Ivanov") is None


def test_merge_keeps_every_link(store: Store) -> None:
    keep = store.officials.add(Official("Sergey Lavrov", "Foreign Minister", "RU"))
    drop = store.officials.add(Official("Sergei Lavrov", notes="from an import"))
    assert keep.id and drop.id
    start, end = all_day_span(dt.date(2025, 2, 18))
    event = store.events.add(
        Event(
            "Riyadh talks",
            EventKind.MEETING,
            start,
            end,
            participants=(OfficialRef(drop.id, drop.name),),
        )
    )
    merged = store.officials.merge(keep.id, drop.id)
    assert merged.aliases == ("Sergei Lavrov",)
    assert store.officials.get(drop.id) is None
    assert event.id is not None
    assert [p.name for p in store.events.get(event.id).participants] == ["Sergey Lavrov"]
    assert [e.title for e in store.events.with_participant(keep.id)] == ["Riyadh talks"]


def test_tariff_changes_are_history_and_move_the_deadline(store: Store) -> None:
    action = store.tariffs.add(
        TariffAction("US", "MY", 24, effective_date=dt.date(2025, 7, 9)),
        changed_on=dt.date(2025, 4, 2),
    )
    assert action.id is not None
    moved = store.tariffs.update(
        action.with_changes(rate_percent=25, effective_date=dt.date(2025, 8, 1)),
        note="letter of 7 July",
        changed_on=dt.date(2025, 7, 7),
    )
    history = store.tariffs.history(action.id)
    assert [(h.old_effective_date, h.new_effective_date) for h in history] == [
        (None, dt.date(2025, 7, 9)),
        (dt.date(2025, 7, 9), dt.date(2025, 8, 1)),
    ]
    assert history[-1].note == "letter of 7 July"
    assert history[-1].old_rate_percent == 24 and history[-1].new_rate_percent == 25
    deadlines = store.events.between(dt.date(2025, 7, 1), dt.date(2025, 9, 1))
    assert [(e.kind, e.first_day) for e in deadlines] == [
        (EventKind.TARIFF_DEADLINE, dt.date(2025, 8, 1))
    ]
    assert deadlines[0].title == moved.title
    store.tariffs.update(moved.with_changes(status=TariffStatus.PAUSED, effective_date=None))
    assert store.events.between(dt.date(2025, 7, 1), dt.date(2025, 9, 1)) == []
    store.tariffs.delete(action.id)
    assert store.tariffs.history(action.id) == []


def test_spellings_saved_before_the_name_index_are_found_after_upgrade(db_path) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    from diplomatic_calendar.store.database import known_migrations

    Store.open(db_path, migrations=known_migrations()[:1]).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO officials (name, aliases, created_at, updated_at) "
        "VALUES ('Maroš Šefčovič', '[\"Maros Sefcovic\", \"M. Sefcovic\"]', 'x', 'x')"
    )
    conn.commit()
    conn.close()
    store = Store.open(db_path)
    assert store.officials.find_by_name("MAROS ŠEFČOVIČ").name == "Maroš Šefčovič"
    assert store.officials.find_by_name("m sefcovic").name == "Maroš Šefčovič"
    store.close()


def test_renaming_and_deleting_keep_the_spellings_in_step(store: Store) -> None:
    official = store.officials.add(Official("Sergei Lavrov"))
    store.officials.update(official.with_changes(name="Sergey Lavrov", aliases=("Sergei Lavrov",)))
    assert store.officials.find_by_name("sergey lavrov").id == official.id
    assert store.officials.find_by_name("Sergei Lavrov").id == official.id
    store.officials.update(official.with_changes(name="Sergey Lavrov", aliases=()))
    assert store.officials.find_by_name("Sergei Lavrov") is None
    assert official.id is not None
    store.officials.delete(official.id)
    assert store.officials.find_by_name("Sergey Lavrov") is None


def test_deadlines_are_the_deadline_events_falling_due_in_the_range_at_home(store: Store) -> None:
    """The slim deadline query agrees with reading whole events and picking by the local day
    each ends on (a deadline over several days falls due on its last)."""
    import itertools
    from zoneinfo import ZoneInfo

    from diplomatic_calendar.domain.filters import EventFilter

    first, end = dt.date(2025, 7, 10), dt.date(2025, 7, 20)
    store.tariffs.add(TariffAction("US", "MY", 25.0, effective_date=dt.date(2025, 7, 12)))
    store.tariffs.add(TariffAction("EU", "CN", 12.5, effective_date=dt.date(2025, 7, 20)))
    store.tariffs.add(TariffAction("US", "BR", 50.0, effective_date=dt.date(2025, 7, 9)))
    zones = ("Pacific/Auckland", "America/Los_Angeles", "UTC")
    for n, (day, hour, zone) in enumerate(itertools.product((9, 10, 19, 20), (0, 13, 23), zones)):
        start = dt.datetime(2025, 7, day, hour, tzinfo=ZoneInfo(zone))
        kind = (EventKind.DEADLINE, EventKind.MEETING)[n % 2]
        store.events.add(
            Event(f"Timed {n}", kind, start, start + dt.timedelta(hours=26), countries=("MY",))
        )
    for day in (9, 10, 15, 19, 20):
        start, stop = all_day_span(dt.date(2025, 7, day), dt.date(2025, 7, day + 1))
        store.events.add(
            Event(f"Day {day}", EventKind.DEADLINE, start, stop, countries=("FR", "DE"))
        )
    for home in ("Asia/Tokyo", "Europe/Berlin", "America/Chicago"):
        kinds = EventFilter(kinds=frozenset({EventKind.DEADLINE, EventKind.TARIFF_DEADLINE}))
        expected = []
        for event in store.events.between(first, end, home, kinds):
            end_at = event.end
            day = (
                (end_at - dt.timedelta(microseconds=1)).astimezone(ZoneInfo(home)).date()
                if isinstance(end_at, dt.datetime)
                else event.last_day
            )
            if first <= day < end:
                action = store.tariffs.get(event.tariff_action_id or 0)
                expected.append(
                    (day, event.title, event.countries, action.target if action else None)
                )
        found = store.tariffs.deadlines(first, end, home)
        expected.sort(key=lambda x: (x[0], x[1]))
        assert [(d.day, d.title, d.countries, d.target) for d in found] == expected
        titles = {d.title for d in found}
        assert titles >= {"Day 9", "Day 10", "Day 15"} and "Day 19" not in titles  # due on 20th
