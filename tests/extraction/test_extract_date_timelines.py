"""A timeline: year headings above dated list items, and items of more than one sentence."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 6, 9)

TIMELINE = """Ties between Norway and Chile have warmed. Below are the key moments.

2024
- November 12: Norwegian Prime Minister Ola Berg and Chilean President Ana Rojas meet in Lima.

2025
- March 3-4: Chilean Foreign Minister Pablo Vidal visits Oslo. He holds talks with Norwegian \
Foreign Minister Kari Lund; two agreements are signed.

Berg will travel to Santiago next week.
"""


def meetings() -> dict[tuple[str, ...], str | None]:
    found = extract(TIMELINE, PUBLISHED).events
    return {tuple(e.participants): e.date for e in found if e.kind in ("meeting", "visit")}


def test_a_year_heading_gives_its_year_to_the_items_below() -> None:
    assert meetings()[("Ola Berg", "Ana Rojas")] == "2024-11-12"


def test_a_later_sentence_of_an_item_keeps_the_item_date() -> None:
    assert meetings()[("Pablo Vidal", "Kari Lund")] == "2025-03-03"


def test_one_year_line_alone_is_no_timeline() -> None:
    text = (
        "Trade has grown.\n\n2024\n\n- November 12: Prime Minister Ola Berg "
        "met President Ana Rojas."
    )
    found = extract(text, PUBLISHED).events
    assert [e.date for e in found if e.kind == "meeting"] == ["2025-11-12"]
