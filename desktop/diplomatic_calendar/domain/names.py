"""Comparing people's names the way a reader does: ignoring case, accents and punctuation."""

from __future__ import annotations

import unicodedata


def fold_name(name: str) -> str:
    """A name without case, accents or punctuation, for matching spellings."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join("".join(c if c.isalnum() else " " for c in text).split())
