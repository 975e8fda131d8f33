"""Where the shipped data lives: inside the wheel, or at the top of a source checkout."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    checkout = _PACKAGE.parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the application's {name}/ folder is missing (looked in {inside})")


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (icons, styles, data tables, sample data)."""
    return _root("resources").joinpath(*parts)


def migrations_dir() -> Path:
    """The folder of numbered SQL migrations, ``db/``."""
    return _root("db")
