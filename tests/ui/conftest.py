"""Fixtures for widget tests: settings in a temporary file and an AppContext on a fixed clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.store import Store
from diplomatic_calendar.ui.context import AppContext
from tests.conftest import FIXED_NOW


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings kept in a file of this test's own, home zone UTC."""
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    qsettings.setValue("home_zone", "UTC")
    return qsettings


@pytest.fixture
def context(store: Store, settings: QSettings, qapp) -> AppContext:  # type: ignore[no-untyped-def]
    """An application context on an in-memory store with the clock fixed at 10 July 2025."""
    return AppContext(store=store, settings=settings, clock=fixed_clock(FIXED_NOW))
