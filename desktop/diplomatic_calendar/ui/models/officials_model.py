"""Officials as table rows: name, title, country, organisation, term."""

from __future__ import annotations

from typing import Any

from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import Official
from diplomatic_calendar.ui.models.record_table import Column, RecordTableModel


def term_text(official: Official) -> str:
    """'2024-01-01 – ' style term, or '' when no dates are known."""
    if not official.term_start and not official.term_end:
        return ""
    start = official.term_start.isoformat() if official.term_start else "?"
    end = official.term_end.isoformat() if official.term_end else ""
    return f"{start} – {end}".strip()


OFFICIAL_COLUMNS: list[Column[Official]] = [
    Column("Name", lambda o: o.name),
    Column("Title", lambda o: o.title),
    Column("Country", lambda o: country_name(o.country) if o.country else ""),
    Column("Organisation", lambda o: o.organisation),
    Column("Also written", lambda o: ", ".join(o.aliases)),
]


class OfficialsModel(RecordTableModel[Official]):
    """A list of officials."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(OFFICIAL_COLUMNS, None, parent)
