"""Search ranks its matches best first, and still finds old events in a calendar of thousands."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store


def _event(title: str, day: int, notes: str = "") -> Event:
    start, end = all_day_span(dt.date(2025, 1, 1) + dt.timedelta(days=day))
    return Event(title=title, kind=EventKind.DEADLINE, start=start, end=end, notes=notes)


def test_the_best_match_comes_first(store: Store) -> None:
    store.events.add_many(
        [
            _event("Talks on rubber gloves", 1, notes="steel mentioned once"),
            _event("Steel quotas: steel safeguard review", 2, notes="steel"),
            _event("Steel dialogue", 3),
        ]
    )
    titles = [e.title for e in store.events.search("steel")]
    assert titles[0] == "Steel quotas: steel safeguard review"
    assert set(titles) == {
        "Talks on rubber gloves",
        "Steel quotas: steel safeguard review",
        "Steel dialogue",
    }


def test_a_rare_word_is_found_among_thousands_of_common_matches(store: Store) -> None:
    common = [_event(f"Steel talks round {n}", n % 300) for n in range(3000)]
    store.events.add_many([_event("Steel and molybdenum review", 5), *common])
    assert [e.title for e in store.events.search("molybdenum")] == ["Steel and molybdenum review"]
    assert len(store.events.search("steel", limit=50)) == 50
