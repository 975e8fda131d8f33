"""Reading what a printout shows from the store: the same queries the calendar views use."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from diplomatic_calendar.domain.geography import trading_as
from diplomatic_calendar.domain.model import Event, Official, Source, TariffAction, TariffChange
from diplomatic_calendar.domain.timing import zone
from diplomatic_calendar.printing._html import local_days
from diplomatic_calendar.printing.options import PrintOptions

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

# How many past and future meetings a country brief lists; one page is the aim.
BRIEF_MEETINGS = 8


@dataclass(frozen=True, slots=True)
class CountryData:
    """Everything a country brief needs about one country."""

    code: str
    tariffs: list[tuple[TariffAction, list[TariffChange]]]
    officials: list[Official]
    upcoming: list[Event]
    recent: list[Event]
    sources: list[Source]


@dataclass(frozen=True, slots=True)
class ScheduleData:
    """The events of the range (already filtered) and the tariff actions they point to."""

    options: PrintOptions
    events: list[Event]
    tariffs: dict[int, TariffAction] = field(default_factory=dict)
    country: CountryData | None = None


def gather(store: Store, options: PrintOptions) -> ScheduleData:
    """The records a printout needs, read once, so that building its HTML touches no database."""
    event_filter = options.event_filter
    if options.style == "deadlines" and event_filter.countries:
        # As the deadlines list has it: an EU member faces the tariffs on the EU too.
        wider = frozenset(c for code in event_filter.countries for c in trading_as(code))
        event_filter = replace(event_filter, countries=wider)
    events = store.events.between(options.first, options.end, options.zone, event_filter)
    tariffs: dict[int, TariffAction] = {}
    for event in events:
        if event.tariff_action_id is not None and event.tariff_action_id not in tariffs:
            action = store.tariffs.get(event.tariff_action_id)
            if action is not None:
                tariffs[event.tariff_action_id] = action
    country = _country(store, options, events) if options.style == "country" else None
    return ScheduleData(options, events, tariffs, country)


def _country(store: Store, options: PrintOptions, events: list[Event]) -> CountryData:
    """The brief of ``options.country``: its tariffs and officials, and its events among
    ``events`` (the printout's days and kinds), split at the reference day."""
    code = options.country or ""
    actions = [(a, store.tariffs.history(a.id or 0)) for a in _tariffs_of(store, code)]
    parties = set(trading_as(code))
    zone_info = zone(options.zone)
    day = options.reference_day
    upcoming: list[Event] = []
    recent: list[Event] = []
    for event in events:
        own = code in event.countries or event.location.country == code
        # an EU member's deadlines include the EU's tariffs, as its panel shows them
        if not own and not (event.kind.is_deadline and parties & set(event.countries)):
            continue
        (upcoming if local_days(event, zone_info)[1] >= day else recent).append(event)
    recent.reverse()  # latest first, as the window's country page lists them
    involved = [*upcoming, *recent]
    sources: dict[int, Source] = {}
    for event in involved:
        if event.evidence is not None and event.evidence.source_id not in sources:
            found = store.sources.get(event.evidence.source_id)
            if found is not None and found.id is not None:
                sources[found.id] = found
    return CountryData(
        code=code,
        tariffs=actions,
        officials=store.officials.all(country=code),
        upcoming=upcoming[:BRIEF_MEETINGS],
        recent=recent[:BRIEF_MEETINGS],
        sources=sorted(sources.values(), key=_published, reverse=True),
    )


def _tariffs_of(store: Store, code: str) -> list[TariffAction]:
    """The actions the country imposes or faces, as its panel lists them: an EU member's
    include the EU's, latest first."""
    found: dict[int, TariffAction] = {}
    for party in trading_as(code):
        for action in store.tariffs.all(target=party):
            found.setdefault(action.id or 0, action)
    return sorted(found.values(), key=_when, reverse=True)


def _when(action: TariffAction) -> tuple[dt.date, int]:
    return (action.effective_date or action.announced_date or dt.date.min, action.id or 0)


def _published(source: Source) -> dt.date:
    return source.published or dt.date.min


def _start(event: Event, like: dt.datetime) -> dt.datetime:
    if isinstance(event.start, dt.datetime):
        return event.start
    return dt.datetime.combine(event.start, dt.time(), tzinfo=like.tzinfo)


def _end(event: Event, like: dt.datetime) -> dt.datetime:
    if isinstance(event.end, dt.datetime):
        return event.end
    return dt.datetime.combine(event.end, dt.time(), tzinfo=like.tzinfo)
