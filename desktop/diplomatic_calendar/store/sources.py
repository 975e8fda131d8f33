"""Articles the user imported, kept whole so that every record can show its sentence."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable

import sqlite_utils

from diplomatic_calendar.domain.geography import countries
from diplomatic_calendar.domain.model import Source
from diplomatic_calendar.store import provenance
from diplomatic_calendar.store._rows import Row, date_text, date_value, one, rows
from diplomatic_calendar.store.database import fresh_id, now_text, write_transaction

_COLUMNS = "id, title, outlet, url, published, text"


def fingerprint(text: str) -> str:
    """The same article pasted twice (give or take surrounding space) is one source."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _source(row: Row) -> Source:
    return Source(
        id=row["id"],
        title=row["title"],
        outlet=row["outlet"],
        url=row["url"],
        published=date_value(row["published"]),
        text=row["text"],
    )


class SourceRepository:
    """Reads and writes sources."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def add(self, source: Source) -> Source:
        """Store an article; an identical text already stored is returned instead, updated."""
        with write_transaction(self._db):
            existing = self.find_same(source.text)
            if existing is not None:
                merged = existing.with_meta(source)
                self._db.execute(
                    "UPDATE sources SET title = ?, outlet = ?, url = ?, published = ? WHERE id = ?",
                    (
                        merged.title,
                        merged.outlet,
                        merged.url,
                        date_text(merged.published),
                        existing.id,
                    ),
                )
                return merged
            cursor = self._db.execute(
                "INSERT INTO sources (id, title, outlet, url, published, text, sha256, "
                "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    fresh_id(self._db, "sources"),
                    source.title,
                    source.outlet,
                    source.url,
                    date_text(source.published),
                    source.text,
                    fingerprint(source.text),
                    now_text(),
                ),
            )
        return Source(
            source.text, source.title, source.outlet, source.url, source.published, cursor.lastrowid
        )

    def find_same(self, text: str) -> Source | None:
        """The stored source with this text, if any."""
        row = one(
            self._db, f"SELECT {_COLUMNS} FROM sources WHERE sha256 = ?", (fingerprint(text),)
        )
        return _source(row) if row else None

    def get(self, source_id: int) -> Source | None:
        """One source by id."""
        row = one(self._db, f"SELECT {_COLUMNS} FROM sources WHERE id = ?", (source_id,))
        return _source(row) if row else None

    def delete(self, source_id: int) -> None:
        """Remove a source and its provenance links (the records themselves stay)."""
        with write_transaction(self._db):
            self._db.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def all(self) -> list[Source]:
        """Every source, newest publication first."""
        found = rows(self._db, f"SELECT {_COLUMNS} FROM sources ORDER BY published DESC, id DESC")
        return [_source(r) for r in found]

    def mentioning(self, country_name: str, limit: int = 50) -> list[Source]:
        """Sources whose text names a country, best match first.

        The name as a phrase, whole words only ('Niger' is not 'Nigeria'), and not as part of
        a longer country's name ('Guinea' in 'Papua New Guinea', 'Korea' in 'North Korea').
        """
        words = _WORDS.findall(country_name)
        if not words:
            return []
        phrase = '"' + " ".join(words) + '"'
        found = rows(
            self._db,
            "SELECT s.id, s.title, s.outlet, s.url, s.published, s.text FROM sources_fts "
            "JOIN sources s ON s.id = sources_fts.rowid WHERE sources_fts MATCH ? "
            "ORDER BY rank LIMIT ?",
            (phrase, limit * 4),
        )
        named = _naming(country_name)
        return [_source(r) for r in found if named(r["text"])][:limit]

    def evidence_of(self, record_type: str, record_id: int) -> list[tuple[Source, str]]:
        """For a record, each source it came from and the sentence in it."""
        out = []
        for evidence in provenance.all_for(self._db, record_type, record_id):
            source = self.get(evidence.source_id)
            if source is not None:
                sentence = evidence.sentence or source.text[evidence.start : evidence.end]
                out.append((source, sentence))
        return out


_WORDS = re.compile(r"\w+")


def _naming(name: str) -> Callable[[str], bool]:
    """A test of whether a text names ``name`` itself, not only a longer country's name."""
    pattern = re.compile(
        r"(?<!\w)" + r"\W+".join(map(re.escape, _WORDS.findall(name))) + r"(?!\w)", re.I
    )
    folded = name.casefold()
    longer = [
        re.compile(r"(?<!\w)" + re.escape(other) + r"(?!\w)", re.I)
        for other in {c.name for c in countries().values()} | set(_EXTRA_LONGER)
        if folded in other.casefold() and other.casefold() != folded
    ]

    def names(text: str) -> bool:
        covered = [m.span() for p in longer for m in p.finditer(text)]
        for hit in pattern.finditer(text):
            start, end = hit.span()
            if not any(a <= start and end <= b for a, b in covered):
                return True
        return False

    return names


# Longer names people write that the country table's everyday names may not hold.
_EXTRA_LONGER = ("North Korea", "South Korea", "Papua New Guinea", "Equatorial Guinea")
