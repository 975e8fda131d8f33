"""Search finds the meetings of the people and countries typed, after the text matches: an
analyst's first search is usually a name."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event, EventKind, Official, OfficialRef
from diplomatic_calendar.store import Store

DAY = dt.date(2025, 7, 15)


def _meeting(store: Store, title: str, *people: Official, countries: tuple[str, ...] = ()) -> None:
    refs = tuple(OfficialRef(p.id or 0, p.name) for p in people)
    store.events.add(
        Event(
            title,
            EventKind.MEETING,
            DAY,
            DAY + dt.timedelta(days=1),
            participants=refs,
            countries=countries,
        )
    )


def test_a_participants_name_finds_the_meetings_they_attend(store: Store) -> None:
    greer = store.officials.add(Official("Jamieson Greer", "Trade Representative", "US"))
    sefcovic = store.officials.add(
        Official("Maroš Šefčovič", "Trade Commissioner", "EU", aliases=("Maros Sefcovic",))
    )
    _meeting(store, "Steel talks in Brussels", greer, sefcovic)
    _meeting(store, "Greer testifies to Congress", greer)
    _meeting(store, "Commission briefing", sefcovic)
    assert [e.title for e in store.events.search("Greer")] == [
        "Greer testifies to Congress",  # the title's own match comes first
        "Steel talks in Brussels",
    ]
    assert [e.title for e in store.events.search("Maros Sefcovic")] == [
        "Commission briefing",
        "Steel talks in Brussels",
    ]
    assert store.events.search("Greer Sefcovic") == []  # every word in one person's name


def test_a_country_named_whole_finds_its_events_and_a_code_only_in_capitals(
    store: Store,
) -> None:
    _meeting(store, "Quad consultations", countries=("JP", "IN", "US", "AU"))
    _meeting(store, "Talks in Geneva", countries=("CH",))
    assert [e.title for e in store.events.search("Japan")] == ["Quad consultations"]
    assert [e.title for e in store.events.search("JP")] == ["Quad consultations"]
    assert [e.title for e in store.events.search("in")] == ["Talks in Geneva"]  # a word


def test_a_country_finds_the_events_held_there_and_a_city_stays_a_city(store: Store) -> None:
    from diplomatic_calendar.domain.model import Location

    store.events.add(
        Event(
            "Rubio meets Lavrov",
            EventKind.MEETING,
            DAY,
            DAY + dt.timedelta(days=1),
            location=Location("Kuala Lumpur", "MY"),
            countries=("US", "RU"),
        )
    )
    _meeting(store, "Trade Council", countries=("EU",))
    assert [e.title for e in store.events.search("Malaysia")] == ["Rubio meets Lavrov"]
    assert store.events.search("Brussels") == []  # no event in Brussels: not the EU's events
