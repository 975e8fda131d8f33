"""The PyInstaller bundle builds and starts (only with ``pytest --bundle``: it takes a minute)."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.packaging.smoke import ROOT, smoke_module

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(pytestconfig: pytest.Config) -> str:
    """Build the bundle once with packaging/build_bundle.sh and return its executable."""
    if not pytestconfig.getoption("--bundle"):
        pytest.skip("the bundle is built only with --bundle")
    subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_bundle.sh"), "--no-smoke"],
        check=True,
        capture_output=True,
        timeout=900,
    )
    exe = ROOT / "build" / "bundle" / "dist" / "diplomatic-calendar" / "diplomatic-calendar"
    assert os.access(exe, os.X_OK)
    return str(exe)


def test_bundle_opens_a_calendar_and_quits_cleanly(bundle: str) -> None:
    summary = smoke_module().smoke([bundle])
    assert "painted and quit cleanly" in summary


def test_bundle_leaves_out_unused_qt_parts(bundle: str) -> None:
    internal = ROOT / "build" / "bundle" / "dist" / "diplomatic-calendar" / "_internal"
    qt = internal / "PySide6" / "Qt"
    assert not list(qt.glob("lib/libQt6Qml*")) and not list(qt.glob("lib/libQt6Quick*"))
    assert not (qt / "plugins" / "sqldrivers").exists()
    assert not (internal / "pycountry" / "locales").exists()
    assert (qt / "plugins" / "platforms" / "libqxcb.so").exists()
    assert (internal / "diplomatic_calendar" / "db" / "0001_initial.sql").exists()
