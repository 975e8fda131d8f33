"""Add or edit a tariff action with every field; a change says why, and the history is shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import Source, TariffAction, TariffChange, TariffStatus
from diplomatic_calendar.ui.dialogs.form_fields import (
    OptionalDateEdit,
    RateEdit,
    error_label,
    save_cancel,
)
from diplomatic_calendar.ui.panels.country_page import change_text
from diplomatic_calendar.ui.widgets import CountryComboBox


class TariffEditorDialog(QDialog):
    """A form over one tariff action; ``result_action()``, ``change_note()``, ``source_id()``.

    An existing action also has Delete, which ends the dialog with ``DELETE`` instead of
    Accepted; the caller asks and deletes.
    """

    DELETE = 2

    def __init__(
        self,
        action: TariffAction | None = None,
        *,
        history: list[TariffChange] | None = None,
        sources: list[Source] | None = None,
        target: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Edit tariff action" if action else "New tariff action")
        self._original = action
        self._result: TariffAction | None = None
        self._build(sources or [])
        self._lay_out(history or [])
        # Whether the user set the previous rate themselves; until then it follows the rate.
        self._previous_set_by_user = False
        if action is not None:
            self._load(action)
            self.previous_rate.textEdited.connect(self._previous_rate_edited)
            self.rate.textChanged.connect(self._rate_changed)
        else:
            self.imposer.set_code("US")
            self.target.set_code(target)

    def _build(self, sources: list[Source]) -> None:
        self.imposer = CountryComboBox(allow_none=False)
        self.target = CountryComboBox(allow_none=False)
        self.rate = RateEdit("rate")
        self.previous_rate = RateEdit("previous rate")
        self.scope = QLineEdit("all goods")
        self.scope.setPlaceholderText("all goods, or the sector it covers")
        self.legal_basis = QLineEdit()
        self.legal_basis.setPlaceholderText("e.g. IEEPA, Section 232")
        self.announced = OptionalDateEdit("announced date")
        self.effective = OptionalDateEdit("effective date")
        self.status = QComboBox()
        for status in TariffStatus:
            self.status.addItem(status.label, status)
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.source = QComboBox()
        self.source.addItem("(none)", None)
        for source in sources:
            label = f"{source.title} — {source.citation}" if source.title else source.citation
            self.source.addItem(label, source.id)
        self.note = QLineEdit()
        self.note.setPlaceholderText("why it changed, e.g. 'letter of 7 July'")
        self.error = error_label()
        self.buttons = save_cancel()
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Kept apart from Save, on the left, so that it is never clicked for it.
        self.delete_button: QPushButton | None = None
        if self._original is not None:
            self.delete_button = QPushButton("&Delete…")
            self.delete_button.setObjectName("deleteTariff")
            self.delete_button.setToolTip("Delete this action, its history and its calendar entry")
            self.delete_button.setAutoDefault(False)
            self.delete_button.clicked.connect(lambda: self.done(self.DELETE))

    def _lay_out(self, history: list[TariffChange]) -> None:
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            ("&Imposed by", self.imposer),
            ("&On", self.target),
            ("&Rate %", self.rate),
            ("&Previous rate %", self.previous_rate),
            ("S&cope", self.scope),
            ("&Legal basis", self.legal_basis),
            ("&Announced", self.announced),
            ("&Effective", self.effective),
            ("S&tatus", self.status),
            ("N&otes", self.notes),
            ("So&urce", self.source),
            ("&Why it changed", self.note),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if history:
            self.history = QListWidget()
            self.history.setObjectName("tariffHistory")
            self.history.addItems([change_text(c) for c in history])
            self.history.setMaximumHeight(110)
            layout.addWidget(QLabel("History"))
            layout.addWidget(self.history)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        if self.delete_button is not None:
            row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout.addLayout(row)

    def _load(self, action: TariffAction) -> None:
        self.imposer.set_code(action.imposer)
        self.target.set_code(action.target)
        self.rate.set_value(action.rate_percent)
        self.previous_rate.set_value(action.previous_rate_percent)
        self.scope.setText(action.scope)
        self.legal_basis.setText(action.legal_basis)
        self.announced.set_value(action.announced_date)
        self.effective.set_value(action.effective_date)
        self.status.setCurrentIndex(self.status.findData(action.status))
        self.notes.setPlainText(action.notes)

    def _previous_rate_edited(self, _text: str) -> None:
        self._previous_set_by_user = True

    def _rate_changed(self, _text: str) -> None:
        """A new rate makes the rate it replaces the previous one (unless the user set that),
        so that the record never reads "30%, was 24%" after a change from 25%."""
        original = self._original
        if self._previous_set_by_user or original is None or original.rate_percent is None:
            return
        try:
            rate = self.rate.value()
        except ValidationError:
            return  # half typed: Save says what is wrong
        replaced = rate is not None and rate != original.rate_percent
        self.previous_rate.set_value(
            original.rate_percent if replaced else original.previous_rate_percent
        )

    def build_action(self) -> TariffAction:
        """The action the fields describe; ValidationError with a clear message if not valid."""
        imposer, target = self.imposer.code(), self.target.code()
        if not imposer or not target:
            raise ValidationError("a tariff action needs the imposing and the target country")
        fields = {
            "imposer": imposer,
            "target": target,
            "rate_percent": self.rate.value(),
            "previous_rate_percent": self.previous_rate.value(),
            "scope": self.scope.text().strip() or "all goods",
            "legal_basis": self.legal_basis.text().strip(),
            "announced_date": self.announced.value(),
            "effective_date": self.effective.value(),
            "status": self.status.currentData(),
            "notes": self.notes.toPlainText(),
        }
        if self._original is not None:
            return self._original.with_changes(**fields)
        return TariffAction(**fields)

    def accept(self) -> None:
        try:
            self._result = self.build_action()
        except ValidationError as err:
            self.error.setText(str(err))
            return
        super().accept()

    def result_action(self) -> TariffAction | None:
        """The saved action, once the dialog was accepted."""
        return self._result

    def change_note(self) -> str:
        """Why the action changed, for its history."""
        return self.note.text().strip()

    def source_id(self) -> int | None:
        """The source the change came from, if one was chosen."""
        data = self.source.currentData()
        return int(data) if data is not None else None
