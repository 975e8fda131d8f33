"""Reuse the widget-test fixtures (settings in a temporary file, a context on a fixed clock)."""

from tests.ui.conftest import context, settings

__all__ = ["context", "settings"]
