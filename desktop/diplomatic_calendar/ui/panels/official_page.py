"""An official's page: who they are and every meeting they attended, newest first."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import Event, Official
from diplomatic_calendar.ui.models.officials_model import term_text
from diplomatic_calendar.ui.panels.country_page import event_text


def _plain(text: str) -> QLabel:
    label = QLabel(text or "—")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class OfficialPage(QDialog):
    """A non-modal window over one official; activating a meeting asks the window to show it,
    and Edit asks for the official's editor."""

    edit_requested = Signal(object)

    def __init__(
        self,
        official: Official,
        meetings: list[Event],
        parent: QWidget | None = None,
        home_zone: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.official = official
        self.setWindowTitle(official.name)
        form = QFormLayout()
        form.addRow("Name", _plain(official.name))
        form.addRow("Title", _plain(official.title))
        form.addRow("Country", _plain(country_name(official.country) if official.country else ""))
        form.addRow("Organisation", _plain(official.organisation))
        form.addRow("Term", _plain(term_text(official)))
        form.addRow("Also written", _plain(", ".join(official.aliases)))
        if official.notes:
            form.addRow("Notes", _plain(official.notes))
        self.meetings = QListWidget()
        self.meetings.setObjectName("officialMeetings")
        for event in meetings:
            item = QListWidgetItem(event_text(event, home_zone))
            item.setData(Qt.ItemDataRole.UserRole, event.id)
            self.meetings.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.edit_button = buttons.addButton("&Edit…", QDialogButtonBox.ButtonRole.ActionRole)
        self.edit_button.clicked.connect(self._edit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(f"Meetings ({len(meetings)})"))  # coming ones too, not only held
        layout.addWidget(self.meetings, 1)
        layout.addWidget(buttons)
        self.resize(520, 480)

    def _edit(self) -> None:
        # the page shows the record as it was: it closes, and the editor opens on the record
        self.close()
        self.edit_requested.emit(self.official)
