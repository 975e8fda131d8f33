"""Desktop integration: the window icon, Edit > Settings, and opening a .ics file handed to us."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QFileOpenEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from diplomatic_calendar.ui.preferences import Preferences, load_preferences
from diplomatic_calendar.ui.theme import app_icon, apply_theme

if TYPE_CHECKING:
    from diplomatic_calendar.ui.dialogs.settings_dialog import SettingsDialog
    from diplomatic_calendar.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# The same id as the Linux desktop entry and the macOS bundle.
APP_ID = "org.diplomaticcalendar.DiplomaticCalendar"


def install(window: MainWindow) -> None:
    """Give the window its icon and the Settings entry, and apply the saved week start."""
    window.setWindowIcon(app_icon())
    action = window.actions_by_key["settings"]
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
    menu = window.menus["Edit"]
    menu.addSeparator()
    menu.addAction(action)
    action.triggered.connect(lambda: open_settings(window))
    _apply(window, load_preferences(window.context.settings))
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(FileOpenFilter(window))


class FileOpenFilter(QObject):
    """macOS hands a double-clicked .ics file over as a FileOpen event, not on the command line."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QFileOpenEvent) or not event.file():
            return False
        open_calendar_file(self._window, Path(event.file()))
        return True


def open_settings(window: MainWindow) -> SettingsDialog:
    """Show the settings dialog (window-modal); saving it updates the window at once."""
    from diplomatic_calendar.ui.dialogs.settings_dialog import SettingsDialog  # on first use

    dialog = SettingsDialog(window.context, window)
    dialog.preferences_saved.connect(lambda prefs: _apply(window, prefs))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _apply(window: MainWindow, prefs: Preferences) -> None:
    model = getattr(window, "month_model", None)
    if model is not None and hasattr(model, "set_first_weekday"):
        model.set_first_weekday(prefs.first_weekday)
    navigator = getattr(window, "navigator", None)
    if navigator is not None:
        navigator.set_first_weekday(prefs.first_weekday)
    current = window.context.store.path
    if prefs.database_path and Path(prefs.database_path).expanduser() != current:
        window.statusBar().showMessage(
            f"The calendar at {prefs.database_path} opens at the next start", 10000
        )


def prepare_application(app: QApplication, settings: QSettings) -> None:
    """Before the first window: the application icon and the saved theme."""
    app.setWindowIcon(app_icon())
    apply_theme(app, load_preferences(settings).theme)
    if sys.platform == "win32":
        _claim_task_bar_identity()


def _claim_task_bar_identity() -> None:
    """On Windows, group our windows under our own icon, not python.exe's."""
    import ctypes

    try:
        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_ID)  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        log.warning("could not set the Windows task bar identity", exc_info=True)


def open_calendar_files(window: MainWindow, paths: Iterable[Path]) -> None:
    """Import each calendar file given on the command line, once the window is showing (while
    a damaged calendar is being recovered, once the calendar to import into is known)."""
    if getattr(window, "recovering", False):
        window.waiting_files.extend(paths)
        return
    for path in paths:
        open_calendar_file(window, path)


def open_calendar_file(window: MainWindow, path: Path) -> bool:
    """Import the events of an iCalendar file into the open calendar, as one step of Edit ›
    Undo (as File › Import does); True when it worked."""
    try:
        from diplomatic_calendar.ui.features.printing import (
            IcsImportReportDialog,
            import_undoably,
        )
    except ImportError:
        log.warning("cannot open %s: .ics import is not part of this build", path)
        _tell(window, f"This version cannot import calendar files, so {path.name} was not read.")
        return False
    report = import_undoably(window, path)  # says itself why, when it could not
    if report is None:
        return False
    if report.unreadable:
        # What could not be read is shown as File › Import shows it, not only counted.
        dialog = IcsImportReportDialog(path.name, report, window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
    return True


def _tell(parent: QWidget, text: str) -> QMessageBox:
    """A warning that does not block (so that start-up and tests carry on)."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Diplomatic Calendar", text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.open()
    return box
