"""The article import window: review, edit and accept drafts, each with its evidence."""

from diplomatic_calendar.ui.import_window.window import ImportWindow

__all__ = ["ImportWindow"]
