"""Figures that need the real window, each taken in a fresh subprocess: start-up, views, memory."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.results import Figure, failed, not_measurable

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
MS = 1000.0


def _env(config_home: str) -> dict[str, str]:
    """Offscreen, with settings of its own, and quitting once the first frame is painted."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["XDG_CONFIG_HOME"] = config_home
    env["DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT"] = "1"
    # A user's Python keeps compiled modules; without them every start compiles ours again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def time_to_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its "painted" line (both read CLOCK_MONOTONIC)."""
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    for line in done.stdout.splitlines():
        if line.startswith("painted "):
            return float(line.split()[1]) - start
    raise RuntimeError(
        f"{command[-1]} never painted (exit {done.returncode}): {done.stderr[-300:]}"
    )


def startup(db: Path, runs: int) -> list[Figure]:
    """App and floor, alternated so that both see the same machine load; medians compared."""
    app_cmd = [sys.executable, "-m", "diplomatic_calendar", "--db", str(db)]
    floor_cmd = [sys.executable, str(BENCH / "harness_floor.py")]
    name = "start-up to first paint, app ÷ floor"
    try:
        with tempfile.TemporaryDirectory(prefix="bench-config-") as home:
            env = _env(home)
            time_to_paint(app_cmd, env)  # the first run also compiles .pyc files: not counted
            app, floor = [], []
            for _ in range(runs):
                app.append(time_to_paint(app_cmd, env))
                floor.append(time_to_paint(floor_cmd, env))
            phases = traced_phases(app_cmd, env)
    except (RuntimeError, subprocess.TimeoutExpired) as err:
        return [failed(name, 1.5, "×", err)]
    app_ms, floor_ms = statistics.median(app) * MS, statistics.median(floor) * MS
    note = f"app {app_ms:.0f} ms, floor {floor_ms:.0f} ms (medians of {runs})"
    return [Figure(name, app_ms / floor_ms, 1.5, "×", note, detail=phases)]


def traced_phases(command: list[str], env: dict[str, str]) -> str:
    """One more start with its phases traced (see diplomatic_calendar.startup_trace)."""
    traced = {**env, "DIPLOMATIC_CALENDAR_STARTUP_TRACE": "1"}
    try:
        done = subprocess.run(
            command, env=traced, capture_output=True, text=True, timeout=120, check=False
        )
    except subprocess.TimeoutExpired:
        return "the traced start did not finish"
    lines = done.stderr.splitlines()
    first = next((n for n, line in enumerate(lines) if line.startswith("start-up phases")), None)
    if first is None:
        return "the traced start printed no phases"
    return "\n".join(lines[first:])


def _harness(mode: str, db: Path, extra: str, count: int = 0) -> dict[str, Any]:
    command = [sys.executable, str(BENCH / "harness_ui.py"), mode, str(db), extra, str(count)]
    env = _env(str(Path(extra).parent))
    del env["DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT"]
    done = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"harness {mode} exited {done.returncode}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def views(db: Path, switches: int) -> list[Figure]:
    """Next period and paint in month, week and agenda; the agenda over a year; search shown."""
    with tempfile.TemporaryDirectory(prefix="bench-views-") as folder:
        try:
            result = _harness("views", db, str(Path(folder) / "settings.ini"), switches)
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as err:
            return [failed("views, agenda and search", None, "ms", err)]
    figures: list[Figure] = []
    for name, times in result["views"].items():
        label = f"{name}: next period + paint"
        if times is None:
            figures.append(not_measurable(f"{label}, median", 30, "ms", "view not built yet"))
            continue
        wall, cpu = times["wall"], times["cpu"]
        note = f"{len(wall)} switches; wall {_ms(wall)}"
        figures.append(Figure(f"{label}, median", statistics.median(cpu) * MS, 30, "ms", note))
        note = f"wall {max(wall) * MS:.1f} ms"
        figures.append(Figure(f"{label}, worst", max(cpu) * MS, 100, "ms", note))
    figures.append(_scroll_figure(result["agenda_scroll"]))
    figures.append(_search_figure(result["search"]))
    return figures


def _ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * MS:.1f} ms"


def _scroll_figure(frames: dict[str, list[float]] | None) -> Figure:
    name = "agenda over a year, scrolled: worst frame"
    if not frames or not frames["wall"]:
        return not_measurable(name, 50, "ms", "agenda view not built yet")
    wall = frames["wall"]
    note = f"{len(wall)} pages, median {_ms(frames['cpu'])}; wall worst {max(wall) * MS:.1f} ms"
    return Figure(name, max(frames["cpu"]) * MS, 50, "ms", note)


def _search_figure(searches: dict[str, dict[str, list[float]]]) -> Figure:
    medians = {query: statistics.median(times["cpu"]) for query, times in searches.items()}
    slowest = max(medians, key=lambda q: medians[q])
    runs = searches[slowest]
    note = f"slowest of {len(medians)} queries ({slowest!r}); wall {_ms(runs['wall'])}"
    return Figure("search whole calendar + list shown", medians[slowest] * MS, 50, "ms", note)


def memory(db: Path) -> list[Figure]:
    """Peak resident memory after opening the calendar and visiting every view."""
    name = "peak RSS after visiting every view"
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder:
        try:
            result = _harness("memory", db, str(Path(folder) / "settings.ini"))
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as err:
            return [failed(name, 250, "MB", err)]
    note = "views: " + ", ".join(result["views"])
    return [Figure(name, result["peak_rss_mb"], 250, "MB", note)]


def printing(db: Path) -> list[Figure]:
    """A one-year agenda to PDF, when the printing module has print_to_pdf."""
    name = "one-year agenda to PDF"
    try:
        from diplomatic_calendar.printing import print_to_pdf  # noqa: F401
    except ImportError:
        return [not_measurable(name, 5, "s", "printing not built yet")]
    with tempfile.TemporaryDirectory(prefix="bench-print-") as folder:
        try:
            result = _harness("print", db, str(Path(folder) / "agenda.pdf"))
        except (RuntimeError, subprocess.TimeoutExpired, ValueError) as err:
            return [failed(name, 5, "s", err)]
    note = f"{result['events']:,} events, {result['pages']} pages; wall {result['seconds']:.2f} s"
    return [Figure(name, result["cpu"], 5, "s", note)]
