"""The application's look: icon, light / dark / system theme, and the contrast they must reach."""

from __future__ import annotations

import json
import logging
from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleFactory

from diplomatic_calendar.paths import resource_path

log = logging.getLogger(__name__)

THEMES: tuple[str, ...] = ("system", "light", "dark")
THEME_LABELS: dict[str, str] = {
    "system": "Same as the system",
    "light": "Light",
    "dark": "Dark",
}
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Properties on the QApplication that remember how it looked before we first changed it,
# so that "system" can give the platform its own palette and style back.
_SYSTEM_STYLE = "diplomaticCalendarSystemStyle"
_SYSTEM_PALETTE = "diplomaticCalendarSystemPalette"
_STYLE_IN_USE = "diplomaticCalendarStyle"


@cache
def app_icon() -> QIcon:
    """The application icon: the SVG for any size, plus pre-rendered PNGs for crisp small sizes."""
    icon = QIcon()
    for size in ICON_SIZES:
        png = resource_path("icons", "png", f"diplomatic-calendar-{size}.png")
        if png.is_file():
            icon.addFile(str(png), QSize(size, size))
    svg = resource_path("icons", "diplomatic-calendar.svg")
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def app_icon_pixmap(logical_size: int, device_pixel_ratio: float) -> QPixmap:
    """The icon drawn fresh from the SVG at exactly the pixels a screen of this scale needs.

    QIcon.pixmap() can hand back a small cached pixmap once the window manager has asked the
    same QIcon for its window-icon sizes (seen on X11 at 200%), so large pictures use this.
    """
    pixels = max(1, round(logical_size * device_pixel_ratio))
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(resource_path("icons", "diplomatic-calendar.svg")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, pixels, pixels))
    painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def palette_colours(name: str) -> dict[str, object]:
    """The role → colour table of the ``light`` or ``dark`` palette, as shipped in resources."""
    if name not in ("light", "dark"):
        raise ValueError(f"no palette called {name!r}")
    loaded: dict[str, object] = json.loads(
        resource_path("styles", f"{name}.json").read_text(encoding="utf-8")
    )
    return loaded


def build_palette(name: str) -> QPalette:
    """A full QPalette for ``light`` or ``dark`` (every role, every colour group)."""
    table = palette_colours(name)
    palette = QPalette()
    for role_name, colour in table.items():
        if role_name.startswith("_") or role_name == "disabled":
            continue
        role = QPalette.ColorRole[role_name]
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(str(colour)))
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(str(colour)))
    disabled = table.get("disabled", {})
    assert isinstance(disabled, dict)
    for role_name, colour in disabled.items():
        palette.setColor(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole[role_name], QColor(str(colour))
        )
    return palette


def normalise_theme(value: object) -> str:
    """A stored theme setting as one of THEMES (anything unknown means "system")."""
    text = str(value or "").strip().lower()
    return text if text in THEMES else "system"


def apply_theme(app: QApplication, name: object) -> str:
    """Give the whole application the chosen theme now; returns the theme applied."""
    theme = normalise_theme(name)
    if app.property(_SYSTEM_STYLE) is None:
        app.setProperty(_SYSTEM_STYLE, style_name(app))
        app.setProperty(_SYSTEM_PALETTE, app.palette())
    if theme == "system":
        app.setStyleSheet("")
        _set_style(app, str(app.property(_SYSTEM_STYLE)))
        original = app.property(_SYSTEM_PALETTE)
        app.setPalette(original if isinstance(original, QPalette) else QPalette())
        # Widgets built under another theme can keep its palette (the navigator's month did):
        # each one that was given no palette of its own inherits afresh.
        for widget in app.allWidgets():
            if not widget.testAttribute(Qt.WidgetAttribute.WA_SetPalette):
                widget.setPalette(QPalette())
        return theme
    # Fusion draws every widget from the palette; native styles (Windows, macOS) ignore parts of
    # it, which would leave light buttons in a dark window.
    _set_style(app, "Fusion")
    app.setPalette(build_palette(theme))
    app.setStyleSheet(resource_path("styles", f"{theme}.qss").read_text(encoding="utf-8"))
    return theme


def style_name(app: QApplication) -> str:
    """The widget style in use, lower case ('fusion', 'windows'), however it was created."""
    chosen = app.property(_STYLE_IN_USE)
    if chosen:
        # Once a style sheet is set, app.style() is Qt's style-sheet wrapper, not the style.
        return str(chosen)
    style = app.style()
    # A style made by QStyleFactory may report an empty name(); its class name still says.
    name = style.name() or style.metaObject().className().removeprefix("Q").removesuffix("Style")
    return name.lower()


def _set_style(app: QApplication, wanted: str) -> None:
    if style_name(app) != wanted.lower():
        style = QStyleFactory.create(wanted)
        if style is None:
            log.warning("the %s widget style is not available; keeping %s", wanted, style_name(app))
            return
        app.setStyle(style)
    app.setProperty(_STYLE_IN_USE, wanted.lower())


# Red for text that needs attention (overdue, a form's error); each reaches WCAG AA on its theme.
WARNING_ON_LIGHT = "#B00020"
WARNING_ON_DARK = "#FF8A80"


def warning_colour(palette: QPalette | None = None) -> QColor:
    """The red for warnings that reads on ``palette`` (the application's when None)."""
    return _shade_for(palette, WARNING_ON_LIGHT, WARNING_ON_DARK)


# Orange for what needs a look but is not wrong (a draft whose date wants confirming).
CAUTION_ON_LIGHT = "#A33B00"
CAUTION_ON_DARK = "#FFB870"


def caution_colour(palette: QPalette | None = None) -> QColor:
    """The orange for cautions that reads on ``palette`` (the application's when None)."""
    return _shade_for(palette, CAUTION_ON_LIGHT, CAUTION_ON_DARK)


def _shade_for(palette: QPalette | None, on_light: str, on_dark: str) -> QColor:
    palette = palette if palette is not None else QApplication.palette()
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return QColor(on_dark if dark else on_light)


def warning_style() -> str:
    """A style sheet that colours a label's text with :func:`warning_colour`."""
    return f"color: {warning_colour().name()}"


def relative_luminance(colour: QColor) -> float:
    """WCAG relative luminance of an sRGB colour, 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours, from 1 (none) to 21 (black on white)."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)
