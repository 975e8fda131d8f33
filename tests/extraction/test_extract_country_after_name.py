"""An official's country said right after the name ("X of Spain") outweighs where the meeting
is and who hosts it; and lines wrapped inside a sentence (e-mail, copied PDF) read as one."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.text import unwrap

PUBLISHED = dt.date(2025, 7, 8)  # a Tuesday


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, PUBLISHED).officials}


def test_of_a_country_after_each_name_is_that_officials() -> None:
    text = (
        "Foreign Minister Ana Lopez of Spain will meet Foreign Minister Rui Costa of Portugal "
        "on Thursday in Madrid, the ministry said.\n"
    )
    assert _countries(text) == {"Ana Lopez": "ES", "Rui Costa": "PT"}


def test_a_sentence_wrapped_over_lines_is_one_sentence() -> None:
    wrapped = (
        "Foreign Minister Ana Lopez of Spain will meet Foreign Minister Rui Costa of\n"
        "Portugal on Thursday in Madrid, the ministry said. The two will sign a\n"
        "water treaty.\n"
    )
    (event,) = extract(wrapped, PUBLISHED).events
    assert event.date == "2025-07-10"
    assert _countries(wrapped) == {"Ana Lopez": "ES", "Rui Costa": "PT"}


def test_unwrapping_keeps_every_offset_and_leaves_paragraphs_and_headings() -> None:
    text = (
        "Ministers to meet in Madrid\n"
        "Foreign Minister Ana Lopez of Spain will meet her counterpart from\n"
        "Portugal on Thursday, officials said.\n"
        "\n"
        "The meeting follows talks in Lisbon last month, where both sides agreed\n"
        "on a water treaty.\n"
        "- the treaty covers two rivers\n"
    )
    flat = unwrap(text)
    assert len(flat) == len(text)
    assert "counterpart from Portugal" in flat and "agreed on a water" in flat
    assert flat.startswith("Ministers to meet in Madrid\nForeign")  # a heading stays a line
    assert "\n\nThe meeting" in flat and "\n- the treaty" in flat
