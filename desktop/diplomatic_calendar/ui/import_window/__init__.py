"""The article import window: review, edit and accept drafts, each with its evidence.

``ImportWindow`` is loaded on first use: it pulls in the extraction engine, which the main window
does not need to start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from diplomatic_calendar.ui.import_window.window import ImportWindow

__all__ = ["ImportWindow"]


def __getattr__(name: str) -> Any:
    if name == "ImportWindow":
        from diplomatic_calendar.ui.import_window.window import ImportWindow

        return ImportWindow
    raise AttributeError(name)
