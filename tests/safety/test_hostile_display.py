"""Titles, names and notes that look like HTML are shown as the text they are, everywhere."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QWidget
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind, Official, OfficialRef, TariffAction
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow
from diplomatic_calendar.ui.views.pane import VIEW_NAMES

MARK = "<img src='x'>"
TITLE = f"{MARK}<a href='https://evil.example'>Trade talks</a>"
DAY = dt.date(2025, 7, 15)


def _fill(context: AppContext) -> None:
    store = context.store
    official = store.officials.add(Official(f"{MARK}Minister", title=MARK, country="MY"))
    store.events.add(
        Event(
            TITLE,
            EventKind.MEETING,
            DAY,
            DAY + dt.timedelta(days=1),
            countries=("MY",),
            participants=(OfficialRef(official.id or 0, official.name),),
            notes=TITLE,
        )
    )
    store.events.add(
        Event(
            f"{MARK} deadline",
            EventKind.DEADLINE,
            DAY + dt.timedelta(days=2),
            DAY + dt.timedelta(days=3),
            countries=("MY",),
            notes=MARK,
        )
    )
    store.tariffs.add(TariffAction("US", "MY", 25.0, effective_date=DAY, notes=TITLE, scope=MARK))


def _tooltips(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    found = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount private: it has one column
        columns = 1
    for row in range(min(model.rowCount(parent), 60)):
        for column in range(min(columns, 12)):
            index = model.index(row, column, parent)
            tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                found.append(tip)
            if depth < 2 and column == 0 and model.rowCount(index) > 0:
                found += _tooltips(model, index, depth + 1)
    return found


def _rendered_as_markup(root: QWidget) -> list[str]:
    """Every label text and item tool tip under ``root`` that Qt would render as HTML."""
    bad = []
    for label in root.findChildren(QLabel):
        text = label.text()
        if MARK not in text:
            continue
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        )
        if rich:
            bad.append(f"label {label.objectName() or type(label.parent()).__name__}: {text}")
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for tip in _tooltips(model, QModelIndex()):
            if MARK in tip and GuiQt.mightBeRichText(tip):
                bad.append(f"tool tip in {type(model).__name__}: {tip[:80]}")
    return bad


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    _fill(context)
    shown = MainWindow(context)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.mark.parametrize("view", VIEW_NAMES)
def test_every_view_shows_markup_as_text(window: MainWindow, view: str) -> None:
    window.set_view(view)
    window.go_to(DAY)
    bad = _rendered_as_markup(window)
    assert not bad, "\n".join(bad)


def test_docks_and_country_panel_show_markup_as_text(window: MainWindow, qtbot: QtBot) -> None:
    window.context.signals.country_requested.emit("MY")
    qtbot.wait(50)
    bad = _rendered_as_markup(window)
    assert not bad, "\n".join(bad)


def test_event_tool_tip_is_escaped(window: MainWindow) -> None:
    from diplomatic_calendar.ui.models.layout import tooltip_html, tooltip_text

    (event,) = window.context.store.events.search("Trade")
    tip = tooltip_html(tooltip_text(event, "UTC"))
    assert MARK not in tip and "&lt;img src=" in tip


def test_event_editor_shows_the_title_as_typed(window: MainWindow, qtbot: QtBot) -> None:
    (event,) = window.context.store.events.search("Trade")
    dialog = window._editor(event=event)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.text() == TITLE
    bad = _rendered_as_markup(dialog)
    assert not bad, "\n".join(bad)


def _shown_literally(text: str) -> bool:
    """True when a message box would show ``text``'s markup as characters, not render it."""
    return MARK not in text and ("&lt;img" in text or not GuiQt.mightBeRichText(text))


def test_error_and_question_boxes_show_markup_as_text(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from diplomatic_calendar.domain.errors import UserError
    from diplomatic_calendar.ui.commands import StoreCommand

    shown: list[str] = []

    def record(*args: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", record)
    monkeypatch.setattr(QMessageBox, "question", record)

    def fail() -> None:
        raise UserError(f"'{MARK}' is not a country")

    window._push(StoreCommand(window.context, "fails", fail, fail))
    official = window.context.store.officials.find_by_name(f"{MARK}Minister")
    assert official is not None
    window.countries.delete_official(official)  # type: ignore[attr-defined]
    assert len(shown) == 2
    assert all(_shown_literally(text) for text in shown), shown
    assert window.context.store.officials.get(official.id or 0) is not None


def test_import_window_tool_tips_show_stored_titles_as_text(
    qtbot: QtBot, context: AppContext
) -> None:
    from pathlib import Path

    from PySide6.QtCore import QDate

    from diplomatic_calendar.ui.import_window import ImportWindow

    article = Path(__file__).parent.parent / "importing" / "fixtures" / "harbour_talks.txt"
    text = article.read_text(encoding="utf-8")

    def review() -> ImportWindow:
        shown = ImportWindow(context)
        qtbot.addWidget(shown)
        shown.show()
        shown.article.setPlainText(text)
        qtbot.mouseClick(shown.find_button, Qt.MouseButton.LeftButton)
        shown.published.setDate(QDate(2025, 7, 15))
        return shown

    first = review()
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    stored = context.store.events.between(dt.date(2025, 7, 1), dt.date(2025, 9, 1))
    assert stored
    for event in stored:  # the user renamed the saved events; the same story comes in again
        context.store.events.update(event.with_changes(title=f"{MARK} {event.title}"))
    second = review()
    tips = _tooltips(second.tree.model(), QModelIndex())
    assert any(MARK in tip or "&lt;img" in tip for tip in tips), "no stored title was quoted"
    bad = [tip for tip in tips if MARK in tip and GuiQt.mightBeRichText(tip)]
    assert not bad, bad


def test_provenance_shows_a_hostile_source_as_text(qtbot: QtBot) -> None:
    from diplomatic_calendar.domain.model import Source
    from diplomatic_calendar.ui.import_window.provenance_view import ProvenanceView

    source = Source("Talks were held.", title=TITLE, outlet=MARK, url=f"{MARK}https://x.example")
    view = ProvenanceView([(source, f"{MARK} said the minister")])
    qtbot.addWidget(view)
    assert not _rendered_as_markup(view)
    tips = [label.toolTip() for label in view.findChildren(QLabel) if label.toolTip()]
    assert tips and all(MARK not in tip for tip in tips)
