"""Turning what a user types into a safe FTS5 query, or a substring search where FTS5 cannot.

FTS5's default tokenizer splits text at spaces and punctuation. Chinese and Japanese are
written without spaces, so a whole run of their characters is one "word" to it, and a name
inside the run ("拉夫罗夫" in "王毅会见拉夫罗夫") is never found. Queries in those scripts are
matched as substrings instead: slower (a scan), but only such queries pay for it.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
# Scripts written without spaces between words: CJK ideographs (with extension A and the
# compatibility block), Hiragana, Katakana, Thai, Lao, Khmer and Myanmar.
_UNSPACED = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u0e00-\u0eff\u1780-\u17ff\u1000-\u109f]"
)
MAX_TERMS = 16


def fts_query(text: str) -> str:
    """Every word of ``text`` as a quoted prefix term, so that punctuation is never syntax."""
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words[:MAX_TERMS])


def needs_substring_search(text: str) -> bool:
    """Whether ``text`` has characters of a script written without spaces between words."""
    return _UNSPACED.search(text) is not None


def substring_terms(text: str) -> list[str]:
    """The words of ``text``, each to be found anywhere in a record's text; lower-cased as
    SQLite's lower() does, which folds only the ASCII letters."""
    return [
        "".join(c.lower() if c.isascii() else c for c in word)
        for word in _WORD.findall(text)[:MAX_TERMS]
    ]


def substring_condition(columns: list[str], count: int) -> str:
    """SQL that holds when each of ``count`` terms (bound in order) occurs in one of ``columns``.

    The columns are joined with a line break, which no term (a run of word characters) holds,
    so that a term never matches across the end of one field and the start of the next.
    """
    joined = " || char(10) || ".join(f"lower(coalesce({c}, ''))" for c in columns)
    return " AND ".join([f"instr({joined}, ?) > 0"] * count)
