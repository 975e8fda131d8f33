"""A changed rate in the tariff editor makes the rate it replaces the previous one."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import TariffAction
from diplomatic_calendar.ui.dialogs.tariff_editor import TariffEditorDialog

STORED = TariffAction(
    "US", "MY", 25.0, previous_rate_percent=24.0, effective_date=dt.date(2025, 8, 1), id=3
)


def _retype(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def _saved(dialog: TariffEditorDialog) -> TariffAction:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.result_action()
    assert saved is not None
    return saved


def test_a_new_rate_makes_the_old_one_the_previous_rate(qtbot: QtBot) -> None:
    dialog = TariffEditorDialog(STORED)
    qtbot.addWidget(dialog)
    _retype(qtbot, dialog.rate, "30")
    assert dialog.previous_rate.text() == "25"
    saved = _saved(dialog)
    assert (saved.rate_percent, saved.previous_rate_percent) == (30.0, 25.0)


def test_the_rate_put_back_puts_back_the_previous_rate(qtbot: QtBot) -> None:
    dialog = TariffEditorDialog(STORED)
    qtbot.addWidget(dialog)
    _retype(qtbot, dialog.rate, "30")
    _retype(qtbot, dialog.rate, "25")
    assert dialog.previous_rate.text() == "24"
    assert _saved(dialog) == STORED


def test_a_previous_rate_the_user_typed_is_kept(qtbot: QtBot) -> None:
    dialog = TariffEditorDialog(STORED)
    qtbot.addWidget(dialog)
    _retype(qtbot, dialog.previous_rate, "10")
    _retype(qtbot, dialog.rate, "30")
    saved = _saved(dialog)
    assert (saved.rate_percent, saved.previous_rate_percent) == (30.0, 10.0)


def test_a_rate_set_by_the_program_follows_the_same_rule(qtbot: QtBot) -> None:
    dialog = TariffEditorDialog(STORED)
    qtbot.addWidget(dialog)
    dialog.rate.setText("30")
    assert _saved(dialog).previous_rate_percent == 25.0


def test_a_new_action_has_no_previous_rate_made_up(qtbot: QtBot) -> None:
    dialog = TariffEditorDialog(target="MY")
    qtbot.addWidget(dialog)
    _retype(qtbot, dialog.rate, "30")
    assert _saved(dialog).previous_rate_percent is None
