"""A deterministic, realistic calendar for the benchmarks, written through the store's API."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.vocabulary import (
    CITIES,
    COUNTRIES,
    FIRST_NAMES,
    LAST_NAMES,
    TITLES,
    TOPICS,
    WORDS,
    ZONES,
)
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Evidence,
    Location,
    Official,
    OfficialRef,
    Source,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.store import Store

KIND_WEIGHTS = {
    EventKind.MEETING: 30,
    EventKind.CALL: 20,
    EventKind.VISIT: 10,
    EventKind.SUMMIT: 6,
    EventKind.SIGNING: 5,
    EventKind.STATEMENT: 12,
    EventKind.TARIFF_DEADLINE: 4,
    EventKind.DEADLINE: 8,
    EventKind.OTHER: 5,
}
FIRST_DAY = dt.date(2011, 1, 1)
PIVOT = dt.date(2025, 7, 10)  # "today" for statuses, fixed so that the calendar is reproducible
_PAST = (EventStatus.HELD, EventStatus.CONFIRMED, EventStatus.POSTPONED, EventStatus.CANCELLED)
_AHEAD = (
    EventStatus.PLANNED,
    EventStatus.TENTATIVE,
    EventStatus.CONFIRMED,
    EventStatus.POSTPONED,
    EventStatus.CANCELLED,
)
YEARS = 20


@dataclass(frozen=True, slots=True)
class Sizes:
    """How much of each record to make."""

    events: int = 100_000
    officials: int = 5_000
    tariffs: int = 2_000
    sources: int = 1_000

    @classmethod
    def scaled(cls, events: int) -> Sizes:
        """The default proportions for ``events`` events."""
        ratio = events / 100_000
        return cls(
            events=events,
            officials=max(20, round(5_000 * ratio)),
            tariffs=max(10, round(2_000 * ratio)),
            sources=max(10, round(1_000 * ratio)),
        )


@dataclass(frozen=True, slots=True)
class Timings:
    """Seconds each part of the generation took (events alone is the bulk-insert figure)."""

    sources: float
    officials: float
    tariffs: float
    events: float
    events_cpu: float


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def make_sources(rng: random.Random, count: int) -> list[Source]:
    """Articles of about 300 words; each text is unique (the store keeps one per text)."""
    out = []
    for number in range(count):
        body = " ".join(_sentence(rng, rng.randint(12, 30)) for _ in range(15))
        published = FIRST_DAY + dt.timedelta(days=rng.randrange(365 * YEARS))
        out.append(
            Source(
                text=f"Article {number}. {body}",
                title=f"{rng.choice(TOPICS).capitalize()} update {number}",
                outlet=rng.choice(("Reuters", "AP", "Bernama", "Nikkei", "Politico")),
                url=f"https://news.example.org/{number}",
                published=published,
            )
        )
    return out


def make_official(rng: random.Random, number: int) -> Official:
    """A minister or envoy with a country and, for some, another spelling."""
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {number}"
    aliases = (name.upper(),) if rng.random() < 0.2 else ()
    return Official(
        name=name,
        title=rng.choice(TITLES),
        country=rng.choice(COUNTRIES),
        aliases=aliases,
    )


def make_tariff(rng: random.Random) -> TariffAction:
    """A tariff announced somewhere in the twenty years, effective a few weeks later."""
    imposer, target = rng.sample(COUNTRIES, 2)
    announced = FIRST_DAY + dt.timedelta(days=rng.randrange(365 * YEARS - 120))
    return TariffAction(
        imposer=imposer,
        target=target,
        rate_percent=float(rng.choice((10, 15, 19, 20, 25, 32, 50))),
        status=TariffStatus.ANNOUNCED,
        announced_date=announced,
        effective_date=announced + dt.timedelta(days=rng.randint(7, 90)),
    )


def make_event(
    rng: random.Random, people: list[OfficialRef], source_ids: list[int], day: dt.date
) -> Event:
    """One event on ``day``: timed in a zone, or all-day (some over several days)."""
    kind = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()))[0]
    city, country = rng.choice(CITIES)
    others = rng.sample([c for c in COUNTRIES if c != country], rng.randint(1, 3))
    start: dt.date | dt.datetime
    end: dt.date | dt.datetime
    if kind.is_deadline:
        start, end = day, day + dt.timedelta(days=1)
    elif rng.random() < 0.15:  # summits, visits and rounds of talks over several days
        start = day
        end = day + dt.timedelta(days=rng.choice((1, 2, 3, 5)))
    else:
        tz = ZoneInfo(rng.choice(ZONES))
        start = dt.datetime.combine(day, dt.time(rng.randint(6, 20), rng.choice((0, 15, 30))), tz)
        end = start + dt.timedelta(minutes=rng.choice((30, 45, 60, 90, 120, 240, 1500)))
    evidence = None
    if source_ids and rng.random() < 0.1:
        evidence = Evidence(rng.choice(source_ids), 0, 40, "Ministers agreed to continue talks.")
    return Event(
        title=f"{country} – {others[0]} {rng.choice(TOPICS)}",
        kind=kind,
        start=start,
        end=end,
        status=_status(rng, day),
        location=Location(city, country),
        countries=(country, *others),
        participants=tuple(rng.sample(people, rng.randint(0, 3))) if people else (),
        notes=_sentence(rng, rng.randint(8, 25)),
        tags=("bench",) if rng.random() < 0.3 else (),
        evidence=evidence,
    )


def _status(rng: random.Random, day: dt.date) -> EventStatus:
    """Mostly held in the past and planned or confirmed ahead; a few postponed or cancelled."""
    if day < PIVOT:
        return rng.choices(_PAST, weights=(80, 10, 5, 5))[0]
    return rng.choices(_AHEAD, weights=(45, 20, 30, 3, 2))[0]


def _zone_cache_warm() -> None:
    for name in ZONES:
        ZoneInfo(name)


def generate(store: Store, sizes: Sizes, seed: int = 2025) -> Timings:
    """Fill an empty ``store``; the same seed and sizes give the same calendar every time."""
    rng = random.Random(seed)
    _zone_cache_warm()
    marks = [time.perf_counter()]
    with store.transaction():
        source_ids = [store.sources.add(s).id or 0 for s in make_sources(rng, sizes.sources)]
    marks.append(time.perf_counter())
    with store.transaction():
        officials = [store.officials.add(make_official(rng, n)) for n in range(sizes.officials)]
    people = [OfficialRef(o.id or 0, o.name) for o in officials]
    marks.append(time.perf_counter())
    with store.transaction():
        _add_tariffs(store, rng, sizes.tariffs)
    marks.append(time.perf_counter())
    plain = max(0, sizes.events - store.events.count())
    days = [FIRST_DAY + dt.timedelta(days=rng.randrange(365 * YEARS)) for _ in range(plain)]
    drafts = [make_event(rng, people, source_ids, day) for day in sorted(days)]
    marks.append(time.perf_counter())
    cpu = time.process_time()
    with store.transaction():
        store.events.add_many(drafts)
    cpu = time.process_time() - cpu
    marks.append(time.perf_counter())
    return Timings(
        sources=marks[1] - marks[0],
        officials=marks[2] - marks[1],
        tariffs=marks[3] - marks[2],
        events=marks[5] - marks[4],
        events_cpu=cpu,
    )


def _add_tariffs(store: Store, rng: random.Random, count: int) -> None:
    """Tariff actions, each with one to three later changes of status or rate."""
    for _ in range(count):
        action = store.tariffs.add(make_tariff(rng), changed_on=make_tariff(rng).announced_date)
        assert action.announced_date is not None
        when = action.announced_date
        for _step in range(rng.randint(1, 3)):
            when += dt.timedelta(days=rng.randint(3, 30))
            action = action.with_changes(
                status=rng.choice((TariffStatus.IN_FORCE, TariffStatus.PAUSED, TariffStatus.DEAL)),
                rate_percent=float(rng.choice((0, 10, 15, 19, 25))),
            )
            store.tariffs.update(action, note="benchmark change", changed_on=when)


def main(argv: list[str] | None = None) -> int:
    """Write a generated calendar to a new file and say how long each part took."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path", type=Path, help="the database file to create (must not exist)")
    parser.add_argument("-n", "--events", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    if args.path.exists():
        parser.error(f"{args.path} exists; choose a new file")
    store = Store.open(args.path)
    try:
        timings = generate(store, Sizes.scaled(args.events), args.seed)
        print(f"{store.events.count():,} events in {args.path}: {timings}")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
