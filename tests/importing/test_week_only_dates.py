"""A date an article gives only as a week is kept as that week, never widened to its month."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.importing import apply, build_plan
from diplomatic_calendar.importing.items import Precision
from diplomatic_calendar.store import Store

PUBLISHED = dt.date(2025, 7, 10)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "first", "last"),
    [
        ("German Chancellor Friedrich Merz will visit Paris next week.", (7, 14), (7, 20)),
        (
            "French President Emmanuel Macron will travel to Berlin later this week.",
            (7, 11),
            (7, 13),
        ),
        (
            "French President Emmanuel Macron met German Chancellor Friedrich Merz earlier "
            "this week.",
            (7, 7),
            (7, 9),
        ),
        (
            "French President Emmanuel Macron met German Chancellor Friedrich Merz last week.",
            (6, 30),
            (7, 6),
        ),
    ],
)
def test_a_relative_week_spans_that_week(
    store: Store, sentence: str, first: tuple[int, int], last: tuple[int, int]
) -> None:
    [event] = build_plan(store, sentence, PUBLISHED).events
    assert (event.first, event.last, event.precision) == (
        dt.date(2025, *first),
        dt.date(2025, *last),
        Precision.WEEK,
    )
    assert "week only" in event.when and "month" not in event.when
    assert event.accepted and not event.problem


def test_the_week_of_a_day_spans_its_week_not_the_day(store: Store) -> None:
    text = "French President Emmanuel Macron will visit Berlin the week of 17 March."
    [event] = build_plan(store, text, PUBLISHED).events
    assert (event.first, event.last, event.precision) == (
        dt.date(2026, 3, 16),
        dt.date(2026, 3, 22),
        Precision.WEEK,
    )


def test_a_week_only_visit_is_saved_over_the_week_and_says_so(store: Store) -> None:
    text = "German Chancellor Friedrich Merz will visit Paris next week."
    plan = build_plan(store, text, PUBLISHED)
    apply(store, plan)
    [event] = store.events.between(dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    assert (event.first_day, event.last_day, event.all_day) == (
        dt.date(2025, 7, 14),
        dt.date(2025, 7, 20),
        True,
    )
    assert event.tags == ("week-only",)
    assert "only the week (Monday 14 July to Sunday 20 July 2025)" in event.notes
    assert "month" not in event.notes


def test_a_month_named_as_a_month_stays_a_month(store: Store) -> None:
    text = "German Chancellor Friedrich Merz will visit Paris in September, he said last week."
    [event] = build_plan(store, text, PUBLISHED).events
    assert (event.first, event.last, event.precision) == (
        dt.date(2025, 9, 1),
        dt.date(2025, 9, 30),
        Precision.MONTH,
    )


def test_picking_a_day_narrows_a_week_to_that_day(store: Store) -> None:
    [event] = build_plan(
        store, "German Chancellor Friedrich Merz will visit Paris next week.", PUBLISHED
    ).events
    event.set_day(dt.date(2025, 7, 16))
    assert (event.first, event.last, event.precision) == (
        dt.date(2025, 7, 16),
        dt.date(2025, 7, 16),
        Precision.DAY,
    )


@pytest.mark.parametrize(
    ("sentence", "saturday"),
    [
        ("German Chancellor Friedrich Merz will visit Paris this weekend.", 12),
        ("German Chancellor Friedrich Merz will visit Paris next weekend.", 19),
        ("German Chancellor Friedrich Merz visited Paris last weekend.", 5),
    ],
)
def test_a_named_weekend_spans_its_saturday_and_sunday(
    store: Store, sentence: str, saturday: int
) -> None:
    [event] = build_plan(store, sentence, PUBLISHED).events
    assert (event.first, event.last) == (
        dt.date(2025, 7, saturday),
        dt.date(2025, 7, saturday + 1),
    )
    assert event.when.endswith("(weekend only)")


def test_a_weekend_visit_notes_its_days_as_a_person_writes_them(store: Store) -> None:
    text = "German Chancellor Friedrich Merz visited Paris last weekend."
    apply(store, build_plan(store, text, PUBLISHED))
    [event] = store.events.between(dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    assert "(Saturday 5 July to Sunday 6 July 2025)" in event.notes


def test_a_weekend_visit_says_the_article_gives_only_the_weekend(store: Store) -> None:
    apply(
        store,
        build_plan(
            store, "German Chancellor Friedrich Merz will visit Paris this weekend.", PUBLISHED
        ),
    )
    [event] = store.events.between(dt.date(2025, 7, 1), dt.date(2025, 8, 1))
    assert (event.first_day, event.last_day) == (dt.date(2025, 7, 12), dt.date(2025, 7, 13))
    assert "only the weekend (Saturday 12 July to Sunday 13 July 2025)" in event.notes
