"""The import window worked from the keyboard alone: Esc, Ctrl+S, Tab, arrows, F2 and Enter."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.import_window import ImportWindow
from diplomatic_calendar.ui.import_window.delegates import PairEditor
from diplomatic_calendar.ui.import_window.draft_model import DATE, DRAFT, KIND, STORED

ARTICLE = (Path(__file__).parent / "fixtures" / "harbour_talks.txt").read_text(encoding="utf-8")


def _window(qtbot: QtBot, context: AppContext) -> ImportWindow:
    window = ImportWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def _found(qtbot: QtBot, context: AppContext) -> ImportWindow:
    window = _window(qtbot, context)
    window.article.setPlainText(ARTICLE)
    qtbot.mouseClick(window.find_button, Qt.MouseButton.LeftButton)
    assert window.plan is not None, window.error.text()
    return window


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def test_tab_in_the_article_pane_moves_on(qtbot: QtBot, context: AppContext) -> None:
    window = _window(qtbot, context)
    window.article.setFocus()
    qtbot.keyClick(window.article, Qt.Key.Key_Tab)
    assert window.article.toPlainText() == ""
    assert _focus() is not window.article


def test_finding_drafts_puts_the_keyboard_on_the_first_draft(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _found(qtbot, context)
    current = window.tree.currentIndex()
    assert _focus() is window.tree
    assert window.model.draft_at(current) is window.plan.officials[0]  # type: ignore[union-attr]
    assert window.tree.selectionModel().isSelected(current)
    assert window.evidence.text().startswith("Evidence:")


def test_escape_closes_after_asking_when_drafts_would_be_lost(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _found(qtbot, context)
    asked: list[bool] = []
    window.confirm_discard = lambda: asked.append(True) or False
    qtbot.keyClick(window.tree, Qt.Key.Key_Escape)
    assert (asked, window.isVisible()) == ([True], True)
    window.confirm_discard = lambda: asked.append(True) or True
    qtbot.keyClick(window.tree, Qt.Key.Key_Escape)
    assert (len(asked), window.isVisible()) == (2, False)


def test_escape_in_a_cell_editor_only_leaves_the_editor(qtbot: QtBot, context: AppContext) -> None:
    window = _found(qtbot, context)
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = _focus()
    assert editor is not window.tree
    window.confirm_discard = lambda: pytest.fail("closing was not asked for")  # type: ignore[assignment]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # type: ignore[arg-type]
    assert window.isVisible()
    window.confirm_discard = lambda: True


@pytest.mark.parametrize("keys", ["Ctrl+S", "Ctrl+Return"])
def test_a_save_key_saves_from_the_drafts_list(
    qtbot: QtBot, context: AppContext, keys: str
) -> None:
    window = _found(qtbot, context)
    window.confirm_published()
    key = Qt.Key.Key_S if keys == "Ctrl+S" else Qt.Key.Key_Return
    qtbot.keyClick(window.tree, key, Qt.KeyboardModifier.ControlModifier)
    assert window.command is not None, window.error.text()
    assert context.store.events.count() > 0
    assert not window.isVisible()
    tip = window.save_button.toolTip()
    assert "Ctrl+S" in tip and "Ctrl+Enter" in tip


def test_arrows_move_between_cells_and_f2_edits_the_current_one(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _found(qtbot, context)
    events = window.model.index(1, 0)
    window.tree.setCurrentIndex(window.model.index(0, DRAFT, events))
    for _ in range(DATE):
        qtbot.keyClick(window.tree, Qt.Key.Key_Right)
    assert window.tree.currentIndex().column() == DATE
    qtbot.keyClick(window.tree, Qt.Key.Key_Left)
    qtbot.keyClick(window.tree, Qt.Key.Key_Right)
    assert window.tree.currentIndex().column() == DATE
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    assert isinstance(window.tree.indexWidget(window.tree.currentIndex()), QDateEdit)


def test_enter_edits_the_current_cell(qtbot: QtBot, context: AppContext) -> None:
    window = _found(qtbot, context)
    events = window.model.index(1, 0)
    window.tree.setCurrentIndex(window.model.index(0, KIND, events))
    qtbot.keyClick(window.tree, Qt.Key.Key_Return)
    assert isinstance(window.tree.indexWidget(window.tree.currentIndex()), PairEditor)
    assert window.isVisible() and window.command is None


def test_tab_in_a_cell_editor_opens_the_next_cell(qtbot: QtBot, context: AppContext) -> None:
    window = _found(qtbot, context)
    events = window.model.index(1, 0)
    window.tree.setCurrentIndex(window.model.index(0, DRAFT, events))
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)  # type: ignore[arg-type]
    # the "In calendar?" cell is editable only for a draft that matches a stored record
    assert window.tree.currentIndex().column() == DATE
    assert window.tree.currentIndex().column() != STORED
    assert isinstance(window.tree.indexWidget(window.tree.currentIndex()), QDateEdit)


def test_tab_goes_through_both_halves_of_a_paired_cell_then_on(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _found(qtbot, context)
    events = window.model.index(1, 0)
    window.tree.setCurrentIndex(window.model.index(0, KIND, events))
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    pair = window.tree.indexWidget(window.tree.currentIndex())
    assert isinstance(pair, PairEditor) and _focus() is pair.first
    qtbot.keyClick(pair.first, Qt.Key.Key_Tab)
    assert _focus() is pair.second
    qtbot.keyClick(pair.second, Qt.Key.Key_Tab)
    assert window.tree.currentIndex().column() == KIND + 1
    assert window.tree.state() == window.tree.State.EditingState


def test_saving_by_key_keeps_the_cell_being_edited(qtbot: QtBot, context: AppContext) -> None:
    window = _found(qtbot, context)
    window.confirm_published()
    events = window.model.index(1, 0)
    window.tree.setCurrentIndex(window.model.index(0, DRAFT, events))
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = _focus()
    assert editor is not None and editor is not window.tree
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Iwaya and Rangel talk ports")
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.command is not None, window.error.text()
    events_saved = context.store.events.between(dt.date(2000, 1, 1), dt.date(2100, 1, 1))
    titles = [e.title for e in events_saved]
    assert "Iwaya and Rangel talk ports" in titles
