"""Reuse the widget-test fixtures (settings in a temporary file, a context on a fixed clock)."""

from tests.importing.conftest import discard_drafts_on_close
from tests.ui.conftest import context, settings

__all__ = ["context", "discard_drafts_on_close", "settings"]
