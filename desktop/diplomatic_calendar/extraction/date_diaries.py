"""A week's diary: paragraphs opened by a day's label ('MONDAY: Ministers gather in …').

A preview of the week ahead lists each day's events under the day's name in capitals. The label
dates its paragraph and the paragraphs after it up to the next label, and a weekday named there
('Also Tuesday, …') is that week's, not the one before publication.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from dateutil.relativedelta import relativedelta

from diplomatic_calendar.extraction.dates import FUTURE, DateMention, weekday_index
from diplomatic_calendar.extraction.text import Sentence

_LABEL = re.compile(r"(?P<wd>MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)\s*:\s")
# Any other label in capitals ('ALSO ON THE RADAR:') ends the day before it.
_OTHER_LABEL = re.compile(r"[A-Z][A-Z' -]{2,40}:\s")
# The piece says the days are those to come.
_AHEAD = re.compile(r"\b(?:week ahead|coming week|next week|week to come)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"(?:[A-Z][a-z]{2,6}day)(?:['’]s)?")


def diary_days(
    text: str,
    sentences: Sequence[Sentence],
    dates: list[list[DateMention]],
    published: dt.date,
) -> dict[int, DateMention]:
    """The day each sentence of a week-ahead diary falls under; the label's own date is added to
    the sentence that opens with it, and weekdays named under a label are moved into the diary's
    week (``dates`` is changed in place). Only where two or more labels open lines of a piece
    that says it previews the week ahead."""
    labels: dict[int, DateMention] = {}
    for sentence in sentences:
        if text[sentence.start - 1 : sentence.start] not in ("", "\n"):
            continue
        found = _LABEL.match(sentence.text)
        if found is not None:
            day = _ahead(found["wd"], published)
            end = sentence.start + found.end("wd")
            labels[sentence.index] = DateMention(sentence.start, end, day, None, FUTURE)
    if len(labels) < 2 or _AHEAD.search(text) is None:
        return {}
    headed: dict[int, DateMention] = {}
    current: DateMention | None = None
    for sentence in sentences:
        if sentence.index in labels:
            current = labels[sentence.index]
            dates[sentence.index] = [current, *dates[sentence.index]]
            continue
        starts_line = text[sentence.start - 1 : sentence.start] in ("", "\n")
        if starts_line and _OTHER_LABEL.match(sentence.text):
            current = None
        if current is None:
            continue
        dates[sentence.index] = [_in_week(text, d, published) for d in dates[sentence.index]]
        if not dates[sentence.index]:
            headed[sentence.index] = current
    return headed


def _ahead(word: str, published: dt.date) -> str:
    """The first day of that name on or after publication."""
    index = weekday_index(word) or 0
    return (published + relativedelta(days=(index - published.weekday()) % 7)).isoformat()


def _in_week(text: str, date: DateMention, published: dt.date) -> DateMention:
    """A weekday named alone, moved to the diary's week."""
    word = text[date.start : date.end]
    if not _WEEKDAY.fullmatch(word) or weekday_index(word.split("'")[0].split("’")[0]) is None:
        return date
    value = _ahead(word.split("'")[0].split("’")[0], published)
    return DateMention(date.start, date.end, value, date.end_value, FUTURE)
