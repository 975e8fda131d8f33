"""The sdist and wheel install with plain pip into a fresh environment, and the app starts."""

from __future__ import annotations

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging.smoke import ROOT, smoke_module

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An sdist, and a wheel built from that sdist (so the sdist must be complete)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def only(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


def test_wheel_carries_migrations_icons_and_styles(dist: Path) -> None:
    names = set(zipfile.ZipFile(only(dist, "*.whl")).namelist())
    assert "diplomatic_calendar/db/0001_initial.sql" in names
    assert "diplomatic_calendar/resources/icons/diplomatic-calendar.svg" in names
    assert "diplomatic_calendar/resources/icons/png/diplomatic-calendar-48.png" in names
    assert "diplomatic_calendar/resources/styles/dark.json" in names
    assert "diplomatic_calendar/resources/data/geography.json" in names
    assert any(name.endswith("entry_points.txt") for name in names)


def test_sdist_carries_the_packaging_recipes(dist: Path) -> None:
    with tarfile.open(only(dist, "*.tar.gz")) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert "packaging/diplomatic-calendar.spec" in names
    assert "packaging/linux/org.diplomaticcalendar.DiplomaticCalendar.desktop" in names
    assert "db/0001_initial.sql" in names


def test_wheel_installs_into_a_fresh_venv_and_starts(dist: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    # pip's own cache (not --no-cache-dir) keeps PySide6 from being fetched again on each run.
    subprocess.run(
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(only(dist, "*.whl"))],
        check=True,
        capture_output=True,
        timeout=600,
    )
    command = venv / "bin" / "diplomatic-calendar"
    smoke = smoke_module()
    summary = smoke.smoke([str(command)])
    assert "painted and quit cleanly" in summary
