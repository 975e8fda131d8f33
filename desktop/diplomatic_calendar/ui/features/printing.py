"""File › Print preview, Print, Export PDF, Export calendar and Import .ics, and their dialogs.

Printing and .ics code load on first use, so that opening the window does not pay for them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.geography import blocs, countries
from diplomatic_calendar.printing.options import PrintOptions
from diplomatic_calendar.ui.drops import DropFilter

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from diplomatic_calendar.printing.ics_read import IcsImportReport
    from diplomatic_calendar.ui.dialogs.print_options import PrintOptionsDialog
    from diplomatic_calendar.ui.main_window import MainWindow

log = logging.getLogger(__name__)

MENU_KEYS = ("print_preview", "print", "export_pdf", None, "export_calendar", "import_ics")
VIEW_STYLES = {"day": "day", "week": "week", "work_week": "week", "agenda": "agenda"}


def install(window: MainWindow) -> None:
    """Put the entries in the File menu, above Quit, and connect them."""
    menu = window.menus["File"]
    quit_action = window.actions_by_key["quit"]
    menu.insertSeparator(quit_action)
    for key in MENU_KEYS:
        if key is None:
            menu.insertSeparator(quit_action)
            continue
        menu.insertAction(quit_action, window.actions_by_key[key])
    menu.insertSeparator(quit_action)
    a = window.actions_by_key
    a["print_preview"].triggered.connect(lambda: ask_options(window, show_preview))
    a["print"].triggered.connect(lambda: ask_options(window, print_on_paper))
    a["export_pdf"].triggered.connect(lambda: ask_options(window, ask_pdf_path))
    a["export_calendar"].triggered.connect(lambda: ask_export_path(window))
    a["import_ics"].triggered.connect(lambda: ask_import_path(window))
    window.setAcceptDrops(True)
    window.ics_drop_filter = IcsDropFilter(window)  # type: ignore[attr-defined]
    window.installEventFilter(window.ics_drop_filter)  # type: ignore[attr-defined]


def default_options(window: MainWindow) -> PrintOptions:
    """What the window shows now: its view as the style, its period as the range, its filter."""
    context = window.context
    pane = getattr(window, "pane", None)
    anchor = getattr(pane, "anchor", context.today())
    view = getattr(pane, "current_view_name", "month")
    style = VIEW_STYLES.get(view, "month")
    if style == "day":
        first = last = anchor
    elif style == "week":
        first = pane.grid_first() if pane is not None else anchor  # as the window shows it
        last = first + dt.timedelta(days=6 if view != "work_week" else 4)
    elif style == "agenda":
        first, last = anchor, anchor + dt.timedelta(days=13)
    else:
        first = anchor.replace(day=1)
        last = anchor.replace(day=calendar.monthrange(anchor.year, anchor.month)[1])
    current_filter = getattr(pane, "filter", None)
    kwargs: dict[str, Any] = {"event_filter": current_filter} if current_filter is not None else {}
    return PrintOptions(
        style,
        first,
        last,
        zone=context.home_zone,
        today=context.today(),
        landscape=style in ("week", "month"),  # seven columns need the width
        first_weekday=pane.first_weekday() if pane is not None else 0,
        working_hours=pane.working_hours() if pane is not None else (8, 18),
        country=_country_on_show(window, current_filter),
        **kwargs,
    )


def _country_on_show(window: MainWindow, shown: EventFilter | None) -> str | None:
    """The country a brief is most likely wanted of: the one the country panel shows (or last
    showed), else the one country the window is filtered to."""
    from diplomatic_calendar.ui.panels.country_panel import LAST_SHOWN_KEY

    feature = getattr(window, "countries", None)
    on_panel = feature.shown_key() if feature is not None else None
    key = on_panel or str(window.context.settings.value(LAST_SHOWN_KEY, "") or "")
    if key in countries():
        return key
    if key.startswith("bloc:") and key[5:] in blocs():  # a bloc's page: its first member
        members = [code for code in blocs()[key[5:]].members if code in countries()]
        if members:
            return members[0]
    if shown is not None and len(shown.countries) == 1:
        (only,) = shown.countries
        return only if only in countries() else None
    return None


def ask_options(window: MainWindow, then) -> PrintOptionsDialog:  # type: ignore[no-untyped-def]
    """Open the print options (window-modal); on OK, hand the options to ``then``."""
    from diplomatic_calendar.ui.dialogs.print_options import PrintOptionsDialog

    pane = getattr(window, "pane", None)
    day = getattr(pane, "anchor", None)  # the day in view: what a day, week or month style prints
    dialog = PrintOptionsDialog(default_options(window), window, day=day)
    dialog.accepted.connect(lambda: _run(window, then, dialog.chosen))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def _run(window: MainWindow, then, options: PrintOptions | None) -> None:  # type: ignore[no-untyped-def]
    if options is None:
        return
    try:
        then(window, options)
    except UserError as err:
        _warn(window, str(err))


def _blocks(window: MainWindow, options: PrintOptions):  # type: ignore[no-untyped-def]
    from diplomatic_calendar.printing import build_printout

    return build_printout(window.context.store, options)


def show_preview(window: MainWindow, options: PrintOptions) -> QPrintPreviewDialog:
    """Qt's own print preview, drawing the same pages that Print and Export PDF make."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from diplomatic_calendar.printing.pdf import make_printer, paint

    blocks = _blocks(window, options)
    printer = make_printer(options)
    preview = QPrintPreviewDialog(printer, window)
    preview.setWindowTitle(f"Print preview — {options.header()}")
    preview.paintRequested.connect(lambda p: paint(blocks, options.header(), p))
    preview.finished.connect(preview.deleteLater)
    preview.resize(900, 1000)
    preview.open()
    return preview


def print_on_paper(window: MainWindow, options: PrintOptions) -> None:
    """The system print dialog, then the printout on the chosen printer."""
    from PySide6.QtPrintSupport import QPrintDialog

    from diplomatic_calendar.printing.pdf import make_printer

    printer = make_printer(options)
    dialog = QPrintDialog(printer, window)
    dialog.accepted.connect(lambda: _print_now(window, options, printer))
    dialog.finished.connect(dialog.deleteLater)
    # QPrintDialog.open() wants a slot to call; a window-modal show does the same job.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()


def _print_now(window: MainWindow, options: PrintOptions, printer: QPrinter) -> None:
    from diplomatic_calendar.printing.pdf import paint

    try:
        pages = paint(_blocks(window, options), options.header(), printer)
    except UserError as err:
        _warn(window, str(err))
        return
    window.statusBar().showMessage(f"Sent {pages_text(pages)} to the printer", 5000)


def ask_pdf_path(window: MainWindow, options: PrintOptions) -> None:
    """Ask where to save, then write the PDF."""
    name = f"{options.style}-{options.first.isoformat()}.pdf"
    path, _ = QFileDialog.getSaveFileName(window, "Export PDF", name, "PDF (*.pdf)")
    if path:
        export_pdf(window, options, Path(path))


def export_pdf(window: MainWindow, options: PrintOptions, path: Path) -> int:
    """Write the printout to ``path``; say so in the status bar; return the page count."""
    from diplomatic_calendar.printing.pdf import render_pdf

    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    pages = render_pdf(_blocks(window, options), options, path)
    window.statusBar().showMessage(f"Saved {path.name} ({pages_text(pages)})", 10000)
    return pages


def ask_export_path(window: MainWindow) -> None:
    """Ask for a file; its type (or the chosen filter) decides the format."""
    from diplomatic_calendar.printing.exports import FORMATS

    filters = ";;".join(FORMATS.values())
    path, chosen = QFileDialog.getSaveFileName(window, "Export calendar", "calendar.ics", filters)
    if not path:
        return
    by_filter = next((fmt for fmt, text in FORMATS.items() if text == chosen), "ics")
    try:
        export_file(window, Path(path), by_filter)
    except UserError as err:
        _warn(window, str(err))


def export_file(window: MainWindow, path: Path, fmt: str | None = None) -> int:
    """Write every event to ``path`` as .ics, .csv or .json, with the tariff actions that have
    no date yet where the format has room for them; return how many events."""
    from diplomatic_calendar.printing.exports import export_bytes, written

    fmt = fmt if path.suffix.lower() not in (".ics", ".csv", ".json") else path.suffix[1:].lower()
    fmt = fmt or "ics"
    store = window.context.store
    events = store.events.every()
    undated = store.tariffs.without_date()
    data = export_bytes(store, events, fmt, window.context.home_zone, undated)
    try:
        path.write_bytes(data)
    except OSError as err:
        raise UserError(f"cannot write {path}: {err.strerror}") from None
    said = written(len(events), len(undated))
    window.statusBar().showMessage(f"Exported {said} to {path.name}", 10000)
    return len(events)


def ask_import_path(window: MainWindow) -> None:
    """Ask for an .ics file and import it."""
    path, _ = QFileDialog.getOpenFileName(
        window, "Import calendar", "", "iCalendar (*.ics *.ical);;All files (*)"
    )
    if path:
        import_file(window, Path(path))


def import_file(window: MainWindow, path: Path) -> IcsImportReportDialog | None:
    """Import an .ics file as one undo step and show what happened; None (after a warning) if
    it could not be imported, in which case nothing was written."""
    report = import_undoably(window, path)
    if report is None:
        return None
    dialog = IcsImportReportDialog(path.name, report, window)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def import_undoably(window: MainWindow, path: Path) -> IcsImportReport | None:
    """Import an .ics file as one step on the undo stack ("Import name.ics") and say so in
    the status bar; None, after a warning, when it could not be imported."""
    from diplomatic_calendar.ui.commands import IcsImportCommand

    try:
        data = path.read_bytes()
    except OSError as err:
        _warn(window, f"{path.name} could not be read.\n\n{err.strerror or err}")
        return None
    command = IcsImportCommand(window.context, path.name, data)
    window.context.undo_stack.push(command)
    if command.error is not None:
        _warn(window, f"{path.name} could not be imported.\n\n{command.error}")
        return None
    report = command.report
    window.statusBar().showMessage(f"Imported {path.name}: {report.summary}", 10000)
    command.announce = lambda text: window.statusBar().showMessage(text, 10000)
    return report


def pages_text(pages: int) -> str:
    """'1 page', '12 pages'."""
    return f"{pages} page" if pages == 1 else f"{pages} pages"


ICS_SUFFIXES = (".ics", ".ical", ".ifb", ".icalendar")


def calendar_paths(mime: QMimeData) -> list[Path]:
    """The local iCalendar files among dropped URLs."""
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [p for p in paths if p.suffix.lower() in ICS_SUFFIXES]


class IcsDropFilter(DropFilter):
    """Imports .ics files dropped on the window, each as one undo step, as File › Import does."""

    def wants(self, mime: QMimeData) -> bool:
        return bool(calendar_paths(mime))

    def take(self, mime: QMimeData, event: QDropEvent | None = None) -> bool:
        """Import each dropped calendar file; True when there was one."""
        paths = calendar_paths(mime)
        if not paths:
            return False
        if event is not None:
            event.acceptProposedAction()
        for path in paths:
            import_file(self._window, path)
        return True


class IcsImportReportDialog(QDialog):
    """What an .ics import did, and each event it could not read with the reason."""

    def __init__(self, name: str, report: IcsImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Imported {name}")
        summary = QLabel(report.summary)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        self.table = QTableWidget(len(report.unreadable), 2)
        self.table.setHorizontalHeaderLabels(["Event", "Why it could not be read"])
        for row, (label, reason) in enumerate(report.unreadable):
            for column, text in enumerate((label, reason)):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnToContents(0)
        self.table.setVisible(bool(report.unreadable))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 360 if report.unreadable else 120)


def _warn(parent: QWidget, text: str) -> QMessageBox:
    """A warning that does not block, shown as plain text."""
    box = QMessageBox(QMessageBox.Icon.Warning, "Diplomatic Calendar", text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
