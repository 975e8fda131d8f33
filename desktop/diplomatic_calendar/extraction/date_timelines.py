"""Timelines: a year heading above a list of dated items, and items of several sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence

from diplomatic_calendar.extraction.dates import DateMention
from diplomatic_calendar.extraction.text import Sentence

_YEAR_LINE = re.compile(r"\s*(?P<y>(?:19|20)\d{2})\s*:?\s*")
_ITEM = re.compile(r"\s*[-–—•*·]\s+")
_YEAR_IN = re.compile(r"\d{4}")


def timeline_years(
    text: str, sentences: Sequence[Sentence], dates: list[list[DateMention]]
) -> None:
    """'2024' on a line of its own, then '- December 19: …': the items below a year heading
    fall in that year, up to the next heading or the end of the list. Only where two or more
    such headings make the article a timeline; the dates are changed in place."""
    years = {s.index: m["y"] for s in sentences if (m := _YEAR_LINE.fullmatch(s.text))}
    years = {i: y for i, y in years.items() if _own_line(text, sentences[i])}
    if len(years) < 2:
        return
    year: str | None = None
    for sentence in sentences:
        if sentence.index in years:
            year = years[sentence.index]
            continue
        if year is None:
            continue
        if _line_start(text, sentence.start) == sentence.start and not _ITEM.match(sentence.text):
            year = None  # a paragraph of prose ends the list
            continue
        dates[sentence.index] = [_in_year(text, date, year) for date in dates[sentence.index]]


def item_dates(
    text: str, sentences: Sequence[Sentence], dates: list[list[DateMention]]
) -> dict[int, DateMention]:
    """'- August 23-24: X visits Y. He calls on Z.': the date that opens a list item dates its
    later sentences that give none of their own."""
    found: dict[int, DateMention] = {}
    lead: DateMention | None = None
    for sentence in sentences:
        starts_line = _line_start(text, sentence.start) == sentence.start
        if starts_line:
            lead = None
            item = _ITEM.match(sentence.text)
            first = dates[sentence.index][0] if dates[sentence.index] else None
            if (
                item is not None
                and first is not None
                and first.start - sentence.start == item.end()
            ):
                lead = first
            continue
        if lead is not None and not dates[sentence.index]:
            found[sentence.index] = lead
    return found


def _own_line(text: str, sentence: Sentence) -> bool:
    return _line_start(text, sentence.start) == sentence.start and text[
        sentence.end : sentence.end + 1
    ] in ("", "\n", "\r")


def _line_start(text: str, position: int) -> int:
    return text.rfind("\n", 0, position) + 1


def _in_year(text: str, date: DateMention, year: str) -> DateMention:
    """A date without a year of its own moved into ``year``."""
    if len(date.value) < 7 or _YEAR_IN.search(text, date.start, date.end):
        return date
    end = date.end_value
    if end is not None and len(end) >= 7:
        end = year + end[4:]
    return DateMention(date.start, date.end, year + date.value[4:], end, date.tense)
