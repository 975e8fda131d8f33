"""Words that name a country: names, demonyms, capitals, institutions and blocs, mapped to codes."""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry

from diplomatic_calendar.paths import resource_path

# Kinds of country words, in the order that wins when one phrase is listed twice; "none" marks
# names that hold a country word but point at no country ("South China Sea").
KINDS = ("none", "alias", "country", "demonym", "capital", "institution", "bloc")
EU = "EU"


@dataclass(frozen=True, slots=True)
class Mention:
    """A country word in the text: where it is, its code (or bloc key), and what kind of word."""

    start: int
    end: int
    code: str
    kind: str
    text: str
    possessive: bool = False

    @property
    def is_bloc(self) -> bool:
        """Blocs other than the EU have no ISO code."""
        return self.kind == "bloc"


@dataclass(frozen=True, slots=True)
class Geography:
    """The lookup tables and the one compiled pattern that finds every country word."""

    phrases: dict[str, tuple[str, str]]
    places: dict[str, str]
    pattern: re.Pattern[str]


@cache
def _data() -> dict[str, Any]:
    path = resource_path("data", "geography.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def _extra() -> dict[str, Any]:
    """The extraction engine's own additions to the geography table."""
    path = resource_path("data", "extraction_places.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def bloc_members() -> dict[str, tuple[str, ...]]:
    """Member codes of each bloc, from the shared blocs table when it is there."""
    path = resource_path("data", "blocs.json")
    if not path.exists():
        return {}
    raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {key: tuple(value.get("members", ())) for key, value in raw.items()}


def _iso_names() -> Iterable[tuple[str, str]]:
    for entry in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(entry, attr, None)
            if name and "," not in name and "(" not in name:
                yield name, entry.alpha_2


@cache
def geography() -> Geography:
    """The tables, loaded and compiled once per process."""
    data = _data()
    extra = _extra()
    tables: dict[str, Iterable[tuple[str, str]]] = {
        "none": ((phrase, "") for phrase in extra["not_countries"]),
        "alias": [*data["aliases"].items(), *extra.get("provinces", {}).items()],
        "country": _iso_names(),
        "demonym": [*data["demonyms"].items(), *extra["demonyms"].items()],
        "capital": data["capitals"].items(),
        "institution": data["institutions"].items(),
        "bloc": [*data["blocs"].items(), *extra.get("blocs", {}).items()],
    }
    phrases: dict[str, tuple[str, str]] = {}
    for kind in KINDS:
        for phrase, code in tables[kind]:
            phrases.setdefault(phrase, (code, kind))
    places = {**data["cities"], **data["capitals"]}
    body = trie_pattern(phrases)
    pattern = re.compile(rf"(?:{body})(?P<poss>['’]s(?!\w))?(?!\w)")
    return Geography(phrases, places, pattern)


def trie_pattern(words: Iterable[str]) -> str:
    """One regex alternation shaped like a trie, so matching stays fast with hundreds of names."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node_pattern(trie)


def _node_pattern(node: dict[str, Any]) -> str:
    alternatives = [
        re.escape(ch) + _node_pattern(child) for ch, child in sorted(node.items()) if ch
    ]
    optional = "" in node
    if not alternatives:
        return ""
    if len(alternatives) == 1 and not optional:
        return alternatives[0]
    group = "(?:" + "|".join(alternatives) + ")"
    return group + "?" if optional else group


def find_mentions(text: str) -> list[Mention]:
    """Every country word in the text, in order."""
    geo = geography()
    found: list[Mention] = []
    for match in geo.pattern.finditer(text):
        start = match.start()
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_"):
            continue
        poss = match.group("poss")
        end = match.end() - (len(poss) if poss else 0)
        phrase = text[start:end]
        code, kind = geo.phrases[phrase]
        if kind == "none":
            continue
        found.append(Mention(start, end, code, kind, phrase, bool(poss)))
    return found


class MentionIndex:
    """Country words of the whole text, looked up by range without searching again."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self._starts = [m.start for m in mentions]

    def between(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside [start, end)."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_left(self._starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def outside(self, spans: list[tuple[int, int]]) -> MentionIndex:
        """The index without the mentions that lie inside any of ``spans`` (people's names)."""
        inside = {id(m) for start, end in spans for m in self.between(start, end)}
        if not inside:
            return self
        return MentionIndex([m for m in self.mentions if id(m) not in inside])


def lookup(phrase: str) -> str | None:
    """The code a phrase stands for ('Malaysia', 'Moscow', 'Russian'), ignoring a possessive."""
    key = phrase.strip().removesuffix("'s").removesuffix("’s")
    found = geography().phrases.get(key) or geography().phrases.get(key.title())
    return found[0] if found and found[1] not in ("bloc", "none") else None


def place_country(city: str) -> str | None:
    """The country of a known city ('Riyadh' -> SA)."""
    places = geography().places
    return places.get(city) or places.get(city.title())


@cache
def _capitals() -> dict[str, str]:
    capitals: dict[str, str] = {}
    for city, code in _data()["capitals"].items():
        capitals.setdefault(code, city)  # the seat of government is listed first
    return capitals


def capital_of(code: str) -> str | None:
    """The capital city of a country ('KE' -> Nairobi)."""
    return _capitals().get(code)


_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .'’-]{1,40}?)(?:,[ \t]*(?P<where>[A-Z][A-Za-z .'’-]{1,40}?))?"
    r"(?:,?[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?"  # "BRUSSELS, Sept 12 (Reuters) -"
    r"[ \t]*(?:\([A-Za-z.&/ ]{1,30}\))?[ \t]*(?:[—–]|--?)[ \t]",
    re.MULTILINE,
)
# "New Delhi [India], September 4 (ANI):"
_BRACKET_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][\w .'’-]{1,30}?)[ \t]*\[(?P<where>[A-Z][\w .'’-]{1,30})\]"
    r"[ \t,]*(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2})?[ \t]*(?:\([A-Za-z.&/ ]{1,30}\))?[ \t]*[:—–-]",
    re.MULTILINE,
)
# "ISLAMABAD:" — a city in capitals and a colon; taken only when the city is a known place.
_COLON_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .'’-]{1,30}?[A-Z])"
    r"(?:,[ \t]*(?P<where>[A-Z][A-Za-z .'’-]{1,40}?))?[ \t]*:[ \t]",
    re.MULTILINE,
)
_CITY_LINE = re.compile(r"^[ \t]*(?P<city>[A-Z][A-Z .'’-]{1,30}[A-Z])[ \t]*$", re.MULTILINE)
_DATELINE_LINES = 6


_OUTLET = re.compile(r"\(\s*([A-Z][\w .]{0,24}?)\s*\)")


def outlet_country(text: str) -> str | None:
    """The home country of the wire named in the opening lines: '(AP)', '(Bloomberg) --'."""
    outlets = _outlets()
    head = text.lstrip()[:600]
    for match in _OUTLET.finditer(head):
        code = outlets.get(match.group(1).strip().casefold())  # "(ANTARA)" is Antara
        if code is not None:
            return code
    return None


@cache
def _outlets() -> dict[str, str]:
    table: dict[str, str] = _data().get("outlets", {})
    return {name.casefold(): code for name, code in table.items() if not name.startswith("_")}


def dateline_span(text: str) -> tuple[int, int]:
    """Where a wire dateline ('DOHA, Nov 6 (Reuters) -') lies in the text; (0, 0) without one."""
    skipped = len(text) - len(text.lstrip())
    head = "\n".join(text[skipped:].splitlines()[:_DATELINE_LINES])
    match = _DATELINE.search(head) or _BRACKET_DATELINE.search(head) or _colon_dateline(head)
    return (skipped + match.start(), skipped + match.end()) if match is not None else (0, 0)


def _colon_dateline(head: str) -> re.Match[str] | None:
    for match in _COLON_DATELINE.finditer(head):
        place = _dateline_place(match)
        if place is not None and place[1] is not None:
            return match
    return None


def _dateline_place(match: re.Match[str]) -> tuple[str, str | None] | None:
    city = match.group("city").strip().title()
    where = match.group("where")
    code = (lookup(where) if where else None) or place_country(city) or lookup(city)
    if where and code is None:
        return None
    return city, code


def find_dateline(text: str) -> tuple[str, str | None] | None:
    """The city (and country code) of a wire dateline such as 'KUALA LUMPUR, Malaysia (AP) —'."""
    head = "\n".join(text.lstrip().splitlines()[:_DATELINE_LINES])
    match = _DATELINE.search(head) or _BRACKET_DATELINE.search(head)
    if match is not None:
        return _dateline_place(match)
    colon = _colon_dateline(head)
    if colon is not None:
        return _dateline_place(colon)
    line = _CITY_LINE.search(head)
    if line is not None:
        city = line.group("city").strip().title()
        code = place_country(city) or lookup(city)
        if code is not None:
            return city, code
    return None
