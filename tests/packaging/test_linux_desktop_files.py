"""The Linux desktop entry, AppStream metainfo, MIME type and icons agree and validate."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.packaging.smoke import ROOT

APP_ID = "org.diplomaticcalendar.DiplomaticCalendar"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "resources" / "icons"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_opens_calendar_files_with_our_command_and_icon() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "diplomatic-calendar %F"
    assert "text/calendar" in entry["MimeType"].split(";")
    assert (ICONS / f"{entry['Icon']}.svg").is_file()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"


def test_the_app_announces_the_desktop_entry_it_ships() -> None:
    source = (ROOT / "desktop" / "diplomatic_calendar" / "app.py").read_text(encoding="utf-8")
    assert f'setDesktopFileName("{APP_ID}")' in source


def test_metainfo_names_the_desktop_entry_and_the_calendar_type() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/mediatype") == "text/calendar"
    assert root.findtext("provides/binary") == "diplomatic-calendar"


def test_mime_package_maps_ics_to_text_calendar() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "diplomatic-calendar-mime.xml").getroot()
    kind = root.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") == "text/calendar"
    assert "*.ics" in [glob.get("pattern") for glob in kind.findall("m:glob", ns)]


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_png_icons_have_their_nominal_size(size: int) -> None:
    data = (ICONS / "png" / f"diplomatic-calendar-{size}.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk
    assert (width, height) == (size, size)


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli is not installed")
def test_metainfo_passes_appstreamcli() -> None:
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils is not installed"
)
def test_desktop_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_install_script_puts_every_file_where_desktops_look(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share"), "PATH": "/usr/bin:/bin"}
    subprocess.run(["bash", str(LINUX / "install.sh")], env=env, check=True, capture_output=True)
    share = tmp_path / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "icons/hicolor/48x48/apps/diplomatic-calendar.png").is_file()
    assert (share / "icons/hicolor/scalable/apps/diplomatic-calendar.svg").is_file()
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--uninstall"], env=env, check=True, capture_output=True
    )
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()


def test_install_script_can_point_the_menu_entry_at_a_bundle(tmp_path: Path) -> None:
    program = tmp_path / "my apps" / "diplomatic-calendar"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n", encoding="utf-8")
    program.chmod(0o755)
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share"), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        ["bash", str(LINUX / "install.sh"), "--exec", str(program)],
        env=env,
        check=True,
        capture_output=True,
    )
    entry = (tmp_path / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{program}" %F' in entry.splitlines()
    assert f"TryExec={program}" in entry.splitlines()
