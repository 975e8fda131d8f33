"""The main window: menus, toolbar, the calendar views, docks and the status bar."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QDate, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import StorageError, UserError
from diplomatic_calendar.domain.model import Event, TariffAction
from diplomatic_calendar.ui import view_controls
from diplomatic_calendar.ui.actions import build_actions, calendar_key_actions
from diplomatic_calendar.ui.commands import (
    AddEventCommand,
    AddEventsCommand,
    DeleteEventCommand,
    EditEventCommand,
    StoreCommand,
)
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog
from diplomatic_calendar.ui.models.layout import span_label, tooltip_html
from diplomatic_calendar.ui.views.pane import CalendarPane

if TYPE_CHECKING:
    from diplomatic_calendar.store import Store

log = logging.getLogger(__name__)

# Each feature module adds its own menus entries, docks and toolbar items through
# ``install(window: MainWindow) -> None``; it must import heavy things (printing, .ics, the
# extraction engine) only when its actions run, so that start-up stays fast.
# Actions that only start making a new record: offered only where it can be saved.
WRITING_ACTIONS = ("new_event", "import_article", "import_ics", "new_tariff", "new_official")

FEATURE_MODULES: tuple[str, ...] = (
    "diplomatic_calendar.ui.features.desktop",
    "diplomatic_calendar.ui.features.countries",
    "diplomatic_calendar.ui.features.importing",
    "diplomatic_calendar.ui.features.printing",
    "diplomatic_calendar.ui.features.safety",
)


class WelcomePage(QWidget):
    """Shown instead of an empty grid: how to begin, and a sample to look at."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("<h2>Your calendar is empty</h2>")
        hint = QLabel(
            "<p>Add a meeting, call or deadline with <b>New event</b> (Ctrl+N), or paste a news "
            "article with <b>File › Import article</b> (Ctrl+I) and accept the records it "
            "proposes.</p><p>To see the calendar at work first, load the sample: a month of "
            "meetings, officials and tariff deadlines that Edit › Undo takes away again.</p>"
        )
        hint.setWordWrap(True)
        # Up to 540 pixels wide, narrower when docks crowd the calendar: centred by stretches
        # beside it (a wrapped label given an alignment would be sized for one line).
        hint.setMinimumWidth(280)
        hint.setMaximumWidth(540)
        title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.new_button = QPushButton("New event…")
        self.new_button.setDefault(True)
        self.sample_button = QPushButton("Load sample calendar")
        self.calendar_button = QPushButton("Show the empty calendar")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.sample_button, self.calendar_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(hint, 100)
        centred.addStretch(1)
        layout.addLayout(centred)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(2)
        buttons.insertStretch(0, 1)
        buttons.addStretch(1)


def _owned_by_tariff(event: Event) -> tuple[object, ...]:
    """The fields of a tariff's calendar entry that the tariff action decides."""
    return (event.end, event.status, event.title, event.kind, event.countries)


class MainWindow(QMainWindow):
    """The calendar window; everything it shows comes through models and the context."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setWindowTitle(self.title_for(context.store))
        self.actions_by_key = build_actions(self)
        self.pane = CalendarPane(context, self)
        self.month_model = self.pane.month_model
        self.month_view = self.pane.month_view
        self.welcome = WelcomePage(self)
        # The welcome page shares the views' stack, so exactly one of them is ever shown.
        self.stack = self.pane
        self.stack.addWidget(self.welcome)
        self.setCentralWidget(self.stack)
        self.navigation_listeners: list[Callable[[dt.date], None]] = []
        self.period_label = QLabel()
        self.period_label.setObjectName("periodLabel")
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self._welcome_dismissed = False
        # While a calendar found damaged is being recovered, the window is hidden and holds a
        # stand-in: files handed over then wait for the calendar the user ends up with.
        self.recovering = False
        self.waiting_files: list[Path] = []
        self._data_version = context.store.data_version()
        self._file_lost = False  # the calendar's file went away and the user was told
        self._connect()
        self._build_menus()
        self._build_toolbar()
        view_controls.install(self)
        for name in FEATURE_MODULES:
            importlib.import_module(name).install(self)
        # Enter, Delete, T and the page keys belong to whichever box or list has the focus;
        # they act on the calendar while it has it, and it has it from the start.
        calendar_key_actions(self.pane, self.actions_by_key)
        self.pane.current_view().setFocus()
        self._show_state()  # the pane read its period as it was built: no second read
        self._restore_layout()
        self._poll = QTimer(self)
        self._poll.setInterval(2000)
        self._poll.timeout.connect(self._check_outside_changes)
        self._poll.start()

    @staticmethod
    def title_for(store: Store) -> str:
        """The window title for a calendar: its file's name, then the application's."""
        path = store.path
        if path is None:
            return "Diplomatic Calendar"
        marker = " (read-only)" if store.read_only else ""
        return f"{path.stem}{marker} — Diplomatic Calendar"

    def _connect(self) -> None:
        a = self.actions_by_key
        stack = self.context.undo_stack
        a["undo"].triggered.connect(stack.undo)
        a["redo"].triggered.connect(stack.redo)
        stack.canUndoChanged.connect(a["undo"].setEnabled)
        stack.canRedoChanged.connect(a["redo"].setEnabled)
        # Bound methods, not lambdas: the stack can outlive this window, and Qt drops a
        # destroyed receiver's connections only when the slot belongs to it.
        stack.undoTextChanged.connect(self._show_undo_text)
        stack.redoTextChanged.connect(self._show_redo_text)
        a["undo"].setEnabled(False)
        a["redo"].setEnabled(False)
        a["new_event"].triggered.connect(lambda: self.new_event())
        a["edit_event"].triggered.connect(self.edit_selected)
        a["delete_event"].triggered.connect(self.delete_selected)
        a["load_sample"].triggered.connect(self.load_sample)
        a["quit"].triggered.connect(self.close)
        a["previous"].triggered.connect(lambda: self.step(-1))
        a["next"].triggered.connect(lambda: self.step(1))
        a["today"].triggered.connect(self.go_today)
        a["next_event"].triggered.connect(lambda: self.choose_adjacent_event(1))
        a["previous_event"].triggered.connect(lambda: self.choose_adjacent_event(-1))
        a["about"].triggered.connect(self.show_about)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        self.pane.day_activated.connect(self.new_event)
        # the navigator follows the year view's day cursor as it follows a day clicked
        self.pane.year_view.cursor_moved.connect(lambda _day: self._update_labels())
        self.pane.slot_activated.connect(self.new_event_at)
        self.pane.span_chosen.connect(self.new_event_at)
        self.pane.event_activated.connect(self.edit_event)
        self.pane.event_changed.connect(self.change_event)
        self.welcome.new_button.clicked.connect(lambda: self.new_event())
        self.welcome.sample_button.clicked.connect(self.load_sample)
        self.welcome.calendar_button.clicked.connect(self._dismiss_welcome)
        self.context.signals.data_changed.connect(self.refresh)

    def _show_undo_text(self, text: str) -> None:
        # A lone "&" in a menu entry marks its shortcut letter: a title's own is doubled.
        self.actions_by_key["undo"].setText(f"&Undo {text.replace('&', '&&')}".strip())

    def _show_redo_text(self, text: str) -> None:
        self.actions_by_key["redo"].setText(f"&Redo {text.replace('&', '&&')}".strip())

    def _build_menus(self) -> None:
        a = self.actions_by_key
        menus: dict[str, list[str | None]] = {
            "&File": ["new_event", None, "load_sample", None, "quit"],
            "&Edit": ["undo", "redo", None, "edit_event", "delete_event"],
            "&View": [],
            "&Go": ["previous", "today", "next", None, "previous_event", "next_event"],
            "&Help": ["shortcuts", None, "about"],
        }
        self.menus: dict[str, QMenu] = {}
        for title, keys in menus.items():
            menu = self.menuBar().addMenu(title)
            menu.setObjectName(title.replace("&", "").lower() + "Menu")
            self.menus[title.replace("&", "")] = menu
            for key in keys:
                if key is None:
                    menu.addSeparator()
                else:
                    menu.addAction(a[key])

    def _build_toolbar(self) -> None:
        a = self.actions_by_key
        bar = QToolBar("Navigation", self)
        bar.setObjectName("navigationToolBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a["previous"].setIconText("◀")
        a["next"].setIconText("▶")
        for key in ("previous", "today", "next"):
            bar.addAction(a[key])
        bar.addSeparator()
        bar.addWidget(self.period_label)
        bar.addSeparator()
        bar.addAction(a["new_event"])
        self.addToolBar(bar)
        self.navigation_bar = bar

    # Navigation ---------------------------------------------------------------------------

    @property
    def current_view_name(self) -> str:
        """The view shown: "day", "week", "work_week", "month", "agenda" or "year"."""
        return self.pane.current_view_name

    def set_view(self, name: str) -> None:
        """Switch to another view around the same day."""
        self._welcome_dismissed = True
        self.pane.set_view(name)
        self.refresh()

    def step(self, periods: int) -> None:
        """Move by ``periods`` of the current view (days, weeks, months, agenda spans, years)."""
        self.pane.step(periods)
        self._update_labels()

    def choose_adjacent_event(self, step: int) -> Event | None:
        """Choose the next (1) or previous (-1) event the view shows; say so when there is none."""
        chosen = self.pane.choose_adjacent_event(step)
        if chosen is None:
            where = "later" if step > 0 else "earlier"
            self.statusBar().showMessage(f"No {where} event in this view", 4000)
        else:
            # said as well as outlined: in a crowded month day the outline is on "+N more"
            when = span_label(chosen, self.context.home_zone)
            self.statusBar().showMessage(f"Chosen: {chosen.title} · {when}", 6000)
            self._update_labels()
        return chosen

    def go_today(self) -> None:
        """Show the period holding today, with today selected."""
        self.go_to(self.context.today())

    def go_to(self, day: dt.date) -> None:
        """Show the period holding ``day`` and select it."""
        self.pane.go_to(day)
        self._update_labels()

    def refresh(self) -> None:
        """Re-read what is shown (after any change)."""
        self.pane.refresh()
        self._show_state()

    def _show_state(self) -> None:
        """The welcome page or the current view, the status line and the period label."""
        count = self.context.store.events.count()
        empty = count == 0 and not self._welcome_dismissed
        self.stack.setCurrentWidget(self.welcome if empty else self.pane.current_view())
        noun = "event" if count == 1 else "events"
        # The count is the calendar's; when a filter hides some, the line says so.
        shown = "" if self.pane.filter.is_empty else " · filter on: some are hidden"
        self._enable_writing(count)
        locked = "read-only · " if self.context.store.read_only else ""
        self.status_label.setText(
            f"{locked}{count:,} {noun}{shown} · home zone {self.context.home_zone}"
        )
        self.status_label.setToolTip(
            f"Nothing can be saved to this calendar: {self.context.store.read_only}."
            if self.context.store.read_only
            else ""
        )
        self._update_labels()

    def _enable_writing(self, count: int) -> None:
        """Offer only what can be saved: nothing new on a read-only calendar (the form would be
        filled in for nothing), and the sample only into an empty calendar, where it mixes with
        nobody's own records."""
        writable = not self.context.store.read_only
        for key in WRITING_ACTIONS:
            action = self.actions_by_key.get(key)
            if action is not None:
                action.setEnabled(writable)
        self.actions_by_key["load_sample"].setEnabled(writable and count == 0)
        self.welcome.sample_button.setEnabled(writable)

    def _update_labels(self) -> None:
        self.period_label.setText(f"  {self.pane.period_text()}  ")
        for listener in self.navigation_listeners:
            listener(self.pane.anchor)

    def _dismiss_welcome(self) -> None:
        self._welcome_dismissed = True
        self.refresh()

    def _check_outside_changes(self) -> None:
        if not self._file_lost and self.context.store.replaced_on_disk():
            self._calendar_replaced()
            return
        try:
            version = self.context.store.data_version()
        except UserError:  # the file went away or became unreadable; the next save says so
            return
        if version != self._data_version:
            self._data_version = version
            self.context.signals.data_changed.emit()

    def _calendar_replaced(self) -> None:
        """Another program put a different file where the calendar is (a restore from the
        command line) or took it away: open the file that is there now, or say it is gone,
        so that nothing is written into a file the calendar no longer is."""
        from diplomatic_calendar.store import Store

        store = self.context.store
        path = store.path
        assert path is not None
        try:
            fresh = Store.open(path) if path.is_file() else None
        except UserError as err:
            fresh, why = None, str(err)
        else:
            why = "moved or deleted by another program"
        if fresh is None:
            self._file_lost = True
            QMessageBox.warning(
                self,
                "Diplomatic Calendar",
                tooltip_html(
                    f"The calendar file at {path} is no longer there ({why}).\n\nWhat is shown "
                    "is still open here: use File › Save a copy… to keep it."
                ),
            )
            return
        store.close()
        self.context.store = fresh
        self.context.undo_stack.clear()  # its steps were about the file that was replaced
        self._data_version = fresh.data_version()
        self.setWindowTitle(self.title_for(fresh))
        self.context.signals.data_changed.emit()
        self.statusBar().showMessage(
            "The calendar file was replaced by another program (a restored backup?); "
            "it was opened again, and Undo starts afresh",
            15_000,
        )

    # Editing ------------------------------------------------------------------------------

    def new_event(self, day: dt.date | None = None) -> None:
        """Open the editor for a new event (on ``day``, else the selected day or today)."""
        dialog = self._editor(day=day or self.pane.anchor)
        self._run_new(dialog)

    def new_event_at(self, moment: dt.datetime, end: dt.datetime | None = None) -> None:
        """Open the editor for a new event from ``moment`` (home time) to ``end``, or for an
        hour."""
        self._run_new(self.editor_at(moment, end))

    def editor_at(self, moment: dt.datetime, end: dt.datetime | None = None) -> EventEditorDialog:
        """The editor filled in for a new event from ``moment`` to ``end`` (else an hour)."""
        dialog = self._editor(day=moment.date())
        if end is None:
            end = min(moment + dt.timedelta(hours=1), moment.replace(hour=23, minute=59))
        end = end.astimezone(moment.tzinfo) if moment.tzinfo is not None else end
        dialog.start_time.setTime(QTime(moment.hour, moment.minute))
        dialog.end_date.setDate(QDate(end.year, end.month, end.day))
        dialog.end_time.setTime(QTime(end.hour, end.minute))
        return dialog

    def _run_new(self, dialog: EventEditorDialog) -> None:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            events = dialog.result_events()
            if len(events) > 1:  # a repeating event: its copies, added as one step
                self._push(AddEventsCommand(self.context, events))
            elif events:
                self.save_new(events[0])

    def _editor(
        self, *, event: Event | None = None, day: dt.date | None = None
    ) -> EventEditorDialog:
        officials = self.context.store.officials.all()
        sources = self.context.store.sources
        return EventEditorDialog(
            officials,
            self.context.home_zone,
            event=event,
            day=day,
            provenance=sources.evidence_of("event", event.id) if event and event.id else (),
            parent=self,
            first_weekday=self.pane.first_weekday(),
        )

    def save_new(self, event: Event) -> None:
        """Add ``event`` as one undoable step."""
        self._push(AddEventCommand(self.context, event))

    def edit_event(self, event: Event) -> None:
        """Open the editor on a stored event and save the changes as one undoable step.

        A tariff's calendar entry opens the tariff action instead: its date, title and status
        are the tariff's, kept in step from there.
        """
        tariff_owner = getattr(self, "countries", None)
        if event.tariff_action_id is not None and tariff_owner is not None:
            tariff_owner.edit_tariff_by_id(event.tariff_action_id)
            return
        dialog = self._editor(event=event)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            changed = dialog.result_event()
            if changed is not None and changed != event:
                self._push(EditEventCommand(self.context, event, changed))

    def change_event(self, old: Event, new: Event, text: str = "") -> None:
        """Save a moved or resized event as one undoable step."""
        if old.tariff_action_id is not None:
            self._change_tariff_entry(old, new, text)
            return
        self._push(EditEventCommand(self.context, old, new, text))

    def _change_tariff_entry(self, old: Event, new: Event, text: str) -> None:
        """Moving a tariff's entry moves the tariff's effective date; its other fields are the
        tariff's own and change in the tariff editor."""
        first = new.start.date() if isinstance(new.start, dt.datetime) else new.start
        if first != old.start:
            self._move_tariff(old.tariff_action_id or 0, first)
        elif _owned_by_tariff(new) != _owned_by_tariff(old):
            self.statusBar().showMessage(
                f"“{old.title}” is a tariff action's date: change it in the tariff editor "
                "(double-click it)",
                8000,
            )
            self.refresh()
        else:
            self._push(EditEventCommand(self.context, old, new, text))

    def _move_tariff(self, action_id: int, day: dt.date) -> None:
        tariffs = self.context.store.tariffs
        action = tariffs.get(action_id)
        if action is None:
            return
        before = action.effective_date
        mark = {"kept": 0}

        def current() -> TariffAction:
            found = tariffs.get(action_id)
            if found is None:
                raise StorageError(f"“{action.title}” was deleted meanwhile")
            return found

        def move() -> None:
            with self.context.store.transaction():
                mark["kept"] = tariffs.last_history_id(action_id)
                tariffs.update(
                    current().with_changes(effective_date=day),
                    note="moved in the calendar",
                    changed_on=self.context.today(),
                )

        def take_back() -> None:
            # As with an edit: the entry the move added goes with it, and none is added.
            with self.context.store.transaction():
                tariffs.update(current().with_changes(effective_date=before), history=False)
                tariffs.drop_history_after(action_id, mark["kept"])

        self._push(
            StoreCommand(self.context, f"Move “{action.title}” to {day:%d %b %Y}", move, take_back)
        )

    def edit_selected(self) -> None:
        """Edit the selected event, if there is one."""
        event = self.pane.selected_event()
        if event is not None:
            self.edit_event(event)

    def delete_event(self, event: Event) -> None:
        """Delete ``event`` as one undoable step (a tariff's entry: the tariff action, after
        asking, since the entry only shows its date)."""
        tariff_owner = getattr(self, "countries", None)
        if event.tariff_action_id is not None and tariff_owner is not None:
            action = self.context.store.tariffs.get(event.tariff_action_id)
            if action is not None:
                tariff_owner.delete_tariff(action)
                return
        self._push(DeleteEventCommand(self.context, event))

    def delete_selected(self) -> None:
        """Delete the selected event, if there is one."""
        event = self.pane.selected_event()
        if event is not None:
            self.delete_event(event)

    def _push(self, command: object) -> None:
        try:
            self.context.undo_stack.push(command)  # type: ignore[arg-type]
            failed = getattr(command, "error", None)  # set by a StoreCommand that could not save
            if failed is not None:
                raise failed
        except UserError as err:
            QMessageBox.warning(self, "Diplomatic Calendar", tooltip_html(str(err)))

    def load_sample(self) -> None:
        """Fill the calendar with the shipped sample month, as one step of Edit › Undo."""
        from diplomatic_calendar.store.sample import load_sample

        store_now = self.context.store
        loaded = {"mark": 0, "events": 0}

        def load() -> None:
            loaded["mark"] = self.context.store.change_mark()
            loaded["events"] = load_sample(self.context.store, self.context.today())

        def take_back() -> None:
            self.context.store.remove_added_after(loaded["mark"])

        command = StoreCommand(self.context, "Load the sample calendar", load, take_back)
        self._push(command)
        if command.error is not None or self.context.store is not store_now:
            return
        self.statusBar().showMessage(
            f"Loaded the sample calendar: {loaded['events']} events (Edit › Undo takes it away)",
            8000,
        )
        self.go_today()

    # Help ---------------------------------------------------------------------------------

    def show_about(self) -> None:
        """The About box: icon, name, version and the calendar file."""
        from diplomatic_calendar.ui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(self.context.store.path, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def show_shortcuts(self) -> None:
        """Every keyboard shortcut, from the one table that defines them."""
        from diplomatic_calendar.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # Layout -------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        view_controls.fit_toolbars(self)

    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(min(1200, int(screen.width() * 0.9)), min(800, int(screen.height() * 0.9)))
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.context.settings.setValue("window/geometry", self.saveGeometry())
        self.context.settings.setValue("window/state", self.saveState())
        self.context.settings.sync()
        self._poll.stop()
        super().closeEvent(event)
