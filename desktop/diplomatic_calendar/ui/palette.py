"""One colour per event kind, defined once; legible on light and dark, with a text cue too."""

from __future__ import annotations

from PySide6.QtGui import QColor

from diplomatic_calendar.domain.model import EventKind

# Chosen from the Okabe-Ito set so that the common colour-vision deficiencies can tell them apart;
# every chip also shows a short text tag, so colour is never the only cue.
_KIND_COLOURS: dict[EventKind, str] = {
    EventKind.MEETING: "#0072B2",
    EventKind.CALL: "#56B4E9",
    EventKind.VISIT: "#009E73",
    EventKind.SUMMIT: "#CC79A7",
    EventKind.SIGNING: "#E69F00",
    EventKind.STATEMENT: "#7F7F7F",
    EventKind.TARIFF_DEADLINE: "#D55E00",
    EventKind.DEADLINE: "#A6373F",
    EventKind.OTHER: "#5D6D7E",
}

_KIND_TAGS: dict[EventKind, str] = {
    EventKind.MEETING: "MTG",
    EventKind.CALL: "CALL",
    EventKind.VISIT: "VISIT",
    EventKind.SUMMIT: "SUMMIT",
    EventKind.SIGNING: "SIGN",
    EventKind.STATEMENT: "STMT",
    EventKind.TARIFF_DEADLINE: "TARIFF",
    EventKind.DEADLINE: "DUE",
    EventKind.OTHER: "",
}


def kind_colour(kind: EventKind) -> QColor:
    """The fill colour of a kind's chips."""
    return QColor(_KIND_COLOURS[kind])


def kind_tag(kind: EventKind) -> str:
    """A short text cue for a kind, shown beside the colour."""
    return _KIND_TAGS[kind]


def text_on(background: QColor) -> QColor:
    """Black or white, whichever has the higher contrast ratio on ``background`` (WCAG)."""

    def linear(channel: int) -> float:
        value = channel / 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    luminance = (
        0.2126 * linear(background.red())
        + 0.7152 * linear(background.green())
        + 0.0722 * linear(background.blue())
    )
    on_black, on_white = (luminance + 0.05) / 0.05, 1.05 / (luminance + 0.05)
    return QColor("#000000") if on_black >= on_white else QColor("#FFFFFF")
