"""Every print style rendered to PDF: its text, its header and footer, its page count."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.printing import PrintOptions, build_printout, print_to_pdf
from diplomatic_calendar.printing.data import gather
from diplomatic_calendar.printing.render import build_html
from diplomatic_calendar.store import Store
from tests.printing.conftest import HOSTILE

JULY = (dt.date(2025, 7, 1), dt.date(2025, 7, 31))


def _options(style: str, first: dt.date = JULY[0], last: dt.date = JULY[1], **kw) -> PrintOptions:  # type: ignore[no-untyped-def]
    kw.setdefault("zone", "Europe/Berlin")
    kw.setdefault("today", dt.date(2025, 7, 10))
    return PrintOptions(style, first, last, **kw)


def _pdf_pages(path: Path) -> list[str]:
    """Each page's text, ligatures (ﬀ) spelled out, so that words can be looked for."""
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    return [page for page in text.split("\f") if page.strip()]


def _print(store: Store, options: PrintOptions, tmp_path: Path) -> tuple[int, list[str]]:
    path = tmp_path / f"{options.style}.pdf"
    count = print_to_pdf(store, options, path)
    return count, _pdf_pages(path)


@pytest.mark.parametrize(
    ("style", "first", "last", "expected_pages", "must_show"),
    [
        ("agenda", *JULY, 1, ["Thu 10 Jul 2025", "Wang Yi and Lavrov bilateral", "09:00–10:30"]),
        ("day", dt.date(2025, 7, 9), dt.date(2025, 7, 11), 3, ["All day", "With Wang Yi"]),
        ("week", dt.date(2025, 7, 7), dt.date(2025, 7, 20), 2, ["Week 28", "Week 29"]),
        ("month", *JULY, 1, ["July 2025", "Wk", "Wang Yi and Lavrov"]),
        ("deadlines", *JULY, 1, ["No deadlines in this range"]),
        ("deadlines", dt.date(2025, 7, 1), dt.date(2025, 8, 31), 1, ["in 22 days", "Announced"]),
    ],
)
def test_each_style_prints_its_records_with_header_and_footer(
    qapp, filled: Store, tmp_path: Path, style, first, last, expected_pages, must_show
) -> None:  # type: ignore[no-untyped-def]
    count, pages = _print(filled, _options(style, first, last), tmp_path)
    assert count == len(pages) == expected_pages
    whole = " ".join(" ".join(p.split()) for p in pages)
    for text in must_show:
        assert text in whole
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
        assert "times in Europe/Berlin" in page.splitlines()[0]


def test_the_country_brief_is_one_page_with_every_section(
    qapp, filled: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    count, pages = _print(filled, _options("country", country="my"), tmp_path)
    text = " ".join(pages[0].split())
    assert count == 1
    assert text.startswith("Country brief: Malaysia")
    for section in ("Tariff position", "Officials", "Upcoming meetings", "Recent meetings"):
        assert section in text
    assert "25%" in text and "Announced" in text and "in 22 days" in text
    assert "Example Wire, 1 July 2025" in text


def test_a_long_agenda_breaks_between_rows_and_numbers_every_page(
    qapp, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from diplomatic_calendar.domain.model import Event
    from diplomatic_calendar.domain.timing import all_day_span

    for day in range(1, 32):
        first, end = all_day_span(dt.date(2025, 7, day))
        for n in range(3):
            store.events.add(Event(f"Item {day}-{n} " + "words " * 30, EventKind.OTHER, first, end))
    count, pages = _print(store, _options("agenda"), tmp_path)
    assert count == len(pages) > 3
    assert all(f"Page {n} of {count}" in page for n, page in enumerate(pages, start=1))
    # Every item's title starts and ends on the same page.
    for day in range(1, 32):
        for n in range(3):
            holder = [p for p in pages if f"Item {day}-{n} " in p]
            assert len(holder) == 1


def test_landscape_letter_pages_are_wider_than_tall(qapp, filled: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "wide.pdf"
    print_to_pdf(filled, _options("month", landscape=True, page_size="Letter"), path)
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    size = next(line for line in info.stdout.splitlines() if line.startswith("Page size"))
    assert "792 x 612" in size


def test_hostile_titles_and_notes_print_as_text(filled: Store) -> None:
    html = build_html(gather(filled, _options("agenda", include_notes=True)))
    assert "<script>" not in html and "<b>Talks</b>" not in html
    assert "&lt;b&gt;Talks&lt;/b&gt;" in html
    assert "&lt;i&gt;not italic&lt;/i&gt;" in html


def test_hostile_title_reads_literally_in_the_pdf(qapp, filled: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _, pages = _print(filled, _options("agenda"), tmp_path)
    assert HOSTILE.split("&")[0].strip() in " ".join(pages[0].split())


def test_notes_appear_only_when_asked_for(filled: Store) -> None:
    without = build_html(gather(filled, _options("agenda")))
    with_notes = build_html(gather(filled, _options("agenda", include_notes=True)))
    assert "Bring the steel file" not in without
    assert "Bring the steel file" in with_notes


def test_filters_leave_out_other_kinds_and_countries(filled: Store) -> None:
    only_calls = _options("agenda", event_filter=EventFilter(kinds=frozenset({EventKind.CALL})))
    html = build_html(gather(filled, only_calls))
    assert "Talks" in html and "Wang Yi and Lavrov" not in html
    asean = _options("agenda", event_filter=EventFilter.for_bloc("ASEAN"))
    html = build_html(gather(filled, asean))
    assert "ASEAN foreign ministers" in html and "Talks" not in html


def test_times_are_shown_in_the_chosen_zone_with_the_event_own_zone(filled: Store) -> None:
    blocks = build_printout(filled, _options("agenda", zone="Asia/Tokyo"))
    html = "".join(b.html for b in blocks)
    assert "16:00–17:30" in html
    assert "Asia/Tokyo local" not in html
    berlin = "".join(b.html for b in build_printout(filled, _options("agenda")))
    assert "09:00–10:30" in berlin and "16:00–17:30 Asia/Tokyo local" in berlin


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"style": "poster"}, "not a print style"),
        ({"last": dt.date(2025, 6, 1)}, "comes before"),
        ({"page_size": "A3"}, "not a page size"),
        ({"style": "country"}, "needs a country"),
        ({"zone": "Mars/Base"}, "not a known time zone"),
        ({"last": dt.date(2027, 1, 1)}, "at most"),
    ],
)
def test_bad_options_are_refused_with_one_clear_message(changes, message) -> None:  # type: ignore[no-untyped-def]
    fields = {"style": "agenda", "first": JULY[0], "last": JULY[1], **changes}
    with pytest.raises(UserError, match=message):
        PrintOptions(**fields)


def test_a_missing_folder_is_a_user_error_not_a_silent_log(
    qapp, filled: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError, match="does not exist"):
        print_to_pdf(filled, _options("agenda"), tmp_path / "nowhere" / "x.pdf")


def test_a_long_printout_cannot_use_up_none(qapp, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12 on Python 3.11 drops a reference to None per void call; a long printout
    used to end in 'deallocating None'. However many pages are drawn, None stays far from zero."""
    import sys

    from diplomatic_calendar.domain.model import Event
    from diplomatic_calendar.domain.timing import all_day_span

    for day in range(1, 32):
        first, end = all_day_span(dt.date(2025, 7, day))
        for n in range(6):
            store.events.add(Event(f"Item {day}-{n}", EventKind.OTHER, first, end))
    before = sys.getrefcount(None)
    print_to_pdf(store, _options("agenda"), tmp_path / "long.pdf")
    after = sys.getrefcount(None)
    # Either None was made impossible to use up, or the binding lost nothing.
    assert after > 1_000_000 or after >= before - 50


def test_if_the_one_document_layout_does_not_line_up_each_block_is_laid_out_alone(
    qapp, filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    from diplomatic_calendar.printing import flow

    expected, _ = _print(filled, _options("agenda"), tmp_path)
    monkeypatch.setattr(flow, "marker_tops", lambda document: [0.0])
    count, pages = _print(filled, _options("agenda"), tmp_path)
    assert count == expected == len(pages)
    assert "Wang Yi and Lavrov bilateral" in " ".join(pages[0].split())
    assert "laying out each block" in caplog.text


def test_a_month_printed_for_part_of_it_greys_the_days_it_leaves_out(filled: Store) -> None:
    from diplomatic_calendar.printing.grids import OUTSIDE_SHADE

    html = build_html(gather(filled, _options("month", JULY[0], dt.date(2025, 7, 9))))
    shaded = html.count(f'bgcolor="{OUTSIDE_SHADE}"')
    # 35 cells in July 2025's five weeks: 1-9 July are printed, the other 26 are greyed.
    assert shaded == 35 - 9
    whole = build_html(gather(filled, _options("month")))
    assert whole.count(f'bgcolor="{OUTSIDE_SHADE}"') == 35 - 31


def test_a_crowded_day_in_a_grid_lists_some_and_counts_the_rest(store: Store) -> None:
    from diplomatic_calendar.domain.model import Event
    from diplomatic_calendar.printing.grids import CELL_LIMIT

    day = dt.date(2025, 7, 15)
    start = dt.datetime(2025, 7, 15, 6, tzinfo=dt.UTC)
    for n in range(CELL_LIMIT + 12):
        at = start + dt.timedelta(minutes=10 * n)
        store.events.add(Event(f"Talks {n:02d}", EventKind.MEETING, at, at + dt.timedelta(hours=1)))
    month = build_html(gather(store, _options("month", day, day)))
    assert "Talks 07" in month and "Talks 08" not in month
    assert "+12 more (the agenda printout lists them)" in month
    agenda = build_html(gather(store, _options("agenda", day, day)))
    assert all(f"Talks {n:02d}" in agenda for n in range(CELL_LIMIT + 12))


def test_weeks_that_start_on_sunday_print_as_one_page_per_week(filled: Store) -> None:
    sunday = _options("week", dt.date(2025, 7, 13), dt.date(2025, 7, 19), first_weekday=6)
    html = build_html(gather(filled, sunday))
    assert html.count("<h1>Week ") == 1
    assert "Week 29: Sun 13 Jul 2025 – Sat 19 Jul 2025" in html
    month = build_html(gather(filled, _options("month", first_weekday=6)))
    assert month.index('<th width="13.5%">Sun</th>') < month.index('<th width="13.5%">Mon</th>')


def test_the_night_the_clocks_go_back_prints_in_order_with_lengths() -> None:
    from zoneinfo import ZoneInfo

    from diplomatic_calendar.domain.model import Event
    from diplomatic_calendar.printing._html import sort_key, time_text

    berlin = ZoneInfo("Europe/Berlin")
    first = dt.datetime(2025, 10, 26, 0, 30, tzinfo=dt.UTC)  # 02:30 summer time
    second = dt.datetime(2025, 10, 26, 1, 30, tzinfo=dt.UTC)  # 02:30 again, winter time
    early = Event("Early call", EventKind.CALL, first, first + dt.timedelta(minutes=30))
    late = Event("A later call", EventKind.CALL, second, second + dt.timedelta(minutes=30))
    ordered = sorted([late, early], key=lambda e: sort_key(e, berlin))
    assert [e.title for e in ordered] == ["Early call", "A later call"]
    hour = Event(
        "Hour", EventKind.CALL, first - dt.timedelta(minutes=30), second - dt.timedelta(minutes=30)
    )
    assert time_text(hour, dt.date(2025, 10, 26), berlin) == "02:00–02:00"
