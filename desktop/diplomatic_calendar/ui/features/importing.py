"""File › Import article (Ctrl+I), and articles dropped on the main window as files or text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDropEvent

from diplomatic_calendar.ui.drops import DropFilter

if TYPE_CHECKING:
    from diplomatic_calendar.ui.import_window import ImportWindow
    from diplomatic_calendar.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    """Add the menu entry and let the window take dropped articles."""
    action = window.actions_by_key["import_article"]
    menu = window.menus["File"]
    actions = menu.actions()
    after = next((i for i, a in enumerate(actions) if a.objectName() == "new_event"), -1)
    before = actions[after + 1] if 0 <= after < len(actions) - 1 else None
    if before is not None:
        menu.insertAction(before, action)
    else:
        menu.addAction(action)
    action.triggered.connect(lambda: open_import_window(window))
    window.setAcceptDrops(True)
    window.article_drop_filter = ArticleDropFilter(window)  # type: ignore[attr-defined]
    window.installEventFilter(window.article_drop_filter)  # type: ignore[attr-defined]


def open_import_window(window: MainWindow) -> ImportWindow:
    """A new import window of its own; what it saves is announced in the status bar."""
    from diplomatic_calendar.ui.import_window import ImportWindow

    importer = ImportWindow(window.context, window)
    importer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    importer.imported.connect(lambda message: _announce(window, importer, message))
    importer.show()
    return importer


def _announce(window: MainWindow, importer: ImportWindow, message: str) -> None:
    """Say what the import saved, and later what undoing or redoing it did."""

    def show(text: str) -> None:
        window.statusBar().showMessage(text, 10000)

    show(message)
    if importer.command is not None:
        importer.command.announce = show


def article_paths(mime: QMimeData) -> list[Path]:
    """The local article files among dropped URLs."""
    from diplomatic_calendar.importing.reading import ARTICLE_SUFFIXES

    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in ARTICLE_SUFFIXES]


class ArticleDropFilter(DropFilter):
    """Takes .txt/.html/.eml files (or dragged text) dropped on the window into an import."""

    def wants(self, mime: QMimeData) -> bool:
        return bool(article_paths(mime)) or (mime.hasText() and not mime.hasUrls())

    def take(self, mime: QMimeData, event: QDropEvent | None = None) -> bool:
        """Open one import window per dropped article; True when something was taken."""
        paths = article_paths(mime)
        text = mime.text() if not mime.hasUrls() else ""
        if not paths and not text.strip():
            return False
        if event is not None:
            event.acceptProposedAction()
        for path in paths:
            open_import_window(self._window).load_file(path)
        if not paths:
            from diplomatic_calendar.importing import Article

            open_import_window(self._window).load_article(Article(text))
        return True
