"""Undo and redo of tariff steps bring its calendar entry back as the same event (id and UID)."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import TariffAction
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import feature_of, open_window

AUG_1 = dt.date(2025, 8, 1)


def _entry(context: AppContext, action_id: int) -> tuple[int, str] | None:
    found = [e for e in context.store.events.every() if e.tariff_action_id == action_id]
    return (found[0].id or 0, found[0].uid or "") if found else None


def test_undoing_a_cleared_date_brings_back_the_same_entry(
    qtbot: QtBot, context: AppContext
) -> None:
    feature = feature_of(open_window(qtbot, context))
    feature.save_tariff(None, TariffAction("US", "PH", 20.0, effective_date=AUG_1), "", None)
    (action,) = context.store.tariffs.on_target("PH")
    assert action.id is not None
    before = _entry(context, action.id)
    assert before is not None
    feature.save_tariff(action, action.with_changes(effective_date=None), "date withdrawn", None)
    assert _entry(context, action.id) is None
    context.undo_stack.undo()
    assert _entry(context, action.id) == before
    context.undo_stack.redo()
    context.undo_stack.undo()
    assert _entry(context, action.id) == before


def test_redoing_an_added_tariff_brings_back_the_same_entry(
    qtbot: QtBot, context: AppContext
) -> None:
    feature = feature_of(open_window(qtbot, context))
    feature.save_tariff(None, TariffAction("US", "PH", 20.0, effective_date=AUG_1), "", None)
    (action,) = context.store.tariffs.on_target("PH")
    assert action.id is not None
    before = _entry(context, action.id)
    for _ in range(2):
        context.undo_stack.undo()
        assert context.store.tariffs.get(action.id) is None
        context.undo_stack.redo()
        assert _entry(context, action.id) == before
