"""Links from records to the article sentence they came from."""

from __future__ import annotations

from collections.abc import Sequence

import sqlite_utils

from diplomatic_calendar.domain.model import Evidence
from diplomatic_calendar.store._rows import ids_json
from diplomatic_calendar.store.database import fresh_id


def link(db: sqlite_utils.Database, record_type: str, record_id: int, evidence: Evidence) -> None:
    """Record (or refresh) where a record came from."""
    db.execute(
        "INSERT INTO provenance (id, source_id, record_type, record_id, evidence_start, "
        "evidence_end, sentence) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (record_type, record_id, source_id) "
        "DO UPDATE SET evidence_start = excluded.evidence_start, "
        "evidence_end = excluded.evidence_end, sentence = excluded.sentence",
        (
            fresh_id(db, "provenance"),
            evidence.source_id,
            record_type,
            record_id,
            evidence.start,
            evidence.end,
            evidence.sentence,
        ),
    )


def forget(db: sqlite_utils.Database, record_type: str, record_id: int) -> None:
    """Drop a deleted record's links."""
    db.execute(
        "DELETE FROM provenance WHERE record_type = ? AND record_id = ?", (record_type, record_id)
    )


def first_for(
    db: sqlite_utils.Database, record_type: str, record_ids: Sequence[int]
) -> dict[int, Evidence]:
    """The earliest evidence of each record that has any."""
    found: dict[int, Evidence] = {}
    for record_id, source_id, start, end, sentence in db.execute(
        "SELECT record_id, source_id, evidence_start, evidence_end, sentence FROM provenance "
        "WHERE record_type = ? AND record_id IN (SELECT value FROM json_each(?)) ORDER BY id",
        (record_type, ids_json(record_ids)),
    ):
        found.setdefault(record_id, Evidence(source_id, start, end, sentence))
    return found


def all_for(db: sqlite_utils.Database, record_type: str, record_id: int) -> list[Evidence]:
    """Every piece of evidence for one record, oldest first."""
    return [
        Evidence(source_id, start, end, sentence)
        for source_id, start, end, sentence in db.execute(
            "SELECT source_id, evidence_start, evidence_end, sentence FROM provenance "
            "WHERE record_type = ? AND record_id = ? ORDER BY id",
            (record_type, record_id),
        )
    ]
