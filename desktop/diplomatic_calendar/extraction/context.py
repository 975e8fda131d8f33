"""What every rule needs to know about the article: sentences, country words, dates and people."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from diplomatic_calendar.extraction.countries import fill_from_dateline, fill_from_main_country
from diplomatic_calendar.extraction.date_diaries import diary_days
from diplomatic_calendar.extraction.date_timelines import item_dates, timeline_years
from diplomatic_calendar.extraction.dates import DateMention
from diplomatic_calendar.extraction.drafts import Location
from diplomatic_calendar.extraction.geo import (
    Mention,
    MentionIndex,
    capital_of,
    lookup,
    place_country,
)
from diplomatic_calendar.extraction.names import Person, Resolver
from diplomatic_calendar.extraction.officials import Sighting, sightings
from diplomatic_calendar.extraction.text import Sentence

_PLACE = re.compile(
    r"\b(?:[Ii]n|[Aa]t)\s+(?:the\s+)?(?P<city>[A-Z][\w'’-]+(?:\s+(?:(?:de|da|do|del|la|el|al|es)\s+)?"
    r"[A-Z][\w'’-]+){0,2})"
    r"(?:,\s+(?P<where>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}))?"
)

_CAPITAL_NEXT = re.compile(r"\s+capital\b(?!\s+(?:of|markets?|goods|spending|flows?)\b)")


@dataclass(frozen=True, slots=True)
class Context:
    """The article, analysed once, shared by the event and tariff rules."""

    text: str
    published: dt.date
    sentences: list[Sentence]
    mentions: MentionIndex
    dates: list[list[DateMention]]
    people: list[Person]
    resolver: Resolver
    dateline: Location | None
    # The day a heading line above a sentence gives it ("MONDAY, APRIL 13" in a week's diary)
    headed: dict[int, DateMention] = field(default_factory=dict)
    _seen: dict[int, list[Sighting]] = field(default_factory=dict)
    _refs: dict[int, list[tuple[int, Person]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Officials nothing else gave a country serve where the story was filed, or else the
        # country the story is about.
        fill_from_dateline(self.people, self.dateline.country if self.dateline else None)
        fill_from_main_country(self.people, self.mentions)
        # A timeline's year headings and list items date the sentences under them.
        timeline_years(self.text, self.sentences, self.dates)
        for index, date in item_dates(self.text, self.sentences, self.dates).items():
            self.headed.setdefault(index, date)
        # "MONDAY: …" in a preview of the week: the day's label dates the paragraphs under it.
        found = diary_days(self.text, self.sentences, self.dates, self.published)
        for index, date in found.items():
            self.headed.setdefault(index, date)

    def mentions_in(self, sentence: Sentence) -> list[Mention]:
        """Country words of one sentence."""
        return self.mentions.between(sentence.start, sentence.end)

    def sightings(self, sentence: Sentence) -> list[Sighting]:
        """Full names with their titles in one sentence, found once."""
        if sentence.index not in self._seen:
            self._seen[sentence.index] = sightings(sentence, self.mentions)
        return self._seen[sentence.index]

    def references(self, sentence: Sentence) -> list[tuple[int, Person]]:
        """Where one sentence names known officials, found once."""
        if sentence.index not in self._refs:
            self._refs[sentence.index] = self.resolver.references(sentence)
        return self._refs[sentence.index]


def place_in(sentence: Sentence, start: int = 0, end: int | None = None) -> Location | None:
    """The place a sentence names: 'in Riyadh, Saudi Arabia', 'in Tianjin', 'in Malaysia'."""
    stop = len(sentence.text) if end is None else min(end, len(sentence.text))
    for match in _PLACE.finditer(sentence.text, start, stop):
        words = match.group("city").split()
        where = match.group("where")
        if _CAPITAL_NEXT.match(sentence.text, match.end("city")) and not where:
            # "in the Kenyan capital": the country's capital city
            code = lookup(match.group("city"))
            if code is not None and code != "EU" and capital_of(code):
                return Location(capital_of(code), code)
        for size in range(len(words), 0, -1):
            found = _place(" ".join(words[:size]), where if size == len(words) else None)
            if found is not None:
                return found
    return None


def _place(city: str, where: str | None) -> Location | None:
    city_code = place_country(city)
    where_code = lookup(where) if where else None
    if where_code is not None and (city_code is not None or lookup(city) is None):
        return Location(city, where_code)
    if city_code is not None:
        return Location(city, city_code)
    country = lookup(city)
    if country is not None and country != "EU":
        return Location(None, country)
    return None
