"""``diplomatic-calendar import``: a dry run by default, a save with --yes, same duplicate rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.store import Store

FIXTURE = Path(__file__).parent / "fixtures" / "harbour_talks.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _events(db_path: Path) -> int:
    store = Store.open(db_path)
    try:
        return store.events.count()
    finally:
        store.close()


def test_without_yes_nothing_is_saved(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "import", str(FIXTURE), "--published", "2025-07-15", "--db", str(db_path)
    )
    assert code == 0
    assert "Would add 8, update 0, skip 0." in out
    assert "add    event    Iwaya meets Rangel — Tue 15 Jul 2025" in out
    assert _events(db_path) == 0


def test_yes_saves_and_a_second_import_skips_everything(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("import", str(FIXTURE), "--published", "2025-07-15", "--db", str(db_path))
    code, out, _ = run(capsys, *args, "--yes")
    assert code == 0 and "8 added, 0 updated, 0 skipped" in out
    saved = _events(db_path)
    assert saved == 5  # three events and the two tariffs' deadline days
    code, out, _ = run(capsys, *args, "--yes")
    assert "Would add 0, update 0, skip 8." in out
    assert "already in the calendar" in out
    assert _events(db_path) == saved


def test_a_missing_date_is_one_clear_error(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "import", str(FIXTURE), "--db", str(db_path))
    assert code == 2
    assert err.strip() == (
        "diplomatic-calendar: the publication date is not in the text; give it (YYYY-MM-DD)"
    )


FLOATING_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:talks-1@example.org\r\nDTSTAMP:20250701T000000Z\r\nDTSTART:20250715T090000\r\n"
    "DTEND:20250715T100000\r\nSUMMARY:Talks in Tokyo\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_an_ics_file_is_rehearsed_without_yes_and_saved_with_it(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from diplomatic_calendar.domain import timing

    monkeypatch.setattr(timing, "system_zone_name", lambda: "Asia/Tokyo")
    ics = tmp_path / "cal.ics"
    ics.write_text(FLOATING_ICS, encoding="utf-8")
    code, out, _ = run(capsys, "import", str(ics), "--db", str(db_path))
    assert code == 0
    assert out.startswith("Would import: 1 added, 0 updated, 0 already there")
    assert "Nothing was saved" in out
    assert _events(db_path) == 0

    code, out, _ = run(capsys, "import", str(ics), "--db", str(db_path), "--yes")
    assert (code, out.strip()) == (0, "1 added, 0 updated, 0 already there")
    store = Store.open(db_path)
    (event,) = store.events.between(dt.date(2025, 7, 15), dt.date(2025, 7, 16), "Asia/Tokyo")
    store.close()
    # A time without a zone is this computer's, as calendar programs read it.
    assert event.start == dt.datetime(2025, 7, 15, 9, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_an_emailed_article_is_saved_only_once_its_date_is_confirmed(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mail = tmp_path / "story.eml"
    mail.write_text(
        "From: desk@example.org\r\nSubject: Port talks\r\n"
        "Date: Tue, 15 Jul 2025 08:00:00 +0000\r\nContent-Type: text/plain\r\n\r\n"
        "Japanese Foreign Minister Takeshi Iwaya met Portuguese Foreign Minister Paulo Rangel "
        "in Lisbon on Tuesday.\r\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "import", str(mail), "--db", str(db_path), "--yes")
    assert code == 2
    assert "was sent 2025-07-15" in err and "--published" in err
    assert _events(db_path) == 0
    code, _out, _ = run(
        capsys, "import", str(mail), "--db", str(db_path), "--yes", "--published", "2025-07-15"
    )
    assert code == 0 and _events(db_path) == 1
