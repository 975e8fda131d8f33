"""A deadline falls due on its last day, as the zone it is read in sees it: the list, the command
line and the printout count down to the same day, and "within 7 days" takes in the seventh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.domain import clock, timing
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.printing import PrintOptions, build_printout
from diplomatic_calendar.store import Store
from tests.conftest import FIXED_NOW

NEW_YORK, TOKYO = ZoneInfo("America/New_York"), ZoneInfo("Asia/Tokyo")
TODAY = FIXED_NOW.date()  # Thursday 10 July 2025


def _period(store: Store, title: str, first: dt.date, last: dt.date) -> Event:
    """An all-day deadline open from ``first`` through ``last``."""
    event = Event(title, EventKind.DEADLINE, first, last + dt.timedelta(days=1), countries=("EU",))
    return store.events.add(event)


def _at(store: Store, title: str, moment: dt.datetime) -> Event:
    return store.events.add(Event(title, EventKind.DEADLINE, moment, moment, countries=("US",)))


def test_a_comment_period_is_due_on_its_last_day_and_not_before(store: Store) -> None:
    _period(store, "Consultation on countermeasures", dt.date(2025, 7, 1), dt.date(2025, 7, 24))
    (due,) = store.tariffs.deadlines(TODAY, TODAY + dt.timedelta(days=30))
    assert due.day == dt.date(2025, 7, 24)
    assert store.tariffs.deadlines(dt.date(2025, 6, 1), TODAY) == []  # open, not yet due
    assert store.tariffs.deadlines(dt.date(2025, 7, 24), dt.date(2025, 7, 25)) == [due]


def test_a_timed_deadline_is_due_on_the_day_of_the_zone_it_is_read_in(store: Store) -> None:
    _at(store, "Vote on the retaliation list", dt.datetime(2025, 7, 14, 23, 30, tzinfo=NEW_YORK))
    _at(store, "Comments to USTR", dt.datetime(2025, 7, 15, 3, 0, tzinfo=TOKYO))
    berlin = store.tariffs.deadlines(TODAY, TODAY + dt.timedelta(days=30), "Europe/Berlin")
    assert [(d.title, d.day.day) for d in berlin] == [
        ("Comments to USTR", 14),
        ("Vote on the retaliation list", 15),
    ]


def test_the_deadlines_printout_dates_each_in_its_own_zone_and_by_its_last_day(
    store: Store,
) -> None:
    _at(store, "Vote on the retaliation list", dt.datetime(2025, 7, 14, 23, 30, tzinfo=NEW_YORK))
    _at(store, "Comments to USTR", dt.datetime(2025, 7, 15, 3, 0, tzinfo=TOKYO))
    _period(store, "Consultation on countermeasures", dt.date(2025, 7, 1), dt.date(2025, 7, 24))
    options = PrintOptions(
        "deadlines", TODAY, TODAY + dt.timedelta(days=30), zone="Europe/Berlin", today=TODAY
    )
    html = "".join(block.html for block in build_printout(store, options))
    order = [html.index(t) for t in ("Comments to USTR", "Vote on the", "Consultation on")]
    assert order == sorted(order)
    ustr = html[: order[0]]
    assert "Mon 14 Jul" in ustr[ustr.rindex("<tr") :] and "20:00" in ustr[ustr.rindex("<tr") :]
    vote = html[order[0] : order[1]]
    assert "Tue 15 Jul" in vote and "05:30" in vote
    consultation = html[order[1] : order[2]]
    assert "Thu 24 Jul" in consultation and "in 14 days" in consultation
    assert "open from" in html[order[2] :]


@pytest.fixture
def on_the_seventh(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(clock, "system_clock", clock.fixed_clock(FIXED_NOW))
    monkeypatch.setattr(timing, "system_zone_name", lambda: "UTC")
    store = Store.open(db_path)
    _period(store, "Seventh day", TODAY + dt.timedelta(days=7), TODAY + dt.timedelta(days=7))
    _period(store, "Eighth day", TODAY + dt.timedelta(days=8), TODAY + dt.timedelta(days=8))
    store.close()
    return db_path


def test_within_seven_days_takes_in_the_seventh_and_not_the_eighth(
    on_the_seventh: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(on_the_seventh), "deadlines", "--within", "7d"]) == 0
    out = capsys.readouterr().out
    assert "Seventh day" in out and "in 7 days" in out
    assert "Eighth day" not in out


def test_a_timed_deadline_given_an_hour_is_due_when_it_starts(store: Store) -> None:
    start = dt.datetime(2025, 7, 14, 23, 30, tzinfo=NEW_YORK)
    store.events.add(
        Event("Comments due", EventKind.DEADLINE, start, start + dt.timedelta(hours=1))
    )
    (due,) = store.tariffs.deadlines(TODAY, TODAY + dt.timedelta(days=30), "America/New_York")
    assert due.day == dt.date(2025, 7, 14)
    options = PrintOptions(
        "deadlines", TODAY, TODAY + dt.timedelta(days=30), zone="America/New_York", today=TODAY
    )
    html = "".join(block.html for block in build_printout(store, options))
    assert "Mon 14 Jul" in html and "23:30" in html and "open from" not in html
