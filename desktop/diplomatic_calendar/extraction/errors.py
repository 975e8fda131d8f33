"""The one error the extraction engine raises on purpose."""

from __future__ import annotations

from diplomatic_calendar.domain.errors import UserError


class ExtractionError(UserError):
    """The text cannot be read as an article: empty, too large, or not text at all."""
