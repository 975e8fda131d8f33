"""Start a built Diplomatic Calendar offscreen on a new calendar; fail unless it opens and quits.

Used for the PyInstaller bundle (``build_bundle.sh``) and for a wheel installed into a fresh
virtual environment (``tests/packaging``).
Usage: ``python smoke_bundle.py PATH/TO/diplomatic-calendar``.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

START_TIMEOUT_S = 60


class SmokeError(Exception):
    """The built application did not behave; the message says how."""


def isolated_env(home: Path) -> dict[str, str]:
    """Our own settings and data folders, an offscreen screen, and no inherited --db default."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DIPLOMATIC_CALENDAR_")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        # The window quits by itself right after its first frame is painted.
        DIPLOMATIC_CALENDAR_QUIT_AFTER_PAINT="1",
    )
    return env


def check_version(command: list[str], env: dict[str, str]) -> str:
    """``--version`` prints the name and a version number."""
    done = subprocess.run(
        [*command, "--version"], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    out = (done.stdout + done.stderr).strip()
    if done.returncode != 0 or not out.startswith("diplomatic-calendar "):
        raise SmokeError(f"--version exited {done.returncode}: {out[-2000:]}")
    return out


def check_window(command: list[str], env: dict[str, str], db: Path) -> float:
    """The window opens ``db`` (creating it), paints, and quits with status 0; returns seconds."""
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [*command, "--db", str(db)],
            env=env,
            capture_output=True,
            text=True,
            timeout=START_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise SmokeError(
            f"the window did not quit within {START_TIMEOUT_S} s of starting "
            f"(does the build include ui/paint_probe?): {err.stderr!r}"
        ) from None
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or "Traceback" in done.stderr:
        raise SmokeError(f"the window exited {done.returncode}:\n{done.stderr[-3000:]}")
    if "painted" not in done.stdout:
        raise SmokeError(f"the window never painted; stdout was {done.stdout[-500:]!r}")
    _check_database(db)
    return elapsed


def _check_database(db: Path) -> None:
    if not db.is_file():
        raise SmokeError(f"the window did not create its calendar at {db}")
    with sqlite3.connect(db) as connection:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    if "events" not in tables:
        raise SmokeError(f"{db} has no events table; the migrations did not run: {tables}")


def smoke(command: list[str]) -> str:
    """Run both checks in a throw-away home folder; returns a one-line summary."""
    with tempfile.TemporaryDirectory(prefix="dc-smoke-") as folder:
        home = Path(folder)
        env = isolated_env(home)
        version = check_version(command, env)
        seconds = check_window(command, env, home / "smoke.db")
    return f"{version}: opened a new calendar, painted and quit cleanly in {seconds:.1f} s"


def main(argv: list[str]) -> int:
    """Smoke-test the executable named on the command line."""
    if len(argv) != 1:
        print("usage: smoke_bundle.py PATH/TO/diplomatic-calendar", file=sys.stderr)
        return 2
    try:
        print(smoke([argv[0]]))
    except SmokeError as err:
        print(f"smoke test FAILED: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
