"""The deadlines printout says in words which deadlines are past and still pending."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from diplomatic_calendar.domain.model import Event, EventKind, EventStatus
from diplomatic_calendar.domain.timing import all_day_span
from diplomatic_calendar.printing import PrintOptions, print_to_pdf
from diplomatic_calendar.printing.data import gather
from diplomatic_calendar.printing.render import build_html
from diplomatic_calendar.store import Store

TODAY = dt.date(2025, 8, 5)


def _deadline(store: Store, title: str, day: dt.date, status: EventStatus) -> None:
    first, end = all_day_span(day)
    store.events.add(Event(title, EventKind.DEADLINE, first, end, status=status))


def _options() -> PrintOptions:
    return PrintOptions(
        "deadlines", dt.date(2025, 7, 1), dt.date(2025, 8, 31), zone="UTC", today=TODAY
    )


def _row_of(html: str, title: str) -> str:
    at = html.index(title)
    return html[html.rindex("<table", 0, at) : html.index("</table>", at)]


def test_a_past_pending_deadline_says_overdue_and_a_settled_one_does_not(
    filled: Store,
) -> None:
    _deadline(filled, "Comments on steel due", dt.date(2025, 7, 30), EventStatus.PLANNED)
    _deadline(filled, "Filing already made", dt.date(2025, 7, 29), EventStatus.HELD)
    _deadline(filled, "Reply due", dt.date(2025, 8, 4), EventStatus.CONFIRMED)
    _deadline(filled, "Next round due", dt.date(2025, 8, 12), EventStatus.PLANNED)
    html = build_html(gather(filled, _options()))
    late = _row_of(html, "Comments on steel due")
    assert "<b>6 days overdue</b>" in late and 'class="overdue"' in late
    assert "<b>1 day overdue</b>" in _row_of(html, "Reply due")
    settled = _row_of(html, "Filing already made")
    assert "overdue" not in settled and "7 days ago" in settled
    assert "overdue" not in _row_of(html, "Next round due")


def test_an_announced_tariff_past_its_date_is_overdue_on_paper(
    qapp, filled: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "deadlines.pdf"
    print_to_pdf(filled, _options(), path)
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    words = " ".join(text.split())
    # the US tariff on Malaysia took effect on 1 August and is still only announced
    assert "4 days overdue" in words
    assert words.index("Fri 1 Aug") < words.index("4 days overdue") < words.index("Malaysia: 25%")
