"""A small calendar every printing test can print and export: timed, all-day, tariff, source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    EventStatus,
    Evidence,
    Location,
    Official,
    OfficialRef,
    Source,
    TariffAction,
    TariffStatus,
)
from diplomatic_calendar.domain.timing import all_day_span, local_datetime
from diplomatic_calendar.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
HOSTILE = '<b>Talks</b> & <script>alert("x")</script> "quoted"'


@pytest.fixture
def filled(store: Store) -> Store:
    """July 2025: a Tokyo-time bilateral, a summit over days, a tariff deadline, a hostile title."""
    wang = store.officials.add(Official("Wang Yi", title="Foreign Minister", country="CN"))
    lavrov = store.officials.add(Official("Sergey Lavrov", title="Foreign Minister", country="RU"))
    source = store.sources.add(
        Source(
            text="Wang Yi will meet Sergey Lavrov in Kuala Lumpur on 10 July.",
            title="Ministers to meet",
            outlet="Example Wire",
            url="https://example.org/a",
            published=dt.date(2025, 7, 1),
        )
    )
    assert wang.id and lavrov.id and source.id
    store.events.add(
        Event(
            title="Wang Yi and Lavrov bilateral",
            kind=EventKind.MEETING,
            start=local_datetime(dt.date(2025, 7, 10), dt.time(16, 0), "Asia/Tokyo"),
            end=local_datetime(dt.date(2025, 7, 10), dt.time(17, 30), "Asia/Tokyo"),
            status=EventStatus.CONFIRMED,
            location=Location("Kuala Lumpur", "MY"),
            countries=("CN", "RU"),
            participants=(OfficialRef(wang.id, wang.name), OfficialRef(lavrov.id, lavrov.name)),
            notes="Bring the steel file.\nSecond line; with, punctuation.",
            tags=("asean",),
            evidence=Evidence(source.id, 0, 40, "Wang Yi will meet Sergey Lavrov"),
        )
    )
    first, end = all_day_span(dt.date(2025, 7, 8), dt.date(2025, 7, 11))
    store.events.add(
        Event(
            title="ASEAN foreign ministers' meeting " + "with a very long title " * 4,
            kind=EventKind.SUMMIT,
            start=first,
            end=end,
            countries=("ID", "MY", "SG"),
            location=Location("Kuala Lumpur", "MY"),
        )
    )
    store.tariffs.add(
        TariffAction(
            imposer="US",
            target="MY",
            rate_percent=25,
            previous_rate_percent=24,
            status=TariffStatus.ANNOUNCED,
            announced_date=dt.date(2025, 7, 7),
            effective_date=dt.date(2025, 8, 1),
            notes="Letter of 7 July",
        ),
        changed_on=dt.date(2025, 7, 7),
    )
    store.events.add(
        Event(
            title=HOSTILE,
            kind=EventKind.CALL,
            start=local_datetime(dt.date(2025, 7, 14), dt.time(9, 0), "UTC"),
            end=local_datetime(dt.date(2025, 7, 14), dt.time(9, 30), "UTC"),
            notes="=SUM(A1:A2) <i>not italic</i>",
        )
    )
    return store


@pytest.fixture
def ui_context(filled: Store, tmp_path: Path, qapp):  # type: ignore[no-untyped-def]
    """A window context over the filled calendar, clock at 10 July 2025, home zone UTC."""
    from PySide6.QtCore import QSettings

    from diplomatic_calendar.domain.clock import fixed_clock
    from diplomatic_calendar.ui.context import AppContext
    from tests.conftest import FIXED_NOW

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("home_zone", "UTC")
    return AppContext(store=filled, settings=settings, clock=fixed_clock(FIXED_NOW))
