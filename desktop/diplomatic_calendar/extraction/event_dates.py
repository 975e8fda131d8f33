"""Days an event's own sentence gives only by reference: 'postponed until February', 'on the
first day', 'expected to meet there', 'will also hold talks with Y' after the trip's date."""

from __future__ import annotations

import datetime as dt
import re

from diplomatic_calendar.extraction.candidates import Candidate
from diplomatic_calendar.extraction.context import Context, place_in
from diplomatic_calendar.extraction.dates import DateMention
from diplomatic_calendar.extraction.drafts import Location
from diplomatic_calendar.extraction.geo import lookup
from diplomatic_calendar.extraction.text import Sentence

# "has been postponed until February", "was pushed back to March 3": the event's new day
_POSTPONED = re.compile(
    r"\b(?:postponed|delayed|pushed\s+back|put\s+off|moved|rescheduled|deferred)\s+"
    r"(?:\w+\s+){0,2}?(?P<to>(?:until|till|to|for)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"(?:until|till|to)\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(
    r"\bon\s+the\s+(?P<which>first|opening|second|third|final|last|closing)"
    r"(?:\s+day|\s*[,;.]|\s*$)",
    re.IGNORECASE,
)
_ORDINALS = {"first": 0, "opening": 0, "second": 1, "third": 2}
# "expected to meet there": where (and when) the sentence before places things
_THERE = re.compile(r"\b(?:meet|talks|meeting|see)\s+(?:\w+\s+){0,2}?there\b", re.IGNORECASE)
_RANGE_REACH = 2
_CITY_REACH = 40


def postponed_to(ctx: Context, sentence: Sentence) -> DateMention | None:
    """The day a sentence says its event was put off to, if it says so."""
    for date in ctx.dates[sentence.index]:
        found = _POSTPONED.search(ctx.text, max(sentence.start, date.start - 40), date.start)
        if found is not None and (found.group("to") or _UNTIL.match(ctx.text, date.start)):
            return date
    return None


def ordinal_day(ctx: Context, sentence: Sentence, lo: int, hi: int) -> str | None:
    """'on the first day', 'on the last': a day of the span the sentences before gave."""
    found = _ORDINAL_DAY.search(sentence.text, lo, hi)
    if found is None:
        return None
    for index in range(sentence.index - 1, max(-1, sentence.index - 1 - _RANGE_REACH), -1):
        spans = [d for d in ctx.dates[index] if d.is_day and d.end_value]
        if not spans:
            continue
        span = spans[-1]
        first = dt.date.fromisoformat(span.value)
        last = dt.date.fromisoformat(span.end_value or span.value)
        which = found.group("which").casefold()
        if which in _ORDINALS:
            day = first + dt.timedelta(days=_ORDINALS[which])
            return day.isoformat() if day <= last else None
        return last.isoformat()
    return None


# "on the first day of the summit", "on the last day of his visit": a day of an event told before
_DAY_OF = re.compile(
    r"\bon\s+the\s+(?P<which>first|opening|second|third|final|last|closing)\s+day\s+of\s+"
    r"(?:the|this|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>summit|meeting|talks|conference"
    r"|visit|trip|tour|gathering|forum)\b",
    re.IGNORECASE,
)
_DAY_OF_REACH = 12


def day_of_event(sentence: Sentence, events: list[Candidate]) -> str | None:
    """'on the first day of the summit': that day of the latest such event dated to the day."""
    if "day of" not in sentence.text:
        return None
    found = _DAY_OF.search(sentence.text)
    if found is None:
        return None
    noun = found.group("noun").casefold()
    kinds = {"summit", "meeting"} if noun not in ("visit", "trip", "tour") else {"visit"}
    for event in reversed(events):
        if sentence.index - event.sentence.index > _DAY_OF_REACH:
            break
        if event.kind not in kinds or len(event.date_value or "") != 10:
            continue
        first = dt.date.fromisoformat(event.date_value or "")
        last = dt.date.fromisoformat(event.end_date) if event.end_date else first
        which = found.group("which").casefold()
        if which not in _ORDINALS:
            return last.isoformat()
        day = first + dt.timedelta(days=_ORDINALS[which])
        return day.isoformat() if day <= last else None
    return None


# "a bilateral meeting with Trump in Miami": a place name, known to the gazetteer or not
_IN_PLACE = re.compile(r"\bin\s+(?P<city>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?)")
_NOT_PLACES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)


def _named_place(sentence: Sentence) -> str | None:
    """The capitalised name after 'in', if the sentence names a place that way."""
    for found in _IN_PLACE.finditer(sentence.text):
        city = found.group("city")
        if city.split()[0] not in _NOT_PLACES and lookup(city) is None:
            return city
    return None


def planned_date(
    ctx: Context,
    sentence: Sentence,
    location: Location | None,
    events: list[Candidate],
    who: set[str],
) -> tuple[str, str | None, Location | None] | None:
    """When an event still to come that names no day of its own happens, from the context:
    the plan the sentence before reported ('X will visit Dhaka on the 14th. X will hold talks
    with Y'), the time and place 'there' points back to, or the day given for its city."""
    published = ctx.published.isoformat()
    last = events[-1] if events else None
    if (
        last is not None
        and last.sentence.index == sentence.index - 1
        # the same paragraph, or the same person's plans
        and ("\n" not in ctx.text[last.sentence.end : sentence.start] or who & last.names())
        and last.status != "held"
        and last.date_value
        and last.date_value >= published[: len(last.date_value)]
    ):
        return last.date_value, last.end_date, location or last.location
    if sentence.index > 0 and _THERE.search(sentence.text):
        before = ctx.sentences[sentence.index - 1]
        ahead = [d for d in ctx.dates[before.index] if d.value >= published[: len(d.value)]]
        if ahead:
            return ahead[0].value, ahead[0].end_value, location or place_in(before)
    city = location.city if location is not None and location.city else _named_place(sentence)
    if city:
        for index in range(sentence.index - 1, max(-1, sentence.index - _CITY_REACH), -1):
            earlier = ctx.sentences[index]
            if city not in earlier.text:
                continue
            ahead = [d for d in ctx.dates[index] if d.is_day and d.value > published]
            if ahead:
                # within a span of days ('Dec. 14-15'), which one is not said: its month
                value = ahead[0].value[:7] if ahead[0].end_value else ahead[0].value
                return value, None, location
    return None
