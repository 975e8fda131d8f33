"""Turning accepted drafts into stored records: duplicates, plans and one-transaction saves."""

from __future__ import annotations

from diplomatic_calendar.importing.apply import ImportResult, StaleDraftsError, apply, revert
from diplomatic_calendar.importing.items import Choice, EventItem, OfficialItem, TariffItem
from diplomatic_calendar.importing.plan import ImportPlan, build_plan, fate, rebase, rematch
from diplomatic_calendar.importing.provenance import Citation, citations, citations_from
from diplomatic_calendar.importing.reading import Article, read_article

__all__ = [
    "Article",
    "Choice",
    "Citation",
    "EventItem",
    "ImportPlan",
    "ImportResult",
    "OfficialItem",
    "StaleDraftsError",
    "TariffItem",
    "apply",
    "build_plan",
    "citations",
    "citations_from",
    "fate",
    "read_article",
    "rebase",
    "rematch",
    "revert",
]
