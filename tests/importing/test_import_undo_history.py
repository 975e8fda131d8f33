"""Undoing an article import takes back the tariff history it wrote: an undone import never was."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import TariffAction, TariffStatus
from diplomatic_calendar.importing import Choice, apply, build_plan, revert
from diplomatic_calendar.store import Store

PUBLISHED = dt.date(2026, 11, 20)


def test_revert_of_an_update_leaves_the_history_as_it_was(store: Store) -> None:
    stored = store.tariffs.add(
        TariffAction("US", "JP", 15.0, effective_date=dt.date(2026, 11, 11)),
        changed_on=dt.date(2026, 11, 1),
    )
    before = store.tariffs.history(stored.id or 0)
    text = "The 15% U.S. tariff on Japanese goods took effect on November 11.\n"
    plan = build_plan(store, text, PUBLISHED)
    (draft,) = plan.tariffs
    assert (draft.match_id, draft.choice) == (stored.id, Choice.UPDATE)
    result = apply(store, plan)
    changed = store.tariffs.get(stored.id or 0)
    assert changed is not None and changed.status is TariffStatus.IN_FORCE
    assert len(store.tariffs.history(stored.id or 0)) == len(before) + 1
    revert(store, result)
    assert store.tariffs.get(stored.id or 0) == stored
    assert store.tariffs.history(stored.id or 0) == before
