"""A traced start lists its phases in order once the first frame is painted."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from diplomatic_calendar import startup_trace

PHASES = [
    "Python, the command line and the domain loaded",
    "arguments read, the store loaded",
    "Qt core loaded, settings read",
    "Qt widgets and the window's modules loaded",
    "QApplication made, theme applied",
    "no other window open on this calendar",
    "calendar open (its check runs on)",
    "window built",
    "first frame painted",
]


def test_marks_are_listed_with_their_share(monkeypatch: pytest.MonkeyPatch) -> None:
    times = iter([10.0, 10.25, 10.5])
    monkeypatch.setattr(startup_trace, "ENABLED", True)
    monkeypatch.setattr(startup_trace, "_marks", [])
    monkeypatch.setattr(startup_trace.time, "perf_counter", lambda: next(times))
    monkeypatch.setattr(startup_trace, "process_start", lambda: 9.75)
    startup_trace.mark("first")
    startup_trace.mark("second")
    lines = startup_trace.report().splitlines()
    assert lines[1].split() == ["250.0", "+", "250.0", "first"]
    assert lines[2].split() == ["500.0", "+", "250.0", "second"]


def test_nothing_is_kept_when_tracing_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(startup_trace, "ENABLED", False)
    monkeypatch.setattr(startup_trace, "_marks", [])
    startup_trace.mark("ignored")
    assert startup_trace.report() == ""


def test_a_traced_start_reports_every_phase_in_order(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT="1",
        DIPLOMATIC_CALENDAR_STARTUP_TRACE="1",
    )
    command = [sys.executable, "-m", "diplomatic_calendar", "--db", str(tmp_path / "c.db")]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("painted ")
    phase = re.compile(r"^\s+[\d.]+\s+\+\s*[\d.]+\s+(.+)$")
    listed = [m[1] for m in map(phase.match, done.stderr.splitlines()) if m]
    assert listed == PHASES
