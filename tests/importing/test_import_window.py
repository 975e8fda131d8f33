"""The import window driven as a user would: review, edit, accept, save, undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, Qt, QUrl
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import EventKind, EventStatus
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.import_window import ImportWindow
from diplomatic_calendar.ui.import_window.delegates import PairEditor
from diplomatic_calendar.ui.import_window.draft_model import (
    DATE,
    DETAILS,
    DRAFT,
    KIND,
    STORED,
    WHERE,
    DraftTreeModel,
)

FIXTURE = Path(__file__).parent / "fixtures" / "harbour_talks.txt"
ARTICLE = FIXTURE.read_text(encoding="utf-8")


def _counts(store: Store) -> tuple[int, int, int, int]:
    return (
        store.events.count(),
        len(store.officials.all()),
        len(store.tariffs.all()),
        len(store.sources.all()),
    )


def open_window(qtbot: QtBot, context: AppContext, text: str = ARTICLE) -> ImportWindow:
    window = ImportWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.article.setPlainText(text)
    qtbot.mouseClick(window.find_button, Qt.MouseButton.LeftButton)
    assert window.plan is not None, window.error.text()
    return window


def finish(window: ImportWindow, editor: QWidget) -> None:
    """What the view does when the user leaves a cell: keep the edit, close the editor."""
    window.tree.commitData(editor)
    window.tree.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_the_model_is_a_sound_tree(qtbot: QtBot, context: AppContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, context)
    assert isinstance(window.model, DraftTreeModel)
    qtmodeltester.check(window.model)


def test_an_undated_article_needs_its_date_confirmed(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    assert window.published.date() == QDate(2025, 7, 10)  # the context's today, provisional
    assert window.confirm_note.text().startswith("Needs confirmation")
    assert window.article.isReadOnly()
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert window.error.text() == "Confirm the publication date first (or change it)."
    assert context.store.events.count() == 0
    qtbot.mouseClick(window.confirm_button, Qt.MouseButton.LeftButton)
    assert window.confirm_note.text() == "" and not window.confirm_button.isVisible()
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert context.store.events.count() == 5


def test_an_e_mailed_article_offers_the_day_it_was_sent(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    mail = tmp_path / "alert.eml"
    mail.write_bytes(
        b"From: desk@example.org\nSubject: Harbour talks\n"
        b"Date: Mon, 14 Jul 2025 23:40:00 -0400\nContent-Type: text/plain; charset=utf-8\n\n"
        + ARTICLE.encode("utf-8")
    )
    window = ImportWindow(context)
    qtbot.addWidget(window)
    window.load_file(mail)
    assert window.published.date() == QDate(2025, 7, 14)  # the sender's day, not UTC's 15th
    assert window.confirm_note.text().startswith("Needs confirmation")
    window.article.setReadOnly(False)
    window.article.setPlainText(ARTICLE)  # other text: the e-mail's date no longer applies
    window.find_drafts()
    assert window.published.date() == QDate(2025, 7, 10)


def test_changing_the_published_date_re_resolves_every_date(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)
    window.published.setDate(QDate(2025, 7, 15))
    assert window.plan is not None
    assert [e.first for e in window.plan.events] == [
        dt.date(2025, 7, 15),
        dt.date(2025, 10, 1),
        dt.date(2025, 7, 18),
    ]
    window.published.setDate(QDate(2025, 7, 22))
    assert [e.first for e in window.plan.events] == [
        dt.date(2025, 7, 22),
        dt.date(2025, 10, 1),
        dt.date(2025, 7, 25),
    ]
    assert window.confirm_note.text() == ""
    first = window.model.index(0, DATE, window.model.index(1, 0))
    assert first.data() == "Tue 22 Jul 2025"


def test_selecting_a_draft_highlights_its_evidence(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    assert window.plan is not None
    tariff = window.plan.tariffs[1]
    window.tree.setCurrentIndex(window.model.index_of(tariff))
    marked = window.article.highlighted()
    assert marked.startswith("Separately, the United States said it would impose")
    assert marked == ARTICLE[tariff.evidence.start : tariff.evidence.end]
    assert "15% tariff on olive oil" in window.evidence.text()


def test_an_edit_in_the_tree_is_what_gets_saved(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    window.published.setDate(QDate(2025, 7, 15))
    events = window.model.index(1, 0)
    title = window.model.index(0, DRAFT, events)
    window.tree.setCurrentIndex(title)
    window.tree.edit(title)
    editor = window.tree.indexWidget(title)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Lisbon port talks")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view commits an editor on Return through a queued call.
    assert window.plan is not None
    qtbot.waitUntil(lambda: window.plan.events[0].title == "Lisbon port talks")  # type: ignore[union-attr]
    day = window.model.index(0, DATE, events)
    assert window.model.setData(day, QDate(2025, 7, 16))
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    [event] = context.store.events.between(dt.date(2025, 7, 16), dt.date(2025, 7, 17))
    assert event.title == "Lisbon port talks"
    assert [p.name for p in event.participants] == ["Takeshi Iwaya", "Paulo Rangel"]
    assert not window.isVisible()


def test_kind_status_rate_and_imposer_have_their_own_editors(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)
    window.confirm_published()
    model, plan = window.model, window.plan
    assert plan is not None
    visit = model.index(1, KIND, model.index(1, 0))
    window.tree.edit(visit)
    editor = window.tree.indexWidget(visit)
    assert isinstance(editor, PairEditor)
    editor.set_value((EventKind.MEETING, EventStatus.CANCELLED))
    finish(window, editor)
    changed = plan.events[1]
    assert (changed.kind, changed.status) == (EventKind.MEETING, EventStatus.CANCELLED)
    rate = model.index(0, DETAILS, model.index(2, 0))
    window.tree.edit(rate)
    editor = window.tree.indexWidget(rate)
    assert isinstance(editor, PairEditor)
    editor.set_value((22.5, "EU"))
    finish(window, editor)
    assert (plan.tariffs[0].rate_percent, plan.tariffs[0].imposer) == (22.5, "EU")
    assert rate.data() == "22.5% · imposed by EU"
    where = model.index(0, WHERE, model.index(1, 0))
    assert where.data() == "Lisbon · JP, PT"
    window.tree.edit(where)
    editor = window.tree.indexWidget(where)
    assert isinstance(editor, PairEditor)
    editor.set_value(("Porto", ("PT", "JP", "ES")))
    finish(window, editor)
    assert (plan.events[0].city, plan.events[0].countries) == ("Porto", ("PT", "JP", "ES"))


def test_rejected_drafts_save_nothing(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    window.published.setDate(QDate(2025, 7, 15))
    qtbot.mouseClick(window.reject_all, Qt.MouseButton.LeftButton)
    assert window.summary.text().startswith("Saving will add 0, update 0 and skip 8")
    officials = window.model.index(0, 0)
    rangel = window.model.index(1, DRAFT, officials)
    window.model.setData(rangel, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert [o.name for o in context.store.officials.all()] == ["Paulo Rangel"]
    assert context.store.events.count() == 0 and context.store.tariffs.all() == []


def test_a_second_import_shows_duplicates_and_adds_nothing(
    qtbot: QtBot, context: AppContext
) -> None:
    first = open_window(qtbot, context)
    first.published.setDate(QDate(2025, 7, 15))
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    saved = _counts(context.store)
    second = open_window(qtbot, context)
    second.published.setDate(QDate(2025, 7, 15))
    meeting = second.model.index(0, STORED, second.model.index(1, 0))
    assert meeting.data() == "Skip (this article again)"
    assert "already in the calendar" in meeting.data(Qt.ItemDataRole.ToolTipRole)
    assert second.summary.text() == "Saving will add 0, update 0 and skip 8 of the drafts."
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    assert _counts(context.store) == saved


def test_a_duplicate_can_be_added_as_new_instead(qtbot: QtBot, context: AppContext) -> None:
    first = open_window(qtbot, context)
    first.published.setDate(QDate(2025, 7, 15))
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    second = open_window(qtbot, context)
    second.published.setDate(QDate(2025, 7, 15))
    meeting = second.model.index(0, STORED, second.model.index(1, 0))
    second.tree.edit(meeting)
    editor = second.tree.indexWidget(meeting)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findText("Add as new"))
    finish(second, editor)
    assert meeting.data() == "Add as new"
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    day = context.store.events.between(dt.date(2025, 7, 15), dt.date(2025, 7, 16))
    assert [e.title for e in day] == ["Iwaya meets Rangel", "Iwaya meets Rangel"]


def test_re_dating_a_matched_draft_looks_it_up_again_and_leaves_the_stored_one(
    qtbot: QtBot, context: AppContext
) -> None:
    first = open_window(qtbot, context)
    first.published.setDate(QDate(2025, 7, 15))
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    other = ARTICLE.replace("port investment", "harbour investment")  # another article
    second = open_window(qtbot, context, other)
    second.published.setDate(QDate(2025, 7, 15))
    events = second.model.index(1, 0)
    assert second.model.index(0, STORED, events).data() == "Update existing"
    assert second.model.setData(second.model.index(0, DATE, events), QDate(2025, 9, 1))
    assert second.model.index(0, STORED, events).data() == "New"  # no stored match now
    qtbot.mouseClick(second.save_button, Qt.MouseButton.LeftButton)
    july = context.store.events.between(dt.date(2025, 7, 15), dt.date(2025, 7, 16))
    september = context.store.events.between(dt.date(2025, 9, 1), dt.date(2025, 9, 2))
    meetings = [e.title for e in september if e.kind == EventKind.MEETING]
    assert [e.title for e in july if e.kind == EventKind.MEETING] == ["Iwaya meets Rangel"]
    assert meetings == ["Iwaya meets Rangel"]  # added as new; the stored meeting stays


def test_an_error_mid_save_leaves_the_database_unchanged(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, context)
    window.published.setDate(QDate(2025, 7, 15))

    def full_disk(*args: object, **kwargs: object) -> None:
        raise UserError("the disk is full")

    monkeypatch.setattr(context.store.tariffs, "add", full_disk)
    qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert window.error.text() == "Nothing was saved: the disk is full"
    assert window.isVisible()
    assert _counts(context.store) == (0, 0, 0, 0)
    assert context.undo_stack.count() == 0


def test_undo_removes_the_whole_import_and_redo_brings_it_back(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)
    window.published.setDate(QDate(2025, 7, 15))
    with qtbot.waitSignal(window.imported) as announced:
        qtbot.mouseClick(window.save_button, Qt.MouseButton.LeftButton)
    assert announced.args == ["Imported from Reuters, 15 July 2025: 8 added, 0 updated, 0 skipped"]
    saved = _counts(context.store)
    assert saved == (5, 3, 2, 1)
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert _counts(context.store) == (0, 0, 0, 0)
    context.undo_stack.redo()
    assert _counts(context.store) == saved


def test_a_bad_paste_is_one_clear_message(qtbot: QtBot, context: AppContext) -> None:
    window = ImportWindow(context)
    qtbot.addWidget(window)
    window.article.setPlainText("   ")
    qtbot.mouseClick(window.find_button, Qt.MouseButton.LeftButton)
    assert window.plan is None
    assert window.error.text() == "the article is empty; paste the story's text"


def test_an_article_file_loads_with_its_metadata(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Ports</title></head><body><p>"
        + ARTICLE.replace("\n", "</p><p>")
        + "</p></body></html>",
        encoding="utf-8",
    )
    window = ImportWindow(context)
    qtbot.addWidget(window)
    window.load_file(page)
    assert (window.title_edit.text(), window.outlet.text()) == ("Ports", "Reuters")
    assert window.plan is not None and len(window.plan.officials) == 3


def test_the_main_window_offers_import_and_takes_dropped_files(
    qtbot: QtBot, context: AppContext
) -> None:
    from diplomatic_calendar.ui.import_window import ImportWindow as Shown
    from diplomatic_calendar.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    action = window.actions_by_key["import_article"]
    assert action.shortcut().toString() == "Ctrl+I"
    assert action in window.menus["File"].actions()
    action.trigger()
    [empty] = window.findChildren(Shown)
    assert empty.isVisible() and empty.plan is None
    empty.close()  # closing deletes it: each import window lives only as long as it is open
    qtbot.waitUntil(lambda: not window.findChildren(Shown))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(FIXTURE))])
    assert window.article_drop_filter.take(mime)  # type: ignore[attr-defined]
    [opened] = [w for w in window.findChildren(Shown)]
    assert opened.plan is not None and opened.plan.officials[0].name == "Takeshi Iwaya"
    opened.close()


def test_dropped_text_opens_an_import_of_that_text(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    mime = QMimeData()
    mime.setText(ARTICLE)
    assert window.article_drop_filter.take(mime)  # type: ignore[attr-defined]
    [opened] = window.findChildren(ImportWindow)
    assert opened.article.toPlainText() == ARTICLE
    opened.close()


def test_our_own_bug_is_logged_and_shown_as_one_line(
    qtbot: QtBot,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import diplomatic_calendar.ui.import_window.window as window_module

    def broken(*args: object, **kwargs: object) -> None:
        raise KeyError("a bug")

    monkeypatch.setattr(window_module, "build_plan", broken)
    window = ImportWindow(context)
    qtbot.addWidget(window)
    window.article.setPlainText(ARTICLE)
    qtbot.mouseClick(window.find_button, Qt.MouseButton.LeftButton)
    assert window.error.text() == window_module.UNEXPECTED
    assert "reading drafts from an article failed" in caplog.text
    assert "KeyError" in caplog.text


def test_closing_with_unsaved_drafts_asks_first(
    qtbot: QtBot, context: AppContext, discard_drafts_on_close: list[str]
) -> None:
    window = open_window(qtbot, context)
    window.published.setDate(QDate(2025, 7, 15))
    window.confirm_discard = lambda: False  # the user answers Cancel
    window.close()
    assert window.isVisible() and window.plan is not None
    window.confirm_discard = window._ask_discard
    window.close()
    assert not window.isVisible()
    assert discard_drafts_on_close == ["Import article — Diplomatic Calendar"]
    assert context.store.events.count() == 0


def test_closing_after_saving_or_rejecting_everything_asks_nothing(
    qtbot: QtBot, context: AppContext, discard_drafts_on_close: list[str]
) -> None:
    saved = open_window(qtbot, context)
    saved.published.setDate(QDate(2025, 7, 15))
    qtbot.mouseClick(saved.save_button, Qt.MouseButton.LeftButton)
    assert not saved.isVisible()
    rejected = open_window(qtbot, context)
    qtbot.mouseClick(rejected.reject_all, Qt.MouseButton.LeftButton)
    rejected.close()
    assert not rejected.isVisible()
    assert discard_drafts_on_close == []
