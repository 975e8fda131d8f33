"""Benchmark the extraction engine: a 1,000-word article, a 2 MB text, and dateparser for scale.

    python bench/bench_extraction.py [--quick] [--corpus DIR]

Prints a table with the targets and exits 1 when one is missed. Targets are checked against CPU
time, which other work on a shared machine hardly disturbs; wall time is shown beside it. The
articles are generated from this project's own invented test stories; ``--corpus`` adds timings
on a folder of real articles (header, a line ``---``, then the text) when one is at hand.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from diplomatic_calendar.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "extraction" / "fixtures"
PUBLISHED = dt.date(2025, 7, 10)
MEDIAN_TARGET_S = 0.020
LARGE_TARGET_S = 5.0
LARGE_CHARS = 2 * 1024 * 1024


def article(words: int) -> str:
    """About ``words`` words of wire copy, stitched from the fixture stories."""
    stories = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    body = "\n".join(stories)
    out = body
    while len(out.split()) < words:
        out += "\n" + body
    return " ".join(out.split(" ")[: words + 1])


Timing = tuple[float, float]  # CPU seconds, wall seconds


def timed(run: Callable[[], object]) -> Timing:
    """CPU and wall time of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def median_seconds(run: Callable[[], object], repeat: int) -> Timing:
    """Median CPU and wall time of ``run`` over ``repeat`` calls, after one warm-up call."""
    run()
    times = [timed(run) for _ in range(repeat)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def dateparser_seconds(text: str, repeat: int) -> Timing | None:
    """dateparser's search_dates on the same text, for comparison; None when not installed."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    settings = {"RELATIVE_BASE": dt.datetime(2025, 7, 10)}
    return median_seconds(lambda: search_dates(text, languages=["en"], settings=settings), repeat)


Row = tuple[str, Timing, float | None]


def corpus_rows(folder: Path, repeat: int) -> list[Row]:
    """Median time per real article in ``folder`` (optional extra)."""
    rows: list[Row] = []
    for path in sorted(folder.glob("*.txt")):
        _, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
        if sep:
            rows.append(
                (
                    f"corpus {path.name[:30]}",
                    median_seconds(lambda b=body: extract(b, PUBLISHED), repeat),
                    MEDIAN_TARGET_S,
                )
            )
    return rows


def main(argv: list[str] | None = None) -> int:
    """Run the timings, print the table, return 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs and a smaller large text")
    parser.add_argument("--corpus", type=Path, help="a folder of real articles to time as well")
    args = parser.parse_args(argv)
    repeat = 5 if args.quick else 50
    text = article(1000)
    large = (text + "\n") * (LARGE_CHARS // (len(text) + 1) + 1)
    if args.quick:
        large = large[: LARGE_CHARS // 8]
    rows: list[Row] = [
        (
            f"extract, {len(text.split())} words (median)",
            median_seconds(lambda: extract(text, PUBLISHED), repeat),
            MEDIAN_TARGET_S,
        ),
    ]
    large_time = timed(lambda: extract(large, PUBLISHED))
    rows.append((f"extract, {len(large) / 1e6:.1f} MB", large_time, LARGE_TARGET_S))
    compared = dateparser_seconds(text, max(1, repeat // 5))
    if compared is not None:
        rows.append(("dateparser search_dates, same article", compared, None))
    if args.corpus is not None and args.corpus.is_dir():
        rows.extend(corpus_rows(args.corpus, repeat))
    return report(rows)


def report(rows: list[Row]) -> int:
    """Print the table; 1 when any timed row's CPU time is over its target."""
    print(f"{'measure':44} {'cpu s':>9} {'wall s':>9} {'target':>8}  ok")
    missed = 0
    for name, (cpu, wall), target in rows:
        ok = target is None or cpu <= target
        missed += not ok
        shown = f"{target:8.3f}" if target is not None else f"{'-':>8}"
        print(f"{name:44} {cpu:9.4f} {wall:9.4f} {shown}  {'yes' if ok else 'NO'}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
