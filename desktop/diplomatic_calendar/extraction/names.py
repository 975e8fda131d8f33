"""Names of people: comparing them, cutting them out of capitalised runs, resolving surnames."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from diplomatic_calendar.extraction.drafts import OfficialDraft, Span
from diplomatic_calendar.extraction.geo import geography, lookup
from diplomatic_calendar.extraction.lexicon import NAME_TOKEN, PARTICLES, lexicon
from diplomatic_calendar.extraction.text import Sentence

TOKEN = re.compile(rf"{NAME_TOKEN}|{PARTICLES}")
# The capitalised words of a text alone (a particle never starts with a capital)
_CAPITALISED = re.compile(NAME_TOKEN)
PARTICLE = re.compile(rf"{PARTICLES}$")
# "S. Jaishankar", "H.D. Kumaraswamy": initials standing for given names ("H.E." is a style)
_INITIAL_BEFORE = re.compile(
    r"(?<![\w.])(?!H\.\s?(?:R\.\s?)?[EH]\.)(?:[A-Z]\.\s?){1,2}$|(?<![\w.])[A-Z]\s$"
)
_PUNCTUATION = re.compile(r"[^\w\s]")


@dataclass
class Person:
    """One official gathered over every mention of them in the article."""

    name: str
    title: str | None
    country: str | None
    evidence: Span
    position: int
    aliases: set[str] = field(default_factory=set)
    refers_to: str | None = None

    def draft(self) -> OfficialDraft:
        """The frozen record for the output."""
        return OfficialDraft(
            self.name, self.title, self.country, self.evidence, tuple(sorted(self.aliases))
        )


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """A comparison key for names: no accents, no case, no punctuation."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(_PUNCTUATION.sub(" ", text).split())


def name_tokens(name: str) -> list[str]:
    """The words of a name that can stand for it alone (not 'bin', 'von')."""
    return [t for t in name.split() if not PARTICLE.match(t)]


def trim_name(text: str, start: int, owned: bool = False) -> tuple[int, str] | None:
    """A person's name inside a capitalised run, without leading titles or trailing weekdays.

    ``owned``: the run follows a possessive ("Paraguay's Santiago Pena"), so a city's name that
    opens a two-word run is a given name."""
    lex = lexicon()
    tokens = [(m.start(), m.group()) for m in TOKEN.finditer(text)]
    while tokens and (
        _not_name(tokens[-1][1], lex.non_names, lex.heads) or PARTICLE.match(tokens[-1][1])
    ):
        tokens.pop()
    # The name begins after the last title or country word: "External Affairs Minister Ravi Menon".
    for index in range(len(tokens) - 1, -1, -1):
        if _not_name(tokens[index][1], lex.non_names, lex.heads) and not _given_name_city(
            tokens, index, owned
        ):
            tokens = tokens[index + 1 :]
            break
    while tokens and PARTICLE.match(tokens[0][1]):
        tokens.pop(0)
    if not tokens:
        return None
    first = tokens[0][0]
    words = sum(1 for _, t in tokens if not PARTICLE.match(t))
    initial = _INITIAL_BEFORE.search(text, 0, first)
    if initial is not None:
        first, words = initial.start(), words + 1  # "S. Jaishankar": the initial is a given name
    if words < 2:
        return None
    last_start, last = tokens[-1]
    return start + first, text[first : last_start + len(last)]


def _given_name_city(tokens: list[tuple[int, str]], index: int, owned: bool = False) -> bool:
    """'President Sofia Medina', "Paraguay's Santiago Pena": a city's name between an office, or
    a country's possessive, and a surname is a given name."""
    if index == len(tokens) - 1 or (index == 0 and not (owned and len(tokens) == 2)):
        return False
    token = tokens[index][1]
    if token in lexicon().non_names or geography().phrases.get(token, ("", ""))[1] != "capital":
        return False
    return index == 0 or tokens[index - 1][1].casefold() in lexicon().head_words


def _not_name(token: str, non_names: frozenset[str], heads: frozenset[str]) -> bool:
    if token in non_names or token.casefold() in heads or lookup(token) is not None:
        return True
    first = token.split("-")[0]  # "President-elect", "Vice-Chancellor"
    return first != token and (first in non_names or first.casefold() in heads)


class Resolver:
    """Finds which official a full name, an alias or a surname alone refers to."""

    def __init__(self, people: list[Person]) -> None:
        self.people = people
        self._full: dict[str, Person] = {}
        counts: dict[str, list[Person]] = {}
        self._words: dict[int, set[str]] = {}
        for person in people:
            words = self._words.setdefault(id(person), set())
            for name in (person.name, *person.aliases):
                self._full[fold(name)] = person
                for token in name_tokens(fold(name)):
                    counts.setdefault(token, []).append(person)
                    words.add(token)
                # A joined family name stands alone as one word: "Al-Rashid", "Abu-Zeid".
                for word in name.split():
                    if "-" in word and not PARTICLE.match(word):
                        counts.setdefault(fold(word), []).append(person)
        self._single = {t: ps[0] for t, ps in counts.items() if len({id(p) for p in ps}) == 1}
        self._multi = {
            fold(" ".join(p.name.split()[1:])): p
            for p in people
            if len(p.name.split()) > 2 and PARTICLE.match(p.name.split()[1])
        }

    def exact(self, text: str) -> Person | None:
        """The official whose full name or alias ``text`` is."""
        return self._full.get(fold(text))

    def find(self, text: str) -> Person | None:
        """The official named by ``text``, or the last named word of it."""
        key = fold(text)
        if key in self._full:
            return self._full[key]
        for token in reversed(name_tokens(key)):
            if token in self._single:
                return self._single[token]
        return None

    def references(self, sentence: Sentence) -> list[tuple[int, Person]]:
        """Where the sentence names an official, by full name or by one of their names alone."""
        found: dict[int, tuple[int, Person]] = {}
        folded = sentence.text.casefold()
        for key, person in self._multi.items():
            at = folded.find(key)
            while at >= 0 and not _own_part(sentence.text, at, key, person):
                at = folded.find(key, at + 1)
            if at >= 0:
                found[id(person)] = (sentence.start + at, person)
        non_names = lexicon().non_names
        for match in _CAPITALISED.finditer(sentence.text):
            token = match.group()
            if token in non_names:
                continue
            single = self._single.get(fold(token))
            if single is not None and id(single) not in found:
                if _opens_another_name(sentence.text, match.end(), self._words[id(single)]):
                    continue
                found[id(single)] = (sentence.start + match.start(), single)
        return sorted(found.values(), key=lambda item: item[0])


_NEXT_WORD = re.compile(rf"\s+(?P<word>{NAME_TOKEN})")


def _opens_another_name(text: str, end: int, words: set[str]) -> bool:
    """'Jorge Macri' where the official is Jorge Quiroz: a word of the official's name followed
    by a surname not among their ``words`` names someone else."""
    if not text[end + 1 : end + 2].isupper():
        return False  # most names end the run of capitals: one cheap test first
    found = _NEXT_WORD.match(text, end)
    if found is None:
        return False
    word = found["word"]
    if fold(word) in words:
        return False  # the official's own next name: "Jorge Quiroz"
    return word not in lexicon().non_names and lookup(word) is None


def _own_part(text: str, at: int, key: str, person: Person) -> bool:
    """Whether 'bin Salman' at ``at`` stands for this person, not for part of another's longer
    name ('Mohammed bin Salman bin Abdulaziz' holds the words of 'Abdulaziz bin Salman')."""
    end = at + len(key)
    if end < len(text) and (text[end].isalnum() or text[end] == "-"):
        return False
    before = text[:at].split()
    if not before or not before[-1][:1].isupper():
        return True
    word = before[-1].strip(",;:")
    lex = lexicon()
    return (
        fold(word) in fold(person.name).split()
        or word in lex.non_names
        or word.casefold() in lex.head_words
    )
