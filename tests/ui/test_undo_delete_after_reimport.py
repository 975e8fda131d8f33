"""Undoing a delete when the event came back meanwhile (imported anew) says so in words."""

from __future__ import annotations

import dataclasses
import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.ui.commands import DeleteEventCommand
from diplomatic_calendar.ui.context import AppContext

DAY = dt.date(2025, 7, 15)


def test_the_message_names_the_record_back_not_a_constraint(
    qtbot: QtBot, context: AppContext
) -> None:
    failures: list[str] = []
    context.signals.change_failed.connect(failures.append)
    stored = context.store.events.add(
        Event("Geneva talks", EventKind.MEETING, DAY, DAY + dt.timedelta(days=1))
    )
    context.undo_stack.push(DeleteEventCommand(context, stored))
    context.store.events.add(dataclasses.replace(stored, id=None))  # the same uid, re-imported
    context.undo_stack.undo()
    (failure,) = failures
    assert "is in the calendar again" in failure and "UNIQUE" not in failure
    assert [e.title for e in context.store.events.search("Geneva")] == ["Geneva talks"]
