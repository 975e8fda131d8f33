"""The widget fixtures (settings, context) for the import window's tests, shared with tests/ui."""

from __future__ import annotations

import pytest

from tests.ui.conftest import context, settings

__all__ = ["context", "settings"]


@pytest.fixture(autouse=True)
def discard_drafts_on_close(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Closing an import window with drafts asks first; here the answer is always Discard.

    Returns the log of questions asked, so a test can check that one was.
    """
    from diplomatic_calendar.ui.import_window.window import ImportWindow

    asked: list[str] = []

    def answer(window: ImportWindow) -> bool:
        asked.append(window.windowTitle())
        return True

    monkeypatch.setattr(ImportWindow, "_ask_discard", answer)
    return asked
