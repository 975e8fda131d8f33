"""The command line's calendar exchange: every event exported, any calendar suffix imported."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.store import Store


def test_exporting_everything_takes_every_event(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = Store.open(db_path)
    for title, day in [
        ("Congress of Vienna closes", dt.date(1815, 6, 9)),
        ("Trade talks", dt.date(2025, 7, 15)),
        ("Treaty review", dt.date(2230, 1, 1)),
    ]:
        store.events.add(Event(title, EventKind.SUMMIT, *all_day_span(day)))
    store.close()
    target = tmp_path / "all.ics"
    assert main(["--db", str(db_path), "export", "--format", "ics", "-o", str(target)]) == 0
    assert "wrote 3 events" in capsys.readouterr().out
    written = target.read_text(encoding="utf-8")
    assert "Congress of Vienna closes" in written and "Treaty review" in written


def test_a_calendar_file_ending_ical_is_imported_as_one(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(db_path).close()
    path = tmp_path / "shared.ical"
    path.write_text(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
        "UID:one@test\r\nDTSTAMP:20250701T000000Z\r\nSUMMARY:Shared briefing\r\n"
        "DTSTART:20250715T090000Z\r\nDTEND:20250715T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    assert main(["--db", str(db_path), "import", str(path), "--yes"]) == 0
    assert "1 added" in capsys.readouterr().out


def test_without_db_the_calendar_chosen_in_settings_is_used(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    from diplomatic_calendar import app
    from diplomatic_calendar.ui.preferences import DATABASE_PATH

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(DATABASE_PATH, str(db_path))
    monkeypatch.delenv("DIPLOMATIC_CALENDAR_DB", raising=False)
    assert app.chosen_calendar(None, settings) == db_path
    chosen = app.chosen_calendar
    monkeypatch.setattr(app, "chosen_calendar", lambda explicit: chosen(explicit, settings))
    Store.open(db_path).close()
    assert main(["add-event", "--title", "Chosen", "--kind", "call", "--date", "2025-07-15"]) == 0
    store = Store.open(db_path)
    assert [e.title for e in store.events.search("Chosen")] == ["Chosen"]
    store.close()
