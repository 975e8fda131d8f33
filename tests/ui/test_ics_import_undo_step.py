"""The window's .ics import is one undo step ("Import name.ics"); redo puts back the same events."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.features import printing
from diplomatic_calendar.ui.main_window import MainWindow
from tests.printing.test_ics_import_undo import OUTLOOK, known_event, state


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


def test_the_window_s_import_is_one_undo_step_and_redo_puts_back_the_same_events(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    store = context.store
    known = known_event(store)
    before = state(store)
    path = tmp_path / "outlook.ics"
    path.write_bytes(OUTLOOK)
    window = _window(qtbot, context)
    stack = context.undo_stack
    dialog = printing.import_file(window, path)
    assert dialog is not None
    dialog.close()
    imported = state(store)
    assert store.events.get(known.id or 0).title == "Trade talks (moved)"  # type: ignore[union-attr]
    assert stack.undoText() == "Import outlook.ics"
    with qtbot.waitSignal(context.signals.data_changed):
        stack.undo()
    assert state(store) == before
    stack.redo()
    assert [e.id for e in state(store)[0]] == [e.id for e in imported[0]]  # type: ignore[attr-defined]
    assert store.events.get(known.id or 0).title == "Trade talks (moved)"  # type: ignore[union-attr]


def test_an_import_that_changes_nothing_is_no_undo_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "outlook.ics"
    path.write_bytes(OUTLOOK)
    window = _window(qtbot, context)
    printing.import_file(window, path)
    printing.import_file(window, path)
    assert context.undo_stack.count() == 1


def test_a_file_that_cannot_be_imported_writes_nothing_and_is_no_undo_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "broken.ics"
    path.write_bytes(b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\n")
    window = _window(qtbot, context)
    assert printing.import_file(window, path) is None
    assert context.undo_stack.count() == 0
    assert context.store.events.count() == 0


def test_a_dropped_ics_file_is_imported_as_one_undo_step(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "outlook.ics"
    path.write_bytes(OUTLOOK)
    window = _window(qtbot, context)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert window.ics_drop_filter.take(mime)  # type: ignore[attr-defined]
    assert context.store.events.count() == 8
    assert context.undo_stack.undoText() == "Import outlook.ics"
    context.undo_stack.undo()
    assert context.store.events.count() == 0
    for dialog in window.findChildren(QDialog):
        dialog.close()


def test_a_dropped_article_is_left_to_the_article_import(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    article = tmp_path / "note.txt"
    article.write_text("The minister met the ambassador.")
    window = _window(qtbot, context)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article))])
    assert not window.ics_drop_filter.take(mime)  # type: ignore[attr-defined]


def test_undo_and_redo_say_in_the_status_bar_what_they_did(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    known_event(context.store)
    path = tmp_path / "outlook.ics"
    path.write_bytes(OUTLOOK)
    window = _window(qtbot, context)
    printing.import_undoably(window, path)
    context.undo_stack.undo()
    assert window.statusBar().currentMessage() == (
        "Undid Import outlook.ics: 7 events it added removed, 1 event it changed put back"
    )
    context.undo_stack.redo()
    assert (
        window.statusBar()
        .currentMessage()
        .startswith("Redid Import outlook.ics: 7 added, 1 updated")
    )
