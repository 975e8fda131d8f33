"""The benchmark suite: build the calendar, take every figure, print the table, judge it."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench import figures_app, figures_data
from bench.generate import Sizes, Timings, generate
from bench.results import Figure, table
from diplomatic_calendar.store import Store


@dataclass(frozen=True, slots=True)
class Plan:
    """How hard to measure: the full suite, or the small smoke version CI runs."""

    events: int
    startup_runs: int
    switches: int
    extraction_runs: int
    reference_runs: int


FULL = Plan(events=100_000, startup_runs=10, switches=60, extraction_runs=30, reference_runs=3)
QUICK = Plan(events=1_000, startup_runs=3, switches=10, extraction_runs=5, reference_runs=1)
GROUPS = ("bulk", "startup", "views", "memory", "printing", "ics", "extraction")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bench/run.py",
        description="Measure Diplomatic Calendar against its performance targets.",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="a small calendar and few runs (under a minute); fails only on errors, not targets",
    )
    parser.add_argument("-n", "--events", type=int, help="events to generate (default 100,000)")
    parser.add_argument("--db", type=Path, help="measure this calendar instead of generating one")
    parser.add_argument("--seed", type=int, default=2025, help="generator seed (default 2025)")
    parser.add_argument(
        "--only", action="append", choices=GROUPS, help="take only these figures (repeatable)"
    )
    return parser


def _build(folder: Path, events: int, seed: int) -> tuple[Path, Timings]:
    path = folder / "bench.db"
    store = Store.open(path)
    try:
        timings = generate(store, Sizes.scaled(events), seed)
    finally:
        store.close()
    return path, timings


def _measure(
    db: Path, timings: Timings | None, plan: Plan, events: int, only: set[str]
) -> list[Figure]:
    steps: dict[str, Callable[[], list[Figure]]] = {
        "bulk": lambda: figures_data.bulk(timings, events),
        "startup": lambda: figures_app.startup(db, plan.startup_runs),
        "views": lambda: figures_app.views(db, plan.switches),
        "memory": lambda: figures_app.memory(db),
        "printing": lambda: figures_app.printing(db),
        "ics": lambda: figures_data.ics_round_trip(db),
        "extraction": lambda: figures_data.extraction(plan.extraction_runs, plan.reference_runs),
    }
    figures: list[Figure] = []
    for name, step in steps.items():
        if name in only:
            started = time.perf_counter()
            figures.extend(step())
            print(f"  {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Run the suite; 0 when every target holds (in --quick, when nothing crashed)."""
    args = _parser().parse_args(argv)
    plan = QUICK if args.quick else FULL
    events = args.events or plan.events
    only = set(args.only or GROUPS)
    with tempfile.TemporaryDirectory(prefix="bench-") as folder:
        timings: Timings | None = None
        db = args.db
        if db is None:
            print(f"generating {events:,} events (seed {args.seed})…", file=sys.stderr)
            db, timings = _build(Path(folder), events, args.seed)
        figures = _measure(db, timings, plan, events, only)
    print(table(figures))
    print(
        "\nTimes are CPU time of the work measured (a shared machine inflates wall time, shown in"
        "\nthe note); start-up is wall time to the first frame, against the floor in the same run."
    )
    errors = [f for f in figures if f.error]
    missed = [f for f in figures if f.holds is False]
    for figure in missed:
        if figure.detail:
            print(f"\n{figure.name}, missed; one traced run:\n{figure.detail}")
    if errors:
        print(f"\n{len(errors)} figure(s) could not be measured.", file=sys.stderr)
        return 2
    if missed and not args.quick:
        print(f"\n{len(missed)} figure(s) missed the target.", file=sys.stderr)
        return 1
    return 0
