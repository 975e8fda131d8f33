"""Dates an article gives only as a week: "next week", "later this week", "the week of 17 March".

The engine dates such a phrase at the precision it can say for certain, the month (or the year
when the week straddles two months), or, for "the week of 17 March", the day named. None of
these is what the article says. Here the sentence a draft came from is read again for a week
phrase whose week agrees with the engine's date, and that week's days are returned.
"""

from __future__ import annotations

import datetime as dt
import re

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_WEEK_PHRASES = re.compile(
    r"\b(?:(?P<part>earlier|later)\s+(?:in\s+the|this)\s+week"
    r"|(?P<which>last|this|next|coming|past)\s+week"
    r"|in\s+(?P<ahead>an?|one|two|three|four|five|six|\d)\s+weeks?"
    r"|(?P<ago>an?|one|two|three|four|five|six|\d)\s+weeks?\s+ago)\b",
    re.IGNORECASE,
)
_WEEK_OF = re.compile(
    r"\bweek\s+(?:of|beginning|starting|commencing)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)"
    rf"day,?\s+)?(?:the\s+)?(?:(?P<d>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})"
    rf"|(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}))\b",
    re.IGNORECASE,
)
_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _whole_week(day: dt.date) -> tuple[dt.date, dt.date]:
    monday = _monday(day)
    return monday, monday + dt.timedelta(days=6)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def _relative_week(match: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date]:
    """The days a relative week phrase covers, counted from the publication day."""
    if match["part"]:
        monday, sunday = _whole_week(published)
        if match["part"].lower() == "earlier":
            return monday, max(monday, published - dt.timedelta(days=1))
        return min(sunday, published + dt.timedelta(days=1)), sunday
    if match["which"]:
        step = _SHIFT[match["which"].lower()]
    elif match["ahead"]:
        step = _count(match["ahead"])
    else:
        step = -_count(match["ago"])
    return _whole_week(published + dt.timedelta(weeks=step))


def _names_day(match: re.Match[str], day: dt.date) -> bool:
    """Whether 'the week of …' names ``day`` itself (its day of the month and its month)."""
    number = int(re.sub(r"\D", "", match["d"] or match["d2"]))
    said = (match["m"] or match["m2"]).rstrip(".").lower()
    return number == day.day and _MONTHS[day.month - 1] == said[:3]


def week_said(
    sentence: str, published: dt.date, first: dt.date, last: dt.date, whole_day: bool
) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the week ``sentence`` gives for the engine's date, if it gives
    one: a relative week within ``first``..``last`` (the month or year the engine kept), or the
    week of the very day the engine read (``whole_day``) from "the week of 17 March"."""
    if whole_day:
        for match in _WEEK_OF.finditer(sentence):
            if _names_day(match, first):
                return _whole_week(first)
        return None
    for match in _WEEK_PHRASES.finditer(sentence):
        start, end = _relative_week(match, published)
        if start <= last and end >= first:
            return start, end
    return None
