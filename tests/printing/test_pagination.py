"""Pagination keeps blocks whole, moves headings with what follows, repeats table titles."""

from __future__ import annotations

from diplomatic_calendar.printing.pages import Block, paginate


def _heights(table: dict[str, float]):  # type: ignore[no-untyped-def]
    return lambda html: table[html]


def test_a_block_that_does_not_fit_moves_whole_to_the_next_page() -> None:
    blocks = [Block("a"), Block("b"), Block("c")]
    pages = paginate(blocks, 100, _heights({"a": 40, "b": 40, "c": 40}))
    assert [[p.html for p in page] for page in pages] == [["a", "b"], ["c"]]
    assert pages[1][0].y == 0


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page() -> None:
    blocks = [Block("a"), Block("h", keep_with_next=True), Block("row")]
    pages = paginate(blocks, 100, _heights({"a": 70, "h": 10, "row": 30}))
    assert [[p.html for p in page] for page in pages] == [["a"], ["h", "row"]]


def test_a_continued_table_repeats_its_titles() -> None:
    blocks = [Block("t", keep_with_next=True), *[Block(f"r{i}", header="t") for i in range(4)]]
    heights = {"t": 10, **{f"r{i}": 40 for i in range(4)}}
    pages = paginate(blocks, 100, _heights(heights))
    assert [[p.html for p in page] for page in pages] == [["t", "r0", "r1"], ["t", "r2", "r3"]]


def test_a_block_taller_than_a_page_runs_over_in_slices_from_where_it_starts() -> None:
    pages = paginate([Block("x"), Block("tall")], 100, _heights({"x": 20, "tall": 250}))
    slices = [(p.html, p.offset, p.height) for page in pages for p in page if p.html == "tall"]
    # Moving it to a fresh page would not keep it whole anyway: it fills the rest of this one.
    assert slices == [("tall", 0, 80), ("tall", 80, 100), ("tall", 180, 70)]


def test_a_heading_stays_with_the_start_of_a_block_taller_than_a_page() -> None:
    blocks = [Block("x"), Block("day", keep_with_next=True), Block("tall")]
    pages = paginate(blocks, 100, _heights({"x": 20, "day": 10, "tall": 250}))
    assert [p.html for p in pages[0]] == ["x", "day", "tall"]


def test_break_before_starts_a_new_page_but_not_an_empty_first_one() -> None:
    blocks = [Block("a", break_before=True), Block("b", break_before=True)]
    pages = paginate(blocks, 100, _heights({"a": 10, "b": 10}))
    assert [[p.html for p in page] for page in pages] == [["a"], ["b"]]


def test_a_group_is_laid_out_whole_when_it_fits_and_split_when_it_does_not() -> None:
    from diplomatic_calendar.printing.pages import group

    rows = [Block("h", keep_with_next=True), Block("r1", header="h+"), Block("r2", header="h+")]
    day = group(rows)
    heights = {"h": 10, "r1": 40, "r2": 40, "h+": 10, day.html: 90, "x": 50}
    fits = paginate([day], 100, _heights(heights))
    assert [[p.html for p in page] for page in fits] == [[day.html]]
    split = paginate([Block("x"), day], 100, _heights(heights))
    assert [[p.html for p in page] for page in split] == [["x", "h", "r1"], ["h+", "r2"]]


def test_a_block_run_over_pages_is_cut_where_the_cutter_allows() -> None:
    def between_lines(html: str, offset: float, most: float) -> float:
        return (offset + most) // 30 * 30 - offset  # lines 30 units tall, from the block's top

    pages = paginate(
        [Block("x"), Block("tall")], 100, _heights({"x": 20, "tall": 250}), between_lines
    )
    slices = [(p.offset, p.height) for page in pages for p in page if p.html == "tall"]
    assert slices == [(0, 60), (60, 90), (150, 100)]  # the rest fits whole: no cut needed


def test_safe_cuts_never_fall_inside_a_line_of_any_cell(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    from diplomatic_calendar.printing.pdf import _safe_heights

    document = QTextDocument()
    left = "<br>".join(f"left line {n}" for n in range(40))
    right = "<br>".join(f"right line {n}" for n in range(25))
    document.setHtml(f"<table><tr><td>{left}</td><td><big>{right}</big></td></tr></table>")
    document.setTextWidth(400)
    spans = []
    block = document.begin()
    while block.isValid():
        top = document.documentLayout().blockBoundingRect(block).top()
        for n in range(block.layout().lineCount()):
            line = block.layout().lineAt(n)
            spans.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    safe = _safe_heights(document)
    assert len(safe) > 10
    assert not any(start < cut < end for cut in safe for start, end in spans)
