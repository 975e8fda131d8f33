"""Pagination without Qt: stack measured blocks on pages so that no block is cut in two.

A block is one row of a table, a heading, or a paragraph. Qt's own pagination splits table rows
across pages; stacking whole blocks ourselves keeps each row together and lets a continued
table repeat its column titles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of the printout that stays on one page when it fits on one."""

    html: str
    break_before: bool = False
    keep_with_next: bool = False
    # Drawn again above this block when the block opens a page in the middle of its section.
    header: str = ""


@dataclass(frozen=True, slots=True)
class Placement:
    """Draw ``height`` units of ``html`` from ``offset`` down, at ``y`` on the page."""

    html: str
    y: float
    offset: float = 0.0
    height: float = 0.0


class _Stacker:
    def __init__(self, page_height: float, measure: Callable[[str], float]) -> None:
        self.page_height = page_height
        self.measure = measure
        self.pages: list[list[Placement]] = [[]]
        self.y = 0.0

    def new_page(self) -> None:
        if self.pages[-1]:
            self.pages.append([])
        self.y = 0.0

    def room(self) -> float:
        return self.page_height - self.y

    def place(self, html: str) -> None:
        """Put a block here, running it over as many pages as it needs if it is too tall."""
        height = self.measure(html)
        offset = 0.0
        while True:
            part = min(height - offset, self.room())
            self.pages[-1].append(Placement(html, self.y, offset, part))
            self.y += part
            offset += part
            if offset >= height - 1e-6:
                return
            self.new_page()


def paginate(
    blocks: list[Block], page_height: float, measure: Callable[[str], float]
) -> list[list[Placement]]:
    """The blocks' placements page by page; a chain of keep-with-next blocks moves as one."""
    stack = _Stacker(page_height, measure)
    for index, block in enumerate(blocks):
        if block.break_before:
            stack.new_page()
        height = measure(block.html)
        group = _chain_height(blocks, index, measure)
        wanted = group if group <= page_height else height
        if stack.y > 0 and wanted > stack.room():
            stack.new_page()
            if block.header:
                stack.place(block.header)
        stack.place(block.html)
    return stack.pages


def _chain_height(blocks: list[Block], index: int, measure: Callable[[str], float]) -> float:
    """The height of this block and those it must stay with (up to the first free one)."""
    total = 0.0
    for block in blocks[index:]:
        total += measure(block.html)
        if not block.keep_with_next:
            break
    return total
