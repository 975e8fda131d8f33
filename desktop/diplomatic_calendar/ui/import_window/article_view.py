"""The article text, with the selected draft's evidence highlighted and scrolled into view."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

# A pale amber that reads with black text in light and dark themes alike.
EVIDENCE_BACKGROUND = QColor("#FFE08A")


def utf16_offset(text: str, index: int) -> int:
    """Qt counts UTF-16 code units; Python counts code points (they differ past U+FFFF)."""
    return len(text[:index].encode("utf-16-le")) // 2


class ArticleView(QPlainTextEdit):
    """Paste an article here; once drafts are found it is read-only so offsets stay true."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            "Paste the article's text here (or open a .txt, .html or .eml file), "
            "then press Find drafts."
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        # Text is pasted here, not typed: Tab moves on to the next field instead of indenting.
        self.setTabChangesFocus(True)
        self._text = ""

    def show_article(self, text: str) -> None:
        """Show ``text`` read-only: the drafts' evidence offsets point into exactly this."""
        self._text = text
        self.setPlainText(text)
        self.setReadOnly(True)

    def highlight(self, start: int, end: int) -> None:
        """Mark the span start..end (Python offsets into the article) and scroll to it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(utf16_offset(self._text, start))
        cursor.setPosition(utf16_offset(self._text, end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(EVIDENCE_BACKGROUND)
        fmt.setForeground(QColor("#000000"))
        selection.format = fmt
        selection.cursor = cursor
        self.setExtraSelections([selection])
        caret = QTextCursor(self.document())
        caret.setPosition(utf16_offset(self._text, start))
        self.setTextCursor(caret)
        self.centerCursor()

    def highlighted(self) -> str:
        """The text now marked (for tests and screen readers)."""
        selections = self.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""
