"""The command line counts days and shows times in the home zone set in Settings, as the
window does, unless --timezone says otherwise."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings

from diplomatic_calendar.cli import _common, deadlines, main
from diplomatic_calendar.domain.model import TariffAction
from diplomatic_calendar.domain.timing import system_zone_name
from diplomatic_calendar.store import Store


def _settings(tmp_path: Path, zone_key: str) -> QSettings:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("home_zone", zone_key)
    return settings


def test_the_home_zone_comes_from_settings_else_the_computer(tmp_path: Path) -> None:
    assert _common.home_zone(_settings(tmp_path, "Pacific/Kiritimati")) == "Pacific/Kiritimati"
    assert _common.home_zone(_settings(tmp_path, "")) == system_zone_name()
    assert _common.home_zone(_settings(tmp_path, "Atlantis/Capital")) == system_zone_name()


def test_deadlines_count_from_today_in_the_home_zone(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A zone whose date differs from UTC's at this hour, so that the day counted from matters.
    now = dt.datetime.now(dt.UTC)
    far = "Pacific/Kiritimati" if now.hour >= 10 else "Pacific/Pago_Pago"
    settings = _settings(tmp_path, far)
    monkeypatch.setattr(deadlines, "home_zone", lambda: _common.home_zone(settings))
    today_there = now.astimezone(ZoneInfo(far)).date()
    store = Store.open(db_path)
    store.tariffs.add(
        TariffAction("US", "IN", 25.0, effective_date=today_there + dt.timedelta(days=3))
    )
    store.close()
    assert main(["--db", str(db_path), "deadlines", "--within", "7d", "--format", "json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert found["date"] == (today_there + dt.timedelta(days=3)).isoformat()
    assert found["countdown"] == "in 3 days"
