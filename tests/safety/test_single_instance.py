"""Two starts on one calendar: the second brings the first forward; a stale socket is no bar."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

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


def _start(db_path: Path, home: Path) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "diplomatic_calendar", "--db", str(db_path)],
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
        second = _start(db_path, tmp_path)
        out, err = second.communicate(timeout=30)
        assert second.returncode == 0, err
        assert "already open" in out
        assert first.poll() is None
    finally:
        first.terminate()
        first.communicate(timeout=30)
    assert not window_is_open(db_path)
