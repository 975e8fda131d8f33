"""Schedules as documents: HTML, iCalendar, CSV and JSON, and PDF through Qt.

Modules here load Qt and icalendar only inside the functions that need them, so that opening
the window or running a light command does not pay for them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from diplomatic_calendar.printing.options import PAGE_SIZES, STYLES, PrintOptions

if TYPE_CHECKING:
    from diplomatic_calendar.printing.pages import Block
    from diplomatic_calendar.store import Store

__all__ = ["PAGE_SIZES", "STYLES", "PrintOptions", "build_printout", "print_to_pdf"]


def build_printout(store: Store, options: PrintOptions) -> list[Block]:
    """The printout's blocks, from the same store queries the calendar views make."""
    from diplomatic_calendar.printing.data import gather
    from diplomatic_calendar.printing.render import build_blocks

    return build_blocks(gather(store, options))


def print_to_pdf(store: Store, options: PrintOptions, path: Path) -> int:
    """Write a printout to a PDF file (a QGuiApplication, even offscreen, must exist); pages."""
    from diplomatic_calendar.printing.pdf import render_pdf

    return render_pdf(build_printout(store, options), options, path)
