"""Compiled patterns for names and titles, built once from the titles data table."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from diplomatic_calendar.paths import resource_path

# Upper- and lower-case Latin letters, accented ones included, for names such as "Zelenskyy"
# or "Erdoğan"; Python's re has no \p{Lu}.
UPPER = "".join(chr(i) for i in range(0x41, 0x250) if chr(i).isupper())
LOWER = "".join(chr(i) for i in range(0x61, 0x250) if chr(i).islower())
# Styles of address written before a name or title: "H.E.", "H.R.H.", "Hon.", "Rt. Hon.",
# "the Rt Hon" (British releases write it without stops), "His Royal Highness", "Her Excellency"
HONORIFIC = re.compile(
    r"H\.\s?(?:R\.\s?)?[EH]\.|(?:Rt\.?\s+)?Hon\.|Rt\.|\bRt\s+Hon\b"
    r"|\b(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Excellency|Majesty)\b"
)
PARTICLES = r"(?:bin|bint|ibn|al|el|von|van|der|den|de|da|di|du|dos|das|del|della|la|le|ter|zu)"
NAME_TOKEN = (
    rf"(?:[A-Z]{{2}}(?=\s+[{UPPER}][{LOWER}])"  # "JD" in "JD Vance"
    # "LeBlanc", "McDonald", "DeSantis": one inner capital after a short lower-case run.
    rf"|[{UPPER}][{LOWER}]+(?:(?<=\b[{UPPER}][{LOWER}])(?<!\bI[{LOWER}])[{UPPER}][{LOWER}]+"
    rf"|(?<=\b[{UPPER}][{LOWER}]{{2}})[{UPPER}][{LOWER}]+)?"
    rf"(?:['’](?!s\b)[{UPPER}{LOWER}][{LOWER}]+)?"
    rf"(?:-[{UPPER}{LOWER}][{LOWER}]+)*)"
)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Names, titles and the words that are never names."""

    name: re.Pattern[str]
    title_end: re.Pattern[str]
    title_start: re.Pattern[str]
    heads: frozenset[str]
    weak_heads: frozenset[str]
    state_words: frozenset[str]
    head_words: frozenset[str]
    non_names: frozenset[str]
    honorifics: frozenset[str]
    short_forms: dict[str, str]
    counterpart_titles: dict[str, str]
    title_countries: dict[str, str]
    office_countries: dict[str, tuple[str, ...]]
    top_offices: dict[str, dict[str, Any]]
    full_titles: dict[str, dict[str, str]]


@cache
def _data() -> dict[str, Any]:
    path = resource_path("data", "extraction_titles.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def lexicon() -> Lexicon:
    """The lexicon, compiled once per process."""
    data = _data()
    heads = _alternation(data["heads"])
    mods = _alternation(data["modifiers"])
    modifier = rf"(?:(?i:{mods})|(?!(?:The|A|An)\b)[A-Z][\w.'’]*)"  # not "The Foreign Minister"
    # "Minister of Investment, Trade and Industry": a portfolio may list several fields.
    # "minister of economy, trade and industry": a portfolio may be written in lower case.
    portfolio = _alternation(data.get("portfolios", []))
    # Not "of the Kingdom of Saudi Arabia", a state named in full after the office
    field = (
        rf"(?:(?!(?:Kingdom|Republic|Sultanate|State|Federation|Commonwealth|Emirate)\s+of\b)"
        rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
        rf"|(?:(?:{mods})\s+)?(?:{portfolio})\b)"  # "investment and foreign trade"
    )
    more = rf"(?:(?:,\s+|\s+and\s+)(?!(?i:{heads})\b){field})"
    # "the minister responsible for Canada-U.S. trade": the field may end in a portfolio word
    responsible = rf"responsible\s+for\s+(?:the\s+)?{field}(?:\s+(?:{portfolio})\b)?"
    # "minister for Canada-U.S. trade": a place's name, then the portfolio in lower case
    complement = (
        rf"(?:\s+(?:(?:of|to|for)\s+(?:the\s+)?{field}(?:\s+(?:{portfolio})\b)?{more}{{0,3}}"
        rf"|{responsible}{more}{{0,3}}))?"
    )
    elect = r"(?:-(?:elect|designate)\b)?"  # "President-elect"
    # "Commerce and Industry Minister": two words of office joined by "and"; not "the commerce
    # secretary and US Trade Representative", where "and" joins two officials.
    # "Economy, Trade and Industry Minister": a list of them; "Trade, Industry and Competition
    # Minister": a portfolio may be one of them.
    fields = rf"(?i:{mods}|(?:{portfolio})\b)"
    # "Foreign Affairs and Regional Integration Minister": a field of two words
    field2 = rf"{fields}(?:\s+{fields})?"
    pair = rf"(?:(?:{field2},\s+){{0,3}}{field2}\s+and\s+(?={fields}[\s-]))?"
    # "Vice-President", "Prime Minister"; not "SEOUL -- Industry Minister", a dateline's dashes
    title = rf"{pair}(?:{modifier}(?:\s+|-)){{0,4}}(?i:{heads})\b{elect}{complement}"
    # "Prime Minister and Foreign Minister": two offices held by one person.
    # Not "the commerce secretary and US Trade Representative", two officials.
    joined = rf"(?:(?=[A-Z]){title}\s+and\s+(?=[A-Z])(?=(?i:{mods}|{heads})\b))?{title}"
    opening = rf"{pair}(?:(?i:{mods})[\s-]+){{0,3}}(?i:{heads})\b{elect}{complement}"
    initial = r"(?:\s+[A-Z]\.?(?=\s))?"  # "Mohammed S. Al-Sudani", "S Jaishankar"
    lead = r"(?:[A-Z]\.\s?){0,2}"  # "S. Jaishankar", "H.D. Kumaraswamy"
    name = (
        rf"(?<![\w'’.-]){lead}{NAME_TOKEN}{initial}"
        # "Salim al-Harthi": a lower-case article joined to the family name
        rf"(?:\s+(?:{PARTICLES}\s+){{0,2}}(?:(?:al|el)-)?{NAME_TOKEN}{initial}){{0,12}}"
    )
    return Lexicon(
        name=re.compile(name),
        title_end=re.compile(rf"(?<![\w'’.-])(?P<title>{joined})\s*,?\s*$"),
        title_start=re.compile(
            # "…, the WHO director-general": an organisation's initials may open the title
            rf"(?P<title>(?:[A-Z]{{2,6}}\s+)?{opening}"
            # "X, Crown Prince and Prime Minister,": two offices held by one person; not "X,
            # Foreign Minister and President Y", where "and" joins another official
            rf"(?:\s+and\s+(?=[A-Z]){opening}(?![ \t]+[A-Z]))?)"
        ),
        heads=frozenset(h.casefold() for h in data["heads"]),
        weak_heads=frozenset(data["weak_heads"]),
        state_words=frozenset(data.get("state_words", [])),
        head_words=frozenset(
            w for h in data["heads"] for w in h.casefold().replace("-", " ").split()
        ),
        # "Minister for Trade and Tourism Don Farrell": a portfolio's words are never a name's.
        non_names=frozenset(data["non_names"])
        | frozenset(w.capitalize() for w in data.get("portfolios", [])),
        honorifics=frozenset(data.get("honorifics", [])),
        short_forms=dict(data["short_forms"]),
        title_countries={
            k.casefold(): v
            for k, v in data.get("title_countries", {}).items()
            if not k.startswith("_")
        },
        office_countries={
            k.casefold(): tuple(v)
            for k, v in data.get("office_countries", {}).items()
            if not k.startswith("_")
        },
        counterpart_titles={
            k.casefold(): v
            for k, v in data.get("counterpart_titles", {}).items()
            if not k.startswith("_")
        },
        top_offices={
            k.casefold(): v for k, v in data.get("top_offices", {}).items() if not k.startswith("_")
        },
        full_titles={
            code: {k.casefold(): v for k, v in titles.items()}
            for code, titles in data.get("full_titles", {}).items()
            if not code.startswith("_")
        },
    )


def full_title(title: str, country: str | None) -> str:
    """The office in full where the country served has only one of that short form: a British
    'Chancellor' is the Chancellor of the Exchequer."""
    return lexicon().full_titles.get(country or "", {}).get(title.casefold(), title)


def office_in(title: str, country: str | None) -> bool | None:
    """Whether ``country`` has the office ``title`` leads with: True, False, or None (no idea).

    A head of state's office is never taken as known to be held in a country named for another.
    """
    rule = lexicon().top_offices.get(title.casefold())
    if rule is None or country is None:
        return None
    if rule.get("never"):
        return False
    if "only_in" in rule:
        return country in rule["only_in"]
    return country not in rule.get("not_in", [])


def office_countries(title: str) -> tuple[str, ...]:
    """The few countries that have an office or body the title names, or () for any country.

    The whole title, its last words ("Deputy Commerce Secretary") or, for a body, its first
    words ("Lok Sabha Speaker"); not "Secretary of State for Business", a portfolio of another.
    """
    key = title.casefold()
    table = lexicon().office_countries
    words = key.split()
    for n in range(len(words), 0, -1):
        tail = " ".join(words[-n:])
        if tail in table:
            return table[tail]
        head = " ".join(words[:n])
        if head in table and words[n] not in ("for", "of", "to"):
            return table[head]
    return ()


def counterpart_title(title: str) -> str:
    """The title a counterpart of this official holds in another country: its usual form."""
    return lexicon().counterpart_titles.get(title.casefold(), title)


def tidy_title(raw: str) -> str:
    """A title in title case with short forms spelled out ('pm' -> 'Prime Minister')."""
    words = raw.split()
    if len(words) == 1 and words[0].casefold() in lexicon().short_forms:
        return lexicon().short_forms[words[0].casefold()]
    # "H.E. President", "His Royal Highness Prince", "the Honourable Minister of Interior": the
    # style of address is no part of the office
    while words and (styled := _STYLE_LEAD.match(" ".join(words))) is not None:
        words = words[len(styled.group().split()) :]
    if (
        len(words) > 1
        and words[-1].casefold() in lexicon().honorifics
        and " ".join(words[-2:]).casefold() not in lexicon().heads  # not "Crown Prince"
    ):
        words = words[:-1]  # "Foreign Minister Prince": the rank goes with the name
    small = {"of", "to", "for", "the", "and", "responsible"}
    out = [
        w if (w.isupper() and len(w) > 1) or w.casefold() in small else _capitalised(w)
        for w in words
    ]
    return " ".join(out)


_STYLE_LEAD = re.compile(
    rf"(?:(?:the|The)\s+)?(?:{HONORIFIC.pattern}|(?:Honou?rable|Hon)\b\.?)(?=\s|$)"
)


def _capitalised(word: str) -> str:
    """'secretary-general' -> 'Secretary-General'; 'president-elect' -> 'President-elect'."""
    parts = word.split("-")
    return "-".join(
        p if i and p.casefold() in ("elect", "designate") else p[:1].upper() + p[1:]
        for i, p in enumerate(parts)
    )
