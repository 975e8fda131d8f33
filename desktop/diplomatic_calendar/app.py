"""The composition root: open the store, build the main window, run the event loop."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from diplomatic_calendar import __version__, startup_trace
from diplomatic_calendar.store import resolve_database_path

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from diplomatic_calendar.store import Store
    from diplomatic_calendar.ui.single_instance import InstanceGuard

log = logging.getLogger(__name__)

ORGANISATION = "DiplomaticCalendar"
APPLICATION = "Diplomatic Calendar"


def chosen_calendar(explicit: Path | str | None, settings: QSettings | None = None) -> Path:
    """The calendar file to use, for the window and the command line alike: ``--db``, else
    $DIPLOMATIC_CALENDAR_DB, else the one chosen in Settings, else the platform default."""
    from PySide6.QtCore import QSettings

    from diplomatic_calendar.ui.preferences import saved_database

    chosen = settings if settings is not None else QSettings(ORGANISATION, APPLICATION)
    return resolve_database_path(saved_database(explicit, chosen))


def _damaged(store: Store) -> bool:
    """Wait for the check of a calendar opened before its verdict; True when it failed."""
    from diplomatic_calendar.domain.errors import StorageError

    try:
        store.settle()
    except StorageError:
        return True
    return False


def _listen(guard: InstanceGuard) -> None:
    if not guard.listen():  # SQLite's locking still keeps two windows on one file safe
        log.warning("a second start on this calendar will open a second window")


def run(args: argparse.Namespace) -> int:
    """Open the calendar window on the chosen database until the user closes it."""
    from diplomatic_calendar.store.backup import CheckAhead

    startup_trace.mark("arguments read, the store loaded")
    explicit = getattr(args, "db", None)
    # The integrity check of a large calendar takes a noticeable moment, so it runs on a
    # thread while Qt loads and the window is built; the store waits for it before writing.
    # It begins on the calendar that --db, the environment or the platform names; a calendar
    # chosen in Settings is only known once Qt is loaded, and is checked from then.
    ahead = CheckAhead.start(resolve_database_path(explicit))

    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    path = chosen_calendar(explicit)
    startup_trace.mark("Qt core loaded, settings read")
    if ahead is None or ahead.path != path:
        ahead = CheckAhead.start(path)

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from diplomatic_calendar.ui.context import AppContext
    from diplomatic_calendar.ui.features.desktop import open_calendar_files, prepare_application
    from diplomatic_calendar.ui.features.safety import (
        bring_to_front,
        finish_check,
        open_calendar,
        start_daily_backup,
    )
    from diplomatic_calendar.ui.main_window import MainWindow
    from diplomatic_calendar.ui.paint_probe import after_first_paint, install_paint_probe
    from diplomatic_calendar.ui.single_instance import InstanceGuard, another_window_may_be_open

    startup_trace.mark("Qt widgets and the window's modules loaded")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    # Matches packaging/linux/*.desktop, so desktops show our icon and name on the task bar.
    QGuiApplication.setDesktopFileName("org.diplomaticcalendar.DiplomaticCalendar")
    prepare_application(app, QSettings())
    startup_trace.mark("QApplication made, theme applied")
    files = getattr(args, "open", None) or []
    if another_window_may_be_open(path) and InstanceGuard(path).ask_running_instance(files=files):
        print(f"diplomatic-calendar: {path} is already open; that window was brought to the front")
        return 0
    startup_trace.mark("no other window open on this calendar")
    # The window is built and shown while the check runs on; the first write waits for it.
    store = open_calendar(path, checked=ahead, read_before_verdict=True)
    if store is None:
        print(f"diplomatic-calendar: the calendar at {path} was not opened", file=sys.stderr)
        return 2
    guard = InstanceGuard(store.path or path)
    startup_trace.mark("calendar open (its check runs on)")
    context = AppContext(store=store, settings=QSettings())
    try:
        window = MainWindow(context)
    except Exception:
        # A file read before its verdict may fail to read at all: then the check decides.
        if not _damaged(store):
            raise
        store.close()
        store = open_calendar(path)
        if store is None:
            print(f"diplomatic-calendar: the calendar at {path} was not opened", file=sys.stderr)
            return 2
        context.store = store
        window = MainWindow(context)
    startup_trace.mark("window built")
    finish_check(
        window,
        lambda: start_daily_backup(
            context.store, context.settings, context.clock(), context.signals.backup_failed.emit
        ),
    )
    guard.activation_requested.connect(lambda: bring_to_front(window))
    guard.files_received.connect(lambda paths: open_calendar_files(window, map(Path, paths)))
    # Later starts are listened for from the first frame on; one in the moment before is let
    # open a second window, which SQLite's locking keeps safe.
    after_first_paint(window, lambda: _listen(guard))
    install_paint_probe(app)
    window.show()
    open_calendar_files(window, files)
    try:
        return int(app.exec())
    finally:
        guard.close()
        context.store.close()  # the one open now: a restore may have replaced the first
