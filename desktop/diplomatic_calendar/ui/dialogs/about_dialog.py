"""Help > About: the icon, name and version, and where this calendar keeps its data."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar import __version__
from diplomatic_calendar.ui.theme import app_icon_pixmap

APPLICATION = "Diplomatic Calendar"
SUMMARY = (
    "Meetings, officials and tariff deadlines in one calendar, with drafts proposed from news "
    "articles. Everything stays in one SQLite file on this computer."
)


def _label(text: str, *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class AboutDialog(QDialog):
    """The About box; every text is plain, so a database path cannot inject markup."""

    def __init__(self, database: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APPLICATION}")
        icon = QLabel(self)
        icon.setPixmap(app_icon_pixmap(96, self.devicePixelRatioF()))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.name_label = _label(APPLICATION)
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.version_label = _label(f"Version {__version__}", selectable=True)
        self.details_label = _label(
            f"Python {platform.python_version()} · PySide6 {PySide6.__version__} · Qt {qVersion()}",
            selectable=True,
        )
        where = str(database) if database else "kept in memory (not saved)"
        self.database_label = _label(f"Calendar file: {where}", selectable=True)
        text = QVBoxLayout()
        for widget in (
            self.name_label,
            self.version_label,
            _label(SUMMARY),
            self.database_label,
            self.details_label,
        ):
            text.addWidget(widget)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
