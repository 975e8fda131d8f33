"""Reminders survive a restart once dismissed; tariff and official editors save through undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.domain.model import Official, TariffAction, TariffStatus
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.official_editor import OfficialEditorDialog
from diplomatic_calendar.ui.dialogs.tariff_editor import TariffEditorDialog
from tests.conftest import FIXED_NOW
from tests.countries.conftest import feature_of, open_window


def on_disk(db_path: Path, settings: QSettings) -> AppContext:
    return AppContext(store=Store.open(db_path), settings=settings, clock=fixed_clock(FIXED_NOW))


def test_dismissed_reminder_stays_dismissed_after_a_restart(
    qtbot: QtBot, db_path: Path, settings: QSettings
) -> None:
    context = on_disk(db_path, settings)
    context.store.tariffs.add(TariffAction("US", "JP", 25.0, effective_date=dt.date(2025, 7, 11)))
    # Its seven-day reminder fell due on 8 July, while the app was closed.
    context.store.tariffs.add(TariffAction("US", "KR", 25.0, effective_date=dt.date(2025, 7, 15)))
    window = open_window(qtbot, context)
    banner = feature_of(window).reminders.banner
    assert banner.isVisible()
    assert banner.label.text() == "Fri 11 Jul (tomorrow) · Japan: 25% US tariff · Announced"
    assert banner.count.text() == "+1 more"
    qtbot.mouseClick(banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert banner.label.text().startswith("Tue 15 Jul (in 5 days) · South Korea")
    window.close()
    context.store.close()

    again = on_disk(db_path, settings)
    reopened = open_window(qtbot, again)
    reminders = feature_of(reopened).reminders
    assert [r.deadline.target for r in reminders.due] == ["KR"]
    qtbot.mouseClick(reminders.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not reminders.banner.isVisible()
    reopened.close()
    again.store.close()


def test_lead_times_come_from_settings(qtbot: QtBot, context: AppContext) -> None:
    context.settings.setValue("reminder_days", "14")
    context.store.tariffs.add(TariffAction("US", "IN", 25.0, effective_date=dt.date(2025, 7, 20)))
    window = open_window(qtbot, context)
    due = feature_of(window).reminders.due
    assert [(r.deadline.target, r.lead_days) for r in due] == [("IN", 14)]


def test_tariff_editor_moves_a_deadline_with_a_reason_and_undo_restores_it(
    qtbot: QtBot, context: AppContext
) -> None:
    store = context.store
    action = store.tariffs.add(
        TariffAction("US", "MY", 24.0, effective_date=dt.date(2025, 7, 9)),
        changed_on=dt.date(2025, 4, 2),
    )
    window = open_window(qtbot, context)
    dialog = TariffEditorDialog(action, history=store.tariffs.history(action.id or 0))
    qtbot.addWidget(dialog)
    assert dialog.history.count() == 1
    dialog.rate.setText("25")
    dialog.effective.setText("2025-08-01")
    dialog.note.setText("letter of 7 July")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    new = dialog.result_action()
    assert new is not None
    feature_of(window).save_tariff(action, new, dialog.change_note(), dialog.source_id())
    history = store.tariffs.history(action.id or 0)
    assert (history[-1].new_effective_date, history[-1].note) == (
        dt.date(2025, 8, 1),
        "letter of 7 July",
    )
    assert history[-1].changed_on == dt.date(2025, 7, 10)
    assert [d.day for d in store.tariffs.deadlines(dt.date(2025, 7, 1), dt.date(2025, 9, 1))] == [
        dt.date(2025, 8, 1)
    ]
    context.undo_stack.undo()
    assert store.tariffs.get(action.id or 0) == action


def test_tariff_editor_refuses_a_bad_date_in_words(qtbot: QtBot) -> None:
    dialog = TariffEditorDialog(target="MY")
    qtbot.addWidget(dialog)
    dialog.rate.setText("25")
    dialog.effective.setText("1 August")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "effective date '1 August' is not a date" in dialog.error.text()
    dialog.effective.setText("2025-08-01")
    dialog.status.setCurrentIndex(dialog.status.findData(TariffStatus.THREATENED))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    made = dialog.result_action()
    assert made is not None
    assert (made.imposer, made.target, made.rate_percent) == ("US", "MY", 25.0)
    assert made.status == TariffStatus.THREATENED


def test_official_editor_add_filter_and_merge(qtbot: QtBot, context: AppContext) -> None:
    context.store.officials.add(Official("Sergey Lavrov", "Foreign Minister", "RU"))
    window = open_window(qtbot, context)
    feature = feature_of(window)
    dialog = OfficialEditorDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Sergei Lavrov")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    feature.save_official(None, dialog.result_official())  # type: ignore[arg-type]
    window.actions_by_key["show_officials"].trigger()  # the list is read when it is shown
    panel = feature.officials_panel
    assert panel.model.rowCount() == 2
    panel.name_filter.setText("sergei")
    assert [o.name for o in panel.model.records()] == ["Sergei Lavrov"]
    panel.name_filter.clear()
    keep, drop = sorted(panel.model.records(), key=lambda o: o.name, reverse=True)
    merged = feature.merge(keep, drop)
    assert merged is not None and merged.aliases == ("Sergei Lavrov",)
    assert [o.name for o in panel.model.records()] == ["Sergey Lavrov"]
    panel.name_filter.setText("Sergei")
    assert [o.name for o in panel.model.records()] == ["Sergey Lavrov"]
