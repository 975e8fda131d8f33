"""A damaged, truncated or foreign file is refused with a clear message and never written to."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

import pytest

from diplomatic_calendar.domain.errors import StorageError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.store import Store

PAGE = 4096


def _filled(db_path: Path, count: int = 400) -> Path:
    store = Store.open(db_path)
    with store.transaction():
        for n in range(count):
            day = dt.date(2025, 1, 1) + dt.timedelta(days=n % 300)
            store.events.add(
                Event(
                    f"Talks round {n}",
                    EventKind.MEETING,
                    day,
                    day + dt.timedelta(days=1),
                    notes="negotiating text " * 20,
                )
            )
    store.close()
    assert not Path(f"{db_path}-wal").exists()
    return db_path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def _assert_refused_untouched(db_path: Path, match: str) -> None:
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match=match) as caught:
        Store.open(db_path)
    assert db_path.read_bytes() == before
    assert str(db_path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_truncated_file_is_refused_untouched(db_path: Path) -> None:
    _filled(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    _assert_refused_untouched(db_path, "damaged|malformed")


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_in_the_middle_are_refused_untouched(db_path: Path, seed: int) -> None:
    _filled(db_path)
    data = bytearray(db_path.read_bytes())
    rng = random.Random(seed)
    pages = len(data) // PAGE
    page = rng.randrange(2, pages - 1)
    data[page * PAGE : (page + 1) * PAGE] = rng.randbytes(PAGE)
    db_path.write_bytes(bytes(data))
    _assert_refused_untouched(db_path, "damaged|malformed")


def test_damaged_page_header_is_refused_untouched(db_path: Path) -> None:
    _filled(db_path)
    data = bytearray(db_path.read_bytes())
    data[100:108] = b"\xff" * 8  # the b-tree header of the schema page
    db_path.write_bytes(bytes(data))
    _assert_refused_untouched(db_path, "damaged|malformed")


@pytest.mark.parametrize(
    "content",
    [
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
        b"\x89PNG\r\n\x1a\n" + bytes(200),
        "Kalender".encode("utf-16"),
    ],
    ids=["ics", "png", "utf16-text"],
)
def test_non_sqlite_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "calendar.db"
    path.write_bytes(content)
    _assert_refused_untouched(path, "not a calendar database")
    assert _snapshot(tmp_path) == {"calendar.db": content}


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "invoices.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (n INTEGER)")
    conn.execute("INSERT INTO invoices VALUES (1)")
    conn.commit()
    conn.close()
    _assert_refused_untouched(path, "not a Diplomatic Calendar")
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
    conn.close()
    assert tables == ["invoices"]


def test_cli_says_one_clear_line_and_exits_2(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from diplomatic_calendar.cli import main

    _filled(db_path, 50)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "backup"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "damaged" in err[0] and "not changed" in err[0]
    assert db_path.read_bytes() == before


def test_a_check_begun_early_refuses_a_damaged_file_untouched(db_path: Path) -> None:
    from diplomatic_calendar.store.backup import CheckAhead

    _filled(db_path)
    data = bytearray(db_path.read_bytes())
    data[100:108] = b"\xff" * 8
    db_path.write_bytes(bytes(data))
    ahead = CheckAhead.start(db_path)
    assert ahead is not None
    with pytest.raises(StorageError, match=r"damaged|malformed") as caught:
        Store.open(db_path, checked=ahead)
    assert db_path.read_bytes() == bytes(data)
    assert "it was not changed" in str(caught.value)


def test_a_check_of_another_file_does_not_stand_in(db_path: Path, tmp_path: Path) -> None:
    from diplomatic_calendar.store.backup import CheckAhead

    good = _filled(tmp_path / "good.db", count=5)
    ahead = CheckAhead.start(good)
    _filled(db_path, count=5)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StorageError, match=r"damaged|malformed"):
        Store.open(db_path, checked=ahead)


def test_a_check_begun_early_lets_a_sound_file_open(db_path: Path) -> None:
    from diplomatic_calendar.store.backup import CheckAhead

    _filled(db_path, count=20)
    ahead = CheckAhead.start(db_path)
    assert ahead is not None
    store = Store.open(db_path, checked=ahead)
    try:
        assert store.events.count() == 20
    finally:
        store.close()


def test_no_early_check_for_a_calendar_not_made_yet(tmp_path: Path) -> None:
    from diplomatic_calendar.store.backup import CheckAhead

    assert CheckAhead.start(tmp_path / "new.db") is None
    (tmp_path / "empty.db").write_bytes(b"")
    assert CheckAhead.start(tmp_path / "empty.db") is None
