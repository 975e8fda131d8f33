"""A week printout is one page: empty night hours are left out; what runs on keeps its title."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pytest

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.domain.timing import all_day_span, local_datetime
from diplomatic_calendar.printing import PrintOptions, print_to_pdf
from diplomatic_calendar.printing.data import gather
from diplomatic_calendar.printing.render import build_html
from diplomatic_calendar.store import Store

NEW_YORK = "America/New_York"
WEEK = (dt.date(2026, 11, 2), dt.date(2026, 11, 8))


def _pages(path: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    return [" ".join(page.split()) for page in text.split("\f") if page.strip()]


def _meeting(store: Store, title: str, day: int, hour: int, minute: int = 0) -> None:
    start = local_datetime(dt.date(2026, 11, day), dt.time(hour, minute), NEW_YORK)
    store.events.add(Event(title, EventKind.MEETING, start, start + dt.timedelta(minutes=45)))


@pytest.fixture
def late_and_early(store: Store) -> Store:
    """A week of Asian meetings seen from New York: before dawn, in the working day, late."""
    first, end = all_day_span(dt.date(2026, 11, 6), dt.date(2026, 11, 8))
    store.events.add(Event("ASEAN foreign ministers' meeting opens", EventKind.SUMMIT, first, end))
    _meeting(store, "Wang Yi and Lavrov bilateral", 6, 3)
    _meeting(store, "Rubio meets Lavrov on the ASEAN sidelines", 7, 5)
    _meeting(store, "Sefcovic-Greer call on steel", 2, 9)
    _meeting(store, "Anand and Rubio phone call", 3, 9)
    _meeting(store, "Rubio meets Anwar Ibrahim", 6, 21, 30)
    return store


@pytest.mark.parametrize("landscape", [True, False])
@pytest.mark.parametrize("page_size", ["A4", "Letter"])
def test_a_week_with_early_and_late_meetings_prints_on_one_page(
    qapp, late_and_early: Store, tmp_path: Path, landscape: bool, page_size: str
) -> None:  # type: ignore[no-untyped-def]
    options = PrintOptions("week", *WEEK, zone=NEW_YORK, landscape=landscape, page_size=page_size)
    path = tmp_path / "week.pdf"
    assert print_to_pdf(late_and_early, options, path) == 1
    (page,) = _pages(path)
    assert "Week 45: Mon 2 Nov 2026 – Sun 8 Nov 2026" in page
    for title in ("Wang Yi and Lavrov", "Rubio meets Anwar Ibrahim", "21:30–22:15", "03:00–03:45"):
        assert title in page


def test_only_the_working_day_and_the_hours_that_hold_events_are_rows(
    late_and_early: Store,
) -> None:
    html = build_html(gather(late_and_early, PrintOptions("week", *WEEK, zone=NEW_YORK)))
    rows = [f"{h:02d}:00</td>" for h in range(24)]
    shown = [h for h, label in enumerate(rows) if label in html]
    assert shown == [3, 5, *range(8, 19), 21]


def test_an_event_carried_over_from_the_night_before_sits_in_the_midnight_row(
    store: Store,
) -> None:
    start = local_datetime(dt.date(2026, 11, 3), dt.time(22, 0), NEW_YORK)
    store.events.add(
        Event("Overnight talks", EventKind.MEETING, start, start + dt.timedelta(hours=5))
    )
    html = build_html(gather(store, PrintOptions("week", *WEEK, zone=NEW_YORK)))
    assert "00:00</td>" in html and "…–03:00" in html
    assert "01:00</td>" not in html  # the empty hours after midnight are left out


def test_a_week_that_still_runs_over_heads_the_next_page_with_its_title(
    qapp, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    for hour in range(24):  # a meeting in every hour of one day: more rows than a page holds
        _meeting(store, f"Round {hour:02d} " + "of long-titled talks " * 3, 4, hour)
    path = tmp_path / "crowded.pdf"
    count = print_to_pdf(store, PrintOptions("week", *WEEK, zone=NEW_YORK, landscape=True), path)
    pages = _pages(path)
    assert count == len(pages) > 1
    title = "Week 45: Mon 2 Nov 2026 – Sun 8 Nov 2026"
    assert title in pages[0]
    for page in pages[1:]:
        assert f"{title} (continued)" in page
        assert "Wed 4 Nov" in page  # the column titles again


@pytest.mark.parametrize("landscape", [True, False])
def test_a_busy_week_is_drawn_smaller_to_stay_on_its_page(
    qapp, store: Store, tmp_path: Path, landscape: bool
) -> None:  # type: ignore[no-untyped-def]
    for hour in range(24):  # every hour of three days taken: too tall for a page at full size
        for day in (2, 4, 5):
            _meeting(store, f"Round {day}-{hour:02d} on steel", day, hour)
    _meeting(store, "Talks the week after", 10, 9)
    path = tmp_path / "busy.pdf"
    options = PrintOptions(
        "week", WEEK[0], WEEK[1] + dt.timedelta(days=7), zone=NEW_YORK, landscape=landscape
    )
    assert print_to_pdf(store, options, path) == 2  # one page for each week
    busy, quiet = _pages(path)
    assert busy.count("Week 45: Mon 2 Nov 2026 – Sun 8 Nov 2026") == 1
    for day in (2, 4, 5):
        for hour in range(24):
            assert f"Round {day}-{hour:02d} on steel" in busy
    assert "Week 46" in quiet and "Talks the week after" in quiet
    assert "Page 1 of 2" in busy and "Page 2 of 2" in quiet
