"""Search finds a name inside Chinese or Japanese text, which is written without spaces."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event, EventKind, Official
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store
from diplomatic_calendar.store.search import needs_substring_search, substring_terms


def _add(store: Store, title: str, notes: str = "", day: int = 10) -> None:
    start, end = all_day_span(dt.date(2025, 7, day))
    store.events.add(Event(title, EventKind.MEETING, start, end, notes=notes))


def test_a_name_inside_a_chinese_title_is_found(store: Store) -> None:
    _add(store, "王毅会见拉夫罗夫")
    _add(store, "李强出席东盟峰会", day=11)
    _add(store, "Wang Yi meets Lavrov", day=12)
    assert [e.title for e in store.events.search("拉夫罗夫")] == ["王毅会见拉夫罗夫"]
    assert [e.title for e in store.events.search("会见")] == ["王毅会见拉夫罗夫"]
    assert store.events.search("普京") == []
    # Latin queries still go through the word index, prefixes and all
    assert [e.title for e in store.events.search("lavr")] == ["Wang Yi meets Lavrov"]


def test_every_term_must_occur_and_notes_count_too(store: Store) -> None:
    _add(store, "日中外相会談", notes="Tokyo; 茂木外相と王毅外相")
    _add(store, "日米首脳会談", notes="Washington", day=11)
    assert [e.title for e in store.events.search("王毅 tokyo")] == ["日中外相会談"]
    assert store.events.search("王毅 washington") == []


def test_an_official_is_found_by_part_of_a_name_in_chinese(store: Store) -> None:
    store.officials.add(Official("王毅", "外交部长", "CN"))
    store.officials.add(Official("Sergey Lavrov", "Foreign Minister", "RU"))
    assert [o.name for o in store.officials.search("王")] == ["王毅"]


def test_only_unspaced_scripts_take_the_substring_path() -> None:
    assert needs_substring_search("王毅") and needs_substring_search("ラブロフ")
    assert not needs_substring_search("Šefčovič") and not needs_substring_search("Лавров")
    assert substring_terms("王毅 TOKYO Ärger") == ["王毅", "tokyo", "Ärger"]
