"""Data safety in the window: opening with recovery, daily backups, restore, and record history."""

from __future__ import annotations

import datetime as dt
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from diplomatic_calendar.domain.errors import DamagedFileError, StorageError
from diplomatic_calendar.store import Store, backup
from diplomatic_calendar.ui.models.layout import tooltip_html

if TYPE_CHECKING:
    # These dialogs load when first needed: recovery only when a calendar will not open.
    from diplomatic_calendar.domain.model import TariffChange
    from diplomatic_calendar.ui.dialogs.history_dialog import HistoryDialog
    from diplomatic_calendar.ui.dialogs.recovery_dialog import BackupPickerDialog, Recovery
    from diplomatic_calendar.ui.main_window import MainWindow

log = logging.getLogger(__name__)

KEEP_SETTING = "backup/keep"
TITLE = "Diplomatic Calendar"


def backups_to_keep(settings: QSettings) -> int:
    """How many backups to keep (a setting; 14 by default, never fewer than one)."""
    raw: object = settings.value(KEEP_SETTING, backup.DEFAULT_KEEP)
    try:
        value = int(str(raw))
    except ValueError:
        return backup.DEFAULT_KEEP
    return max(value, 1)


def daily_backup(store: Store, settings: QSettings, now: dt.datetime) -> Path | None:
    """The first start of a day backs the calendar up; a failure is logged, not fatal."""
    if store.path is None or not backup.daily_backup_due(store.path, now):
        return None
    try:
        return backup.backup_store(store, "daily", keep=backups_to_keep(settings), now=now)
    except StorageError as err:
        log.warning("the daily backup failed: %s", err)
        return None


Answer = tuple["Recovery | None", Path | None]
Asker = Callable[[Path, str, backup.Backup | None], Answer]


def ask_with_dialog(path: Path, problem: str, latest: backup.Backup | None) -> Answer:
    """Show the recovery dialog (modal, before any window exists) and return the choice."""
    from diplomatic_calendar.ui.dialogs.recovery_dialog import RecoveryDialog, choose_calendar_file

    dialog = RecoveryDialog(path, problem, latest, None, choose_calendar_file)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, None
    return dialog.choice, dialog.chosen_path


def tell_with_dialog(text: str) -> None:
    """Say how a recovery went, before any window exists."""
    QMessageBox.information(None, TITLE, text)


def start_daily_backup(
    store: Store,
    settings: QSettings,
    now: dt.datetime,
    failed: Callable[[str], object] | None = None,
) -> threading.Thread | None:
    """The day's first backup, taken beside the window rather than before it (large files take
    a second or so); the copy appears under its final name only when complete. ``failed`` is
    called, on the backup's own thread, with the reason when it could not be made."""
    path = store.path
    if path is None or store.read_only or not backup.daily_backup_due(path, now):
        return None
    keep = backups_to_keep(settings)

    def work() -> None:
        try:
            backup.backup_file(path, "daily", keep=keep, now=now)
        except StorageError as err:
            log.warning("the daily backup failed: %s", err)
            if failed is not None:
                failed(str(err))

    worker = threading.Thread(target=work, name="daily-backup")
    worker.start()
    return worker


def open_calendar(
    path: Path,
    ask: Asker = ask_with_dialog,
    tell: Callable[[str], None] = tell_with_dialog,
    checked: backup.CheckAhead | None = None,
    read_before_verdict: bool = False,
) -> Store | None:
    """Open ``path``; if it is damaged, ask what to do until something opens or the user quits.

    ``checked`` is the start-up check of ``path`` begun early; it counts for the first try only.
    ``read_before_verdict`` lets that first try open for reading before the check is done (the
    window then calls ``finish_check``).
    """
    while True:
        try:
            return Store.open(path, checked=checked, read_before_verdict=read_before_verdict)
        except StorageError as err:
            problem = str(err)
            # Only a damaged file is offered a backup in its place: one that is locked,
            # read-only or from a newer version is sound, and replacing it would lose work.
            damaged = isinstance(err, DamagedFileError)
        from diplomatic_calendar.ui.dialogs.recovery_dialog import Recovery

        checked = None
        read_before_verdict = False
        log.warning("cannot open %s: %s", path, problem)
        latest = backup.latest_good_backup(path) if damaged else None
        choice, chosen = ask(path, problem, latest)
        if choice is Recovery.OPEN_OTHER and chosen is not None:
            path = chosen
        elif choice is Recovery.RESTORE and latest is not None:
            tell(_restore_damaged(latest, path))
        else:
            return None


# How often the window looks whether the start-up check of its calendar has finished.
CHECK_POLL_MS = 20


def finish_check(
    window: MainWindow,
    when_sound: Callable[[], object],
    ask: Asker = ask_with_dialog,
    tell: Callable[[str], None] = tell_with_dialog,
    give_up: Callable[[], object] | None = None,
) -> QTimer:
    """See a calendar opened before its start-up check finished through to the verdict.

    The window stays responsive meanwhile. A sound file then accepts writes and ``when_sound``
    runs (the day's backup, which must never copy a damaged file over a good one). A damaged
    file is closed unchanged, the window hidden, and the same recovery as at start-up offered;
    when the user declines it, the window closes and ``give_up`` runs (by default the
    application ends with status 2, as when a calendar will not open at start-up).
    """
    store = window.context.store
    timer = QTimer(window)
    timer.setInterval(CHECK_POLL_MS)

    def poll() -> None:
        if window.context.store is not store:
            timer.stop()  # replaced meanwhile (a restore settles the file it replaces itself)
        elif store.check_finished():
            timer.stop()
            try:
                store.settle()
            except StorageError as err:
                _recover_open_window(window, str(err), ask, tell, give_up or _end_unopened)
                return
            when_sound()

    timer.timeout.connect(poll)
    timer.start()
    return timer


def _end_unopened() -> None:
    print("diplomatic-calendar: the calendar was not opened", file=sys.stderr)
    QApplication.exit(2)


def _recover_open_window(
    window: MainWindow,
    problem: str,
    ask: Asker,
    tell: Callable[[str], None],
    give_up: Callable[[], object],
) -> None:
    context = window.context
    path = context.store.path
    log.warning("the calendar shown turned out to be damaged: %s", problem)
    window.recovering = True
    # An editor or other dialog left open would save into whichever calendar comes next.
    for dialog in window.findChildren(QDialog):
        if dialog.isVisible():
            dialog.reject()
    window.hide()
    context.store.close()
    context.store = Store.memory()  # timers that fire behind the dialog find an empty calendar
    context.undo_stack.clear()
    context.signals.data_changed.emit()
    try:
        reopened = open_calendar(path, ask, tell) if path is not None else None
    finally:
        window.recovering = False
    if reopened is None:
        window.close()
        give_up()
        return
    context.store.close()
    context.store = reopened
    context.signals.data_changed.emit()
    window.setWindowTitle(window.title_for(reopened))
    window.show()
    waiting, window.waiting_files = window.waiting_files, []
    if waiting:
        from diplomatic_calendar.ui.features.desktop import open_calendar_files

        open_calendar_files(window, waiting)


def _restore_damaged(latest: backup.Backup, path: Path) -> str:
    try:
        aside = backup.restore(latest.path, path, label="damaged")
    except StorageError as err:
        return f"The backup could not be restored.\n\n{err}"
    log.warning("restored %s from %s; the damaged file is kept as %s", path, latest.path, aside)
    return f"The backup was restored. The damaged file is kept as\n{aside}"


def bring_to_front(window: QWidget) -> None:
    """Show a window above the others (a second start on the same calendar asked for it)."""
    if getattr(window, "recovering", False):
        return  # the recovery dialog is in front; the window comes back when it is done
    window.show()
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.raise_()
    window.activateWindow()


def install(window: MainWindow) -> None:
    """File › Save a copy…, Back up now and Restore backup…, Edit › Show history."""
    a = window.actions_by_key
    file_menu = window.menus["File"]
    quit_action = a["quit"]
    file_menu.insertAction(quit_action, a["save_copy"])
    file_menu.insertAction(quit_action, a["backup_now"])
    file_menu.insertAction(quit_action, a["restore_backup"])
    file_menu.insertSeparator(quit_action)
    window.menus["Edit"].addAction(a["show_history"])
    a["save_copy"].triggered.connect(lambda: save_copy(window))
    a["backup_now"].triggered.connect(lambda: backup_now(window))
    a["restore_backup"].triggered.connect(lambda: choose_and_restore(window))
    a["show_history"].triggered.connect(lambda: show_history(window))
    window.context.signals.change_failed.connect(lambda text: _change_failed(window, text))
    window.context.signals.backup_failed.connect(lambda text: _backup_failed(window, text))
    store = window.context.store
    # Backups live beside the calendar: where it cannot be written, neither can they.
    writable = store.path is not None and not store.read_only
    a["backup_now"].setEnabled(writable)
    a["restore_backup"].setEnabled(writable)


def _change_failed(window: MainWindow, text: str) -> None:
    """An undo or redo was refused (the calendar busy, a rule broken): say so, it did not happen."""
    window.context.signals.data_changed.emit()
    QMessageBox.warning(window, TITLE, tooltip_html(f"{text}\n\nNothing was changed."))


def _backup_failed(window: MainWindow, text: str) -> QMessageBox:
    """Say that today's backup could not be made, without stopping the user's work."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        TITLE,
        tooltip_html(
            f"Today's backup of the calendar could not be made: {text}\n\nYour calendar itself "
            "is unchanged. Free some space (or fix the backups folder) and use File › Back up "
            "now to try again."
        ),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    window.statusBar().showMessage("Today's backup could not be made", 60_000)
    return box


def backup_now(window: MainWindow) -> Path | None:
    """Take a backup at once and say where it went."""
    context = window.context
    try:
        target = backup.backup_store(
            context.store, "manual", keep=backups_to_keep(context.settings), now=context.clock()
        )
    except StorageError as err:
        QMessageBox.warning(window, TITLE, str(err))
        return None
    window.statusBar().showMessage(f"Backed up to {target}", 8000)
    return target


def save_copy(window: MainWindow) -> Path | None:
    """Copy the open calendar, as it is now, to a file the user names; say where it went.

    The way to go on working with a calendar on read-only storage, and a copy to hand to a
    colleague; the window stays on the calendar it had open.
    """
    store = window.context.store
    stem = store.path.stem if store.path is not None else "calendar"
    # Beside the calendar, unless nothing can be written there.
    folder = store.path.parent if store.path is not None and not store.read_only else Path.home()
    name, _ = QFileDialog.getSaveFileName(
        window,
        "Save a copy of the calendar",
        str(folder / f"{stem} copy.db"),
        "Calendar (*.db);;All files (*)",
    )
    if not name:
        return None
    target = Path(name)
    if not target.suffix:
        target = target.with_suffix(".db")
    if store.path is not None and target.resolve() == store.path.resolve():
        QMessageBox.warning(
            window, TITLE, "That is the open calendar itself; choose another name for the copy."
        )
        return None
    try:
        # Written beside the target and then moved into place: a file the dialog agreed to
        # replace stays whole until the copy is complete.
        backup.copy_database(store.db.conn, target)
    except StorageError as err:
        QMessageBox.warning(window, TITLE, f"The copy was not saved.\n\n{err}")
        return None
    window.statusBar().showMessage(f"Saved a copy as {target}", 8000)
    return target


def choose_and_restore(window: MainWindow) -> BackupPickerDialog | None:
    """Offer the calendar's backups; restoring one happens when the dialog is accepted."""
    path = window.context.store.path
    if path is None:
        return None
    from diplomatic_calendar.ui.dialogs.recovery_dialog import BackupPickerDialog

    dialog = BackupPickerDialog(backup.list_backups(path), window)
    dialog.accepted.connect(lambda: _restore_chosen(window, dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _restore_chosen(window: MainWindow, dialog: BackupPickerDialog) -> None:
    chosen = dialog.selected()
    if chosen is not None:
        restore_into_window(window, chosen.path)


def restore_into_window(window: MainWindow, source: Path) -> Path | None:
    """Swap the open calendar for a checked backup; the replaced file is kept beside it."""
    context = window.context
    path = context.store.path
    if path is None:
        return None
    try:
        backup.check_calendar_file(source)
        # So that going back is itself undone from the same list.
        backup.backup_store(
            context.store,
            "before-restore",
            keep=backups_to_keep(context.settings) + 1,
            spare=source,  # pruning must not take the very backup being restored
        )
    except StorageError as err:
        QMessageBox.warning(window, TITLE, f"That backup cannot be restored.\n\n{err}")
        return None
    context.store.close()
    try:
        aside = backup.restore(source, path)
    except StorageError as err:
        QMessageBox.warning(window, TITLE, f"The backup could not be restored.\n\n{err}")
        aside = None
    context.store = Store.open(path)
    context.undo_stack.clear()  # the undo steps belong to the calendar that was replaced
    context.signals.data_changed.emit()
    if aside is not None:
        window.statusBar().showMessage(f"Restored; the replaced calendar is kept as {aside}", 15000)
    return aside


def show_history(window: MainWindow) -> HistoryDialog | None:
    """The change log of the official selected in the focused officials list, else of the event
    (with, for a tariff's calendar entry, the tariff action's history and reasons)."""
    target = _history_target(window)
    if target is None:
        window.statusBar().showMessage("Select an event or an official to see its history", 5000)
        return None
    from diplomatic_calendar.ui.dialogs.history_dialog import HistoryDialog  # on first use

    record_type, record_id, name = target
    store = window.context.store
    dialog = HistoryDialog(
        name,
        store.history(record_type, record_id),
        lambda sid: _source_name(store, sid),
        window,
        home_zone=window.context.home_zone,
        tariff=_tariff_history(store, record_type, record_id),
    )
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _tariff_history(
    store: Store, record_type: str, record_id: int
) -> tuple[str, list[TariffChange]] | None:
    """The title and history of the tariff action an event is the calendar entry of."""
    if record_type != "event":
        return None
    event = store.events.get(record_id)
    action_id = event.tariff_action_id if event is not None else None
    action = store.tariffs.get(action_id) if action_id is not None else None
    if action is None or action.id is None:
        return None
    return action.title, store.tariffs.history(action.id)


def _history_target(window: MainWindow) -> tuple[str, int, str] | None:
    panel = getattr(getattr(window, "countries", None), "officials_panel", None)
    focus = QApplication.focusWidget()
    if panel is not None and focus is not None and panel.isAncestorOf(focus):
        chosen = panel.selected()
        if len(chosen) == 1 and chosen[0].id is not None:
            return "official", chosen[0].id, chosen[0].name
    pane = getattr(window, "pane", None)
    event = pane.selected_event() if pane is not None else None
    if event is None or event.id is None:
        return None
    return "event", event.id, event.title


def _source_name(store: Store, source_id: int) -> str:
    source = store.sources.get(source_id)
    if source is None:
        return f"article {source_id} (since deleted)"
    return source.title or source.outlet or f"article {source_id}"
