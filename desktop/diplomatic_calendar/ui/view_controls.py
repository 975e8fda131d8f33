"""The window's calendar controls: view switch, navigator dock, go to date, filter, search, menu."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QToolBar

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus
from diplomatic_calendar.ui.filter_bar import FilterBar
from diplomatic_calendar.ui.models.layout import local_days
from diplomatic_calendar.ui.navigator import GoToDateDialog, NavigatorDock
from diplomatic_calendar.ui.search import LIMIT, SearchBox
from diplomatic_calendar.ui.views.legend import build_legend_menu
from diplomatic_calendar.ui.views.pane import VIEW_NAMES
from diplomatic_calendar.ui.widgets import to_date

VIEW_SETTING = "calendar/view"
AGENDA_LENGTHS = (7, 14, 30, 60)

if TYPE_CHECKING:
    from diplomatic_calendar.ui.main_window import MainWindow
    from diplomatic_calendar.ui.views.event_menu import EventMenuHandlers


def install(window: MainWindow) -> None:
    """Add the view switch, navigator, filter bar and search to ``window``."""
    _install_view_switch(window)
    _install_navigator(window)
    _install_filter_and_search(window)
    _install_go_to_date(window)
    window.pane.context_requested.connect(lambda event, at: show_event_menu(window, event, at))
    signals = window.context.signals
    signals.date_requested.connect(window.go_to)
    signals.event_requested.connect(lambda event_id: _jump_to_id(window, event_id))


def _install_view_switch(window: MainWindow) -> None:
    group = QActionGroup(window)
    group.setExclusive(True)
    bar, menu = window.navigation_bar, window.menus["View"]
    bar.addSeparator()
    for name in VIEW_NAMES:
        action = window.actions_by_key[f"view_{name}"]
        action.setCheckable(True)
        action.setChecked(name == window.pane.current_view_name)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, n=name: window.set_view(n))
        bar.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    menu.addMenu(_agenda_length_menu(window))
    menu.addMenu(build_legend_menu(window))
    menu.addSeparator()
    window.pane.view_changed.connect(
        lambda name: window.actions_by_key[f"view_{name}"].setChecked(True)
    )
    settings = window.context.settings
    window.pane.view_changed.connect(lambda name: settings.setValue(VIEW_SETTING, name))
    window.pane.view_changed.connect(lambda _name: window._update_labels())
    saved = str(settings.value(VIEW_SETTING, "month"))
    if saved in VIEW_NAMES and saved != window.pane.current_view_name:
        window.pane.set_view(saved)  # the view the user left open last time


def _agenda_length_menu(window: MainWindow) -> QMenu:
    """How many days the agenda lists (the "agenda_days" setting)."""
    menu = QMenu("Agenda &length", window)
    group = QActionGroup(menu)
    for days in AGENDA_LENGTHS:
        action = menu.addAction(f"{days} days")
        action.setCheckable(True)
        action.setChecked(days == window.pane.agenda_days())
        action.setData(days)
        group.addAction(action)
        action.triggered.connect(lambda _checked=False, d=days: set_agenda_days(window, d))
    return menu


def set_agenda_days(window: MainWindow, days: int) -> None:
    """List ``days`` days in the agenda from now on."""
    window.context.settings.setValue("agenda_days", days)
    window.refresh()


def _install_navigator(window: MainWindow) -> None:
    context = window.context

    def busy_days(first: dt.date, end: dt.date) -> Iterable[dt.date]:
        if not context.store.is_open:  # the marks were due as the window closed
            return ()
        return context.store.events.days_with_events(first, end, context.home_zone).keys()

    dock = NavigatorDock(window.pane.first_weekday(), window, busy_days)
    context.signals.data_changed.connect(dock.schedule_marks)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    dock.calendar.clicked.connect(lambda value: window.go_to(to_date(value)))
    window.navigation_listeners.append(dock.show_date)
    dock.toggleViewAction().setText("&Navigator")
    window.menus["View"].addAction(dock.toggleViewAction())
    window.navigator = dock  # type: ignore[attr-defined]


def _install_filter_and_search(window: MainWindow) -> None:
    # A bar of their own beside the navigation: in a narrow window it moves to a second row
    # (see fit_toolbars) instead of slipping behind the "»" where search cannot be seen.
    bar = QToolBar("Filter and search", window)
    bar.setObjectName("filterToolBar")
    bar.setMovable(False)
    window.addToolBar(bar)
    window.filter_toolbar = bar  # type: ignore[attr-defined]
    filters = FilterBar(bar)

    def apply_filter(event_filter: EventFilter) -> None:
        window.pane.set_filter(event_filter)
        window.refresh()

    def focus_search() -> None:
        search.setFocus()
        search.selectAll()

    filters.filter_changed.connect(apply_filter)
    bar.addWidget(filters)
    search = SearchBox(
        lambda query: window.context.store.events.search(query, LIMIT),
        lambda: window.context.home_zone,
        window.context.today,
        bar,
    )
    search.event_chosen.connect(lambda event: jump_to_event(window, event))
    bar.addWidget(search)
    action = window.actions_by_key["search"]
    action.triggered.connect(focus_search)
    window.menus["Edit"].addAction(action)
    window.filter_bar = filters  # type: ignore[attr-defined]
    window.search_box = search  # type: ignore[attr-defined]


def fit_toolbars(window: MainWindow) -> None:
    """Put filter and search on a row of their own when the window is too narrow for both
    bars on one, and back beside the navigation when it is wide enough again."""
    second = getattr(window, "filter_toolbar", None)
    if second is None:
        return
    needed = window.navigation_bar.sizeHint().width() + second.sizeHint().width() + 16
    apart = window.toolBarBreak(second)
    if window.width() < needed and not apart:
        window.insertToolBarBreak(second)
    elif window.width() >= needed and apart:
        window.removeToolBarBreak(second)


def _install_go_to_date(window: MainWindow) -> None:
    action = window.actions_by_key["go_to_date"]
    action.triggered.connect(lambda: open_go_to_date(window))
    window.menus["Go"].addSeparator()
    window.menus["Go"].addAction(action)


def open_go_to_date(window: MainWindow) -> GoToDateDialog:
    """Ask for a date (window-modal) and show it when the user says OK."""
    dialog = GoToDateDialog(window.pane.anchor, window, window.pane.first_weekday())
    dialog.accepted.connect(lambda: window.go_to(dialog.chosen()))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def jump_to_event(window: MainWindow, event: Event) -> None:
    """Show the day an event starts on (at home), in the current view.

    An event the filter hides would be looked for in vain, so the filter is cleared first.
    """
    filters = getattr(window, "filter_bar", None)
    if filters is not None and not window.pane.filter.accepts(event):
        filters.clear()
        window.statusBar().showMessage(f"Filter cleared to show “{event.title}”", 8000)
    first, _last = local_days(event, window.context.home_zone)
    if window.current_view_name == "year":
        window.set_view("day")
    window.go_to(first)
    if event.id is not None:
        window.pane.select_event(event.id)


def _jump_to_id(window: MainWindow, event_id: int) -> None:
    event = window.context.store.events.get(event_id)
    if event is not None:
        jump_to_event(window, event)


def menu_handlers(window: MainWindow) -> EventMenuHandlers:
    """What the event menu's entries do in ``window``."""
    from diplomatic_calendar.ui.views.event_menu import EventMenuHandlers

    return EventMenuHandlers(
        edit=window.edit_event,
        duplicate=lambda e: window.save_new(_copy(e)),
        delete=window.delete_event,
        show_country=window.context.signals.country_requested.emit,
        set_status=lambda e, s: _set_status(window, e, s),
    )


def _copy(event: Event) -> Event:
    """A new event like ``event``; a tariff's entry copies as a plain deadline of its own."""
    copy = event.with_changes(id=None, uid=None, evidence=None, tariff_action_id=None)
    if event.tariff_action_id is not None:
        copy = copy.with_changes(kind=EventKind.DEADLINE)
    return copy


def _set_status(window: MainWindow, event: Event, status: EventStatus) -> None:
    text = f"Mark “{event.title}” as {status.label.lower()}"
    window.change_event(event, event.with_changes(status=status), text)


def show_event_menu(window: MainWindow, event: Event, at: QPoint) -> None:
    """Pop up the event menu at ``at`` (global coordinates)."""
    from diplomatic_calendar.ui.views.event_menu import build_event_menu

    menu = build_event_menu(window, event, menu_handlers(window))
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(at)
