"""The status bar tells the truth about an import after it is undone or redone."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.features.importing import open_import_window
from diplomatic_calendar.ui.main_window import MainWindow

ARTICLE = (Path(__file__).parent / "fixtures" / "harbour_talks.txt").read_text(encoding="utf-8")


def test_undoing_an_import_says_so_in_the_status_bar(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    importer = open_import_window(window)
    importer.article.setPlainText(ARTICLE)
    qtbot.mouseClick(importer.find_button, Qt.MouseButton.LeftButton)
    importer.confirm_published()
    with qtbot.waitSignal(importer.imported) as announced:
        qtbot.mouseClick(importer.save_button, Qt.MouseButton.LeftButton)
    imported = announced.args[0]
    added = re.fullmatch(r"Imported from Reuters, 10 July 2025: (\d+) added, 0 updated.*", imported)
    assert added is not None, imported
    bar = window.statusBar()
    assert bar.currentMessage() == imported
    saved = context.store.events.count()
    assert saved > 0

    context.undo_stack.undo()
    assert context.store.events.count() == 0
    assert bar.currentMessage() == (
        f"Undid the import from Reuters, 10 July 2025: {added[1]} records it added removed"
    )

    context.undo_stack.redo()
    assert context.store.events.count() == saved
    assert bar.currentMessage() == imported
