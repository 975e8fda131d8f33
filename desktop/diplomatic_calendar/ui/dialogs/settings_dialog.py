"""Edit > Settings: home zone, week, working hours, reminders, backups, theme and database."""

from __future__ import annotations

import calendar
from functools import cache
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.timing import system_zone_name, zone
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.preferences import (
    Preferences,
    load_preferences,
    parse_reminder_days,
    save_preferences,
)
from diplomatic_calendar.ui.theme import THEME_LABELS, THEMES, apply_theme, warning_style


@cache
def _zone_names() -> list[str]:
    return sorted(available_timezones())


def _plain_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class SettingsDialog(QDialog):
    """Preferences saved to QSettings; views refresh through ``data_changed`` once saved."""

    preferences_saved = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.context = context
        self._build()
        self.show_preferences(load_preferences(context.settings))

    def _build(self) -> None:
        self.zone_combo = QComboBox(self)
        self.zone_combo.setEditable(True)
        self.zone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zone_combo.addItems(_zone_names())
        completer = QCompleter(_zone_names(), self.zone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.zone_combo.setCompleter(completer)
        editor = self.zone_combo.lineEdit()
        assert editor is not None  # an editable combo box always has one
        editor.setPlaceholderText(f"The system's zone ({system_zone_name()})")
        self.weekday_combo = QComboBox(self)
        for number, name in enumerate(calendar.day_name):
            self.weekday_combo.addItem(name, number)
        self.work_start = self._hour_box(0, 23)
        self.work_end = self._hour_box(1, 24)
        self.reminders_edit = QLineEdit(self)
        self.reminders_edit.setPlaceholderText("empty means 7, 1")
        self.reminders_edit.setToolTip("Days before a deadline to remind you, separated by commas")
        self.backup_spin = QSpinBox(self)
        self.backup_spin.setRange(1, 1000)
        self.backup_spin.setToolTip("Daily backups beside the calendar file; the oldest go first")
        self.theme_combo = QComboBox(self)
        for key in THEMES:
            self.theme_combo.addItem(THEME_LABELS[key], key)
        self._build_layout()

    def _hour_box(self, low: int, high: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setSuffix(":00")
        return box

    def _build_layout(self) -> None:
        hours = QHBoxLayout()
        hours.addWidget(self.work_start)
        hours.addWidget(QLabel("to"))
        hours.addWidget(self.work_end)
        hours.addStretch(1)
        form = QFormLayout()
        form.addRow("&Home time zone:", self.zone_combo)
        form.addRow("&First day of the week:", self.weekday_combo)
        hours_label = QLabel("&Working hours:")
        hours_label.setBuddy(self.work_start)  # a layout row has no buddy of its own
        form.addRow(hours_label, hours)
        form.addRow("&Reminders (days before):", self.reminders_edit)
        form.addRow("&Backups to keep:", self.backup_spin)
        form.addRow("&Theme:", self.theme_combo)
        form.addRow("Database:", self._database_row())
        self.error_label = _plain_label("")
        self.error_label.setObjectName("settingsError")
        # The theme's warning red: "bright-text" is white, which a light window cannot show.
        self.error_label.setStyleSheet(f"{warning_style()}; font-weight: bold;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _database_row(self) -> QWidget:
        box = QWidget(self)
        current = self.context.store.path
        self.database_now = _plain_label(f"Open now: {current}" if current else "Open now: memory")
        self.database_edit = QLineEdit(box)
        self.database_edit.setReadOnly(True)
        self.database_edit.setPlaceholderText("Next start: the same file")
        self.database_edit.setMinimumWidth(260)
        choose = QPushButton("C&hoose…", box)
        choose.clicked.connect(self._choose_database)
        reset = QPushButton("&Default", box)
        reset.setToolTip("Open the default database (or --db) at the next start")
        reset.clicked.connect(lambda: self.set_database_path(""))
        row = QHBoxLayout()
        row.addWidget(self.database_edit, 1)
        row.addWidget(choose)
        row.addWidget(reset)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.database_now)
        column.addLayout(row)
        column.addWidget(_plain_label("A new location takes effect when you restart the app."))
        return box

    def show_preferences(self, prefs: Preferences) -> None:
        """Put ``prefs`` into the form."""
        self.zone_combo.setCurrentIndex(-1)
        self.zone_combo.setEditText(prefs.home_zone)
        self.weekday_combo.setCurrentIndex(prefs.first_weekday)
        self.work_start.setValue(prefs.work_start_hour)
        self.work_end.setValue(prefs.work_end_hour)
        self.reminders_edit.setText(", ".join(str(d) for d in prefs.reminder_days))
        self.backup_spin.setValue(prefs.backup_keep)
        self.theme_combo.setCurrentIndex(THEMES.index(prefs.theme))
        self.set_database_path(prefs.database_path)

    def set_database_path(self, path: str) -> None:
        """The database to open at the next start ('' for the default)."""
        self.database_edit.setText(path)

    def _choose_database(self) -> None:
        start = self.database_edit.text() or str(self.context.store.path or Path.home())
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Database for the next start",
            start,
            "Calendar databases (*.db *.sqlite);;All files (*)",
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.set_database_path(path)

    def preferences(self) -> Preferences:
        """What the form says, checked; ValidationError names the first field that is wrong."""
        zone_text = self.zone_combo.currentText().strip()
        if zone_text:
            zone(zone_text)
        if self.work_end.value() <= self.work_start.value():
            raise ValidationError("The working day must end after it starts.")
        try:
            reminders = parse_reminder_days(self.reminders_edit.text())
        except ValueError as err:
            raise ValidationError(f"Reminders: {err}") from None
        return Preferences(
            home_zone=zone_text,
            first_weekday=int(self.weekday_combo.currentData()),
            work_start_hour=self.work_start.value(),
            work_end_hour=self.work_end.value(),
            reminder_days=reminders,
            backup_keep=self.backup_spin.value(),
            theme=str(self.theme_combo.currentData()),
            database_path=self.database_edit.text().strip(),
        )

    def accept(self) -> None:
        """Save and close when the form is valid; otherwise say what is wrong and stay open."""
        try:
            prefs = self.preferences()
        except ValidationError as err:
            self.error_label.setText(str(err))
            self.error_label.show()
            return
        self.error_label.hide()
        save_preferences(self.context.settings, prefs)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, prefs.theme)
        self.preferences_saved.emit(prefs)
        self.context.signals.data_changed.emit()
        super().accept()
