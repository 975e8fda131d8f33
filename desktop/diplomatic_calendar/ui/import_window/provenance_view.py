"""Where a record came from, shown read-only: "from: AP, 10 July 2025" and the sentence.

The event editor shows one; the country panel can too: build it with the pairs that
``store.sources.evidence_of(record_type, record_id)`` returns.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from diplomatic_calendar.domain.model import Source
from diplomatic_calendar.ui.models.layout import tooltip_html


def citation_lines(pairs: Sequence[tuple[Source, str]]) -> list[tuple[str, str]]:
    """("from: AP, 10 July 2025", "the sentence") for each source of a record."""
    return [(f"from: {source.citation}", " ".join(sentence.split())) for source, sentence in pairs]


class ProvenanceView(QWidget):
    """The sources of one record, as plain text; hidden when the record has none."""

    def __init__(
        self, pairs: Sequence[tuple[Source, str]] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.set_sources(pairs)

    def set_sources(self, pairs: Sequence[tuple[Source, str]]) -> None:
        """Show these (source, sentence) pairs instead of what was shown."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.lines = citation_lines(pairs)
        for (label, sentence), (source, _) in zip(self.lines, pairs, strict=True):
            cited = _plain(label)
            cited.setStyleSheet("font-weight: bold")
            if source.url:
                cited.setToolTip(tooltip_html(source.url))
            quote = _plain(f"“{sentence}”")
            quote.setStyleSheet("font-style: italic")
            self._layout.addWidget(cited)
            self._layout.addWidget(quote)
        if not self.lines:
            self.hide()
        elif self.isHidden() and self.parent() is not None:
            # A view without a parent would become a window of its own if shown here.
            self.show()


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
