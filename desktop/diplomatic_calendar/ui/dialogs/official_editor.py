"""Add or edit an official: name, other spellings, title, country, organisation, term, notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import Official
from diplomatic_calendar.ui.dialogs.form_fields import (
    OptionalDateEdit,
    error_label,
    save_cancel,
)
from diplomatic_calendar.ui.widgets import CountryComboBox


class OfficialEditorDialog(QDialog):
    """A form over one official; ``result_official()`` after Save."""

    def __init__(self, official: Official | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit official" if official else "New official")
        self._original = official
        self._result: Official | None = None
        self.name = QLineEdit()
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText("other spellings, separated by semicolons")
        self.title_edit = QLineEdit()
        self.country = CountryComboBox()
        self.organisation = QLineEdit()
        self.term_start = OptionalDateEdit("term start")
        self.term_end = OptionalDateEdit("term end")
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.error = error_label()
        self.buttons = save_cancel()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&Also written", self.aliases)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Country", self.country)
        form.addRow("&Organisation", self.organisation)
        form.addRow("Term &from", self.term_start)
        form.addRow("Term &until", self.term_end)
        form.addRow("N&otes", self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if official is not None:
            self._load(official)
        self.name.setFocus()

    def _load(self, official: Official) -> None:
        self.name.setText(official.name)
        self.aliases.setText("; ".join(official.aliases))
        self.title_edit.setText(official.title)
        self.country.set_code(official.country)
        self.organisation.setText(official.organisation)
        self.term_start.set_value(official.term_start)
        self.term_end.set_value(official.term_end)
        self.notes.setPlainText(official.notes)

    def build_official(self) -> Official:
        """The official the fields describe; ValidationError with a clear message if not valid."""
        fields = {
            "name": self.name.text(),
            "aliases": tuple(a.strip() for a in self.aliases.text().split(";") if a.strip()),
            "title": self.title_edit.text(),
            "country": self.country.code(),
            "organisation": self.organisation.text().strip(),
            "term_start": self.term_start.value(),
            "term_end": self.term_end.value(),
            "notes": self.notes.toPlainText(),
        }
        if self._original is not None:
            return self._original.with_changes(**fields)
        return Official(**fields)  # type: ignore[arg-type]

    def accept(self) -> None:
        try:
            self._result = self.build_official()
        except ValidationError as err:
            self.error.setText(str(err))
            return
        super().accept()

    def result_official(self) -> Official | None:
        """The saved official, once the dialog was accepted."""
        return self._result
