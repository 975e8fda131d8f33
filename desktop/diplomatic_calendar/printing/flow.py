"""A whole printout laid out as one document, with where each block starts and ends.

Laying out every row as its own document costs a millisecond or two a row; one document for
the lot is laid out by Qt in one go, and pagination then only needs each block's top.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from diplomatic_calendar.printing.pages import Block

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument


class FlowMismatchError(Exception):
    """The laid-out document's elements do not line up with the blocks (a builder's bug)."""


def flatten(blocks: list[Block]) -> list[Block]:
    """Groups opened into their parts, each block's HTML made unique (equal rows, own places)."""
    flat: list[Block] = []
    for block in blocks:
        if block.parts:
            inner = flatten(list(block.parts))
            if block.break_before:
                inner[0] = replace(inner[0], break_before=True)
            flat.extend(inner)
        else:
            flat.append(block)
    return [replace(b, html=f"{b.html}<!--{n}-->") for n, b in enumerate(flat)]


# A one-point line before each block: its place in the laid-out document is exact, where the
# edges Qt reports for tables and headings overlap their neighbours by their margins.
MARKER = '<p style="font-size: 1pt; margin: 0;">\u200b</p>'


def marker_tops(document: QTextDocument) -> list[float]:
    """Where each marker line starts, in document order."""
    layout = document.documentLayout()
    tops: list[float] = []
    block = document.begin()
    while block.isValid():
        if block.text() == "\u200b":
            tops.append(layout.blockBoundingRect(block).top())
        block = block.next()
    return tops


# Blocks per laid-out document: Qt walks every table of a document to draw any part of it, so
# one document for a year of rows would make drawing slow page by page.
CHUNK = 40


class Flow:
    """The flattened blocks in a few documents, with each block's document, top and height."""

    def __init__(self, blocks: list[Block], make: Callable[[str], QTextDocument]) -> None:
        self.where: dict[str, tuple[QTextDocument, float]] = {}
        self.height: dict[str, float] = {}
        for first in range(0, len(blocks), CHUNK):
            self._lay_out(blocks[first : first + CHUNK], make)

    def _lay_out(self, blocks: list[Block], make: Callable[[str], QTextDocument]) -> None:
        document = make("".join(MARKER + b.html for b in blocks))
        tops = marker_tops(document)
        if len(tops) != len(blocks):
            raise FlowMismatchError(f"{len(tops)} markers for {len(blocks)} blocks")
        ends = [*tops[1:], float(document.size().height())]
        for block, top, bottom in zip(blocks, tops, ends, strict=True):
            self.where[block.html] = (document, top)
            self.height[block.html] = bottom - top
