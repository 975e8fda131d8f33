"""Deadline reminders: an in-window banner always, a tray message where a tray exists."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QToolBar,
    QWidget,
)

from diplomatic_calendar.domain.deadlines import (
    DEFAULT_LEAD_DAYS,
    Reminder,
    parse_lead_days,
    reminders_due,
)
from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.store import DatabaseError
from diplomatic_calendar.ui.context import AppContext

log = logging.getLogger(__name__)

# Written by Edit › Settings as "7,1".
LEAD_DAYS_KEY = "reminder_days"
# Often enough that a reminder shows on the morning it falls due in a window left open overnight.
CHECK_INTERVAL_MS = 15 * 60 * 1000


def lead_days(context: AppContext) -> tuple[int, ...]:
    """The user's lead times (days before a deadline), 7 and 1 unless changed."""
    text = str(context.settings.value(LEAD_DAYS_KEY, "") or "")
    try:
        return parse_lead_days(text)
    except UserError:
        log.warning("ignoring unreadable reminder lead times %r", text)
        return DEFAULT_LEAD_DAYS


class ReminderBanner(QToolBar):
    """A strip above the calendar naming the first due reminder, with Open and Dismiss."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Reminders", parent)
        self.setObjectName("reminderBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        frame = QFrame(self)
        frame.setObjectName("reminderFrame")
        self._frame = frame
        self._apply_colours()
        self.label = QLabel(frame)
        self.label.setObjectName("reminderText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.count = QLabel(frame)
        self.open_button = QPushButton("Open country", frame)
        self.dismiss_button = QPushButton("Dismiss", frame)
        self.dismiss_button.setToolTip("Do not show this reminder again")
        self.dismiss_all_button = QPushButton("Dismiss all", frame)
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(QLabel("Reminder:", frame))
        layout.addWidget(self.label, 1)
        for widget in (self.count, self.open_button, self.dismiss_button, self.dismiss_all_button):
            layout.addWidget(widget)
        self.addWidget(frame)

    def _apply_colours(self) -> None:
        """A pale yellow strip in a light theme, a deep amber one in a dark theme."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        fill, edge, text = (
            ("#3B3000", "#8A7300", "#FFE9A8")
            if dark
            else (
                "#FFF4CE",
                "#C8A500",
                "#3B2F00",
            )
        )
        self._frame.setStyleSheet(
            f"#reminderFrame {{ background: {fill}; border: 1px solid {edge}; "
            f"border-radius: 3px; }} #reminderFrame QLabel {{ color: {text}; }}"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_colours()

    def show_reminders(self, due: list[Reminder], today: dt.date) -> None:
        """Show the first of ``due``; hide when there is none."""
        if not due:
            self.hide()
            return
        self.label.setText(due[0].deadline.describe(today, brief=True))
        self.count.setText(f"+{len(due) - 1} more" if len(due) > 1 else "")
        self.open_button.setEnabled(due[0].deadline.country is not None)
        self.dismiss_all_button.setVisible(len(due) > 1)
        self.show()


class ReminderCenter(QObject):
    """Works out which reminders are due and shows them; dismissals go to the store."""

    reminders_changed = Signal(list)

    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self._context = context
        self.due: list[Reminder] = []
        self._announced: set[str] = set()
        self.banner = ReminderBanner(window)
        self.banner.hide()
        self.tray = self._make_tray(window)
        self.banner.dismiss_button.clicked.connect(self.dismiss_first)
        self.banner.dismiss_all_button.clicked.connect(self.dismiss_all)
        self.banner.open_button.clicked.connect(self._open_first)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    @staticmethod
    def _make_tray(window: QMainWindow) -> QSystemTrayIcon | None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return None
        icon = window.windowIcon()
        if icon.isNull():
            icon = window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        tray = QSystemTrayIcon(icon, window)
        tray.setToolTip("Diplomatic Calendar")
        tray.messageClicked.connect(window.raise_)
        tray.show()
        return tray

    def check(self) -> list[Reminder]:
        """Recompute what is due today, refresh the banner and announce new ones in the tray."""
        today = self._context.today()
        leads = lead_days(self._context)
        store = self._context.store
        horizon = today + dt.timedelta(days=max(leads, default=0) + 1)
        deadlines = store.tariffs.deadlines(today, horizon, self._context.home_zone)
        self.due = reminders_due(deadlines, today, store.reminders.dismissed(), leads)
        self.banner.show_reminders(self.due, today)
        self._announce([r for r in self.due if r.key not in self._announced], today)
        self.reminders_changed.emit(self.due)
        return self.due

    def _announce(self, fresh: list[Reminder], today: dt.date) -> None:
        self._announced.update(r.key for r in fresh)
        if self.tray is None or not fresh:
            return
        lines = [r.deadline.describe(today) for r in fresh[:5]]
        if len(fresh) > 5:
            lines.append(f"… and {len(fresh) - 5} more")
        title = "Deadline coming up" if len(fresh) == 1 else f"{len(fresh)} deadlines coming up"
        self.tray.showMessage(title, "\n".join(lines), QSystemTrayIcon.MessageIcon.Information)

    def dismiss(self, key: str) -> None:
        """Dismiss one reminder for good (it stays dismissed after a restart)."""
        try:
            self._context.store.reminders.dismiss(key, self._context.clock())
        except (UserError, DatabaseError) as err:  # the calendar busy, or found damaged
            self._refused(err)
            return
        self.check()

    def dismiss_first(self) -> None:
        """Dismiss the reminder the banner shows."""
        if self.due:
            self.dismiss(self.due[0].key)

    def dismiss_all(self) -> None:
        """Dismiss every reminder due now."""
        now = self._context.clock()
        try:
            with self._context.store.transaction():
                for reminder in self.due:
                    self._context.store.reminders.dismiss(reminder.key, now)
        except (UserError, DatabaseError) as err:
            self._refused(err)
            return
        self.check()

    def _refused(self, err: Exception) -> QMessageBox:
        """Say that a dismissal was not saved, without blocking (the window may be about to
        offer a recovery of its calendar)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "Diplomatic Calendar",
            f"The reminder could not be dismissed.\n\n{err}\n\nNothing was changed.",
            parent=self.banner.window(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setObjectName("dismissRefused")
        box.open()
        return box

    def _open_first(self) -> None:
        if self.due and self.due[0].deadline.country:
            self._context.signals.country_requested.emit(self.due[0].deadline.country)
