"""Reuse the widget-test fixtures (settings in a temporary file) for the safety tests."""

from tests.ui.conftest import settings

__all__ = ["settings"]
