"""The composition root: open the store, build the main window, run the event loop."""

from __future__ import annotations

import argparse
import logging
import sys

from diplomatic_calendar import __version__
from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.store import Store, resolve_database_path

log = logging.getLogger(__name__)

ORGANISATION = "DiplomaticCalendar"
APPLICATION = "Diplomatic Calendar"


def run(args: argparse.Namespace) -> int:
    """Open the calendar window on the chosen database until the user closes it."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from diplomatic_calendar.ui.context import AppContext
    from diplomatic_calendar.ui.main_window import MainWindow

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("diplomatic-calendar")
    path = resolve_database_path(getattr(args, "db", None))
    try:
        store = Store.open(path)
    except StorageError as err:
        QMessageBox.critical(None, APPLICATION, f"The calendar could not be opened.\n\n{err}")
        print(f"diplomatic-calendar: {err}", file=sys.stderr)
        return 2
    context = AppContext(store=store, settings=QSettings())
    window = MainWindow(context)
    window.show()
    try:
        return int(app.exec())
    finally:
        store.close()
