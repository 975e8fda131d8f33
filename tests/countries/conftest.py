"""A main window with only the countries feature installed, on the fixed 10 July 2025."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui import main_window
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.features.countries import CountriesFeature
from tests.ui.conftest import context, settings

# The widget fixtures of tests/ui, shared rather than copied.
__all__ = ["context", "settings"]

FEATURE = "diplomatic_calendar.ui.features.countries"


def open_window(qtbot: QtBot, context: AppContext) -> main_window.MainWindow:
    """A shown main window whose only feature is this one."""
    window = main_window.MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def feature_of(window: main_window.MainWindow) -> CountriesFeature:
    """The installed feature."""
    feature = window.countries  # type: ignore[attr-defined]
    assert isinstance(feature, CountriesFeature)
    return feature


@pytest.fixture(autouse=True)
def only_this_feature(monkeypatch: pytest.MonkeyPatch) -> None:
    """Other features are tested by their own suites; keep these tests about this one."""
    monkeypatch.setattr(main_window, "FEATURE_MODULES", (FEATURE,))
