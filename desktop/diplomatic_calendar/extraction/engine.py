"""The extraction pipeline: validate, analyse once, then run the official, event, tariff rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from diplomatic_calendar.extraction.context import Context
from diplomatic_calendar.extraction.countries import fill_from_offices, fill_from_outlet
from diplomatic_calendar.extraction.dates import DateMention, filed_day, find_dates
from diplomatic_calendar.extraction.deadlines import find_deadlines
from diplomatic_calendar.extraction.drafts import Extraction, KnownOfficial, Location
from diplomatic_calendar.extraction.errors import ExtractionError
from diplomatic_calendar.extraction.events import find_events
from diplomatic_calendar.extraction.geo import (
    MentionIndex,
    dateline_span,
    find_dateline,
    find_mentions,
    outlet_country,
)
from diplomatic_calendar.extraction.names import Resolver
from diplomatic_calendar.extraction.officials import gather, sightings
from diplomatic_calendar.extraction.tariffs import find_tariffs
from diplomatic_calendar.extraction.text import (
    Sentence,
    find_publication_date,
    split_sentences,
    unwrap,
    validate,
)


def extract(
    text: str, published: dt.date | None, known_officials: Sequence[KnownOfficial] = ()
) -> Extraction:
    """Draft officials, events and tariffs from an article, dates resolved against ``published``."""
    validate(text)
    text = unwrap(text)  # lines wrapped inside a sentence (mail, PDF) read as one sentence
    if published is None:
        published = find_publication_date(text)
    if published is None:
        raise ExtractionError("the publication date is not in the text; give it (YYYY-MM-DD)")
    ctx = analyse(text, published, known_officials)
    return Extraction(
        published=published,
        officials=tuple(person.draft() for person in ctx.people if person.title or person.country),
        events=(*find_events(ctx), *find_deadlines(ctx)),
        tariffs=tuple(find_tariffs(ctx)),
        dateline=ctx.dateline,
    )


def analyse(text: str, published: dt.date, known: Sequence[KnownOfficial]) -> Context:
    """Sentences, country words, dates and people: computed once for every rule."""
    sentences = split_sentences(text)
    index = MentionIndex(find_mentions(text))
    # The dateline's date is when the story was filed, not when anything in it happened.
    lo, hi = dateline_span(text)
    written = filed_day(text, published)
    dates = [
        [d for d in find_dates(s.text, s.start, written) if not lo <= d.start < hi]
        for s in sentences
    ]
    seen = {s.index: sightings(s, index) for s in sentences}
    # "President Sofia Medina": a city's name used as a given name is no place.
    index = index.outside([(x.start, x.end) for found in seen.values() for x in found])
    people = gather(sentences, seen, index, known)
    home = fill_from_offices(people, index)
    fill_from_outlet(people, outlet_country(text) or home)
    found = find_dateline(text)
    dateline = Location(found[0], found[1]) if found else None
    return Context(
        text,
        published,
        sentences,
        index,
        dates,
        people,
        Resolver(people),
        dateline,
        headed=_date_headings(text, sentences, published),
        _seen=seen,
    )


_HEADING_REST = re.compile(r"[\s,.:;|/–—-]*")


def _date_headings(
    text: str, sentences: Sequence[Sentence], published: dt.date
) -> dict[int, DateMention]:
    """The day a heading line ('MONDAY, APRIL 13') gives the sentences below it, up to the next
    heading line; only where two or more such lines part the article into days."""
    days: dict[int, DateMention] = {}
    headings: set[int] = set()
    for sentence in sentences:
        if len(sentence.text) > 64:
            continue  # too long to be a heading line
        line = sentence.text.strip()
        if not line or len(line) > 60 or any(c.islower() for c in line):
            continue
        if text[max(0, sentence.start - 1) : sentence.start] not in ("", "\n"):
            continue
        if text[sentence.end : sentence.end + 1] not in ("", "\n"):
            continue
        headings.add(sentence.index)
        found = find_dates(sentence.text.title(), sentence.start, published)
        rest = sentence.text
        for date in found:
            local = (date.start - sentence.start, date.end - sentence.start)
            rest = rest[: local[0]] + " " * (local[1] - local[0]) + rest[local[1] :]
        named = [d for d in found if d.is_day and any(c.isdigit() for c in text[d.start : d.end])]
        if named and _HEADING_REST.fullmatch(rest):
            last = named[-1]
            end = last.end_value or (last.value if last.value > named[0].value else None)
            days[sentence.index] = DateMention(
                named[0].start, last.end, named[0].value, end, named[0].tense
            )
    if len(days) < 2:
        return {}
    headed: dict[int, DateMention] = {}
    current: DateMention | None = None
    for sentence in sentences:
        if sentence.index in headings:
            current = days.get(sentence.index)
        elif current is not None:
            headed[sentence.index] = current
    return headed
