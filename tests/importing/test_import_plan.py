"""Import plans against a real store: drafts, duplicates, one-transaction saves and undo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Official
from diplomatic_calendar.extraction import EventDraft, Location, Span
from diplomatic_calendar.importing import Choice, apply, build_plan, fate, rebase, revert
from diplomatic_calendar.importing.items import Precision, event_item, parse_partial
from diplomatic_calendar.store import Store

ARTICLE = (Path(__file__).parent / "fixtures" / "harbour_talks.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2025, 7, 15)


def _counts(store: Store) -> tuple[int, int, int, int]:
    return (
        store.events.count(),
        len(store.officials.all()),
        len(store.tariffs.all()),
        len(store.sources.all()),
    )


def test_plan_proposes_the_article_records(store: Store) -> None:
    plan = build_plan(store, ARTICLE, PUBLISHED)
    assert [o.name for o in plan.officials] == [
        "Takeshi Iwaya",
        "Paulo Rangel",
        "José Manuel Albares",
    ]
    meeting = plan.events[0]
    assert (meeting.title, meeting.first, meeting.city) == (
        "Iwaya meets Rangel",
        PUBLISHED,
        "Lisbon",
    )
    assert {(t.target, t.rate_percent) for t in plan.tariffs} == {("PT", 20.0), ("ES", 15.0)}
    assert plan.outlet == "Reuters"
    assert plan.counts() == {"add": 8, "update": 0, "skip": 0}


def test_apply_saves_records_linked_to_their_sentence(store: Store) -> None:
    result = apply(store, build_plan(store, ARTICLE, PUBLISHED))
    assert len(result.added) == 8
    meeting = store.events.between(PUBLISHED, PUBLISHED + dt.timedelta(days=1))[0]
    assert [p.name for p in meeting.participants] == ["Takeshi Iwaya", "Paulo Rangel"]
    [(source, sentence)] = store.sources.evidence_of("event", meeting.id or 0)
    assert source.citation == "Reuters, 15 July 2025"
    assert sentence.startswith("LISBON, Portugal (Reuters) — Japanese Foreign Minister")
    rangel = store.officials.find_by_name("paulo rangel")
    assert rangel is not None and rangel.country == "PT"
    assert store.sources.evidence_of("official", rangel.id or 0)


def test_the_same_article_twice_adds_nothing(store: Store) -> None:
    apply(store, build_plan(store, ARTICLE, PUBLISHED))
    before = _counts(store)
    again = build_plan(store, ARTICLE, PUBLISHED)
    assert all(d.match_id is not None and d.choice == Choice.SKIP for d in again.drafts())
    result = apply(store, again)
    assert (result.added, result.updated) == ([], [])
    assert _counts(store) == before


def test_a_variant_spelling_is_a_duplicate_to_update(store: Store) -> None:
    kept = store.officials.add(Official("Jose Manuel ALBARES", country="ES"))
    plan = build_plan(store, ARTICLE, PUBLISHED)
    albares = next(o for o in plan.officials if o.name == "José Manuel Albares")
    assert (albares.match_id, albares.choice) == (kept.id, Choice.UPDATE)
    apply(store, plan)
    stored = store.officials.get(kept.id or 0)
    assert stored is not None
    assert stored.title == "Foreign Minister"
    assert "José Manuel Albares" in stored.aliases
    assert len(store.officials.all()) == 3


def test_same_people_same_day_is_the_same_meeting(store: Store) -> None:
    first = build_plan(store, ARTICLE, PUBLISHED)
    first.events[0].edit("title", "Lisbon port talks")
    apply(store, first)
    other_text = ARTICLE.replace("port investment", "harbour investment")
    second = build_plan(store, other_text, PUBLISHED)
    assert second.events[0].match_id is not None
    assert second.events[0].choice == Choice.UPDATE


def test_rejected_and_skipped_drafts_save_nothing(store: Store) -> None:
    plan = build_plan(store, ARTICLE, PUBLISHED)
    plan.set_all(False)
    plan.tariffs[0].accepted = True
    result = apply(store, plan)
    assert [kind for kind, _ in result.added] == ["tariff_action"]
    assert len(store.officials.all()) == 0
    assert [a.target for a in store.tariffs.all()] == ["PT"]


def test_an_edit_is_what_gets_saved(store: Store) -> None:
    plan = build_plan(store, ARTICLE, PUBLISHED)
    plan.events[0].edit("title", "Iwaya and Rangel on ports")
    plan.events[0].set_day(dt.date(2025, 7, 16))
    plan.tariffs[0].edit("rate_percent", 25.0)
    apply(store, plan)
    [event] = store.events.between(dt.date(2025, 7, 16), dt.date(2025, 7, 17))
    assert event.title == "Iwaya and Rangel on ports"
    assert {a.rate_percent for a in store.tariffs.all("PT")} == {25.0}


def test_changing_the_date_re_resolves_and_keeps_edits(store: Store) -> None:
    plan = build_plan(store, ARTICLE, PUBLISHED)
    plan.events[0].edit("title", "Port talks")
    plan.tariffs[1].accepted = False
    moved = rebase(store, plan, dt.date(2025, 7, 22))
    # "agreed to meet again in October" keeps its month: it is laid over all of October.
    assert [e.first for e in moved.events] == [
        dt.date(2025, 7, 22),
        dt.date(2025, 10, 1),
        dt.date(2025, 7, 25),
    ]
    assert moved.events[0].title == "Port talks"
    assert moved.tariffs[1].accepted is False
    assert moved.published_confirmed


def test_an_error_mid_save_leaves_the_database_unchanged(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = build_plan(store, ARTICLE, PUBLISHED)

    def broken(*args: object, **kwargs: object) -> None:
        raise UserError("the disk is full")

    monkeypatch.setattr(store.tariffs, "add", broken)
    with pytest.raises(UserError):
        apply(store, plan)
    assert _counts(store) == (0, 0, 0, 0)


def test_revert_removes_the_whole_import_and_restores_updates(store: Store) -> None:
    kept = store.officials.add(Official("Paulo Rangel"))
    result = apply(store, build_plan(store, ARTICLE, PUBLISHED))
    assert store.officials.get(kept.id or 0).title == "Foreign Minister"  # type: ignore[union-attr]
    revert(store, result)
    assert _counts(store) == (0, 1, 0, 0)
    assert store.officials.get(kept.id or 0) == kept


def test_month_only_dates_span_the_month_and_undated_ones_wait() -> None:
    assert parse_partial("2025-02") == (dt.date(2025, 2, 1), dt.date(2025, 2, 28), Precision.MONTH)
    draft = EventDraft(
        "meeting", "A meets B", "2025", "held", ("A", "B"), (), Location(), Span(0, 5)
    )
    item = event_item(draft)
    assert item.problem.startswith("needs a day")
    assert (item.accepted, fate(item)) == (False, "skip")
    item.set_day(dt.date(2025, 3, 4))
    assert (item.precision, item.problem) == (Precision.DAY, "")


def test_a_month_only_event_is_saved_all_day_over_the_month(store: Store) -> None:
    plan = build_plan(store, ARTICLE, PUBLISHED)
    plan.set_all(False)
    draft = EventDraft(
        "meeting", "Iwaya meets Rangel", "2025-02", "held", (), (), Location("Porto"), Span(0, 9)
    )
    plan.events.append(event_item(draft))
    apply(store, plan)
    [event] = store.events.between(dt.date(2025, 2, 1), dt.date(2025, 3, 1))
    assert (event.first_day, event.last_day, event.all_day) == (
        dt.date(2025, 2, 1),
        dt.date(2025, 2, 28),
        True,
    )
    assert "month-only" in event.tags
    assert "only the month (February 2025)" in event.notes


def test_only_officials_the_article_names_are_handed_to_the_engine(store: Store) -> None:
    from diplomatic_calendar.importing.duplicates import OfficialIndex

    rangel = store.officials.add(Official("Paulo Rangel", aliases=("P. Rangel",)))
    store.officials.add(Official("Someone Else"))
    index = OfficialIndex.of(store)
    assert [o.name for o in index.mentioned_in(ARTICLE)] == ["Paulo Rangel"]
    assert index.find(["paulo  RANGEL"]) == rangel
    assert index.ids(["P. Rangel", "Nobody"]) == {rangel.id}
