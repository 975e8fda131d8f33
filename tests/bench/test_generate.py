"""The benchmark calendar: deterministic, and as varied as the real thing it stands in for."""

from __future__ import annotations

import datetime as dt

from bench.generate import Sizes, generate

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store

SMALL = Sizes(events=400, officials=30, tariffs=12, sources=10)


def _all_events(store: Store) -> list[Event]:
    return store.events.between(dt.date(2010, 1, 1), dt.date(2032, 1, 1))


def test_generated_calendar_has_every_kind_zone_spread_and_link(store: Store) -> None:
    generate(store, SMALL, seed=7)
    events = _all_events(store)
    assert store.events.count() == len(events) == SMALL.events
    assert {e.kind for e in events} == set(EventKind)
    zones = {e.timezone for e in events if not e.all_day}
    assert {"Asia/Kathmandu", "Pacific/Chatham"} <= zones
    assert any(e.all_day and (e.end - e.start).days > 1 for e in events)
    assert any(e.participants for e in events) and any(e.evidence for e in events)
    assert len({e.first_day.year for e in events}) == 20
    assert len(store.officials.all()) == SMALL.officials
    tariffs = store.tariffs.all()
    assert len(tariffs) == SMALL.tariffs
    assert all(len(store.tariffs.history(t.id or 0)) >= 2 for t in tariffs)


def test_same_seed_same_calendar_other_seed_another() -> None:
    titles = []
    for seed in (7, 7, 8):
        store = Store.memory()
        generate(store, SMALL, seed=seed)
        titles.append([(e.title, e.start) for e in _all_events(store)])
        store.close()
    assert titles[0] == titles[1]
    assert titles[0] != titles[2]
