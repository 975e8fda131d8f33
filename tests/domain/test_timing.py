"""Telling the machine's own time zone from its localtime link."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_calendar.domain.timing import zone_of_link


def _link(tmp_path: Path, target: str) -> Path:
    real = tmp_path / target
    real.parent.mkdir(parents=True, exist_ok=True)
    real.write_bytes(b"")
    link = tmp_path / "localtime"
    link.symlink_to(real)
    return link


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("usr/share/zoneinfo/Asia/Tokyo", "Asia/Tokyo"),
        ("usr/share/zoneinfo/America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("usr/share/zoneinfo/posix/Europe/Berlin", "Europe/Berlin"),
        ("usr/share/zoneinfo/UTC", "UTC"),
    ],
)
def test_a_link_into_the_zone_database_names_its_zone(
    tmp_path: Path, target: str, expected: str
) -> None:
    assert zone_of_link(_link(tmp_path, target)) == expected


@pytest.mark.parametrize(
    "target",
    [
        "usr/share/zoneinfo/Atlantis/Poseidonia",  # looks like a zone, is none
        "usr/share/zoneinfo/Europe",  # a folder's name, not a zone
        "etc/timezone-copy",  # a copied file: nothing to read the name from
    ],
)
def test_anything_else_names_no_zone(tmp_path: Path, target: str) -> None:
    assert zone_of_link(_link(tmp_path, target)) is None


def test_a_missing_link_names_no_zone(tmp_path: Path) -> None:
    assert zone_of_link(tmp_path / "nowhere" / "localtime") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Asia/Tokyo", "Asia/Tokyo"),
        (":Europe/Berlin", "Europe/Berlin"),
        ("", None),
        ("Nowhere/Else", None),
    ],
)
def test_the_tz_variable_names_the_machines_zone(value: str, expected: str | None) -> None:
    from diplomatic_calendar.domain.timing import _zone_of_tz

    assert _zone_of_tz(value) == expected
