"""The import window: the article on one side, its drafts on the other, saved as one step."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.importing import (
    Article,
    ImportPlan,
    StaleDraftsError,
    build_plan,
    read_article,
    rebase,
    rematch,
)
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.import_window.article_view import ArticleView
from diplomatic_calendar.ui.import_window.command import ImportCommand
from diplomatic_calendar.ui.import_window.delegates import DraftDelegate
from diplomatic_calendar.ui.import_window.draft_model import DraftTreeModel
from diplomatic_calendar.ui.import_window.draft_view import DraftTreeView
from diplomatic_calendar.ui.theme import warning_style
from diplomatic_calendar.ui.widgets import to_date, to_qdate

log = logging.getLogger(__name__)
FILE_FILTER = "Articles (*.txt *.html *.htm *.eml);;All files (*)"
UNEXPECTED = "Something went wrong inside Diplomatic Calendar; the details are in its log."
# Widest each column may start (pixels): enough for most drafts, and every column stays in view.
COLUMN_WIDTHS = (330, 170, 280, 130, 150, 240, 220)  # the date may carry a zone name
# Save from anywhere in the window; plain Enter stays with the drafts list, where it edits a cell.
SAVE_KEYS = ("Ctrl+S", "Ctrl+Return", "Ctrl+Enter")


def _label(text: str = "", *, error: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if error:
        label.setStyleSheet(warning_style())
    return label


class ImportWindow(QWidget):
    """Turn one article into records; ``imported`` says what was saved."""

    imported = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.setWindowTitle("Import article — Diplomatic Calendar")
        self.plan: ImportPlan | None = None
        self._sent: dt.date | None = None  # an e-mailed article's Date, a likely publication day
        self._stated: dt.date | None = None  # the publication day a web page states
        self.command: ImportCommand | None = None
        # Asked before unsaved drafts are thrown away; tests put an answer here instead.
        self.confirm_discard: Callable[[], bool] = self._ask_discard
        self.model = DraftTreeModel(self, lambda plan, draft: rematch(context.store, plan, draft))
        self._build()
        self._connect()
        self._show_state()
        self.resize(1280, 760)

    def _build(self) -> None:
        self.published = QDateEdit()
        self.published.setCalendarPopup(True)
        self.published.setDisplayFormat("d MMMM yyyy")
        self.published.setMinimumWidth(170)
        # Until an article is read there is no date to show: the minimum stands for "none yet".
        self.published.setMinimumDate(QDate(1900, 1, 1))
        self.published.setSpecialValueText("from the article")
        self.published.setDate(self.published.minimumDate())
        self.confirm_note = _label(error=True)
        self.confirm_button = QPushButton("&Date is right")
        self.confirm_button.setToolTip("Confirm the publication date as shown")
        self.outlet = QLineEdit()
        self.outlet.setPlaceholderText("e.g. AP")
        self.outlet.setMaximumWidth(220)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("Headline")
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        self.article = ArticleView()
        self.open_button = QPushButton("&Open file…")
        self.find_button = QPushButton("&Find drafts")
        self.tree = DraftTreeView()
        self.tree.setModel(self.model)
        self.tree.setItemDelegate(DraftDelegate(self._people, self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.evidence = _label()
        self.accept_all = QPushButton("Accept &all")
        self.reject_all = QPushButton("&Reject all")
        self.summary = _label()
        self.error = _label(error=True)
        self.save_button = QPushButton("&Save to calendar")
        self.save_button.setToolTip(
            "Save the ticked drafts to the calendar (Ctrl+S or Ctrl+Enter); Esc closes"
        )
        self.close_button = QPushButton("Close")
        self._lay_out()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(
            "&Published",
            _row(self.published, self.confirm_button, self.confirm_note, stretch_last=True),
        )
        title = QLabel("&Title")
        title.setBuddy(self.title_edit)
        form.addRow("Out&let", _row(self.outlet, title, self.title_edit, stretch_last=True))
        form.addRow("&URL", self.url)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.article)
        left_layout.addWidget(_row(self.open_button, self.find_button, stretch=True))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tree, 1)
        right_layout.addWidget(self.evidence)
        right_layout.addWidget(_row(self.accept_all, self.reject_all, stretch=True))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([460, 820])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.error)
        bottom = _row(self.summary, self.save_button, self.close_button, stretch_last=False)
        bottom_layout = bottom.layout()
        assert isinstance(bottom_layout, QHBoxLayout)
        bottom_layout.setStretch(0, 1)
        layout.addWidget(bottom)

    def _connect(self) -> None:
        self.open_button.clicked.connect(self.choose_file)
        self.find_button.clicked.connect(self.find_drafts)
        self.confirm_button.clicked.connect(self.confirm_published)
        self.published.dateChanged.connect(self._published_changed)
        self.article.textChanged.connect(self._forget_sent)
        self.accept_all.clicked.connect(lambda: self.model.set_all(True))
        self.reject_all.clicked.connect(lambda: self.model.set_all(False))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.close)
        for keys in SAVE_KEYS:
            QShortcut(QKeySequence(keys), self, self.save)
        self.model.dataChanged.connect(lambda *_: self._update_summary())
        self.model.modelReset.connect(self._update_summary)
        selection = self.tree.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)

    # Loading ---------------------------------------------------------------------------------

    def load_article(self, article: Article) -> None:
        """Show an article read from a file and find its drafts."""
        self.title_edit.setText(article.title)
        self.outlet.setText(article.outlet)
        self.url.setText(article.url)
        self.article.setReadOnly(False)
        self.article.setPlainText(article.text)
        # after the text, whose change forgets them
        self._sent, self._stated = article.sent, article.published
        self.find_drafts()

    def _forget_sent(self) -> None:
        """Other text is not the e-mail or page whose date was kept."""
        self._sent = self._stated = None

    def load_file(self, path: Path) -> None:
        """Read a .txt, .html or .eml file and find its drafts; a bad file is one message."""
        try:
            self.load_article(read_article(path))
        except UserError as err:
            self.error.setText(str(err))

    def choose_file(self) -> None:
        """Ask for an article file."""
        name, _ = QFileDialog.getOpenFileName(self, "Import article", "", FILE_FILTER)
        if name:
            self.load_file(Path(name))

    def find_drafts(self) -> None:
        """Extract drafts from the text in the article pane."""
        text = self.article.toPlainText()
        try:
            plan = build_plan(
                self.context.store,
                text,
                self._stated,
                fallback=self._sent or self.context.today(),
                title=self.title_edit.text(),
                outlet=self.outlet.text(),
                url=self.url.text(),
            )
        except UserError as err:
            self.error.setText(str(err))
            return
        except Exception:
            log.exception("reading drafts from an article failed")
            self.error.setText(UNEXPECTED)
            return
        self.article.show_article(text)
        if not self.outlet.text():
            self.outlet.setText(plan.outlet)
        self._set_plan(plan)
        self._focus_first_draft()

    def _focus_first_draft(self) -> None:
        """Put the keyboard on the first draft, ready to review, as the drafts appear."""
        for group in range(self.model.rowCount()):
            parent = self.model.index(group, 0)
            if self.model.rowCount(parent):
                self.tree.setCurrentIndex(self.model.index(0, 0, parent))
                break
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_plan(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.error.clear()
        self.published.blockSignals(True)
        self.published.setDate(to_qdate(plan.published))
        self.published.blockSignals(False)
        self.model.set_plan(plan)
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, widest in enumerate(COLUMN_WIDTHS):
            self.tree.resizeColumnToContents(column)
            self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), widest))
        self._show_state()

    def _show_state(self) -> None:
        has_plan = self.plan is not None
        for widget in (self.published, self.accept_all, self.reject_all, self.save_button):
            widget.setEnabled(has_plan)
        self.find_button.setVisible(not has_plan)
        self.open_button.setVisible(not has_plan)
        confirmed = self.plan is not None and self.plan.published_confirmed
        self.confirm_button.setVisible(has_plan and not confirmed)
        self.confirm_note.setText(
            ""
            if not has_plan or confirmed
            else "Needs confirmation: the article does not "
            "say when it was published; relative dates (“Thursday”) count from this date."
        )
        self._update_summary()

    def confirm_published(self) -> None:
        """The user says the date shown is the publication date."""
        if self.plan is not None:
            self.plan.published_confirmed = True
            self._show_state()

    def _published_changed(self, value: QDate) -> None:
        """Every relative date counts from the publication date: extract again, keep the edits."""
        if self.plan is None:
            return
        day = to_date(value)
        self._sync_meta()
        try:
            plan = rebase(self.context.store, self.plan, day)
        except UserError as err:
            self.error.setText(str(err))
            return
        except Exception:
            log.exception("reading drafts again for a new publication date failed")
            self.error.setText(UNEXPECTED)
            return
        self._set_plan(plan)

    def _sync_meta(self) -> None:
        if self.plan is not None:
            self.plan.title = self.title_edit.text()
            self.plan.outlet = self.outlet.text()
            self.plan.url = self.url.text()

    # Reviewing -------------------------------------------------------------------------------

    def _people(self) -> list[str]:
        """Officials to offer as participants: this article's, then the calendar's."""
        names = [o.name for o in self.plan.officials] if self.plan else []
        names += [o.name for o in self.context.store.officials.all()]
        return list(dict.fromkeys(names))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Scrolling to the evidence needs a laid-out view; a draft chosen earlier is shown now.
        self._show_evidence(self.tree.currentIndex())

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        self._show_evidence(indexes[0] if indexes else QModelIndex())

    def _show_evidence(self, index: QModelIndex) -> None:
        draft = self.model.draft_at(index)
        if draft is None or self.plan is None:
            self.evidence.clear()
            return
        span = draft.evidence
        self.article.highlight(span.start, span.end)
        sentence = " ".join(self.plan.text[span.start : span.end].split())
        self.evidence.setText(f"Evidence: “{sentence}”")

    def _update_summary(self) -> None:
        if self.plan is None:
            self.summary.setText("Paste or open an article to begin.")
            return
        counts = self.plan.counts()
        self.summary.setText(
            f"Saving will add {counts['add']}, update {counts['update']} "
            f"and skip {counts['skip']} of the drafts."
        )

    # Closing ---------------------------------------------------------------------------------

    def has_unsaved_drafts(self) -> bool:
        """Whether closing now would lose drafts the user meant to keep."""
        if self.plan is None or self.command is not None:
            return False
        counts = self.plan.counts()
        return counts["add"] + counts["update"] > 0

    def _ask_discard(self) -> bool:
        answer = QMessageBox.question(
            self,
            "Import article",
            "Close without saving? The drafts of this article will be lost.",
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape that no field or open cell editor took closes the window, as in a dialog.
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.has_unsaved_drafts() and not self.confirm_discard():
            event.ignore()
            return
        super().closeEvent(event)

    # Saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        """Save every accepted draft in one transaction, as one undo step, then close."""
        if self.plan is None:
            return
        self.tree.finish_editing()  # a shortcut saves without leaving the cell being edited
        if not self.plan.published_confirmed:
            # Every relative date hangs on it: a wrong guess would misdate the whole import.
            self.error.setText("Confirm the publication date first (or change it).")
            self.published.setFocus()
            return
        self._sync_meta()
        try:
            self.command = ImportCommand.save(self.context, self.plan)
        except StaleDraftsError as err:
            self.model.set_plan(self.plan)  # the drafts were looked up again: show them so
            self.error.setText(f"Nothing was saved: {err}")
            return
        except UserError as err:
            self.error.setText(f"Nothing was saved: {err}")
            return
        except Exception:
            log.exception("saving an import failed")
            self.error.setText(f"Nothing was saved. {UNEXPECTED}")
            return
        self.imported.emit(self.command.result.summary())
        self.close()


def _row(*widgets: QWidget, stretch: bool = False, stretch_last: bool = False) -> QWidget:
    holder = QWidget()
    layout = QHBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    if stretch_last:
        layout.setStretch(len(widgets) - 1, 1)
    if stretch:
        layout.addStretch(1)
    return holder
