"""Icon, About, Help > Keyboard shortcuts, the themes' contrast, and opening a .ics file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QFileOpenEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar import __version__
from diplomatic_calendar.ui.actions import SPECS, shortcut_rows
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.about_dialog import AboutDialog
from diplomatic_calendar.ui.dialogs.shortcuts_dialog import ShortcutsDialog, native_keys
from diplomatic_calendar.ui.features import desktop
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.theme import (
    ICON_SIZES,
    app_icon,
    app_icon_pixmap,
    apply_theme,
    build_palette,
    caution_colour,
    contrast_ratio,
    warning_colour,
)

Role = QPalette.ColorRole
# Text on its background, the pairs a user reads all day.
READING_PAIRS = [
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),  # accents such as today's date in a header
    (Role.BrightText, Role.Base),  # warnings
]


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize(("text", "background"), READING_PAIRS)
def test_theme_text_reaches_wcag_aa_contrast(
    qapp: QApplication, theme: str, text: Role, background: Role
) -> None:
    palette = build_palette(theme)
    assert contrast_ratio(palette.color(text), palette.color(background)) >= 4.5


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("background", [Role.Base, Role.Window])
def test_warnings_and_cautions_read_in_either_theme(
    qapp: QApplication, theme: str, background: Role
) -> None:
    palette = build_palette(theme)
    red, orange = warning_colour(palette), caution_colour(palette)
    assert red.hslHue() <= 15 or red.hslHue() >= 345  # still red
    assert 15 < orange.hslHue() < 45  # and orange
    assert contrast_ratio(red, palette.color(background)) >= 4.5
    assert contrast_ratio(orange, palette.color(background)) >= 4.5


def test_contrast_ratio_matches_the_wcag_extremes(qapp: QApplication) -> None:
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_dark_palette_is_dark_and_light_is_light(qapp: QApplication) -> None:
    assert build_palette("dark").color(Role.Base).lightness() < 40
    assert build_palette("light").color(Role.Base).lightness() > 240


def test_app_icon_has_every_desktop_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    for size in ICON_SIZES:
        pixmap = icon.pixmap(QSize(size, size))
        assert (pixmap.width(), pixmap.height()) == (size, size)
        assert pixmap.toImage().pixelColor(size // 2, size // 2).alpha() != 0


@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_large_icon_is_drawn_for_the_screen_scale(qapp: QApplication, ratio: float) -> None:
    pixmap = app_icon_pixmap(96, ratio)
    assert pixmap.width() == round(96 * ratio)
    assert pixmap.deviceIndependentSize().width() == pytest.approx(96)
    corner, centre = (
        pixmap.toImage().pixelColor(0, 0),
        pixmap.toImage().pixelColor(pixmap.width() // 2, pixmap.height() // 2),
    )
    assert corner.alpha() == 0 and centre.alpha() == 255  # rounded tile, opaque page


def test_about_icon_stays_96_points_after_the_window_icon_is_used(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    window.show()
    qtbot.waitExposed(window)
    window.actions_by_key["about"].trigger()
    about = window.findChild(AboutDialog)
    assert about is not None
    icons = [label.pixmap() for label in about.findChildren(QLabel) if not label.pixmap().isNull()]
    assert [icon.deviceIndependentSize().width() for icon in icons] == [96]


def test_window_has_the_icon_and_a_settings_entry(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    assert not window.windowIcon().isNull()
    settings = window.actions_by_key["settings"]
    assert settings in window.menus["Edit"].actions()
    assert settings.shortcut() == QKeySequence("Ctrl+,")


def test_about_shows_name_version_and_database(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(tmp_path / "<b>calendar</b>.db")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name_label.text() == "Diplomatic Calendar"
    assert __version__ in dialog.version_label.text()
    assert "<b>calendar</b>.db" in dialog.database_label.text()
    assert dialog.database_label.textFormat() == Qt.TextFormat.PlainText
    buttons = dialog.findChild(QDialogButtonBox)
    qtbot.mouseClick(
        buttons.button(QDialogButtonBox.StandardButton.Close), Qt.MouseButton.LeftButton
    )
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_help_menu_opens_about(qtbot: QtBot, context: AppContext) -> None:
    window = make_window(qtbot, context)
    window.actions_by_key["about"].trigger()
    about = window.findChild(AboutDialog)
    assert about is not None and about.isVisible()
    assert "memory" in about.database_label.text()


def test_shortcuts_dialog_lists_every_action_that_has_keys(
    qtbot: QtBot, context: AppContext
) -> None:
    window = make_window(qtbot, context)
    window.actions_by_key["shortcuts"].trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    listed = dict(dialog.visible_rows())
    with_keys = [action for action in window.actions_by_key.values() if action.shortcuts()]
    assert len(listed) == len(with_keys) == len(shortcut_rows())
    for action in with_keys:
        name = action.text().replace("&", "").rstrip("…")
        shown = [
            QKeySequence(k.strip(), QKeySequence.SequenceFormat.NativeText)
            for k in listed[name].split(", ")
        ]
        assert shown == action.shortcuts()


def test_no_two_actions_share_a_shortcut() -> None:
    seen: dict[str, str] = {}
    for spec in SPECS:
        for keys in spec.shortcuts:
            portable = QKeySequence(keys).toString()
            assert portable not in seen, f"{keys} is used by {seen.get(portable)} and {spec.key}"
            seen[portable] = spec.key


def test_shortcuts_filter_by_name_or_key(qtbot: QtBot) -> None:
    dialog = ShortcutsDialog([("Undo", "Ctrl+Z"), ("Today", "T"), ("Redo", "Ctrl+Shift+Z, Ctrl+Y")])
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.filter_edit, "do")
    assert [name for name, _ in dialog.visible_rows()] == ["Undo", "Redo"]
    dialog.filter_edit.clear()
    qtbot.keyClicks(dialog.filter_edit, native_keys("Ctrl+Y"))
    assert [name for name, _ in dialog.visible_rows()] == ["Redo"]
    dialog.filter_edit.clear()
    assert len(dialog.visible_rows()) == 3


def test_opening_a_calendar_file_imports_it_in_the_home_zone(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    context.settings.setValue("home_zone", "Asia/Tokyo")
    path = tmp_path / "meeting.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:one@test\r\nDTSTAMP:20250701T000000Z\r\nDTSTART:20250715T090000\r\n"
        "DTEND:20250715T100000\r\nSUMMARY:Trade talks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, context)
    with qtbot.waitSignal(context.signals.data_changed):
        assert desktop.open_calendar_file(window, path)
    (talks,) = context.store.events.between(dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    assert talks.title == "Trade talks"
    # A time without a zone is read in the user's home zone, as File › Import reads it.
    assert talks.start == dt.datetime(2025, 7, 15, 9, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_an_opened_file_with_unreadable_events_lists_them(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from diplomatic_calendar.ui.features.printing import IcsImportReportDialog

    path = tmp_path / "mixed.ics"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:good@test\r\nDTSTAMP:20250701T000000Z\r\nDTSTART:20250715T090000Z\r\n"
        "DTEND:20250715T100000Z\r\nSUMMARY:Trade talks\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n"
        "UID:bad@test\r\nDTSTAMP:20250701T000000Z\r\nSUMMARY:No start\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, context)
    assert desktop.open_calendar_file(window, path)
    dialog = window.findChild(IcsImportReportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.table.item(0, 0).text() == "No start"
    assert "1 added" in window.statusBar().currentMessage()


def test_a_missing_calendar_file_is_one_clear_message(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, context)
    assert not desktop.open_calendar_file(window, tmp_path / "gone.ics")
    box = window.findChild(QMessageBox)
    assert box is not None and "gone.ics" in box.text()
    assert context.store.events.count() == 0


def test_start_up_applies_the_icon_and_the_saved_theme(
    qapp: QApplication, settings: QSettings
) -> None:
    settings.setValue("theme", "dark")
    try:
        desktop.prepare_application(qapp, settings)
        assert not qapp.windowIcon().isNull()
        assert qapp.palette().color(Role.Window) == build_palette("dark").color(Role.Window)
    finally:
        apply_theme(qapp, "system")
    assert qapp.palette().color(Role.Window) != build_palette("dark").color(Role.Window)


def test_a_file_handed_over_by_the_desktop_is_opened(
    qtbot: QtBot, context: AppContext, qapp: QApplication, tmp_path: Path
) -> None:
    window = make_window(qtbot, context)
    missing = tmp_path / "from-finder.ics"
    QApplication.sendEvent(qapp, QFileOpenEvent(str(missing)))
    box = window.findChild(QMessageBox)
    assert box is not None and "from-finder.ics" in box.text()


def test_windows_task_bar_groups_under_our_id(
    qapp: QApplication, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ctypes
    import sys
    from types import SimpleNamespace

    claimed: list[str] = []
    shell32 = SimpleNamespace(SetCurrentProcessExplicitAppUserModelID=claimed.append)
    monkeypatch.setattr(ctypes, "windll", SimpleNamespace(shell32=shell32), raising=False)
    monkeypatch.setattr(sys, "platform", "win32")
    desktop.prepare_application(qapp, settings)
    assert claimed == ["org.diplomaticcalendar.DiplomaticCalendar"]
