"""Render the SVG application icon to the PNG sizes desktops and installers ask for."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "diplomatic-calendar.svg"


def render(renderer: QSvgRenderer, size: int, target: Path) -> None:
    """Draw the icon at ``size``×``size`` pixels on a transparent background and save it."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")


def main(argv: list[str] | None = None) -> int:
    """Write ``png/diplomatic-calendar-<size>.png`` next to the SVG for every size."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ICONS / "png", help="folder for the PNGs")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"render_icons: {SOURCE} is not a valid SVG", file=sys.stderr)
        return 1
    args.out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size, args.out / f"diplomatic-calendar-{size}.png")
    print(f"wrote {len(SIZES)} PNGs to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
