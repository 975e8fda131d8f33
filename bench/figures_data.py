"""Figures without a window: bulk insert, the .ics round trip and article extraction."""

from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from pathlib import Path

from bench.article import PUBLISHED, article
from bench.generate import Timings
from bench.results import Figure, failed, not_measurable
from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.store import Store

MS = 1000.0
WHOLE_RANGE = (dt.date(2000, 1, 1), dt.date(2040, 1, 1))


def bulk(timings: Timings | None, events: int) -> list[Figure]:
    """The events part of generating the calendar: one add_many in one transaction."""
    name = f"bulk insert of {events:,} events"
    if timings is None:
        return [not_measurable(name, 10, "s", "--db given: nothing was inserted")]
    note = f"plus {timings.tariffs:.1f} s for tariffs, {timings.officials:.1f} s for officials"
    return [Figure(name, timings.events, 10, "s", note)]


def ics_round_trip(db: Path) -> list[Figure]:
    """Export every event to .ics, then import the file into an empty calendar."""
    name = ".ics export + re-import, every event"
    try:
        from diplomatic_calendar.printing.ics import export_calendar
        from diplomatic_calendar.printing.ics_read import import_calendar
    except ImportError:
        return [not_measurable(name, 60, "s", ".ics export or import not built yet")]
    store = Store.open(db)
    try:
        with tempfile.TemporaryDirectory(prefix="bench-ics-") as folder:
            start = time.perf_counter()
            data = export_calendar(store, store.events.between(*WHOLE_RANGE))
            exported = time.perf_counter() - start
            fresh = Store.open(Path(folder) / "reimport.db")
            report = import_calendar(fresh, data, home_zone="UTC", today=PUBLISHED)
            seconds = time.perf_counter() - start
            fresh.close()
    except (UserError, OSError) as err:
        return [failed(name, 60, "s", err)]
    finally:
        store.close()
    note = f"export {exported:.1f} s, {len(data) / 1e6:.0f} MB; import: {report.summary}"
    return [Figure(name, seconds, 60, "s", note)]


def extraction(rounds: int, reference_rounds: int) -> list[Figure]:
    """The extraction engine on a 1,000-word article, and dateparser on the same text."""
    text = article(1000)
    words = len(text.split())
    try:
        from diplomatic_calendar.extraction import extract
    except ImportError:
        return [not_measurable("extraction, 1,000-word article", 20, "ms", "not built yet")]
    extract(text, PUBLISHED)  # warm: lexicons and patterns load on first use
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        found = extract(text, PUBLISHED)
        times.append(time.perf_counter() - start)
    counts = f"{len(found.officials)} officials, {len(found.events)} events"
    figures = [
        Figure(
            f"extraction, {words:,}-word article, median",
            statistics.median(times) * MS,
            20,
            "ms",
            f"{rounds} runs; found {counts}, {len(found.tariffs)} tariffs",
        )
    ]
    return figures + _dateparser(text, reference_rounds)


def _dateparser(text: str, rounds: int) -> list[Figure]:
    name = "dateparser search_dates, same text, median"
    try:
        from dateparser.search import search_dates
    except ImportError:
        return [not_measurable(name, None, "ms", "dateparser is not installed (dev extra)")]
    search_dates(text[:200])  # warm: its language data loads on first use
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        found = search_dates(text) or []
        times.append(time.perf_counter() - start)
    note = f"{rounds} runs; {len(found)} dates found"
    return [Figure(name, statistics.median(times) * MS, None, "ms", note)]
