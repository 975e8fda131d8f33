"""Countries, officials and tariffs in the window: three docks, their editors and reminders."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDockWidget, QMessageBox, QWidget

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Official, TariffAction
from diplomatic_calendar.ui.commands import (
    RemoveRecordCommand,
    StoreCommand,
    changed_fields,
    still_stored,
)
from diplomatic_calendar.ui.models.layout import tooltip_html
from diplomatic_calendar.ui.panels.deadlines_panel import DeadlinesPanel
from diplomatic_calendar.ui.reminders import ReminderCenter

if TYPE_CHECKING:
    from diplomatic_calendar.ui.main_window import MainWindow
    from diplomatic_calendar.ui.panels.country_panel import CountryPanel
    from diplomatic_calendar.ui.panels.officials_panel import OfficialsPanel

log = logging.getLogger(__name__)


def install(window: MainWindow) -> None:
    """Add the country, deadlines and officials docks, their View entries and the reminders."""
    window.countries = CountriesFeature(window)  # type: ignore[attr-defined]


def _dock(window: MainWindow, name: str, title: str, widget: QWidget) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget)
    dock.setAllowedAreas(Qt.DockWidgetArea.AllDockWidgetAreas)
    return dock


# Below this width the month's chips show a few letters each: a dock opened beside a narrower
# calendar is given DOCK_ROOM, and the docks on the other side give up the rest.
CALENDAR_ROOM = 560
DOCK_ROOM = 300
DEADLINES_WIDTH = 440
_SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


class CountriesFeature(QObject):
    """Owns the docks and answers their requests: open a country, edit a tariff or an official."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.context = window.context
        self._country_panel: CountryPanel | None = None
        self._officials_panel: OfficialsPanel | None = None
        self.deadlines_panel = DeadlinesPanel(self.context)
        # The country and officials panels are built the first time their dock is shown: most
        # starts show neither, and building them took a fifth of the window's start-up.
        self.country_dock = _dock(window, "countryDock", "Country", QWidget())
        self.deadlines_dock = _dock(window, "deadlinesDock", "Deadlines", self.deadlines_panel)
        self.officials_dock = _dock(window, "officialsDock", "Officials", QWidget())
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.country_dock)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.deadlines_dock)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.officials_dock)
        window.tabifyDockWidget(self.country_dock, self.officials_dock)
        self.country_dock.visibilityChanged.connect(self._country_dock_shown)
        self.officials_dock.visibilityChanged.connect(self._officials_dock_shown)
        self.country_dock.raise_()
        if not self.context.settings.value("window/state"):
            # A first start only; later starts restore the user's own layout. The calendar keeps
            # most of the width: the country panel has nothing to say until a country is chosen,
            # and opens itself then (or from View).
            self.country_dock.hide()
            self.officials_dock.hide()
            QTimer.singleShot(0, self._first_widths)
        self.reminders = ReminderCenter(self.context, window)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.reminders.banner)
        self._today = self.context.today()
        self._add_menus()
        self._connect()
        self.reminders.check()

    @property
    def country_panel(self) -> CountryPanel:
        """The country dock's panel, built on first use."""
        if self._country_panel is None:
            from diplomatic_calendar.ui.panels.country_panel import CountryPanel

            panel = CountryPanel(self.context)
            page = panel.page
            page.tariff_add_requested.connect(lambda code: self.edit_tariff(None, code))
            page.tariff_edit_requested.connect(self.edit_tariff_by_id)
            page.official_requested.connect(self._official_page_id)
            self._country_panel = panel
            self.country_dock.setWidget(panel)
        return self._country_panel

    @property
    def officials_panel(self) -> OfficialsPanel:
        """The officials dock's panel, built on first use."""
        if self._officials_panel is None:
            from diplomatic_calendar.ui.panels.officials_panel import OfficialsPanel

            panel = OfficialsPanel(self.context)
            panel.set_shown(self.officials_dock.isVisible())
            panel.add_requested.connect(lambda: self.edit_official(None))
            panel.edit_requested.connect(self.edit_official)
            panel.delete_requested.connect(self.delete_official)
            panel.merge_requested.connect(self.merge_officials)
            panel.page_requested.connect(self.official_page)
            self._officials_panel = panel
            self.officials_dock.setWidget(panel)
        return self._officials_panel

    def _country_dock_shown(self, shown: bool) -> None:
        if shown:
            self.country_panel  # noqa: B018 - built now, as the dock appears

    def _officials_dock_shown(self, shown: bool) -> None:
        if shown or self._officials_panel is not None:
            self.officials_panel.set_shown(shown)

    def _first_widths(self) -> None:
        # 440 pixels show the list's first four columns; a small screen's window gives the
        # deadlines a third of its width, so that the month beside them keeps its weekend.
        width = min(DEADLINES_WIDTH, max(DOCK_ROOM - 80, self.window.width() * 37 // 100))
        self.window.resizeDocks([self.deadlines_dock], [width], Qt.Orientation.Horizontal)

    def _add_menus(self) -> None:
        a = self.window.actions_by_key
        view = self.window.menus["View"]
        # One entry per panel, ticked while it is open. Deadlines and officials have keys:
        # their entries open the panel (or bring it to the front of its tabs) and close it.
        country = self.country_dock.toggleViewAction()
        country.setText("&Country panel")
        country.triggered.connect(
            lambda shown: self._room_for(self.country_dock) if shown else None
        )
        view.addAction(country)
        for key, dock in (
            ("show_deadlines", self.deadlines_dock),
            ("show_officials", self.officials_dock),
        ):
            action = a[key]
            action.setCheckable(True)
            action.setChecked(dock.toggleViewAction().isChecked())
            dock.toggleViewAction().toggled.connect(action.setChecked)
            view.addAction(action)
        view.addSeparator()
        view.addAction(a["show_country"])
        edit = self.window.menus["Edit"]
        edit.addSeparator()
        edit.addAction(a["new_tariff"])
        edit.addAction(a["new_official"])

    def _connect(self) -> None:
        a = self.window.actions_by_key
        signals = self.context.signals
        signals.country_requested.connect(self.show_country)
        signals.data_changed.connect(self.reload)
        self.reminders.reminders_changed.connect(self._day_turned)
        a["show_country"].triggered.connect(self.show_selected_country)
        for key, dock in (
            ("show_deadlines", self.deadlines_dock),
            ("show_officials", self.officials_dock),
        ):
            a[key].triggered.connect(
                lambda checked, key=key, dock=dock: self._open_or_close(a[key], dock, checked)
            )
        a["new_tariff"].triggered.connect(lambda: self.edit_tariff(None, self.shown_key()))
        a["new_official"].triggered.connect(lambda: self.edit_official(None))

    # Showing -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Refresh every dock and the reminders after a change."""
        if self._country_panel is not None:
            self._country_panel.reload()
        self.deadlines_panel.reload()
        if self._officials_panel is not None:
            self._officials_panel.reload()
        self.reminders.check()

    def shown_key(self) -> str | None:
        """The country or bloc the country panel shows, if it has been opened."""
        return self._country_panel.key if self._country_panel is not None else None

    def _day_turned(self) -> None:
        """Countdowns count from today: when the date changes under an open window, recount."""
        today = self.context.today()
        if today != self._today:
            self._today = today
            if self._country_panel is not None:
                self._country_panel.reload()
            self.deadlines_panel.reload()
            # The calendar marks today too: read where it is, so the mark moves on.
            pane = getattr(self.window, "pane", None)
            if pane is not None:
                pane.refresh()

    def _open_or_close(self, action: QAction, dock: QDockWidget, checked: bool) -> None:
        """Open ``dock`` and bring it forward; close it only when it is in view already, so
        that a panel behind another's tab comes to the front instead."""
        if not checked and dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.close()
            return
        action.setChecked(True)
        self._raise(dock)

    def _raise(self, dock: QDockWidget) -> None:
        opening = not dock.isVisible()
        dock.show()
        dock.raise_()
        if opening:
            self._room_for(dock)

    def _room_for(self, dock: QDockWidget) -> None:
        """Once ``dock`` has opened, keep the calendar readable: take what it lacks from the
        docks beside it, down to their minimum, so that the window itself never grows."""
        QTimer.singleShot(0, lambda: self._make_room(dock))

    def _make_room(self, dock: QDockWidget) -> None:
        window = self.window
        calendar = window.centralWidget()
        if calendar is None or calendar.width() >= CALENDAR_ROOM or not dock.isVisible():
            return
        side = window.dockWidgetArea(dock)
        if dock.isFloating() or side not in _SIDES:
            return
        # the dock opened gets DOCK_ROOM, the other side what is left beside the calendar
        docks, widths = [dock], [max(dock.minimumSizeHint().width(), DOCK_ROOM)]
        other = next(
            (
                d
                for d in window.findChildren(QDockWidget)
                if d.isVisible()
                and not d.isFloating()
                and window.dockWidgetArea(d) in _SIDES
                and window.dockWidgetArea(d) != side
            ),
            None,
        )
        if other is not None:
            left_over = window.width() - CALENDAR_ROOM - widths[0] - 16
            docks.append(other)
            widths.append(max(other.minimumSizeHint().width(), min(other.width(), left_over)))
        window.resizeDocks(docks, widths, Qt.Orientation.Horizontal)

    def show_country(self, key: str) -> None:
        """Open the country dock on a country code or a bloc key."""
        if self.country_panel.show_key(key):
            self._raise(self.country_dock)
        else:
            log.warning("no country or bloc called %r", key)

    def show_selected_country(self) -> None:
        """The country of the selected event (its location, else the first listed), or the dock."""
        event = self.window.pane.selected_event()
        code = None
        if event is not None and event.tariff_action_id is not None:
            action = self.context.store.tariffs.get(event.tariff_action_id)
            code = action.target if action is not None else None  # the country it bites on
        if event is not None and code is None:
            code = event.location.country or next(iter(event.countries), None)
        if code:
            self.show_country(code)
        else:
            self._raise(self.country_dock)

    # Tariffs -----------------------------------------------------------------------------

    def edit_tariff_by_id(self, action_id: int) -> None:
        """Open the tariff editor on a stored action (nothing if it is gone)."""
        action = self.context.store.tariffs.get(action_id)
        if action is not None:
            self.edit_tariff(action, action.target)

    def edit_tariff(self, action: TariffAction | None, target: str | None) -> None:
        """Open the tariff editor; Save adds or updates the action as one undoable step."""
        from diplomatic_calendar.ui.dialogs.tariff_editor import TariffEditorDialog

        store = self.context.store
        history = store.tariffs.history(action.id) if action and action.id else []
        target_code = target if target and not target.startswith("bloc:") else None
        dialog = TariffEditorDialog(
            action,
            history=history,
            sources=store.sources.all(),
            target=target_code,
            parent=self.window,
        )
        outcome = dialog.exec()
        if outcome == TariffEditorDialog.DELETE and action is not None:
            self.delete_tariff(action)
            return
        if outcome != QDialog.DialogCode.Accepted:
            return
        new = dialog.result_action()
        if new is not None:
            self.save_tariff(action, new, dialog.change_note(), dialog.source_id())

    def delete_tariff(self, action: TariffAction) -> None:
        """Delete a tariff action after asking; its history and calendar entry go too. Undoable."""
        answer = QMessageBox.question(
            self.window,
            "Delete tariff action",
            tooltip_html(
                f"Delete “{action.title}” with its history and its date in the calendar? "
                "Edit › Undo brings it back."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        tariffs = self.context.store.tariffs
        self._push(
            RemoveRecordCommand(self.context, f"Delete “{action.title}”", tariffs, action.id)
        )

    def save_tariff(
        self, old: TariffAction | None, new: TariffAction, note: str, source_id: int | None
    ) -> None:
        """Add ``new`` or replace ``old`` with it, with ``note`` in the history; undoable."""
        tariffs, today = self.context.store.tariffs, self.context.today
        holder = {"action": new}

        def add() -> None:
            holder["action"] = tariffs.add(
                holder["action"], source_id=source_id, changed_on=today(), note=note
            )

        def remove() -> None:
            tariffs.delete(holder["action"].id or 0)

        if old is None:
            command = StoreCommand(self.context, f"Add “{new.title}”", add, remove)
        else:
            assert old.id is not None
            action_id = old.id
            forward, backward = changed_fields(old, new), changed_fields(new, old)
            if not forward:
                # Saved as it was: no step to undo, and no history entry for a change not made.
                self.window.statusBar().showMessage("Nothing changed, so nothing was saved", 5000)
                return
            mark = {"kept": 0}

            def apply() -> None:
                # Only what this step changed, over the record as it is now: a change saved
                # meanwhile by another window or program stays, either way.
                with self.context.store.transaction():
                    current = still_stored(tariffs.get(action_id), new.title)
                    mark["kept"] = tariffs.last_history_id(action_id)
                    tariffs.update(
                        current.with_changes(**forward),
                        note=note,
                        source_id=source_id,
                        changed_on=today(),
                    )

            def take_back() -> None:
                # The history entry the step added goes with it: an undone change never was.
                with self.context.store.transaction():
                    current = still_stored(tariffs.get(action_id), new.title)
                    tariffs.update(current.with_changes(**backward), history=False)
                    tariffs.drop_history_after(action_id, mark["kept"])

            command = StoreCommand(self.context, f"Edit “{new.title}”", apply, take_back)
        self._push(command)

    # Officials ---------------------------------------------------------------------------

    def edit_official(self, official: Official | None) -> None:
        """Open the official editor; Save adds or updates as one undoable step."""
        from diplomatic_calendar.ui.dialogs.official_editor import OfficialEditorDialog

        dialog = OfficialEditorDialog(official, self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            result = dialog.result_official()
            if result is not None:
                self.save_official(official, result)

    def _add_despite_namesake(self, new: Official) -> bool:
        officials = self.context.store.officials
        for name in (new.name, *new.aliases):
            known = officials.find_by_name(name)
            if known is None:
                continue
            about = ", ".join(p for p in (known.title, known.country or "") if p)
            answer = QMessageBox.question(
                self.window,
                "New official",
                tooltip_html(
                    f"“{name}” is already on record as {known.name}"
                    f"{f' ({about})' if about else ''}. Articles and the command line will "
                    "link that name to the official on record.\n\nAdd a second official "
                    "anyway?"
                ),
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def save_official(self, old: Official | None, new: Official) -> None:
        """Add ``new`` or replace ``old`` with it; undoable. A new official whose name (or one
        of whose spellings) is already someone's on record is added only if the user says so:
        imports and the command line link that name to the one on record, so a second record
        would never gain a meeting."""
        officials = self.context.store.officials
        if old is None and not self._add_despite_namesake(new):
            return
        holder = {"official": new}

        def add() -> None:
            holder["official"] = officials.add(holder["official"])

        def remove() -> None:
            officials.delete(holder["official"].id or 0)

        if old is None:
            command = StoreCommand(self.context, f"Add “{new.name}”", add, remove)
        else:
            assert old.id is not None
            official_id = old.id
            forward, backward = changed_fields(old, new), changed_fields(new, old)

            def save(values: dict[str, Any]) -> None:
                # Only what this step changed, over the record as it is now.
                with self.context.store.transaction():
                    current = still_stored(officials.get(official_id), new.name)
                    officials.update(current.with_changes(**values))

            text = f"Edit “{new.name}”"
            command = StoreCommand(
                self.context, text, lambda: save(forward), lambda: save(backward)
            )
        self._push(command)

    def delete_official(self, official: Official) -> None:
        """Delete after asking, since their place on events goes too."""
        count = len(self.context.store.events.with_participant(official.id or 0))
        answer = QMessageBox.question(
            self.window,
            "Delete official",
            tooltip_html(
                f"Delete {official.name}? They will be removed from {count} event(s). "
                "Edit › Undo brings them back."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            officials = self.context.store.officials
            text = f"Delete “{official.name}”"
            self._push(RemoveRecordCommand(self.context, text, officials, official.id))

    def merge_officials(self, first: Official, second: Official) -> None:
        """Merge two officials after asking which name to keep."""
        box = QMessageBox(self.window)
        box.setWindowTitle("Merge officials")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            f"“{first.name}” and “{second.name}” are one person. Which name stays? "
            "The other becomes an alias; meetings and sources of both are kept."
        )
        keep_first = box.addButton(f"Keep {first.name}", QMessageBox.ButtonRole.AcceptRole)
        keep_second = box.addButton(f"Keep {second.name}", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is keep_first:
            self.merge(first, second)
        elif box.clickedButton() is keep_second:
            self.merge(second, first)

    def merge(self, keep: Official, drop: Official) -> Official | None:
        """Fold ``drop`` into ``keep`` in the store, as one undo step."""
        officials = self.context.store.officials
        done: dict[str, Any] = {}

        def merge() -> None:
            done["merged"], done["before"] = officials.merge_keeping(keep.id or 0, drop.id or 0)

        def unmerge() -> None:
            officials.unmerge(done["before"])

        text = f"Merge “{drop.name}” into “{keep.name}”"
        command = StoreCommand(self.context, text, merge, unmerge)
        self._push(command)
        merged: Official | None = done.get("merged") if command.error is None else None
        return merged

    def _official_page_id(self, official_id: int) -> None:
        official = self.context.store.officials.get(official_id)
        if official is not None:
            self.official_page(official)

    def official_page(self, official: Official) -> QDialog:
        """Show an official's page (non-modal) with every meeting they attended."""
        from diplomatic_calendar.ui.panels.official_page import OfficialPage

        meetings = self.context.store.events.with_participant(official.id or 0)
        page = OfficialPage(official, meetings, self.window, self.context.home_zone)
        page.meetings.itemActivated.connect(
            lambda item: self.context.signals.event_requested.emit(
                item.data(Qt.ItemDataRole.UserRole)
            )
        )
        page.edit_requested.connect(self._edit_from_page)
        page.finished.connect(page.deleteLater)
        page.show()
        return page

    def _edit_from_page(self, official: Official) -> None:
        """Edit the official as now stored (the page may be older than a change since)."""
        current = self.context.store.officials.get(official.id or 0)
        if current is not None:
            self.edit_official(current)

    def _push(self, command: StoreCommand) -> None:
        try:
            self.context.undo_stack.push(command)
            if command.error is not None:  # Qt does not pass on an exception raised in redo()
                raise command.error
        except UserError as err:
            QMessageBox.warning(self.window, "Diplomatic Calendar", tooltip_html(str(err)))
