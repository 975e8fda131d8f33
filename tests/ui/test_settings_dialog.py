"""The settings dialog: each setting changes what it should, persists, and bad input is refused."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.settings_dialog import SettingsDialog
from diplomatic_calendar.ui.features.desktop import open_settings
from diplomatic_calendar.ui.features.safety import backups_to_keep
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.preferences import load_preferences, saved_database
from diplomatic_calendar.ui.reminders import lead_days
from diplomatic_calendar.ui.theme import apply_theme, style_name
from diplomatic_calendar.ui.views.pane import CalendarPane


@pytest.fixture(autouse=True)
def _system_theme_afterwards(qapp: QApplication) -> Iterator[None]:
    """Saving a theme restyles the whole application; give the next test the system look."""
    yield
    apply_theme(qapp, "system")


def make_dialog(qtbot: QtBot, context: AppContext) -> SettingsDialog:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot: QtBot, dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> None:
    qtbot.mouseClick(dialog.buttons.button(which), Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, dialog: SettingsDialog) -> None:
    click(qtbot, dialog, QDialogButtonBox.StandardButton.Ok)


def reopened(settings: QSettings) -> QSettings:
    """A second QSettings on the same file, as the next start of the app would read it."""
    settings.sync()
    return QSettings(settings.fileName(), QSettings.Format.IniFormat)


def test_home_zone_changes_today_and_persists(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    dialog = make_dialog(qtbot, context)
    assert dialog.zone_combo.currentText() == "UTC"
    dialog.zone_combo.setEditText("Pacific/Kiritimati")
    with qtbot.waitSignal(context.signals.data_changed):
        save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.home_zone == "Pacific/Kiritimati"
    # 09:00 UTC on 10 July is 23:00 the same day at UTC+14.
    assert context.now().utcoffset() == dt.timedelta(hours=14)
    assert context.now().hour == 23
    assert reopened(context.settings).value("home_zone") == "Pacific/Kiritimati"
    assert "home zone Pacific/Kiritimati" in window.status_label.text()  # refreshed at once


def test_an_unknown_zone_keeps_the_dialog_open_and_saves_nothing(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = make_dialog(qtbot, context)
    dialog.zone_combo.setEditText("Mars/Olympus_Mons")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "Mars/Olympus_Mons" in dialog.error_label.text()
    assert context.settings.value("home_zone") == "UTC"


def test_first_weekday_reorders_the_month_grid(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.month_model.first_shown.weekday() == 0
    dialog = open_settings(window)
    dialog.weekday_combo.setCurrentIndex(6)
    save(qtbot, dialog)
    assert window.month_model.first_shown.weekday() == 6  # the grid now starts on Sunday
    assert window.month_model.first_shown == dt.date(2025, 6, 29)
    # The navigator's weeks turn with it, without a restart.
    assert window.navigator.calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday  # type: ignore[attr-defined]
    assert int(reopened(context.settings).value("first_weekday")) == 6


def test_working_hours_persist_and_must_end_after_they_start(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = make_dialog(qtbot, context)
    dialog.work_start.setValue(17)
    dialog.work_end.setValue(8)
    save(qtbot, dialog)
    assert dialog.isVisible() and "end after it starts" in dialog.error_label.text()
    dialog.work_start.setValue(7)
    dialog.work_end.setValue(15)
    save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    settings = reopened(context.settings)
    assert (int(settings.value("work_start_hour")), int(settings.value("work_end_hour"))) == (7, 15)
    pane = CalendarPane(context)
    qtbot.addWidget(pane)
    assert pane.working_hours() == (7, 15)  # what the day and week grids shade


def test_reminder_days_are_cleaned_up_and_bad_ones_refused(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = make_dialog(qtbot, context)
    assert dialog.reminders_edit.text() == "7, 1"
    dialog.reminders_edit.setText("1, 30,7, 7")
    save(qtbot, dialog)
    assert reopened(context.settings).value("reminder_days") == "30,7,1"
    assert load_preferences(context.settings).reminder_days == (30, 7, 1)
    assert lead_days(context) == (30, 7, 1)  # what the reminder banner uses

    again = make_dialog(qtbot, context)
    assert again.reminders_edit.text() == "30, 7, 1"
    again.reminders_edit.clear()
    assert again.preferences().reminder_days == (7, 1)  # as the reminder banner reads it
    again.reminders_edit.setText("7, soon")
    save(qtbot, again)
    assert again.isVisible() and "'soon'" in again.error_label.text()
    assert context.settings.value("reminder_days") == "30,7,1"


def test_backup_count_defaults_to_fourteen_and_persists(qtbot: QtBot, context: AppContext) -> None:
    dialog = make_dialog(qtbot, context)
    assert dialog.backup_spin.value() == 14
    dialog.backup_spin.setValue(30)
    save(qtbot, dialog)
    assert int(reopened(context.settings).value("backup/keep")) == 30
    assert backups_to_keep(reopened(context.settings)) == 30  # what the daily backup uses


def test_dark_theme_recolours_the_application_and_system_restores_it(
    qtbot: QtBot, context: AppContext, qapp: QApplication
) -> None:
    before = qapp.palette().color(QPalette.ColorRole.Window)
    dialog = make_dialog(qtbot, context)
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    save(qtbot, dialog)
    assert reopened(context.settings).value("theme") == "dark"
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    assert style_name(qapp) == "fusion"

    back = make_dialog(qtbot, context)
    assert back.theme_combo.currentData() == "dark"
    back.theme_combo.setCurrentIndex(back.theme_combo.findData("system"))
    save(qtbot, back)
    assert qapp.palette().color(QPalette.ColorRole.Window) == before


def test_database_location_is_saved_for_the_next_start(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DIPLOMATIC_CALENDAR_DB", raising=False)
    dialog = make_dialog(qtbot, context)
    assert "memory" in dialog.database_now.text()  # the test store is in memory
    target = tmp_path / "elsewhere" / "team.db"
    dialog.set_database_path(str(target))
    save(qtbot, dialog)
    settings = reopened(context.settings)
    assert settings.value("database_path") == str(target)
    assert saved_database(None, settings) == target
    assert saved_database(tmp_path / "given.db", settings) == tmp_path / "given.db"
    monkeypatch.setenv("DIPLOMATIC_CALENDAR_DB", str(tmp_path / "env.db"))
    assert saved_database(None, settings) is None  # the store then reads the variable itself


def test_cancel_changes_nothing(qtbot: QtBot, context: AppContext) -> None:
    dialog = make_dialog(qtbot, context)
    dialog.backup_spin.setValue(3)
    dialog.weekday_combo.setCurrentIndex(4)
    with qtbot.assertNotEmitted(context.signals.data_changed):
        click(qtbot, dialog, QDialogButtonBox.StandardButton.Cancel)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert context.settings.value("backup/keep") is None
    assert context.settings.value("first_weekday") is None


def test_unreadable_saved_values_fall_back_to_defaults(context: AppContext) -> None:
    context.settings.setValue("first_weekday", "Tuesday")
    context.settings.setValue("work_start_hour", 20)
    context.settings.setValue("work_end_hour", 6)
    context.settings.setValue("reminder_days", "a week")
    context.settings.setValue("theme", "neon")
    prefs = load_preferences(context.settings)
    assert prefs.first_weekday == 0
    assert (prefs.work_start_hour, prefs.work_end_hour) == (8, 18)
    assert prefs.reminder_days == (7, 1)
    assert prefs.theme == "system"
