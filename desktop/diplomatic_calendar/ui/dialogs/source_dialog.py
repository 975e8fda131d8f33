"""A stored article, to read again: its title, outlet, date, address and whole text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.model import Source


class SourceDialog(QDialog):
    """The text a record was drawn from, read-only, with where and when it appeared."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(source.title or source.citation or "Article")
        heading = QLabel(source.title or "(untitled article)")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        facts = [source.citation]
        if source.url:
            facts.append(source.url)
        self.facts = QLabel(" · ".join(f for f in facts if f))
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setWordWrap(True)
        self.text = QPlainTextEdit(source.text)
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 560)
