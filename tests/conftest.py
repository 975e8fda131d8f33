"""Shared fixtures: an offscreen Qt platform, a fixed clock, stores in memory and on disk."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from diplomatic_calendar.domain.clock import fixed_clock
from diplomatic_calendar.store import Store


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--bundle``: also build the PyInstaller bundle and smoke-test it (about a minute)."""
    parser.addoption(
        "--bundle", action="store_true", help="build the application bundle and smoke-test it"
    )


# A Thursday, deliberately not the day the tests run.
FIXED_NOW = dt.datetime(2025, 7, 10, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
def store() -> Iterator[Store]:
    """A fresh calendar in memory."""
    opened = Store.memory()
    yield opened
    opened.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where an on-disk calendar for this test lives."""
    return tmp_path / "calendar.db"


@pytest.fixture
def clock():  # type: ignore[no-untyped-def]
    """A clock fixed at FIXED_NOW."""
    return fixed_clock(FIXED_NOW)
