"""Officials in SQLite: add, edit, delete, find by any spelling, and merge two into one."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.domain.model import Official
from diplomatic_calendar.domain.names import fold_name
from diplomatic_calendar.store import changelog, provenance, removal
from diplomatic_calendar.store._rows import Row, date_text, date_value, json_tuple, one, rows
from diplomatic_calendar.store.database import fresh_id, now_text, write_transaction

_COLUMNS = "id, name, title, country, organisation, aliases, term_start, term_end, notes"


def _values(official: Official) -> dict[str, Any]:
    return {
        "name": official.name,
        "title": official.title,
        "country": official.country,
        "organisation": official.organisation,
        "aliases": json.dumps(list(official.aliases), ensure_ascii=False),
        "term_start": date_text(official.term_start),
        "term_end": date_text(official.term_end),
        "notes": official.notes,
    }


def _official(row: Row) -> Official:
    return Official(
        id=row["id"],
        name=row["name"],
        title=row["title"],
        country=row["country"],
        organisation=row["organisation"],
        aliases=json_tuple(row["aliases"]),
        term_start=date_value(row["term_start"]),
        term_end=date_value(row["term_end"]),
        notes=row["notes"],
    )


class OfficialRepository:
    """Reads and writes officials; every write is one transaction and one change-log entry."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def add(self, official: Official, *, source_id: int | None = None) -> Official:
        """Insert a new official and return it with its id."""
        with write_transaction(self._db):
            values = _values(official)
            values["created_at"] = values["updated_at"] = now_text()
            values["id"] = (
                official.id if official.id is not None else fresh_id(self._db, "officials")
            )
            names = ", ".join(values)
            marks = ", ".join(f":{k}" for k in values)
            cursor = self._db.execute(f"INSERT INTO officials ({names}) VALUES ({marks})", values)
            stored = official.with_changes(id=cursor.lastrowid)
            self._write_names(stored)
            if official.evidence is not None:
                provenance.link(self._db, "official", stored.id or 0, official.evidence)
            changelog.record(
                self._db, "official", stored.id or 0, "insert", None, _values(stored), source_id
            )
        return stored

    def update(self, official: Official, *, source_id: int | None = None) -> Official:
        """Replace a stored official's fields."""
        if official.id is None:
            raise ValueError("update() needs an official that has been stored")
        with write_transaction(self._db):
            old = self.get(official.id)
            if old is None:
                raise KeyError(official.id)
            values = _values(official)
            values["updated_at"] = now_text()
            sets = ", ".join(f"{k} = :{k}" for k in values)
            self._db.execute(
                f"UPDATE officials SET {sets} WHERE id = :id", {**values, "id": official.id}
            )
            self._write_names(official)
            if official.evidence is not None:
                provenance.link(self._db, "official", official.id, official.evidence)
            changelog.record(
                self._db,
                "official",
                official.id,
                "update",
                _values(old),
                _values(official),
                source_id,
            )
        return official

    def delete(self, official_id: int) -> Official | None:
        """Remove an official (and their place on events); return what it was."""
        with write_transaction(self._db):
            old = self.get(official_id)
            if old is None:
                return None
            self._db.execute("DELETE FROM officials WHERE id = ?", (official_id,))
            provenance.forget(self._db, "official", official_id)
            changelog.record(self._db, "official", official_id, "delete", _values(old), None)
        return old

    def remove(self, official_id: int) -> removal.Removed | None:
        """Delete an official, keeping every row that goes for :meth:`restore` (an undo)."""
        with write_transaction(self._db):
            removed = self._take(official_id)
            if self.delete(official_id) is None:
                return None
        return removed

    def _take(self, official_id: int) -> removal.Removed:
        """Every row that is this official's: theirs, their spellings, meetings and evidence."""
        plan = [
            ("officials", "id = ?", (official_id,)),
            ("official_names", "official_id = ?", (official_id,)),
            ("event_participants", "official_id = ?", (official_id,)),
            ("provenance", "record_type = 'official' AND record_id = ?", (official_id,)),
        ]
        return removal.take(self._db, "official", official_id, plan)

    def restore(self, removed: removal.Removed) -> Official:
        """Put back an official :meth:`remove` took away, on the same events, with the same id."""
        with write_transaction(self._db):
            removal.put_back(self._db, removed)
            official = self.get(removed.record_id)
            assert official is not None
            changelog.record(
                self._db, "official", removed.record_id, "insert", None, _values(official)
            )
        return official

    def get(self, official_id: int) -> Official | None:
        """One official by id."""
        row = one(self._db, f"SELECT {_COLUMNS} FROM officials WHERE id = ?", (official_id,))
        return _official(row) if row else None

    def all(self, country: str | None = None) -> list[Official]:
        """Every official (of one country, if given), by name."""
        if country:
            found = rows(
                self._db,
                f"SELECT {_COLUMNS} FROM officials WHERE country = ? ORDER BY name COLLATE NOCASE",
                (country,),
            )
        else:
            found = rows(self._db, f"SELECT {_COLUMNS} FROM officials ORDER BY name COLLATE NOCASE")
        return [_official(r) for r in found]

    def _write_names(self, official: Official) -> None:
        self._db.execute("DELETE FROM official_names WHERE official_id = ?", (official.id,))
        for folded in {fold_name(n) for n in official.all_names} - {""}:
            self._db.execute(
                "INSERT INTO official_names (folded, official_id) VALUES (?, ?)",
                (folded, official.id),
            )

    def find_by_name(self, name: str) -> Official | None:
        """The official whose name or an alias matches ``name`` ignoring case and accents."""
        wanted = fold_name(name)
        if not wanted:
            return None
        row = one(
            self._db,
            f"SELECT {_COLUMNS} FROM officials WHERE id IN "
            "(SELECT official_id FROM official_names WHERE folded = ?) ORDER BY id LIMIT 1",
            (wanted,),
        )
        return _official(row) if row else None

    def search(self, query: str, limit: int = 100) -> list[Official]:
        """Officials matching a full-text query over name, aliases, title and organisation."""
        from diplomatic_calendar.store import search

        if search.needs_substring_search(query):
            terms = search.substring_terms(query)
            columns = ["name", "aliases", "title", "organisation"]
            where = search.substring_condition(columns, len(terms))
            found = rows(
                self._db,
                f"SELECT {_COLUMNS} FROM officials WHERE {where} ORDER BY name LIMIT ?",
                (*terms, limit),
            )
            return [_official(r) for r in found]
        match = search.fts_query(query)
        if not match:
            return []
        found = rows(
            self._db,
            f"SELECT {', '.join('o.' + c.strip() for c in _COLUMNS.split(','))} "
            "FROM officials_fts JOIN officials o ON o.id = officials_fts.rowid "
            "WHERE officials_fts MATCH ? ORDER BY rank LIMIT ?",
            (match, limit),
        )
        return [_official(r) for r in found]

    def merge(self, keep_id: int, drop_id: int) -> Official:
        """Fold ``drop_id`` into ``keep_id``: its names become aliases, its links move over."""
        if keep_id == drop_id:
            raise ValueError("cannot merge an official into themself")
        with write_transaction(self._db):
            keep, drop = self.get(keep_id), self.get(drop_id)
            if keep is None or drop is None:
                raise KeyError(keep_id if keep is None else drop_id)
            merged = keep.with_changes(
                aliases=(*keep.aliases, *drop.all_names),
                title=keep.title or drop.title,
                country=keep.country or drop.country,
                organisation=keep.organisation or drop.organisation,
                notes="\n".join(n for n in (keep.notes, drop.notes) if n),
            )
            self._db.execute(
                "INSERT OR IGNORE INTO event_participants (event_id, official_id, position) "
                "SELECT event_id, ?, position FROM event_participants WHERE official_id = ?",
                (keep_id, drop_id),
            )
            self._db.execute(
                "INSERT OR IGNORE INTO provenance (source_id, record_type, record_id, "
                "evidence_start, evidence_end, sentence) SELECT source_id, record_type, ?, "
                "evidence_start, evidence_end, sentence FROM provenance "
                "WHERE record_type = 'official' AND record_id = ?",
                (keep_id, drop_id),
            )
            self.update(merged)
            self.delete(drop_id)
        return merged

    def merge_keeping(
        self, keep_id: int, drop_id: int
    ) -> tuple[Official, tuple[removal.Removed, removal.Removed]]:
        """:meth:`merge`, also returning both officials as they were, for :meth:`unmerge`."""
        with write_transaction(self._db):
            before = (self._take(keep_id), self._take(drop_id))
            merged = self.merge(keep_id, drop_id)
        return merged, before

    def unmerge(self, before: tuple[removal.Removed, removal.Removed]) -> None:
        """Take a merge back: both officials as they were, each on their own events again."""
        kept, dropped = before
        with write_transaction(self._db):
            merged = self.get(kept.record_id)
            if merged is None:
                raise StorageError("the merged official is gone; the merge cannot be taken back")
            # Meetings the merged official joined after the merge (another window, an import)
            # were neither's before it: they stay with the one kept, not dropped on the floor.
            later = [
                (event_id, position)
                for event_id, position in self._db.execute(
                    "SELECT event_id, position FROM event_participants WHERE official_id = ?",
                    (kept.record_id,),
                )
                if event_id not in _events_in(kept) | _events_in(dropped)
            ]
            # Deleting the merged row takes its spellings and places on events with it.
            self._db.execute("DELETE FROM officials WHERE id = ?", (kept.record_id,))
            provenance.forget(self._db, "official", kept.record_id)
            removal.put_back(self._db, kept)
            removal.put_back(self._db, dropped)
            for event_id, position in later:
                self._db.execute(
                    "INSERT OR IGNORE INTO event_participants (event_id, official_id, position) "
                    "VALUES (?, ?, ?)",
                    (event_id, kept.record_id, position),
                )
            original = self.get(kept.record_id)
            restored = self.get(dropped.record_id)
            assert original is not None and restored is not None
            changelog.record(
                self._db, "official", kept.record_id, "update", _values(merged), _values(original)
            )
            changelog.record(
                self._db, "official", dropped.record_id, "insert", None, _values(restored)
            )

    def filtered(
        self, country: str | None = None, title: str = "", name: str = ""
    ) -> list[Official]:
        """Officials of ``country`` whose title contains the text, and one spelling of whose
        name holds every word typed, in any order ("Lavrov Sergey" finds Sergey Lavrov)."""
        wanted_title = title.strip().casefold()
        words = [fold_name(word) for word in name.split()]
        words = [word for word in words if word]
        if not wanted_title and not words:  # folding 5,000 names to match "" cost 0.2 s
            return self.all(country)
        return [
            official
            for official in self.all(country)
            if wanted_title in official.title.casefold()
            and any(all(w in fold_name(n) for w in words) for n in official.all_names)
        ]


def _events_in(removed: removal.Removed) -> set[int]:
    """The events an official taken away was a participant of."""
    return {
        dict(row)["event_id"]
        for table, found in removed.rows
        if table == "event_participants"
        for row in found
    }
