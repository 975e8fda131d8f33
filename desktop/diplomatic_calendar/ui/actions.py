"""Every QAction of the window, with its shortcut and tool tip, defined in one place."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """What an action is called, which keys trigger it, and what its tool tip says."""

    key: str
    text: str
    shortcuts: tuple[str, ...] = ()
    tip: str = ""
    standard: QKeySequence.StandardKey | None = None
    # Keys a text box, list or table has a use for (Enter, Delete, letters, paging) act on the
    # calendar only while it has the focus; see MainWindow, which gives them to the views.
    calendar_only: bool = False


SPECS: tuple[ActionSpec, ...] = (
    ActionSpec("new_event", "&New event…", ("Ctrl+N",), "Add an event to the calendar"),
    ActionSpec(
        "import_article",
        "&Import article…",
        ("Ctrl+I",),
        "Turn a news article into events, officials and tariffs",
    ),
    ActionSpec("load_sample", "Load &sample calendar", (), "Fill an empty calendar with a sample"),
    ActionSpec(
        "print_preview", "Print pre&view…", ("Ctrl+Shift+P",), "See the printout before printing"
    ),
    ActionSpec("print", "&Print…", ("Ctrl+P",), "Print an agenda, a grid, deadlines or a brief"),
    ActionSpec("export_pdf", "Export P&DF…", (), "Save a printout as a PDF file"),
    ActionSpec(
        "export_calendar",
        "E&xport calendar…",
        (),
        "Save the calendar as iCalendar (.ics), CSV or JSON for other programs",
    ),
    ActionSpec(
        "import_ics",
        "Import .ics c&alendar…",
        (),
        "Add the events of an iCalendar file from Outlook, Thunderbird or Google",
    ),
    ActionSpec(
        "save_copy",
        "Save a &copy…",
        (),
        "Copy the whole calendar to a new file of your choosing (the open calendar stays open)",
    ),
    ActionSpec("backup_now", "&Back up now", (), "Copy the calendar into its backups folder"),
    ActionSpec(
        "restore_backup",
        "&Restore backup…",
        (),
        "Go back to an earlier backup; the calendar as it is now is kept beside it",
    ),
    ActionSpec(
        "show_history",
        "Show &history…",
        ("Ctrl+Shift+H",),
        "When the selected event or official changed, from what to what, and from which article",
    ),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), "Close the window"),
    ActionSpec("undo", "&Undo", ("Ctrl+Z",), "Take back the last change"),
    ActionSpec("redo", "&Redo", ("Ctrl+Shift+Z", "Ctrl+Y"), "Make the change again"),
    ActionSpec(
        "edit_event", "&Edit event…", ("Return",), "Edit the selected event", calendar_only=True
    ),
    ActionSpec(
        "delete_event",
        "&Delete event",
        ("Delete",),
        "Delete the selected event",
        calendar_only=True,
    ),
    ActionSpec("previous", "&Previous", ("PgUp",), "Go back one period", calendar_only=True),
    ActionSpec("today", "&Today", ("T",), "Go to today", calendar_only=True),
    ActionSpec("next", "&Next", ("PgDown",), "Go forward one period", calendar_only=True),
    ActionSpec("go_to_date", "&Go to date…", ("Ctrl+G",), "Show a chosen date"),
    ActionSpec(
        "next_event",
        "Next e&vent",
        ("N",),
        "Choose the next event in the view, to open (Enter) or delete it",
        calendar_only=True,
    ),
    ActionSpec(
        "previous_event",
        "Previous ev&ent",
        ("P",),
        "Choose the previous event in the view",
        calendar_only=True,
    ),
    ActionSpec("view_day", "&Day", ("Ctrl+1",), "One day, hour by hour"),
    ActionSpec("view_week", "&Week", ("Ctrl+2",), "Seven days, hour by hour"),
    ActionSpec("view_work_week", "W&ork week", ("Ctrl+3",), "Monday to Friday, hour by hour"),
    ActionSpec("view_month", "&Month", ("Ctrl+4",), "The month as a grid of weeks"),
    ActionSpec("view_agenda", "&Agenda", ("Ctrl+5",), "A list of the coming days"),
    ActionSpec("view_year", "&Year", ("Ctrl+6",), "Twelve small months"),
    ActionSpec(
        "search",
        "&Search…",
        ("Ctrl+F",),
        "Find events by title, notes, city, a participant's name or a country",
    ),
    ActionSpec(
        "settings", "Settin&gs…", ("Ctrl+,",), "Home time zone, week, reminders, theme, database"
    ),
    ActionSpec(
        "show_country",
        "Country of the &selected event",
        ("Ctrl+Shift+C",),
        "Open the country of the selected event in the country panel",
    ),
    ActionSpec(
        "show_deadlines",
        "D&eadlines",
        ("Ctrl+Shift+D",),
        "Open the deadlines list, or close it when it is in view",
    ),
    ActionSpec(
        "show_officials",
        "O&fficials",
        ("Ctrl+Shift+O",),
        "Open the officials list, or close it when it is in view",
    ),
    ActionSpec("new_tariff", "New &tariff action…", (), "Record a tariff action and its deadline"),
    ActionSpec("new_official", "New o&fficial…", (), "Add an official to the officials list"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", ("F1",), "List every keyboard shortcut"),
    ActionSpec("about", "&About Diplomatic Calendar", (), "Version and licence"),
)


def build_actions(parent: QWidget, specs: tuple[ActionSpec, ...] = SPECS) -> dict[str, QAction]:
    """One QAction per spec, owned by ``parent``, keyed by the spec's key."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(spec.text, parent)
        if spec.shortcuts:
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
        if spec.tip:
            shown = f" ({spec.shortcuts[0]})" if spec.shortcuts else ""
            action.setToolTip(spec.tip + shown)
            action.setStatusTip(spec.tip)
        if spec.calendar_only:
            # Shown in menus but never fired from there: calendar_key_actions fires them.
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setObjectName(spec.key)
        actions[spec.key] = action
    return actions


def calendar_key_actions(
    calendar: QWidget, actions: dict[str, QAction], specs: tuple[ActionSpec, ...] = SPECS
) -> list[QAction]:
    """Give ``calendar`` the keys of the actions that act on it alone.

    The menu and toolbar entries keep showing the keys; these hidden twins, live only while
    the focus is in ``calendar``, are what the keys fire, so that a search box, a list or a
    table elsewhere in the window keeps Enter, Delete, letters and paging for itself.
    """
    twins = []
    for spec in specs:
        if not spec.calendar_only:
            continue
        action = actions[spec.key]
        twin = QAction(calendar)
        twin.setObjectName(f"{spec.key}_key")
        twin.setShortcuts(action.shortcuts())
        twin.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        twin.triggered.connect(action.trigger)
        calendar.addAction(twin)
        twins.append(twin)
    return twins


def shortcut_rows(specs: tuple[ActionSpec, ...] = SPECS) -> list[tuple[str, str]]:
    """(action, keys) for Help › Keyboard shortcuts."""
    return [
        (spec.text.replace("&", "").rstrip("…"), ", ".join(spec.shortcuts))
        for spec in specs
        if spec.shortcuts
    ]
