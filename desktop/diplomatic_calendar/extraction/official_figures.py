"""Public figures an article may name without saying whom they serve.

"Prime Minister Mark Carney said…" in a Canadian paper, or "President Lee Jae-myung" in a Korean
one, gives no country: the reader is expected to know. The table in
``resources/data/public_figures.json`` lists the holders of the offices diplomatic news names
most, with the country each serves. A person's country outlives the office, so an entry stays
right after its holder leaves; a name the table lacks is read from the article as before.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache

from diplomatic_calendar.extraction.names import fold
from diplomatic_calendar.paths import resource_path


@cache
def figure_countries() -> dict[str, str]:
    """Folded name (every spelling) → the ISO code of the country served, or "EU"."""
    path = resource_path("data", "public_figures.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        fold(spelling): code
        for code, people in data["countries"].items()
        for person in people
        for spelling in person.split("|")
    }


@cache
def _figures_by_word() -> dict[str, tuple[str, str]]:
    """A word of one figure's name alone (folded) → their name and country, where no other
    figure's name has that word: 'motegi' → Toshimitsu Motegi, 'xi' → Xi Jinping."""
    path = resource_path("data", "public_figures.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    owners: dict[str, set[tuple[str, str]]] = {}
    for code, people in data["countries"].items():
        for person in people:
            name = person.split("|")[0]
            for word in fold(name).split():
                if len(word) > 1:
                    owners.setdefault(word, set()).add((name, code))
    return {word: next(iter(found)) for word, found in owners.items() if len(found) == 1}


def figure_named(word: str) -> tuple[str, str] | None:
    """The figure a single name stands for ('Foreign Minister Motegi'), with their country."""
    return _figures_by_word().get(fold(word))


def known_country(names: Iterable[str]) -> str | None:
    """The country the table gives any of ``names``, or None."""
    table = figure_countries()
    keys = [fold(name) for name in names]
    found = next((table[key] for key in keys if key in table), None)
    if found is None:
        spelt = _figures_by_spelling()
        found = next((spelt[s] for s in map(_spelling, keys) if s and s in spelt), None)
    return found


_VOWELS = re.compile(r"[aeiouy]")


def _spelling(key: str) -> str | None:
    """A long name with the vowels of its given names dropped: 'Meshal Al-Ahmad Al-Jaber
    Al-Sabah' is 'Mishal Al-Ahmad Al-Jaber Al-Sabah', as Arabic names are spelt either way.
    None for a name of fewer than three words, where that would join different people."""
    words = key.split()
    if len(words) < 3:
        return None
    return " ".join([*(_VOWELS.sub("", w) or w for w in words[:-1]), words[-1]])


@cache
def _figures_by_spelling() -> dict[str, str]:
    """The table by vowel-less given names (folded), where only one country owns the key."""
    owners: dict[str, set[str]] = {}
    for name, code in figure_countries().items():
        key = _spelling(name)
        if key:
            owners.setdefault(key, set()).add(code)
    return {key: next(iter(codes)) for key, codes in owners.items() if len(codes) == 1}
