"""The thin Qt part of printing: lay an HTML document out on pages with a header and a footer."""

from __future__ import annotations

import bisect
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.printing._html import document as _html_document
from diplomatic_calendar.printing.flow import Flow, FlowMismatchError, flatten
from diplomatic_calendar.printing.options import PrintOptions
from diplomatic_calendar.printing.pages import Block, Placement, paginate, sections

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

log = logging.getLogger(__name__)

MARGIN_MM = 15
FONT_FAMILY = "DejaVu Sans"


def make_printer(options: PrintOptions, path: Path | None = None) -> QPrinter:
    """A high-resolution printer set up for the options; a PDF file when ``path`` is given."""
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    size = QPageSize.PageSizeId.A4 if options.page_size == "A4" else QPageSize.PageSizeId.Letter
    printer.setPageSize(QPageSize(size))
    orientation = (
        QPageLayout.Orientation.Landscape if options.landscape else QPageLayout.Orientation.Portrait
    )
    printer.setPageOrientation(orientation)
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    printer.setDocName(options.header())
    if path is not None:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
    return printer


def check_output(path: Path) -> None:
    """Refuse a PDF path Qt would fail on quietly: a missing folder or one we cannot write."""
    folder = path.expanduser().resolve().parent
    if not folder.is_dir():
        raise UserError(f"cannot write {path}: the folder {folder} does not exist")
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")


def paint(blocks: list[Block], header: str, printer: QPrinter) -> int:
    """Stack the blocks on the printer's pages under a header, over 'Page N of M'; return M."""
    from diplomatic_calendar.qt_binding import keep_none_alive

    keep_none_alive()  # a long printout makes many thousands of void Qt calls
    return _paint(blocks, header, printer)


def _paint(blocks: list[Block], header: str, printer: QPrinter) -> int:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    band = _band_height(printer)
    room = page.height() - 2 * band
    laid = _Layouts(printer, page.width())
    blocks, shrunk = _fit_pages(flatten(blocks), printer, page.width(), room)
    flow = _flow(blocks, printer, page.width())
    lines = _LineEnds()

    def cut(html: str, offset: float, most: float) -> float:
        found = flow.where.get(html) if flow else None
        document, shift = found or (laid.document(html), 0.0)
        return lines.cut(document, shift + offset, most)

    def height(html: str) -> float:
        if html in shrunk:
            document, scale = shrunk[html]
            return float(document.size().height()) * scale
        return _height(html, flow, laid)

    pages = paginate(blocks, room, height, cut)
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(f"cannot print to {printer.outputFileName() or printer.printerName()}")
    try:
        for number, placements in enumerate(pages, start=1):
            if number > 1:
                printer.newPage()
            _decorate(painter, header, f"Page {number} of {len(pages)}", page, band)
            for document, top, y, tall, scale in _runs(placements, flow, laid, shrunk):
                painter.save()
                painter.translate(0, band + y)
                painter.scale(scale, scale)
                painter.translate(0, -top)
                document.drawContents(painter, QRectF(0, top, page.width() / scale, tall))
                painter.restore()
    finally:
        painter.end()
    return len(pages)


# A page shrunk to fit is never drawn smaller than this: below it, type is too small to read,
# and the page runs on to the next under its title instead.
SMALLEST_SCALE = 0.6

Shrunk = dict[str, tuple["QTextDocument", float]]


def _fit_pages(
    blocks: list[Block], printer: QPrinter, width: float, room: float
) -> tuple[list[Block], Shrunk]:
    """Each run of blocks that must make one page (see pages.sections) as one block, laid out
    wider and drawn smaller when it is taller than ``room``, with its document and scale. A run
    that would have to shrink past SMALLEST_SCALE stays as it was, to run on over pages."""
    shrunk: Shrunk = {}
    out: list[Block] = []
    done = 0
    for start, end in sections(blocks):
        run = blocks[start:end]
        html = "".join(b.html for b in run)
        document = _document(html, printer, width)
        scale = min(1.0, room / float(document.size().height()))
        if scale < 1.0:
            # Laid out as wide as the page is at that scale, lines wrap less and the run needs
            # no more height: take the larger scale that layout allows if it still fits.
            document.setTextWidth(width / scale)
            wider = min(1.0, room / float(document.size().height()))
            document.setTextWidth(width / wider)
            if float(document.size().height()) * wider <= room:
                scale = wider
            else:
                document.setTextWidth(width / scale)
        if scale < SMALLEST_SCALE:
            continue
        out.extend(blocks[done:start])
        out.append(Block(html, break_before=run[0].break_before))
        shrunk[html] = (document, scale)
        done = end
    out.extend(blocks[done:])
    return out, shrunk


def _flow(blocks: list[Block], printer: QPrinter, width: float) -> Flow | None:
    """The printout as one laid-out document, or None if that fails (each block is then laid
    out alone)."""
    try:
        return Flow(blocks, lambda html: _document(html, printer, width))
    except FlowMismatchError:
        log.exception("laying the printout out as one document failed; laying out each block")
        return None


def _runs(
    placements: list[Placement], flow: Flow | None, laid: _Layouts, shrunk: Shrunk
) -> list[tuple[QTextDocument, float, float, float, float]]:
    """(document, top in it, y on the page, height in it, scale): neighbours from one document
    drawn once; a page shrunk to fit drawn from its own document at its scale."""
    runs: list[tuple[QTextDocument, float, float, float, float]] = []
    for placed in placements:
        if placed.html in shrunk:
            document, scale = shrunk[placed.html]
            runs.append((document, placed.offset / scale, placed.y, placed.height / scale, scale))
            continue
        found = flow.where.get(placed.html) if flow else None
        document, shift = found or (laid.document(placed.html), 0.0)
        top = shift + placed.offset
        if runs:
            last_doc, last_top, last_y, last_height, last_scale = runs[-1]
            follows = abs(last_top + last_height - top) < 0.5
            if last_doc is document and follows and abs(last_y + last_height - placed.y) < 0.5:
                runs[-1] = (last_doc, last_top, last_y, last_height + placed.height, last_scale)
                continue
        runs.append((document, top, placed.y, placed.height, 1.0))
    return runs


class _LineEnds:
    """For each document, the heights where no line of text is cut (read when first needed)."""

    def __init__(self) -> None:
        self._safe: dict[int, list[float]] = {}

    def cut(self, document: QTextDocument, top: float, most: float) -> float:
        """The most of ``most`` below ``top`` that ends between lines; ``most`` if none does."""
        safe = self._safe.get(id(document))
        if safe is None:
            safe = self._safe[id(document)] = _safe_heights(document)
        index = bisect.bisect_right(safe, top + most) - 1
        if index >= 0 and safe[index] > top + 1.0:  # a cut must leave something on this page
            return safe[index] - top
        return most


def _safe_heights(document: QTextDocument) -> list[float]:
    """The tops and bottoms of runs of lines that overlap: no line crosses them (cells side by
    side have lines at different heights, so single line ends are not enough)."""
    layout = document.documentLayout()
    spans: list[tuple[float, float]] = []
    block = document.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text = block.layout()
        for number in range(text.lineCount()):
            line = text.lineAt(number)
            spans.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    spans.sort()
    safe: list[float] = []
    run_top, run_bottom = None, 0.0
    for start, end in spans:
        if run_top is None or start >= run_bottom:
            if run_top is not None:
                safe.append(run_bottom)
            safe.append(start)
            run_top, run_bottom = start, end
        else:
            run_bottom = max(run_bottom, end)
    if run_top is not None:
        safe.append(run_bottom)
    return sorted(set(safe))


def _height(html: str, flow: Flow | None, laid: _Layouts) -> float:
    if flow is not None and html in flow.height:
        return flow.height[html]
    return laid.height(html)


class _Layouts:
    """Each block's laid-out document, made once and kept for measuring and drawing."""

    def __init__(self, printer: QPrinter, width: float) -> None:
        self._printer = printer
        self._width = width
        self._documents: dict[str, QTextDocument] = {}

    def document(self, html: str) -> QTextDocument:
        if html not in self._documents:
            self._documents[html] = _document(html, self._printer, self._width)
        return self._documents[html]

    def height(self, html: str) -> float:
        return float(self.document(html).size().height())


def _document(html: str, printer: QPrinter, width: float) -> QTextDocument:
    from PySide6.QtGui import QFont, QTextDocument

    document = QTextDocument()
    # Laying out against the printer makes point sizes come out true at its resolution.
    document.documentLayout().setPaintDevice(printer)
    document.setDefaultFont(QFont(FONT_FAMILY, 10))
    document.setDocumentMargin(0)
    document.setHtml(_html_document(html))
    document.setTextWidth(width)
    return document


def _band_height(printer: QPrinter) -> float:
    """Room for the header or the footer: two lines of 8-point type."""
    return 8 / 72 * printer.resolution() * 2.4


def _decorate(painter: QPainter, header: str, footer: str, page: QRectF, band: float) -> None:
    from PySide6.QtCore import QLineF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPen

    width, height = page.width(), page.height()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(8)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    painter.drawText(QRectF(0, 0, width, band), int(flags), header)
    bottom = QRectF(0, height - band * 0.6, width, band * 0.6)
    painter.drawText(
        bottom, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), footer
    )
    pen = QPen(QColor("#999999"))
    pen.setWidthF(painter.device().logicalDpiY() / 150)
    painter.setPen(pen)
    painter.drawLine(QLineF(0, band * 0.6, width, band * 0.6))
    painter.restore()


def render_pdf(blocks: list[Block], options: PrintOptions, path: Path) -> int:
    """Write the printout to a PDF file; return its page count."""
    check_output(path)
    printer = make_printer(options, path)
    pages = paint(blocks, options.header(), printer)
    if not path.exists():
        raise UserError(f"could not write {path}")
    log.info("wrote %s (%d pages)", path, pages)
    return pages


def ensure_gui() -> None:
    """A headless QGuiApplication for printing from the command line, unless one exists."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        # Kept on the module so that it lives as long as the process.
        globals()["_APP"] = QGuiApplication(["diplomatic-calendar", "-platform", "offscreen"])
