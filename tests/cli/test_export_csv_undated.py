"""`export --format csv` carries the tariff actions that have no date yet, as rows with empty
dates, so a spreadsheet of tariff work misses no threat."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain.model import TariffAction, TariffStatus
from diplomatic_calendar.store import Store


def test_a_threat_with_no_date_is_a_row_with_empty_dates(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(db_path)
    store.tariffs.add(TariffAction("US", "BR", 50.0, TariffStatus.THREATENED, scope="coffee"))
    store.close()
    assert main(["--db", str(db_path), "export", "--format", "csv", "-o", "-"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out.lstrip("\ufeff"))))
    (row,) = rows
    assert "no date yet" in row["Subject"]
    assert row["Start date"] == "" and row["Target"] == "Brazil" and row["Scope"] == "coffee"
