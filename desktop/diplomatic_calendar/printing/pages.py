"""Pagination without Qt: stack measured blocks on pages so that no block is cut in two.

A block is one row of a table, a heading, or a paragraph. Qt's own pagination splits table rows
across pages; stacking whole blocks ourselves keeps each row together and lets a continued
table repeat its column titles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Block:
    """A piece of the printout that stays on one page when it fits on one."""

    html: str
    break_before: bool = False
    keep_with_next: bool = False
    # Drawn again above this block when the block opens a page in the middle of its section.
    header: str = ""
    # A run of blocks laid out as one (fewer, faster layouts); used in their place when the run
    # does not fit where it would start.
    parts: tuple[Block, ...] = ()
    # This block and those after it, up to the next page break, make one page: shrunk to fit
    # when they are taller (a week's timetable), within what stays readable.
    fit_page: bool = False


def sections(blocks: list[Block]) -> list[tuple[int, int]]:
    """Where each run that must fit one page starts and ends (exclusive) among ``blocks``: from
    a block that asks for it up to the next page break or the next such block."""
    found: list[tuple[int, int]] = []
    for index, block in enumerate(blocks):
        if not block.fit_page:
            continue
        end = index + 1
        while end < len(blocks) and not blocks[end].break_before and not blocks[end].fit_page:
            end += 1
        found.append((index, end))
    return found


def group(blocks: list[Block]) -> Block:
    """Several blocks as one, which pagination splits back into them only when it must."""
    last = blocks[-1]
    return Block(
        "".join(b.html for b in blocks),
        break_before=blocks[0].break_before,
        keep_with_next=last.keep_with_next,
        header=blocks[0].header,
        parts=tuple(blocks),
    )


@dataclass(frozen=True, slots=True)
class Placement:
    """Draw ``height`` units of ``html`` from ``offset`` down, at ``y`` on the page."""

    html: str
    y: float
    offset: float = 0.0
    height: float = 0.0


# Where a block taller than the room left may be cut: given the block, the offset into it and
# the most that fits, the most that fits without cutting through a line of text.
Cutter = Callable[[str, float, float], float]


class _Stacker:
    def __init__(
        self, page_height: float, measure: Callable[[str], float], cut: Cutter | None = None
    ) -> None:
        self.page_height = page_height
        self.measure = measure
        self.cut = cut
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
            if part < height - offset and self.cut is not None:
                part = self.cut(html, offset, part)
            self.pages[-1].append(Placement(html, self.y, offset, part))
            self.y += part
            offset += part
            if offset >= height - 1e-6:
                return
            self.new_page()


def paginate(
    blocks: list[Block],
    page_height: float,
    measure: Callable[[str], float],
    cut: Cutter | None = None,
) -> list[list[Placement]]:
    """The blocks' placements page by page; a chain of keep-with-next blocks moves as one.

    ``cut`` moves the point where a block too tall for its page runs over up to the end of a
    line of text, so that no line is drawn half on one page and half on the next.
    """
    stack = _Stacker(page_height, measure, cut)
    _stack_all(stack, blocks)
    return stack.pages


def _stack_all(stack: _Stacker, blocks: list[Block]) -> None:
    for index, block in enumerate(blocks):
        if block.parts:
            if block.break_before:
                stack.new_page()
            if measure_fits(stack, block):
                stack.place(block.html)
            else:
                _stack_all(stack, [replace(block.parts[0], break_before=False), *block.parts[1:]])
            continue
        if block.break_before:
            stack.new_page()
        height = stack.measure(block.html)
        chain = _chain_height(blocks, index, stack.measure)
        wanted = chain if chain <= stack.page_height else height
        # A block taller than any page runs over pages wherever it starts: moving it to a new
        # page would only leave the heading before it alone on a nearly blank one.
        if stack.y > 0 and wanted > stack.room() and height <= stack.page_height:
            stack.new_page()
            if block.header:
                stack.place(block.header)
        stack.place(block.html)


def measure_fits(stack: _Stacker, block: Block) -> bool:
    """Whether a group fits whole in what is left of the page (a group ends a keep chain)."""
    return stack.measure(block.html) <= stack.room() and not block.keep_with_next


def _chain_height(blocks: list[Block], index: int, measure: Callable[[str], float]) -> float:
    """The height of this block and those it must stay with (up to the first free one)."""
    total = 0.0
    for block in blocks[index:]:
        if block.parts:
            # Only the group's opening has to stay with what leads into it.
            return total + _chain_height(list(block.parts), 0, measure)
        total += measure(block.html)
        if not block.keep_with_next:
            break
    return total
