"""A tariff's calendar entry stands for the tariff: moving, editing or deleting it acts on it."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind, TariffAction
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.ui import view_controls
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow
from tests.countries.conftest import open_window

AUG_1 = dt.date(2025, 8, 1)


def _setup(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, TariffAction, Event]:
    action = context.store.tariffs.add(
        TariffAction("US", "MY", 25.0, effective_date=AUG_1), changed_on=dt.date(2025, 7, 7)
    )
    (entry,) = context.store.events.between(AUG_1, AUG_1 + dt.timedelta(days=1))
    assert entry.tariff_action_id == action.id
    return open_window(qtbot, context), action, entry


def _deadline_days(context: AppContext) -> list[dt.date]:
    found = context.store.tariffs.deadlines(dt.date(2025, 7, 1), dt.date(2025, 9, 1))
    return [d.day for d in found]


def test_dragging_a_tariffs_entry_moves_the_tariffs_date_and_undo_moves_it_back(
    qtbot: QtBot, context: AppContext
) -> None:
    window, action, entry = _setup(qtbot, context)
    aug_4 = dt.date(2025, 8, 4)
    start, end = all_day_span(aug_4)
    window.change_event(entry, entry.with_changes(start=start, end=end), "Move")
    moved = context.store.tariffs.get(action.id or 0)
    assert moved is not None and moved.effective_date == aug_4
    assert context.store.tariffs.history(action.id or 0)[-1].note == "moved in the calendar"
    assert _deadline_days(context) == [aug_4]
    assert context.undo_stack.undoText() == f"Move “{action.title}” to 04 Aug 2025"

    context.undo_stack.undo()
    assert context.store.tariffs.get(action.id or 0).effective_date == AUG_1  # type: ignore[union-attr]
    assert _deadline_days(context) == [AUG_1]
    # A later edit of the tariff keeps the entry where the tariff says.
    context.store.tariffs.update(moved.with_changes(effective_date=AUG_1, notes="letter"))
    assert _deadline_days(context) == [AUG_1]


def test_an_undone_move_leaves_no_trace_in_the_tariffs_history(
    qtbot: QtBot, context: AppContext
) -> None:
    window, action, entry = _setup(qtbot, context)
    start, end = all_day_span(dt.date(2025, 8, 4))
    window.change_event(entry, entry.with_changes(start=start, end=end), "Move")

    def notes() -> list[str]:
        return [step.note for step in context.store.tariffs.history(action.id or 0)]

    assert notes() == ["recorded", "moved in the calendar"]
    context.undo_stack.undo()
    assert notes() == ["recorded"]
    context.undo_stack.redo()
    assert notes() == ["recorded", "moved in the calendar"]
    assert _deadline_days(context) == [dt.date(2025, 8, 4)]


def test_stretching_a_tariffs_entry_changes_nothing_and_says_where_to_change_it(
    qtbot: QtBot, context: AppContext
) -> None:
    window, _action, entry = _setup(qtbot, context)
    window.change_event(entry, entry.with_changes(end=AUG_1 + dt.timedelta(days=3)), "Stretch")
    assert context.undo_stack.count() == 0
    assert context.store.events.get(entry.id or 0) == entry
    assert "tariff editor" in window.statusBar().currentMessage()


def test_editing_a_tariffs_entry_opens_the_tariff(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from diplomatic_calendar.ui.dialogs import tariff_editor

    window, _action, entry = _setup(qtbot, context)
    opened: list[str] = []

    def fake_exec(dialog: tariff_editor.TariffEditorDialog) -> int:
        opened.append(f"{dialog.windowTitle()}: {dialog.rate.text()}")
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(tariff_editor.TariffEditorDialog, "exec", fake_exec)
    window.edit_event(entry)
    assert opened == ["Edit tariff action: 25"]
    assert context.store.events.get(entry.id or 0) == entry


def test_deleting_a_tariffs_entry_deletes_the_tariff_after_asking_and_undo_restores(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, action, entry = _setup(qtbot, context)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.delete_event(entry)
    assert context.store.tariffs.get(action.id or 0) is None
    assert _deadline_days(context) == []
    context.undo_stack.undo()
    assert context.store.tariffs.get(action.id or 0) == action
    assert _deadline_days(context) == [AUG_1]


def test_duplicating_a_tariffs_entry_makes_a_plain_deadline(
    qtbot: QtBot, context: AppContext
) -> None:
    window, _action, entry = _setup(qtbot, context)
    view_controls.menu_handlers(window).duplicate(entry)
    assert context.undo_stack.count() == 1
    copies = [
        e
        for e in context.store.events.between(AUG_1, AUG_1 + dt.timedelta(days=1))
        if e.id != entry.id
    ]
    assert [(c.title, c.kind, c.tariff_action_id) for c in copies] == [
        (entry.title, EventKind.DEADLINE, None)
    ]
    context.undo_stack.undo()
    assert context.store.events.between(AUG_1, AUG_1 + dt.timedelta(days=1)) == [entry]


def test_the_country_of_a_tariffs_entry_is_the_country_it_bites_on(
    qtbot: QtBot, context: AppContext
) -> None:
    # Its countries are listed in code order: US before VN, though the tariff is on Vietnam.
    context.store.tariffs.add(TariffAction("US", "VN", 20.0, effective_date=AUG_1))
    (entry,) = [
        e
        for e in context.store.events.between(AUG_1, AUG_1 + dt.timedelta(days=1))
        if "VN" in e.countries
    ]
    window = open_window(qtbot, context)
    window.go_to(AUG_1)
    assert window.month_view.choose_event(entry.id or 0)
    window.actions_by_key["show_country"].trigger()
    page = window.countries.country_panel.page  # type: ignore[attr-defined]
    assert "(VN)" in page.title.text()
