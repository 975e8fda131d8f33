"""Deadlines the article sets: tariff deadlines ('the Aug. 1 deadline') and other cut-off dates."""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta

from diplomatic_calendar.extraction.context import Context
from diplomatic_calendar.extraction.dates import FUTURE, DateMention, weekday_index
from diplomatic_calendar.extraction.drafts import EventDraft, Location, Span
from diplomatic_calendar.extraction.text import Sentence

_DEADLINE = re.compile(r"\bdeadlines?\b", re.IGNORECASE)
_TARIFF = re.compile(r"\b(?:tariffs?|levy|levies|dut(?:y|ies)|trade deals?)\b", re.IGNORECASE)
# "delaying the July 9 deadline to Aug. 1": the date after the move is the deadline now.
_MOVED_TO = re.compile(
    r"\b(?:delay\w*|extend\w*|push\w*|postpon\w*|mov\w*)\b[^.;]*?\b(?:to|until)\s+$", re.IGNORECASE
)
_REACH = 60


# "Canada has until June 1 to", "the pause expires on April 8": a cut-off without the word
_CUT_OFF = re.compile(
    r"\b(?:(?:has|have|had|given|gave|giving)\s+(?:[\w-]+\s+){0,3}?until"
    r"|(?:expires?|expiring|runs?\s+out|lapses?)(?:\s+on)?)\s+$",
    re.IGNORECASE,
)
# What such a cut-off is for: tariffs, a pause of them, a truce or a deal
_CUT_OFF_TOPIC = re.compile(
    r"\b(?:tariffs?|levy|levies|dut(?:y|ies)|pause|suspension|truce|reprieve|deal|agreement)\b",
    re.IGNORECASE,
)


def find_deadlines(ctx: Context) -> list[EventDraft]:
    """One event per deadline date, from sentences that name a deadline and a date near it."""
    found: dict[tuple[str, str], EventDraft] = {}
    for sentence in ctx.sentences:
        word = _DEADLINE.search(sentence.text)
        if word is None:
            date = _cut_off_date(ctx, sentence)
        else:
            date = _deadline_date(ctx, sentence, sentence.start + word.start())
        if date is None:
            continue
        date = _ahead(ctx, date)
        kind = "tariff_deadline" if _TARIFF.search(sentence.text) else "deadline"
        found.setdefault((kind, date.value), _draft(ctx, sentence, kind, date))
    return list(found.values())


def _deadline_date(ctx: Context, sentence: Sentence, at: int) -> DateMention | None:
    """The date the deadline falls on: one it was moved to, else the one nearest the word."""
    near = [d for d in ctx.dates[sentence.index] if abs(d.start - at) <= _REACH and d.is_day]
    for date in near:
        if _MOVED_TO.search(ctx.text[max(sentence.start, date.start - 80) : date.start]):
            return date
    return min(near, key=lambda d: abs(d.start - at), default=None)


def _cut_off_date(ctx: Context, sentence: Sentence) -> DateMention | None:
    """A day to come that a sentence about tariffs or a deal says something lasts 'until'."""
    if not ctx.dates[sentence.index] or not _CUT_OFF_TOPIC.search(sentence.text):
        return None
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        lead = ctx.text[max(sentence.start, date.start - 40) : date.start]
        if date.is_day and date.value >= published and _CUT_OFF.search(lead):
            return date
    return None


def _ahead(ctx: Context, date: DateMention) -> DateMention:
    """'The Wednesday deadline' lies ahead, whatever the tense of the verb that mentions it."""
    index = weekday_index(ctx.text[date.start : date.end].split("'")[0].split("’")[0])
    if index is None or date.value >= ctx.published.isoformat():
        return date
    day = ctx.published + relativedelta(weekday=index)
    return DateMention(date.start, date.end, day.isoformat(), None, FUTURE)


def _draft(ctx: Context, sentence: Sentence, kind: str, date: DateMention) -> EventDraft:
    countries = []
    for mention in ctx.mentions_in(sentence):
        if not mention.is_bloc and mention.code not in countries:
            countries.append(mention.code)
    people = tuple(person.name for _, person in ctx.references(sentence))
    status = "planned" if date.value >= ctx.published.isoformat() else "held"
    label = "Tariff deadline" if kind == "tariff_deadline" else "Deadline"
    return EventDraft(
        kind=kind,
        title=label,
        date=date.value,
        status=status,
        participants=people,
        countries=tuple(countries),
        location=Location(),
        evidence=Span(sentence.start, sentence.end),
    )
