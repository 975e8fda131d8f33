"""A repeated --country means every country given (events, printouts), and a country brief,
which is of one country, refuses several instead of briefing only the last."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store

DAY = dt.date(2025, 7, 15)


@pytest.fixture
def calendar(db_path: Path) -> Path:
    store = Store.open(db_path)
    for title, code in (("Kuala Lumpur talks", "MY"), ("Tokyo talks", "JP"), ("Lima talks", "PE")):
        store.events.add(
            Event(title, EventKind.MEETING, DAY, DAY + dt.timedelta(days=1), countries=(code,))
        )
    store.close()
    return db_path


def test_events_of_two_countries(calendar: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["--db", str(calendar), "events", "--from", "2025-07-01", "--to", "2025-07-31"]
    assert main([*args, "--country", "MY", "--country", "JP"]) == 0
    out = capsys.readouterr().out
    assert "Kuala Lumpur talks" in out and "Tokyo talks" in out and "Lima talks" not in out


def test_a_brief_of_two_countries_is_refused(
    calendar: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "brief.pdf"
    args = ["--db", str(calendar), "print", "--style", "country", "-o", str(pdf)]
    args += ["--from", "2025-07-01", "--to", "2025-07-31", "--country", "MY", "--country", "IN"]
    assert main(args) == 2
    assert "a country brief is of one country" in capsys.readouterr().err
    assert not pdf.exists()
