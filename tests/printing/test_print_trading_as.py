"""A printout for an EU member shows the tariffs on the EU, as the deadlines list and the
country panel do."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import TariffAction, TariffStatus
from diplomatic_calendar.printing import PrintOptions
from diplomatic_calendar.printing.data import gather
from diplomatic_calendar.printing.render import build_html
from diplomatic_calendar.store import Store

TODAY = dt.date(2025, 7, 10)


def _calendar() -> Store:
    store = Store.memory()
    store.tariffs.add(
        TariffAction(
            "US", "EU", 30.0, status=TariffStatus.THREATENED, effective_date=TODAY.replace(day=20)
        ),
        changed_on=TODAY,
    )
    store.tariffs.add(
        TariffAction("US", "JP", 25.0, effective_date=TODAY.replace(day=25)), changed_on=TODAY
    )
    store.tariffs.add(
        TariffAction("EU", "US", 15.0, status=TariffStatus.PAUSED, announced_date=TODAY),
        changed_on=TODAY,
    )
    return store


def _options(style: str, **kw) -> PrintOptions:  # type: ignore[no-untyped-def]
    return PrintOptions(style, dt.date(2025, 7, 1), dt.date(2025, 7, 31), today=TODAY, **kw)


def test_deadlines_printed_for_an_eu_member_include_the_tariffs_on_the_eu() -> None:
    store = _calendar()
    germany = EventFilter(countries=frozenset({"DE"}))
    html = build_html(gather(store, _options("deadlines", event_filter=germany)))
    assert "30%" in html and "European Union" in html
    assert "Japan" not in html
    japan = EventFilter(countries=frozenset({"JP"}))
    html = build_html(gather(store, _options("deadlines", event_filter=japan)))
    assert "Japan" in html and "European Union" not in html
    store.close()


def test_a_country_brief_of_an_eu_member_lists_what_the_eu_faces_and_imposes() -> None:
    store = _calendar()
    data = gather(store, _options("country", country="DE"))
    assert data.country is not None
    listed = [(a.imposer, a.target) for a, _history in data.country.tariffs]
    assert listed == [("US", "EU"), ("EU", "US")]
    japan = gather(store, _options("country", country="JP"))
    assert japan.country is not None
    assert [(a.imposer, a.target) for a, _ in japan.country.tariffs] == [("US", "JP")]
    store.close()


def test_a_brief_lists_the_meetings_of_its_days_and_kinds_only() -> None:
    from diplomatic_calendar.domain.model import Event, EventKind
    from diplomatic_calendar.domain.timing import all_day_span

    store = _calendar()
    for title, kind, day in (
        ("Talks in Tokyo", EventKind.MEETING, dt.date(2025, 7, 3)),
        ("Call with Tokyo", EventKind.CALL, dt.date(2025, 7, 15)),
        ("Talks in Osaka", EventKind.MEETING, dt.date(2025, 9, 3)),
    ):
        start, end = all_day_span(day)
        store.events.add(Event(title, kind, start, end, countries=("JP",)))
    data = gather(store, _options("country", country="JP"))
    assert data.country is not None
    assert [e.title for e in data.country.recent] == ["Talks in Tokyo"]
    assert "Call with Tokyo" in [e.title for e in data.country.upcoming]
    assert "Talks in Osaka" not in [e.title for e in data.country.upcoming]
    calls = EventFilter(kinds=frozenset({EventKind.CALL}))
    only_calls = gather(store, _options("country", country="JP", event_filter=calls))
    assert only_calls.country is not None
    assert [e.title for e in [*only_calls.country.upcoming, *only_calls.country.recent]] == [
        "Call with Tokyo"
    ]
    store.close()
