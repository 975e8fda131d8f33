"""The ``deadlines`` command: range, filters, formats and clear errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain import clock, timing
from diplomatic_calendar.domain.model import Event, EventKind, TariffAction, TariffStatus
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store
from tests.conftest import FIXED_NOW


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's "today" is 10 July 2025, in a machine whose zone is UTC."""
    monkeypatch.setattr(clock, "system_clock", clock.fixed_clock(FIXED_NOW))
    monkeypatch.setattr(timing, "system_zone_name", lambda: "UTC")


@pytest.fixture
def filled(db_path: Path) -> Path:
    store = Store.open(db_path)
    store.tariffs.add(TariffAction("US", "MY", 25.0, effective_date=dt.date(2025, 8, 1)))
    store.tariffs.add(
        TariffAction("US", "JP", 15.0, TariffStatus.DEAL, effective_date=dt.date(2025, 7, 20))
    )
    store.tariffs.add(TariffAction("US", "BR", 50.0, effective_date=dt.date(2025, 7, 5)))
    start, end = all_day_span(dt.date(2025, 7, 17))
    store.events.add(
        Event("Comment period closes", EventKind.DEADLINE, start, end, countries=("US",))
    )
    store.close()
    return db_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_lists_the_span_soonest_first(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "deadlines", "--db", str(filled))
    assert code == 0
    lines = out.splitlines()
    assert [line[:10] for line in lines] == ["2025-07-17", "2025-07-20", "2025-08-01"]
    assert "Japan: 15% US tariff" in lines[1] and "Deal" in lines[1]


def test_within_reaches_further_and_marks_overdue(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "deadlines", "--db", str(filled), "--from", "2025-07-01", "--within", "5w"
    )
    assert code == 0
    assert len(out.splitlines()) == 4
    assert out.splitlines()[0] == (
        "OVERDUE 2025-07-05 (5 days ago) · Brazil: 50% US tariff · 50% · Announced"
    )
    assert out.splitlines()[2].startswith("2025-07-20 (in 10 days) · Japan")


def test_json_with_a_bloc_filter(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "deadlines",
        "--db",
        str(filled),
        "--from",
        "2025-07-01",
        "--within",
        "60d",
        "--bloc",
        "ASEAN",
        "--format",
        "json",
    )
    assert code == 0
    rows = json.loads(out)
    assert [(r["date"], r["country"], r["rate_percent"], r["status"]) for r in rows] == [
        ("2025-08-01", "MY", 25.0, "announced")
    ]


def test_country_filter_and_empty_result(filled: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "deadlines", "--db", str(filled), "--from", "2025-07-01", "--country", "de"
    )
    assert code == 0
    assert out.strip() == "no deadlines from 2025-07-01 within 30 days"


def test_bad_span_and_unknown_bloc_are_one_line_errors(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "deadlines", "--db", str(filled), "--within", "soon")
    assert code == 2 and "30d" in err
    code, _, err = run(capsys, "deadlines", "--db", str(filled), "--bloc", "Hanseatic")
    assert code == 2 and "not a known bloc" in err


def test_today_is_the_machines_day_not_utcs(
    filled: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # 23:30 on 16 July in UTC is already 17 July in Tokyo: the deadline there is today.
    late = dt.datetime(2025, 7, 16, 23, 30, tzinfo=dt.UTC)
    monkeypatch.setattr(clock, "system_clock", clock.fixed_clock(late))
    monkeypatch.setattr(timing, "system_zone_name", lambda: "Asia/Tokyo")
    assert main(["--db", str(filled), "deadlines", "--within", "2d"]) == 0
    assert "2025-07-17 (today) · Comment period closes" in capsys.readouterr().out
