"""Checking that the input is an article, and cutting it into sentences with their offsets."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

from diplomatic_calendar.extraction.errors import ExtractionError

MAX_BYTES = 5 * 1024 * 1024
# Control characters other than ordinary whitespace, the replacement character and noncharacters
# are what binary data decoded as text looks like.
_JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd\ufffe\uffff]")
_SPACE = re.compile(r"\s+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
_MAX_JUNK_SHARE = 0.05
_MIN_LETTER_SHARE = 0.3

# A sentence ends at . ! or ? (and any closing quotes) followed by space and a capital or a quote.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_ABBREVIATIONS = frozenset(
    {
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "st",
        "jr",
        "sr",
        "prof",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "co",
        "ltd",
        "pres",
        "amb",
        "adm",
        "sgt",
        "cmdr",
        "rev",
        "hon",
        "ft",
        "mt",
        "approx",
        "ma",  # "Ma. Theresa": María, as Philippine names write it
    }
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence (or heading line) and where it sits in the article."""

    index: int
    start: int
    end: int
    text: str


def validate(text: object) -> str:
    """The text itself when it can be an article; an ExtractionError saying why not otherwise."""
    if not isinstance(text, str):
        raise ExtractionError("the article must be text")
    if len(text) > MAX_BYTES // 4 and len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise ExtractionError("the article is larger than 5 MB; paste only the story itself")
    if not text.strip():
        raise ExtractionError("the article is empty; paste the story's text")
    if "\x00" in text:
        raise ExtractionError("this is not text (it contains NUL bytes); paste the story's text")
    junk = len(text) - len(_JUNK.sub("", text))
    if junk > _MAX_JUNK_SHARE * len(text):
        raise ExtractionError("this does not look like text (too many control characters)")
    visible = len(_SPACE.sub("", text))
    letters = len(_NOT_LETTER.sub("", text))
    if letters < _MIN_LETTER_SHARE * visible:
        raise ExtractionError("this does not look like an article (too few letters)")
    return text


# A line broken where a sentence runs on: an e-mail or a copied PDF wraps its lines at about
# seventy characters, and a break inside "met Foreign Minister Rui Costa of\nPortugal" must
# not end the sentence. The next line starting in lower case, or this one ending with a comma
# or a word that cannot end a sentence, tells such a break from a paragraph's end.
_JOINERS = frozenset(
    [
        "of",
        "the",
        "a",
        "an",
        "and",
        "or",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "as",
        "that",
        "its",
        "his",
        "her",
        "their",
        "will",
        "would",
        "has",
        "have",
        "had",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "said",
        "than",
    ]
)


def unwrap(text: str) -> str:
    """``text`` with the line breaks that only wrap a running sentence made spaces; the same
    length, so that every offset (an evidence span) still points at the same words."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    last = len(lines) - 1
    joined: set[int] = set()
    for number in range(last):
        before, line = lines[number], lines[number + 1]
        if len(before) < 30 or not line or line[0] in " \t-*•":
            continue
        if line[0].islower():
            joined.add(number)
            continue
        tail = before.rstrip()
        if tail.endswith(",") or tail.rsplit(None, 1)[-1] in _JOINERS:
            joined.add(number)
    if not joined:
        return text
    return "".join(
        line + (" " if number in joined else "\n") if number < last else line
        for number, line in enumerate(lines)
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in reading order; every line break also ends a sentence (headings, datelines)."""
    sentences: list[Sentence] = []
    line_start = 0
    for line in text.split("\n"):
        cut = line_start
        for match in _BOUNDARY.finditer(line):
            if _is_abbreviation(line, match.start()) and not _STARTER.match(line, match.end()):
                continue
            _add(sentences, text, cut, line_start + match.start() + len(match.group().rstrip()))
            cut = line_start + match.end()
        _add(sentences, text, cut, line_start + len(line))
        line_start += len(line) + 1
    return sentences


# Words that begin sentences, so "... with the U.S. The talks" still ends after "U.S.".
_STARTER = re.compile(
    r"(?:The|A|An|He|She|It|They|We|I|But|And|This|That|These|Those|His|Her|Their|Its|In|On|At|"
    r"After|Before|When|While|However|Meanwhile|Earlier|Later|Both|Officials|There)\b"
)


_JOINED = re.compile(r"[-‐–/]")


def _is_abbreviation(line: str, dot: int) -> bool:
    if line[dot] != ".":
        return False
    found = _WORD_BEFORE.search(line, max(0, dot - 40), dot)
    if found is None:
        return False
    word = found.group(1).lstrip("(\"“‘'")
    # The last part of a joined word is the one the dot belongs to ("Canada-U.S").
    word = _JOINED.split(word)[-1]
    if len(word) == 1 and word.isupper():
        return True
    if "." in word and len(word) <= 6:
        return True  # U.S, U.K, a.m
    return word.casefold() in _ABBREVIATIONS


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))


_DATE_LINE = re.compile(
    # A label ("Last updated on:") or a byline before a bar ("By Jane Doe |") may come first.
    r"^\s*(?:[^|\n]{0,40}\|\s*)?"
    r"(?:(?:(?:last\s+)?(?:published|updated|posted|date)d?)(?:\s+on)?\s*:?\s*)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?\s+)?"
    r"(\d{4}-\d{2}-\d{2}|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"(?:[\s,]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?\s*(?:\|.{0,40})?$",
    re.IGNORECASE,
)
_HEADER_LINES = 12
# A wire dateline opening the story: "KUALA LUMPUR, Nov. 8, 2026 (Reuters) -", "Jakarta,
# 12 November 2026 –". Only one that gives the year is taken for the publication date.
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40},\s+"
    r"([A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"\s*(?:\([^)\n]{1,40}\))?\s*[-–—]"
)


def find_publication_date(text: str) -> dt.date | None:
    """A publication date written on a line of its own near the top or the end of the text, or
    in the dateline that opens a wire story."""
    lines = text.splitlines()
    own_lines = lines[:_HEADER_LINES] + lines[-_HEADER_LINES:][::-1]
    tries = [(_DATE_LINE, line) for line in own_lines if len(line) <= 80]
    tries += [(_DATELINE, line) for line in lines[:_HEADER_LINES]]
    for pattern, line in tries:
        match = pattern.match(line)
        if match is None:
            continue
        try:
            return date_parser.parse(match.group(1), fuzzy=False).date()
        except (ValueError, OverflowError):
            continue
    return None
