"""The window's File entries: print options, preview, PDF, export and .ics import report."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.printing.options import PrintOptions
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.print_options import PrintOptionsDialog
from diplomatic_calendar.ui.features import printing
from diplomatic_calendar.ui.main_window import MainWindow
from tests.printing.conftest import FIXTURES


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_file_menu_has_print_and_exchange_entries_with_their_shortcuts(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    window = make_window(qtbot, ui_context)
    names = [a.objectName() for a in window.menus["File"].actions()]
    for key in ("print_preview", "print", "export_pdf", "export_calendar", "import_ics"):
        assert key in names
    assert names.index("import_ics") < names.index("quit")
    a = window.actions_by_key
    assert a["print"].shortcut() == QKeySequence("Ctrl+P")
    assert a["print_preview"].shortcut() == QKeySequence("Ctrl+Shift+P")


def test_options_start_from_what_the_window_shows_and_ok_hands_them_on(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    window = make_window(qtbot, ui_context)
    chosen: list[PrintOptions] = []
    dialog = printing.ask_options(window, lambda _w, options: chosen.append(options))
    assert dialog.isVisible()
    assert dialog.style_box.currentData() == "month"
    assert (dialog.first_edit.date().day(), dialog.last_edit.date().day()) == (1, 31)
    dialog.notes_check.setChecked(True)
    dialog.page_box.setCurrentText("Letter")
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Accepted
    [options] = chosen
    assert (options.style, options.first, options.last) == (
        "month",
        dt.date(2025, 7, 1),
        dt.date(2025, 7, 31),
    )
    assert options.include_notes and options.page_size == "Letter" and options.landscape
    assert options.zone == "UTC" and options.today == dt.date(2025, 7, 10)


def test_options_that_cannot_print_keep_the_dialog_open_with_the_reason(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    defaults = PrintOptions("agenda", dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    dialog = PrintOptionsDialog(defaults)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.last_edit.setDate(dialog.first_edit.date().addDays(-3))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.chosen is None
    assert "comes before" in dialog.problem.text()
    dialog.last_edit.setDate(dialog.first_edit.date())
    for row in range(dialog.kinds_list.count()):
        dialog.kinds_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "at least one kind" in dialog.problem.text()
    dialog.kinds_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.countries_edit.setText("MY, Atlantis")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "Atlantis" in dialog.problem.text()
    dialog.countries_edit.setText("my")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen is not None and dialog.chosen.event_filter.countries == {"MY"}


def test_print_preview_is_a_real_preview_of_the_printed_pages(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    window = make_window(qtbot, ui_context)
    options = PrintOptions(
        "day", dt.date(2025, 7, 9), dt.date(2025, 7, 11), today=dt.date(2025, 7, 10)
    )
    preview = printing.show_preview(window, options)
    qtbot.waitUntil(lambda: preview.findChild(QPrintPreviewWidget).pageCount() == 3)
    preview.reject()


def test_export_pdf_and_calendar_files(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, ui_context)
    options = PrintOptions("agenda", dt.date(2025, 7, 1), dt.date(2025, 7, 31))
    assert printing.export_pdf(window, options, tmp_path / "agenda") == 1
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")
    assert printing.export_file(window, tmp_path / "all.ics") == 4
    assert (tmp_path / "all.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert printing.export_file(window, tmp_path / "all.csv") == 4
    assert (tmp_path / "all.csv").read_text("utf-8-sig").startswith("Subject,")
    assert "Exported 4 events" in window.statusBar().currentMessage()


def test_importing_an_ics_file_reports_what_could_not_be_read(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    window = make_window(qtbot, ui_context)
    before = ui_context.store.events.count()
    with qtbot.waitSignal(ui_context.signals.data_changed):
        dialog = printing.import_file(window, FIXTURES / "malformed.ics")
    assert dialog is not None and dialog.isVisible()
    assert ui_context.store.events.count() == before + 2
    assert dialog.table.rowCount() == 5
    assert dialog.table.item(0, 0).text() == "Broken start date"
    assert "DTSTART" in dialog.table.item(0, 1).text()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_a_file_that_is_not_a_calendar_gives_a_warning_not_a_crash(
    qtbot: QtBot, ui_context: AppContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, ui_context)
    junk = tmp_path / "notes.ics"
    junk.write_text("just some words")
    assert printing.import_file(window, junk) is None


def test_the_window_and_the_command_line_load_no_printing_or_ics_code_up_front() -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import diplomatic_calendar.cli as cli; cli.build_parser()\n"
        "import diplomatic_calendar.ui.main_window, diplomatic_calendar.ui.features.printing\n"
        "print(sorted(m for m in sys.modules if m.startswith(('icalendar', "
        "'PySide6.QtPrintSupport', 'diplomatic_calendar.printing.'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['diplomatic_calendar.printing.options']"


def test_options_keep_the_windows_kinds_statuses_and_week_start(
    qtbot: QtBot, ui_context: AppContext
) -> None:
    from diplomatic_calendar.domain.filters import EventFilter
    from diplomatic_calendar.domain.model import EventKind, EventStatus

    ui_context.settings.setValue("first_weekday", 6)
    window = make_window(qtbot, ui_context)
    window.pane.filter = EventFilter(
        kinds=frozenset({EventKind.MEETING}), statuses=frozenset({EventStatus.PLANNED})
    )
    window.pane.set_view("week")
    defaults = printing.default_options(window)
    assert defaults.first.weekday() == 6 and defaults.first_weekday == 6
    dialog = PrintOptionsDialog(defaults)
    qtbot.addWidget(dialog)
    chosen = dialog.options()
    assert chosen.event_filter.kinds == frozenset({EventKind.MEETING})
    assert chosen.event_filter.statuses == frozenset({EventStatus.PLANNED})
    assert chosen.first_weekday == 6
    assert "Planned" in dialog.statuses_label.text()


def test_the_brief_s_country_shows_only_for_the_country_brief(qtbot: QtBot) -> None:
    dialog = PrintOptionsDialog(PrintOptions("agenda", dt.date(2025, 7, 1), dt.date(2025, 7, 14)))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.country_box.isVisible()
    dialog.style_box.setCurrentIndex(dialog.style_box.findData("country"))
    assert dialog.country_box.isVisible()
    dialog.bloc_box.setCurrentIndex(dialog.bloc_box.findData("ASEAN"))
    dialog.countries_edit.setText("jp")
    chosen = dialog.options().event_filter.countries
    assert {"JP", "MY", "SG"} <= chosen
