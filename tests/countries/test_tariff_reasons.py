"""Why a tariff action changed is kept whatever the change was, and a save that changes nothing
is no step at all."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Source, TariffAction
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.panels.country_page import change_text
from tests.countries.conftest import open_window

AUG_1 = dt.date(2025, 8, 1)


def _stored(store: Store) -> TariffAction:
    return store.tariffs.add(
        TariffAction("US", "MY", 25.0, effective_date=AUG_1), changed_on=dt.date(2025, 7, 7)
    )


def test_a_revised_scope_with_a_reason_is_in_the_history(store: Store) -> None:
    action = _stored(store)
    revised = action.with_changes(scope="steel derivatives", legal_basis="Section 232")
    store.tariffs.update(revised, note="annex revised on 9 July", changed_on=dt.date(2025, 7, 9))
    *_, last = store.tariffs.history(action.id or 0)
    assert last.note == "annex revised on 9 July"
    assert change_text(last) == "09 Jul 2025 · terms revised · “annex revised on 9 July”"


def test_a_source_alone_is_reason_enough(store: Store) -> None:
    action = _stored(store)
    source = store.sources.add(Source("The annex now lists steel derivatives.", title="Notice"))
    store.tariffs.update(action.with_changes(scope="steel"), source_id=source.id)
    assert store.tariffs.history(action.id or 0)[-1].source_id == source.id


def test_a_revision_without_a_reason_or_a_save_without_a_change_adds_no_entry(
    store: Store,
) -> None:
    action = _stored(store)
    before = store.tariffs.history(action.id or 0)
    store.tariffs.update(action.with_changes(notes="check HS codes"))
    store.tariffs.update(action.with_changes(notes="check HS codes"), note="no change at all")
    assert store.tariffs.history(action.id or 0) == before


def test_saving_the_editor_unchanged_is_no_undo_step(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    feature = window.countries  # type: ignore[attr-defined]
    feature.save_tariff(None, TariffAction("US", "MY", 25.0, effective_date=AUG_1), "", None)
    (action,) = context.store.tariffs.on_target("MY")
    steps = context.undo_stack.count()
    history = context.store.tariffs.history(action.id)
    feature.save_tariff(action, action, "", None)
    assert context.undo_stack.count() == steps
    assert context.store.tariffs.history(action.id) == history
    assert window.statusBar().currentMessage() == "Nothing changed, so nothing was saved"
