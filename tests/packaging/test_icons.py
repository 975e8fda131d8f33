"""The committed PNG icons are renderings of the SVG source (re-run render_icons.py after edits)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from tests.packaging.smoke import ROOT


def render_icons_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "render_icons", ROOT / "packaging" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mean_difference(first: QImage, second: QImage) -> float:
    """Average difference per channel, 0 (same) to 255, over every pixel."""
    total = 0
    for y in range(first.height()):
        for x in range(first.width()):
            a, b = first.pixelColor(x, y), second.pixelColor(x, y)
            total += sum(
                abs(p - q)
                for p, q in zip(a.getRgb(), b.getRgb(), strict=True)  # type: ignore[arg-type]
            )
    return total / (first.width() * first.height() * 4)


@pytest.mark.parametrize("size", [16, 48, 128])
def test_png_matches_a_fresh_rendering_of_the_svg(
    qapp: QApplication, tmp_path: Path, size: int
) -> None:
    render_icons = render_icons_module()
    fresh = tmp_path / f"{size}.png"
    render_icons.render(QSvgRenderer(str(render_icons.SOURCE)), size, fresh)
    committed = QImage(str(ROOT / "resources/icons/png" / f"diplomatic-calendar-{size}.png"))
    assert committed.size() == QImage(str(fresh)).size()
    # A small tolerance lets another Qt version anti-alias edges a little differently.
    assert mean_difference(committed, QImage(str(fresh))) < 3.0
