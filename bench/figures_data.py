"""Figures without a window: bulk insert, the .ics round trip and article extraction."""

from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from bench.generate import Timings
from bench.results import Figure, failed, not_measurable
from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.store import Store

MS = 1000.0
PUBLISHED = dt.date(2025, 7, 10)
WHOLE_RANGE = (dt.date(2000, 1, 1), dt.date(2040, 1, 1))


def bulk(timings: Timings | None, events: int) -> list[Figure]:
    """The events part of generating the calendar: one add_many in one transaction."""
    name = f"bulk insert of {events:,} events"
    if timings is None:
        return [not_measurable(name, 10, "s", "--db given: nothing was inserted")]
    note = f"wall {timings.events:.2f} s; tariffs took {timings.tariffs:.1f} s more"
    return [Figure(name, timings.events_cpu, 10, "s", note)]


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
            start, cpu = time.perf_counter(), time.process_time()
            data = export_calendar(store, store.events.between(*WHOLE_RANGE))
            exported = time.perf_counter() - start
            fresh = Store.open(Path(folder) / "reimport.db")
            report = import_calendar(fresh, data, home_zone="UTC", today=PUBLISHED)
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
            fresh.close()
    except (UserError, OSError) as err:
        return [failed(name, 60, "s", err)]
    finally:
        store.close()
    note = (
        f"wall {seconds:.1f} s (export {exported:.1f}), {len(data) / 1e6:.0f} MB; {report.summary}"
    )
    return [Figure(name, cpu, 60, "s", note)]


def extraction(rounds: int, reference_rounds: int) -> list[Figure]:
    """The extraction engine on a 1,000-word article, and dateparser on the same text.

    Uses the extraction benchmark's own article and timing, so that both tables agree.
    """
    try:
        from bench.bench_extraction import article, dateparser_seconds, median_seconds
        from diplomatic_calendar.extraction import extract
    except ImportError as err:
        return [not_measurable("extraction, 1,000-word article", 20, "ms", str(err))]
    text = article(1000)
    cpu, wall = median_seconds(lambda: extract(text, PUBLISHED), rounds)
    name = f"extraction, {len(text.split()):,}-word article, median"
    figures = [Figure(name, cpu * MS, 20, "ms", f"{rounds} runs; wall {wall * MS:.1f} ms")]
    reference = dateparser_seconds(text, reference_rounds)
    name = "dateparser search_dates, same text, median"
    if reference is None:
        figures.append(not_measurable(name, None, "ms", "dateparser is not installed (dev extra)"))
    else:
        note = f"{reference_rounds} runs; wall {reference[1] * MS:,.0f} ms"
        figures.append(Figure(name, reference[0] * MS, None, "ms", note))
    return figures
