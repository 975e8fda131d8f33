"""Fixture articles written for these tests (invented wire stories, not real reporting)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from diplomatic_calendar.extraction import Extraction, extract

FIXTURES = Path(__file__).parent / "fixtures"
# Each fixture's publication date: what a user would confirm in the import dialog.
PUBLISHED = {
    "oslo_arctic_talks.txt": dt.date(2024, 3, 14),  # a Thursday
    "jakarta_summit.txt": dt.date(2025, 11, 3),  # a Monday
    "tariff_round.txt": dt.date(2025, 4, 3),  # a Thursday
    "brussels_trade_pact.txt": dt.date(2025, 9, 12),  # a Friday
    "gulf_tariff_talks.txt": dt.date(2025, 10, 15),  # a Wednesday
}


def read_fixture(name: str) -> str:
    """The text of a fixture article."""
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture
def extracted() -> Callable[[str], Extraction]:
    """Extract a fixture article against its publication date."""

    def run(name: str) -> Extraction:
        return extract(read_fixture(name), PUBLISHED[name])

    return run
