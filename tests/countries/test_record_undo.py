"""Undo of a tariff or official edit takes back exactly that edit: its history entry goes,
and changes saved meanwhile elsewhere stay."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Official, TariffAction, TariffStatus
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import open_window

AUG_1 = dt.date(2025, 8, 1)


def _tariff(qtbot: QtBot, context: AppContext):  # type: ignore[no-untyped-def]
    window = open_window(qtbot, context)
    feature = window.countries  # type: ignore[attr-defined]
    feature.save_tariff(None, TariffAction("US", "MY", 25.0, effective_date=AUG_1), "", None)
    (action,) = context.store.tariffs.on_target("MY")
    return feature, action


def test_undo_and_redo_of_a_tariff_edit_keep_its_history_exact(
    qtbot: QtBot, context: AppContext
) -> None:
    feature, action = _tariff(qtbot, context)
    tariffs = context.store.tariffs
    notes = [c.note for c in tariffs.history(action.id)]
    raised = action.with_changes(rate_percent=30.0, status=TariffStatus.IN_FORCE)
    feature.save_tariff(action, raised, "letter of 9 July", None)
    assert [c.note for c in tariffs.history(action.id)] == [*notes, "letter of 9 July"]
    context.undo_stack.undo()
    assert [c.note for c in tariffs.history(action.id)] == notes
    assert tariffs.get(action.id).rate_percent == 25.0
    context.undo_stack.redo()
    assert [c.note for c in tariffs.history(action.id)] == [*notes, "letter of 9 July"]
    assert tariffs.get(action.id).rate_percent == 30.0


def test_undo_of_a_tariff_edit_keeps_what_was_saved_meanwhile(
    qtbot: QtBot, context: AppContext
) -> None:
    feature, action = _tariff(qtbot, context)
    tariffs = context.store.tariffs
    feature.save_tariff(action, action.with_changes(notes="Check the HS codes"), "", None)
    current = tariffs.get(action.id)
    tariffs.update(current.with_changes(legal_basis="Section 232"))  # another program
    context.undo_stack.undo()
    after = tariffs.get(action.id)
    assert (after.notes, after.legal_basis) == ("", "Section 232")


def test_undo_of_an_official_edit_keeps_what_was_saved_meanwhile(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)
    officials = context.store.officials
    kept = officials.add(Official("Ana Ruiz", title="Envoy", country="PE"))
    window.countries.save_official(kept, kept.with_changes(title="Trade envoy"))  # type: ignore[attr-defined]
    current = officials.get(kept.id or 0)
    assert current is not None
    officials.update(current.with_changes(country="CL"))  # another program
    context.undo_stack.undo()
    after = officials.get(kept.id or 0)
    assert after is not None and (after.title, after.country) == ("Envoy", "CL")


def test_undo_of_a_merge_keeps_meetings_joined_since(qtbot: QtBot, context: AppContext) -> None:
    from diplomatic_calendar.domain.model import Event, EventKind, OfficialRef
    from diplomatic_calendar.domain.timing import all_day_span

    store = context.store
    first = store.officials.add(Official("Ana Ruiz", title="Trade envoy", country="PE"))
    second = store.officials.add(Official("A. Ruiz", country="PE"))
    assert first.id is not None and second.id is not None
    earlier = store.events.add(
        Event(
            "Envoy briefing",
            EventKind.MEETING,
            *all_day_span(dt.date(2025, 7, 8)),
            participants=(OfficialRef(second.id, second.name),),
        )
    )
    window = open_window(qtbot, context)
    window.countries.merge(first, second)  # type: ignore[attr-defined]
    later = store.events.add(  # another program records a meeting with the merged official
        Event(
            "Envoy meets ministers",
            EventKind.MEETING,
            *all_day_span(dt.date(2025, 7, 12)),
            participants=(OfficialRef(first.id, first.name),),
        )
    )
    context.undo_stack.undo()
    after_later = store.events.get(later.id or 0)
    after_earlier = store.events.get(earlier.id or 0)
    assert after_later is not None and after_earlier is not None
    assert [p.id for p in after_later.participants] == [first.id]
    assert [p.id for p in after_earlier.participants] == [second.id]


def test_a_new_tariffs_reason_is_its_first_history_entry_through_undo_and_redo(
    qtbot: QtBot, context: AppContext
) -> None:
    window = open_window(qtbot, context)
    feature = window.countries  # type: ignore[attr-defined]
    new = TariffAction("US", "TH", 36.0, status=TariffStatus.THREATENED)
    feature.save_tariff(None, new, "letter of 7 July", None)
    (action,) = context.store.tariffs.on_target("TH")
    assert [c.note for c in context.store.tariffs.history(action.id)] == ["letter of 7 July"]
    context.undo_stack.undo()
    assert context.store.tariffs.on_target("TH") == []
    context.undo_stack.redo()
    (again,) = context.store.tariffs.on_target("TH")
    assert [c.note for c in context.store.tariffs.history(again.id)] == ["letter of 7 July"]
