"""Undo takes back exactly the user's step: not more (others' changes), not less (links)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind, Evidence, Source
from diplomatic_calendar.ui.commands import DeleteEventCommand, EditEventCommand
from diplomatic_calendar.ui.context import AppContext

START = dt.datetime(2025, 7, 15, 9, tzinfo=dt.UTC)


def _meeting(context: AppContext, **changes: object) -> Event:
    event = Event("Trade ministers meet", EventKind.MEETING, START, START + dt.timedelta(hours=1))
    return context.store.events.add(event.with_changes(**changes))


def test_undoing_a_delete_puts_back_every_articles_evidence(context: AppContext) -> None:
    store = context.store
    first = store.sources.add(Source("The ministers will meet on Tuesday.", title="First"))
    second = store.sources.add(Source("Tuesday's meeting was confirmed.", title="Second"))
    assert first.id is not None and second.id is not None
    event = _meeting(context, evidence=Evidence(first.id, 0, 10, "will meet on Tuesday"))
    assert event.id is not None
    store.events.update(event.with_changes(evidence=Evidence(second.id, 0, 9, "confirmed")))
    cited = store.sources.evidence_of("event", event.id)
    assert len(cited) == 2
    context.undo_stack.push(DeleteEventCommand(context, event))
    assert store.events.get(event.id) is None
    context.undo_stack.undo()
    assert store.sources.evidence_of("event", event.id) == cited
    context.undo_stack.redo()
    assert store.events.get(event.id) is None


def test_undoing_a_move_keeps_notes_added_elsewhere_meanwhile(context: AppContext) -> None:
    store = context.store
    event = _meeting(context, countries=("MY",))
    moved = event.moved_to(START + dt.timedelta(days=1))
    context.undo_stack.push(EditEventCommand(context, event, moved, "Move"))
    # Another window or the command line adds to the event after the move.
    current = store.events.get(event.id or 0)
    assert current is not None
    store.events.update(current.with_changes(notes="Agenda: palm oil", countries=("MY", "US")))
    context.undo_stack.undo()
    back = store.events.get(event.id or 0)
    assert back is not None
    assert (back.start, back.end) == (event.start, event.end)
    assert back.notes == "Agenda: palm oil" and back.countries == ("MY", "US")
    context.undo_stack.redo()
    again = store.events.get(event.id or 0)
    assert again is not None and again.start == moved.start
    assert again.notes == "Agenda: palm oil"


def test_undoing_an_edit_of_an_event_deleted_elsewhere_says_so(context: AppContext) -> None:
    event = _meeting(context)
    renamed = event.with_changes(title="Trade ministers meet again")
    context.undo_stack.push(EditEventCommand(context, event, renamed))
    context.store.events.delete(event.id or 0)
    said: list[str] = []
    context.signals.change_failed.connect(said.append)
    context.undo_stack.undo()
    assert len(said) == 1
    assert "is no longer in the calendar" in said[0]
    assert context.undo_stack.count() == 0


def test_an_ampersand_in_a_title_shows_in_the_undo_entry(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.save_new(_meeting(context).with_changes(id=None, uid=None, title="US & China talks"))
    undo = window.actions_by_key["undo"]
    assert undo.text() == "&Undo Add “US && China talks”"  # shown as: Undo Add “US & China talks”
