"""Dates an article gives only as a week: "next week", "later this week", "the week of 17 March",
or as a weekend: "this weekend", "last weekend".

The engine dates such a phrase at the precision it can say for certain, the month (or the year
when the week straddles two months), or, for "the week of 17 March", the day named. None of
these is what the article says. Here the sentence a draft came from is read again for a week
phrase whose week agrees with the engine's date, and that week's days are returned. ("The
weekend" alone is left to the engine: which one it is depends on the verb's tense.)
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
_WEEKEND = re.compile(r"\b(?P<which>this|last|next|past|coming)\s+weekend\b", re.IGNORECASE)
_SHIFT = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
# "the coming weekend" is the next Saturday and Sunday, as "this weekend" is
_WEEKEND_SHIFT = {**_SHIFT, "coming": 0}
Days = tuple[dt.date, dt.date, str]  # first day, last day, and "week" or "weekend"


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


def _weekend(match: re.Match[str], published: dt.date) -> tuple[dt.date, dt.date]:
    """The Saturday and Sunday a weekend phrase names, counted from the publication day."""
    saturday = published + dt.timedelta(days=5 - published.weekday())
    saturday += dt.timedelta(weeks=_WEEKEND_SHIFT[match["which"].lower()])
    return saturday, saturday + dt.timedelta(days=1)


def _names_day(match: re.Match[str], day: dt.date) -> bool:
    """Whether 'the week of …' names ``day`` itself (its day of the month and its month)."""
    number = int(re.sub(r"\D", "", match["d"] or match["d2"]))
    said = (match["m"] or match["m2"]).rstrip(".").lower()
    return number == day.day and _MONTHS[day.month - 1] == said[:3]


def week_said(
    sentence: str, published: dt.date, first: dt.date, last: dt.date, whole_day: bool
) -> Days | None:
    """The days of the week (or weekend) ``sentence`` gives for the engine's date, if it gives
    one: a relative week within ``first``..``last`` (the month or year the engine kept), or the
    week of the very day the engine read (``whole_day``) from "the week of 17 March"."""
    if whole_day:
        for match in _WEEK_OF.finditer(sentence):
            if _names_day(match, first):
                return (*_whole_week(first), "week")
        return None
    found = [(*_weekend(m, published), "weekend") for m in _WEEKEND.finditer(sentence)]
    found += [(*_relative_week(m, published), "week") for m in _WEEK_PHRASES.finditer(sentence)]
    for start, end, period in found:
        if start <= last and end >= first:
            return start, end, period
    return None
