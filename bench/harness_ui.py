"""Run in a subprocess: open the real window on a calendar and time what a user waits for.

Usage: harness_ui.py MODE DB SETTINGS_FILE [COUNT]; MODE is views, memory or print. The last line
of output is a JSON object with the measurements (seconds, megabytes).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QListWidget

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow

# A day inside the generated twenty years, so that every view has plenty to show.
NOW = dt.datetime(2021, 6, 15, 9, 0, tzinfo=dt.UTC)
TIMED_VIEWS = ("month", "week", "agenda")
Timed = dict[str, list[float]]
SEARCHES = ("steel", "rare earths", "semiconductor export", "Kuala Lumpur", "quotas safeguards")


def _open(db: str, settings_file: str, agenda_days: int = 14) -> tuple[QApplication, MainWindow]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    settings = QSettings(settings_file, QSettings.Format.IniFormat)
    settings.setValue("home_zone", "Europe/Berlin")
    settings.setValue("agenda_days", agenda_days)
    context = AppContext(store=Store.open(Path(db)), settings=settings, clock=fixed_clock(NOW))
    window = MainWindow(context)
    window.resize(1400, 900)
    window.show()
    _settle(app)
    return app, window


@contextmanager
def _timed(into: Timed) -> Iterator[None]:
    """Wall time (what the user waits) and this thread's CPU time (what load does not inflate)."""
    wall, cpu = time.perf_counter(), time.thread_time()
    yield
    into["wall"].append(time.perf_counter() - wall)
    into["cpu"].append(time.thread_time() - cpu)


def _settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def _view_names(window: MainWindow) -> tuple[str, ...]:
    pane = getattr(window, "pane", None)
    module = sys.modules.get(type(pane).__module__) if pane is not None else None
    return tuple(getattr(module, "VIEW_NAMES", ("month",)))


def time_views(app: QApplication, window: MainWindow, switches: int) -> dict[str, Any]:
    """Each view: next period, then paint; the seconds every switch took."""
    known = _view_names(window)
    out: dict[str, Any] = {}
    for name in TIMED_VIEWS:
        if name not in known or not hasattr(window, "set_view"):
            out[name] = None
            continue
        window.set_view(name)
        _settle(app)
        times: Timed = {"wall": [], "cpu": []}
        for _ in range(switches):
            with _timed(times):
                window.step(1)
                window.repaint()
                app.processEvents()
        out[name] = times
    return out


def time_agenda_scroll(app: QApplication, window: MainWindow) -> Timed | None:
    """The agenda over a year, scrolled a page at a time: the seconds each frame took."""
    if "agenda" not in _view_names(window):
        return None
    window.set_view("agenda")
    _settle(app)
    view = window.pane.current_view()
    assert isinstance(view, QAbstractScrollArea)
    bar = view.verticalScrollBar()
    times: Timed = {"wall": [], "cpu": []}
    while bar.value() < bar.maximum():
        with _timed(times):
            bar.setValue(bar.value() + bar.pageStep())
            view.viewport().repaint()
            app.processEvents()
    return times


def time_search(app: QApplication, window: MainWindow, rounds: int) -> dict[str, Timed]:
    """Full-text queries over the whole calendar, with the titles listed and painted."""
    store = window.context.store
    shown = QListWidget()
    shown.resize(600, 500)
    shown.show()
    out: dict[str, Timed] = {}
    for query in SEARCHES:
        out[query] = {"wall": [], "cpu": []}
        for _ in range(rounds):
            with _timed(out[query]):
                found = store.events.search(query)
                shown.clear()
                shown.addItems([f"{e.first_day:%d %b %Y}  {e.title}" for e in found])
                shown.repaint()
                app.processEvents()
    return out


def visit_every_view(app: QApplication, window: MainWindow) -> None:
    """Show each view and step it once, as a user looking around would."""
    for name in _view_names(window):
        if hasattr(window, "set_view"):
            window.set_view(name)
        window.step(1)
        window.repaint()
        _settle(app)


def peak_rss_mb() -> float:
    """This program's peak resident memory, in megabytes.

    On Linux getrusage() also counts the parent's memory at the fork that started this process
    (it survives exec), so a suite holding 100,000 generated events reported 326 MB for a window
    using 108; VmHWM in /proc belongs to this program's own memory map alone.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def print_agenda(db: str, out_pdf: str) -> dict[str, Any]:
    """A one-year agenda to PDF: seconds, pages and events printed."""
    from diplomatic_calendar.printing import PrintOptions, print_to_pdf

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = Store.open(Path(db))
    first, last = dt.date(2021, 1, 1), dt.date(2021, 12, 31)
    events = len(store.events.between(first, last + dt.timedelta(days=1), "UTC"))
    options = PrintOptions(style="agenda", first=first, last=last, zone="UTC", today=NOW.date())
    start, cpu = time.perf_counter(), time.process_time()
    pages = print_to_pdf(store, options, Path(out_pdf))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    store.close()
    del app
    return {"seconds": seconds, "cpu": cpu, "pages": pages, "events": events}


def main(argv: list[str]) -> int:
    """Run one mode and print its JSON."""
    mode, db, settings_file = argv[:3]
    count = int(argv[3]) if len(argv) > 3 else 30
    result: dict[str, Any]
    if mode == "print":
        result = print_agenda(db, settings_file)
    elif mode == "memory":
        app, window = _open(db, settings_file)
        visit_every_view(app, window)
        result = {"peak_rss_mb": peak_rss_mb(), "views": list(_view_names(window))}
    else:
        app, window = _open(db, settings_file, agenda_days=366)
        result = {"agenda_scroll": time_agenda_scroll(app, window)}
        window.context.settings.setValue("agenda_days", 14)
        result["views"] = time_views(app, window, count)
        result["search"] = time_search(app, window, max(3, count // 10))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
