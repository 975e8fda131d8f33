"""Going from the dark theme back to the system's leaves nothing dark behind, and the Settings
dialog's errors are legible on either theme."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.settings_dialog import SettingsDialog
from diplomatic_calendar.ui.theme import apply_theme, contrast_ratio
from tests.ui.test_main_window import make_window


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[QApplication]:
    apply_theme(qapp, "system")
    yield qapp
    apply_theme(qapp, "system")


def test_back_to_the_system_theme_the_navigator_is_light_again(
    qtbot: QtBot, context: AppContext, app_theme: QApplication
) -> None:
    window = make_window(qtbot, context)
    month = window.navigator.calendar.findChild(QTableView)  # type: ignore[attr-defined]
    system_base = app_theme.palette().color(QPalette.ColorRole.Base)
    apply_theme(app_theme, "dark")
    qtbot.waitUntil(lambda: month.palette().color(QPalette.ColorRole.Base) != system_base)
    apply_theme(app_theme, "system")
    qtbot.waitUntil(lambda: month.palette().color(QPalette.ColorRole.Base) == system_base)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_a_settings_error_is_legible(
    qtbot: QtBot, context: AppContext, app_theme: QApplication, theme: str
) -> None:
    apply_theme(app_theme, theme)
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    sheet = dialog.error_label.styleSheet()
    assert "bright-text" not in sheet
    colour = QColor(sheet.split("color:")[1].split(";")[0].strip())
    background = dialog.palette().color(QPalette.ColorRole.Window)
    assert contrast_ratio(colour, background) >= 4.5
