"""Two starts on one calendar: the second brings the first forward; a stale socket is no bar."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diplomatic_calendar.store.backup import list_backups
from diplomatic_calendar.ui.single_instance import InstanceGuard, instance_address, window_is_open

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="local sockets are files on POSIX")


def test_second_start_asks_the_first_to_come_forward(qtbot: QtBot, db_path: Path) -> None:
    first = InstanceGuard(db_path)
    assert not first.ask_running_instance(200)
    assert first.listen()
    assert window_is_open(db_path)
    second = InstanceGuard(db_path)
    with qtbot.waitSignal(first.activation_requested, timeout=3000):
        assert second.ask_running_instance()
    first.close()
    assert not window_is_open(db_path)


def test_files_given_to_the_second_start_reach_the_first(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    first = InstanceGuard(db_path)
    assert first.listen()
    wanted = tmp_path / "talks <1>.ics"
    with qtbot.waitSignal(first.files_received, timeout=3000) as got:
        assert InstanceGuard(db_path).ask_running_instance(files=[wanted])
    assert got.args == [[str(wanted.resolve())]]
    first.close()


def test_junk_on_the_socket_is_ignored(qtbot: QtBot, db_path: Path) -> None:
    guard = InstanceGuard(db_path)
    assert guard.listen()
    fired: list[object] = []
    guard.activation_requested.connect(lambda: fired.append(True))
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as peer:
        peer.connect(guard.address)
        peer.sendall(b"\xff\xfe not json\n[1, 2]\n")
    qtbot.wait(200)
    assert fired == []
    guard.close()


def test_other_calendars_have_other_addresses(tmp_path: Path) -> None:
    one, two = tmp_path / "a.db", tmp_path / "b.db"
    assert instance_address(one) != instance_address(two)
    assert instance_address(one) == instance_address(tmp_path / "." / "a.db")


def test_a_socket_left_by_a_crashed_window_is_taken_over(qtbot: QtBot, db_path: Path) -> None:
    address = instance_address(db_path)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(address)
    stale.close()  # the file stays, nobody listens: what a killed window leaves behind
    assert os.path.exists(address)
    guard = InstanceGuard(db_path)
    assert guard.listen()
    assert window_is_open(db_path)
    guard.close()


ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
    b"UID:handed@test\r\nDTSTAMP:20250701T000000Z\r\nDTSTART;VALUE=DATE:20250715\r\n"
    b"SUMMARY:Handed over\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def _titles(db_path: Path) -> list[str]:
    conn = sqlite3.connect(db_path, timeout=5)
    try:
        return [r[0] for r in conn.execute("SELECT title FROM events")]
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def _start(db_path: Path, home: Path, *files: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "diplomatic_calendar", "--db", str(db_path), *files],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_starting_the_app_twice_hands_over_to_the_first(db_path: Path, tmp_path: Path) -> None:
    first = _start(db_path, tmp_path)
    try:
        deadline = time.monotonic() + 30
        while not window_is_open(db_path):
            assert first.poll() is None, first.communicate()[1]
            assert time.monotonic() < deadline, "the first window never started listening"
            time.sleep(0.1)
        invite = tmp_path / "invite.ics"
        invite.write_bytes(ICS)
        second = _start(db_path, tmp_path, str(invite))
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out
        assert first.poll() is None
        # The first window imports the file the second start was given.
        while _titles(db_path) != ["Handed over"]:
            assert time.monotonic() < deadline + 30, "the handed-over file was never imported"
            time.sleep(0.1)
        # A first start of the day: the window took its daily backup beside it.
        while not list_backups(db_path):
            assert time.monotonic() < deadline + 30, "no daily backup was taken"
            time.sleep(0.1)
        assert list_backups(db_path)[0].reason == "daily"
    finally:
        first.terminate()
        first.communicate(timeout=30)
    assert not window_is_open(db_path)
