"""Imported records say where they came from: in the event editor and for the country panel."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Source
from diplomatic_calendar.importing import apply, build_plan, citations
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.event_editor import EventEditorDialog
from diplomatic_calendar.ui.import_window.provenance_view import ProvenanceView, citation_lines

ARTICLE = (Path(__file__).parent / "fixtures" / "harbour_talks.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2025, 7, 15)


def test_citation_reads_outlet_and_date() -> None:
    source = Source("text", outlet="AP", published=dt.date(2025, 7, 10))
    assert citation_lines([(source, "Rubio met  Lavrov.\n")]) == [
        ("from: AP, 10 July 2025", "Rubio met Lavrov.")
    ]


def test_the_event_editor_shows_where_an_imported_event_came_from(
    qtbot: QtBot, context: AppContext
) -> None:
    store = context.store
    apply(store, build_plan(store, ARTICLE, PUBLISHED))
    [event] = [e for e in store.events.between(PUBLISHED, PUBLISHED + dt.timedelta(days=1))]
    pairs = store.sources.evidence_of("event", event.id or 0)
    dialog = EventEditorDialog(store.officials.all(), "UTC", event=event, provenance=pairs)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.provenance.findChildren(QLabel)]
    assert texts[0] == "from: Reuters, 15 July 2025"
    assert texts[1].startswith("“LISBON, Portugal (Reuters) — Japanese Foreign Minister")
    assert dialog.provenance.isVisible()
    assert [c.label for c in citations(store, "event", event.id or 0)] == [texts[0]]


def test_a_record_without_sources_shows_no_provenance(qtbot: QtBot, context: AppContext) -> None:
    dialog = EventEditorDialog([], "UTC", day=PUBLISHED)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.provenance.isVisible()
    view = ProvenanceView()
    qtbot.addWidget(view)
    assert view.isHidden() and view.lines == []
