"""Draft officials, events and tariffs from the text of a news article, without Qt or a database."""

from __future__ import annotations

from diplomatic_calendar.extraction.drafts import (
    EventDraft,
    Extraction,
    KnownOfficial,
    Location,
    OfficialDraft,
    Span,
    TariffDraft,
)
from diplomatic_calendar.extraction.engine import extract
from diplomatic_calendar.extraction.errors import ExtractionError
from diplomatic_calendar.extraction.geo import find_dateline
from diplomatic_calendar.extraction.text import find_publication_date

__all__ = [
    "EventDraft",
    "Extraction",
    "ExtractionError",
    "KnownOfficial",
    "Location",
    "OfficialDraft",
    "Span",
    "TariffDraft",
    "extract",
    "find_dateline",
    "find_publication_date",
]
