"""Where a stored record came from, worded for people: "from: AP, 10 July 2025" and the sentence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from diplomatic_calendar.domain.model import Source
from diplomatic_calendar.store import Store


@dataclass(frozen=True, slots=True)
class Citation:
    """One source of a record, ready to show as plain text."""

    source_id: int | None
    label: str
    sentence: str
    url: str = ""


def citations_from(pairs: Iterable[tuple[Source, str]]) -> list[Citation]:
    """Citations from ``store.sources.evidence_of(...)`` pairs, in the same order."""
    return [
        Citation(source.id, f"from: {source.citation}", " ".join(sentence.split()), source.url)
        for source, sentence in pairs
    ]


def citations(store: Store, record_type: str, record_id: int) -> list[Citation]:
    """Every source of one record ('event', 'official' or 'tariff_action'), oldest first."""
    return citations_from(store.sources.evidence_of(record_type, record_id))
