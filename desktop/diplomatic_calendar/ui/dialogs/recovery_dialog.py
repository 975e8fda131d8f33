"""When the calendar cannot be opened: say why, and offer a good backup or another file."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.store.backup import Backup
from diplomatic_calendar.ui.models.layout import tooltip_html


class Recovery(Enum):
    """What the user chose to do about a calendar that would not open."""

    RESTORE = "restore"
    OPEN_OTHER = "open_other"


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file names and errors are data, not markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def describe(backup: Backup) -> str:
    """A backup as a person reads it: local date and time, why it was taken, its size."""
    when = backup.taken_at.astimezone()
    reason = backup.reason.replace("-", " ")
    return f"{when:%A %d %B %Y, %H:%M} ({reason}, {backup.size / 1024:,.0f} KB)"


FileChooser = Callable[[QWidget], Path | None]


def choose_calendar_file(parent: QWidget) -> Path | None:
    """Ask for a calendar file to open instead."""
    name, _ = QFileDialog.getOpenFileName(
        parent, "Open another calendar", "", "Calendars (*.db *.sqlite);;All files (*)"
    )
    return Path(name) if name else None


class RecoveryDialog(QDialog):
    """Explains what is wrong with the file and offers a way on; the file itself is not touched."""

    def __init__(
        self,
        path: Path,
        problem: str,
        latest: Backup | None,
        parent: QWidget | None = None,
        choose_file: FileChooser = choose_calendar_file,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("The calendar could not be opened")
        self.choice: Recovery | None = None
        self.chosen_path: Path | None = None
        self.latest = latest
        self._choose_file = choose_file
        layout = QVBoxLayout(self)
        way_on = (
            "You can put back the newest good backup (the damaged file is kept beside it under "
            "a new name), or open another calendar file."
            if latest is not None
            else "You can open another calendar file, or quit and try again once the problem "
            "is put right."
        )
        self.message = _plain_label(
            f"Diplomatic Calendar could not open\n{path}\n\n"
            f"{problem.removesuffix('; it was not changed')}\n\n"
            f"The file has not been changed. {way_on}",
            self,
        )
        layout.addWidget(self.message)
        found = describe(latest) if latest else "There is no good backup of this calendar."
        self.backup_label = _plain_label(f"Newest good backup: {found}" if latest else found, self)
        layout.addWidget(self.backup_label)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton("Restore the latest backup", self)
        self.restore_button.setEnabled(latest is not None)
        self.open_button = QPushButton("Open another file…", self)
        self.quit_button = buttons.addButton("Quit", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setDefault(latest is not None)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        self.open_button.clicked.connect(self._open_other)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _restore(self) -> None:
        self.choice = Recovery.RESTORE
        self.accept()

    def _open_other(self) -> None:
        chosen = self._choose_file(self)
        if chosen is None:
            return
        self.choice = Recovery.OPEN_OTHER
        self.chosen_path = chosen
        self.accept()


class BackupPickerDialog(QDialog):
    """File › Restore backup: pick one of the calendar's backups, newest first."""

    def __init__(self, backups: list[Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                "Choose the backup to go back to. The calendar as it is now is backed up first, "
                "so you can come back to it from this list.",
                self,
            )
        )
        self.list = QListWidget(self)
        for item in backups:
            row = QListWidgetItem(describe(item))
            row.setData(Qt.ItemDataRole.UserRole, item)
            row.setToolTip(tooltip_html(str(item.path)))
            self.list.addItem(row)
        if backups:
            self.list.setCurrentRow(0)
        else:
            self.list.addItem("There are no backups of this calendar yet.")
            self.list.setEnabled(False)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Restore")
        ok.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def selected(self) -> Backup | None:
        """The backup chosen, if any."""
        row = self.list.currentItem()
        value = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        return value if isinstance(value, Backup) else None
