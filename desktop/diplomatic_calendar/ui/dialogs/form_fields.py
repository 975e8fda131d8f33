"""Typed fields for optional dates and rates, shared by the official and tariff editors."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLineEdit, QWidget

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.ui.theme import warning_style


class OptionalDateEdit(QLineEdit):
    """A date that may be left empty, typed as YYYY-MM-DD."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self.setPlaceholderText("YYYY-MM-DD (may be empty)")

    def value(self) -> dt.date | None:
        """The date typed; None when empty; ValidationError naming the field when unreadable."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise ValidationError(f"the {self._what} '{text}' is not a date (YYYY-MM-DD)") from None

    def set_value(self, day: dt.date | None) -> None:
        """Show ``day`` (None clears)."""
        self.setText(day.isoformat() if day else "")


class RateEdit(QLineEdit):
    """A tariff rate in percent that may be left empty."""

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self.setPlaceholderText("percent, e.g. 25")

    def value(self) -> float | None:
        """The rate typed; None when empty; ValidationError when not a number."""
        text = self.text().strip().rstrip("%").strip().replace(",", ".")
        if not text:
            return None
        try:
            return float(text)
        except ValueError:
            raise ValidationError(f"the {self._what} '{self.text()}' is not a number") from None

    def set_value(self, rate: float | None) -> None:
        """Show ``rate`` (None clears)."""
        self.setText("" if rate is None else f"{rate:g}")


def error_label() -> QLabel:
    """The red line under a form where a validation message appears."""
    label = QLabel()
    label.setObjectName("formError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(warning_style())
    label.setWordWrap(True)
    return label


def save_cancel() -> QDialogButtonBox:
    """Save and Cancel buttons."""
    return QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
