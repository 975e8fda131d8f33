"""Deleting an official or a tariff action takes what is tied to it; undo brings it all back."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    Evidence,
    Official,
    OfficialRef,
    Source,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.store import Store, provenance
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.dialogs.tariff_editor import TariffEditorDialog
from tests.countries.conftest import feature_of, open_window


def _meeting(store: Store, official: Official, title: str) -> Event:
    assert official.id is not None
    day = dt.date(2025, 7, 3)
    return store.events.add(
        Event(
            title,
            EventKind.MEETING,
            day,
            day + dt.timedelta(days=1),
            countries=("CL", "US"),
            participants=(OfficialRef(official.id, official.name),),
        )
    )


def _source(store: Store) -> Source:
    return store.sources.add(Source(text="The minister said tariffs would rise.", title="Wire"))


def test_a_removed_official_comes_back_on_the_same_events(store: Store) -> None:
    source = _source(store)
    assert source.id is not None
    official = store.officials.add(
        Official(
            "Ana Ejemplo",
            "Trade Minister",
            "CL",
            aliases=("Ana E.",),
            evidence=Evidence(source.id, 0, 12, "The minister"),
        )
    )
    assert official.id is not None
    meetings = [_meeting(store, official, f"Talks {n}") for n in range(3)]
    removed = store.officials.remove(official.id)
    assert removed is not None and removed.count("event_participants") == 3
    assert store.officials.get(official.id) is None
    assert all(not store.events.get(m.id or 0).participants for m in meetings)  # type: ignore[union-attr]

    stored = official.with_changes(evidence=None)  # as get() reads it; the link is below
    assert store.officials.restore(removed) == stored
    assert [store.events.get(m.id or 0).participants for m in meetings] == [  # type: ignore[union-attr]
        (OfficialRef(official.id, "Ana Ejemplo"),)
    ] * 3
    assert store.officials.find_by_name("Ana E.") == stored  # the other spelling is back
    assert len(provenance.all_for(store.db, "official", official.id)) == 1
    assert [c.action for c in store.history("official", official.id)][-2:] == ["delete", "insert"]


def test_a_removed_tariff_action_comes_back_with_history_and_deadline(store: Store) -> None:
    action = store.tariffs.add(
        TariffAction(
            "US", "CL", 25.0, status=TariffStatus.ANNOUNCED, effective_date=dt.date(2025, 8, 1)
        )
    )
    assert action.id is not None
    store.tariffs.update(action.with_changes(rate_percent=30.0), note="raised by letter")
    history = store.tariffs.history(action.id)
    deadline = dt.date(2025, 8, 1)
    before = store.events.between(deadline, deadline + dt.timedelta(days=1))
    assert [e.tariff_action_id for e in before] == [action.id]

    removed = store.tariffs.remove(action.id)
    assert removed is not None
    assert store.tariffs.get(action.id) is None
    assert store.events.between(deadline, deadline + dt.timedelta(days=1)) == []

    store.tariffs.restore(removed)
    assert store.tariffs.get(action.id) == action.with_changes(rate_percent=30.0)
    assert store.tariffs.history(action.id) == history
    assert store.events.between(deadline, deadline + dt.timedelta(days=1)) == before
    assert [e.id for e in store.events.search("Chile")] == [before[0].id]  # found by search again


def test_a_deleted_officials_id_is_not_given_to_the_next_one(store: Store) -> None:
    official = store.officials.add(Official("Ana Ejemplo", "Trade Minister", "CL"))
    assert official.id is not None
    removed = store.officials.remove(official.id)
    assert removed is not None
    newcomer = store.officials.add(Official("Ben Beispiel", "Envoy", "DE"))
    assert newcomer.id == official.id + 1  # not the freed id: undo will need it
    store.officials.restore(removed)
    assert store.officials.all() == [official, newcomer]


def test_putting_back_over_a_taken_id_is_refused_and_changes_nothing(store: Store) -> None:
    official = store.officials.add(Official("Ana Ejemplo", "Trade Minister", "CL"))
    assert official.id is not None
    removed = store.officials.remove(official.id)
    assert removed is not None
    # Only a record written with that very id can take it (another program, an old version).
    squatter = store.officials.add(Official("Ben Beispiel", "Envoy", "DE", id=official.id))
    with pytest.raises(StorageError, match="cannot be put back"):
        store.officials.restore(removed)
    assert store.officials.all() == [squatter]


def test_window_deletes_an_official_and_undo_restores_them(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    official = context.store.officials.add(Official("Ana Ejemplo", "Trade Minister", "CL"))
    meeting = _meeting(context.store, official, "Talks in Santiago")
    window = open_window(qtbot, context)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    feature_of(window).delete_official(official)
    assert context.store.officials.get(official.id or 0) is None
    assert context.undo_stack.undoText() == "Delete “Ana Ejemplo”"
    context.undo_stack.undo()
    assert context.store.officials.get(official.id or 0) == official
    assert context.store.events.get(meeting.id or 0).participants  # type: ignore[union-attr]
    context.undo_stack.redo()
    assert context.store.officials.get(official.id or 0) is None


def test_tariff_editor_offers_delete_for_an_existing_action(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    action = context.store.tariffs.add(
        TariffAction("US", "CL", 25.0, effective_date=dt.date(2025, 8, 1))
    )
    new_dialog = TariffEditorDialog()
    qtbot.addWidget(new_dialog)
    assert new_dialog.findChild(object, "deleteTariff") is None  # nothing to delete yet
    dialog = TariffEditorDialog(action)
    qtbot.addWidget(dialog)
    button = dialog.findChild(object, "deleteTariff")
    assert button is not None
    button.click()  # type: ignore[attr-defined]
    assert dialog.result() == TariffEditorDialog.DELETE

    window = open_window(qtbot, context)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    feature_of(window).delete_tariff(action)
    assert context.store.tariffs.get(action.id or 0) is None
    context.undo_stack.undo()
    assert context.store.tariffs.get(action.id or 0) == action


def test_a_merge_taken_back_gives_each_official_their_own_meetings(store: Store) -> None:
    keep = store.officials.add(Official("Sergey Lavrov", "Foreign Minister", "RU"))
    drop = store.officials.add(Official("Sergei Lavrov", "", None, aliases=("S. Lavrov",)))
    assert keep.id is not None and drop.id is not None
    first, second = (
        _meeting(store, keep, "Talks in Moscow"),
        _meeting(store, drop, "Talks in Delhi"),
    )
    merged, before = store.officials.merge_keeping(keep.id, drop.id)
    assert merged.aliases == ("Sergei Lavrov", "S. Lavrov")
    assert store.officials.get(drop.id) is None
    store.officials.unmerge(before)
    assert store.officials.get(keep.id) == keep
    assert store.officials.get(drop.id) == drop
    assert store.events.get(first.id or 0).participants == (OfficialRef(keep.id, keep.name),)  # type: ignore[union-attr]
    assert store.events.get(second.id or 0).participants == (OfficialRef(drop.id, drop.name),)  # type: ignore[union-attr]
    assert store.officials.find_by_name("S. Lavrov") == drop


def test_window_merge_is_one_undo_step(qtbot: QtBot, context: AppContext) -> None:
    keep = context.store.officials.add(Official("Sergey Lavrov", "Foreign Minister", "RU"))
    drop = context.store.officials.add(Official("Sergei Lavrov"))
    window = open_window(qtbot, context)
    merged = feature_of(window).merge(keep, drop)
    assert merged is not None and merged.aliases == ("Sergei Lavrov",)
    assert context.undo_stack.undoText() == "Merge “Sergei Lavrov” into “Sergey Lavrov”"
    context.undo_stack.undo()
    assert {o.name for o in context.store.officials.all()} == {"Sergey Lavrov", "Sergei Lavrov"}
    context.undo_stack.redo()
    assert [o.name for o in context.store.officials.all()] == ["Sergey Lavrov"]
