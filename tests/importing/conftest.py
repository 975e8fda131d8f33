"""The widget fixtures (settings, context) for the import window's tests, shared with tests/ui."""

from __future__ import annotations

from tests.ui.conftest import context, settings

__all__ = ["context", "settings"]
