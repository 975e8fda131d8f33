"""One entry point from gathered data to a print style's blocks, or to one HTML document."""

from __future__ import annotations

from collections.abc import Callable

from diplomatic_calendar.printing._html import document
from diplomatic_calendar.printing.country import country_blocks
from diplomatic_calendar.printing.data import ScheduleData
from diplomatic_calendar.printing.grids import day_blocks, month_blocks, week_blocks
from diplomatic_calendar.printing.lists import agenda_blocks, deadlines_blocks
from diplomatic_calendar.printing.pages import Block

BUILDERS: dict[str, Callable[[ScheduleData], list[Block]]] = {
    "agenda": agenda_blocks,
    "day": day_blocks,
    "week": week_blocks,
    "month": month_blocks,
    "deadlines": deadlines_blocks,
    "country": country_blocks,
}


def build_blocks(data: ScheduleData) -> list[Block]:
    """The printout's body as blocks that pagination keeps whole."""
    return BUILDERS[data.options.style](data)


def build_html(data: ScheduleData) -> str:
    """The printout's body as one HTML document (for a look in a browser, and for tests)."""
    return document("".join(block.html for block in build_blocks(data)))
