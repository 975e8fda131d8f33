"""Public figures an article may name without saying whom they serve.

"Prime Minister Mark Carney said…" in a Canadian paper, or "President Lee Jae-myung" in a Korean
one, gives no country: the reader is expected to know. The table in
``resources/data/public_figures.json`` lists the holders of the offices diplomatic news names
most, with the country each serves. A person's country outlives the office, so an entry stays
right after its holder leaves; a name the table lacks is read from the article as before.
"""

from __future__ import annotations

import json
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
    return next((table[key] for key in map(fold, names) if key in table), None)
