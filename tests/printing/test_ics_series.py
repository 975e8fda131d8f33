"""Repeating events as other programs write them: zones of their own, UNTIL, RDATE and rules
no calendar can show."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.printing.ics import import_calendar
from diplomatic_calendar.store import Store

TODAY = dt.date(2026, 3, 1)
BERLIN = ZoneInfo("Europe/Berlin")


def _calendar(tmp_path: Path, *events: str, zones: str = "") -> Path:
    body = "".join(
        f"BEGIN:VEVENT\r\nDTSTAMP:20260201T000000Z\r\n{e.strip()}\r\nEND:VEVENT\r\n" for e in events
    )
    path = tmp_path / "series.ics"
    path.write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Series//EN\r\n{zones}{body}"
        "END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    return path


def _titled(store: Store, title: str) -> list[Event]:
    found = store.events.between(dt.date(2025, 1, 1), dt.date(2029, 1, 1))
    return sorted((e for e in found if e.title == title), key=lambda e: e.start)  # type: ignore[arg-type, return-value]


OWN_ZONE = (
    "BEGIN:VTIMEZONE\r\nTZID:Office zone\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16011028T030000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010325T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


def test_a_series_in_a_zone_of_the_files_own_keeps_its_time_across_the_change(
    store: Store, tmp_path: Path
) -> None:
    path = _calendar(
        tmp_path,
        """UID:coordination
SUMMARY:Coordination call
DTSTART;TZID="Office zone":20260317T093000
DTEND;TZID="Office zone":20260317T100000
RRULE:FREQ=WEEKLY;COUNT=4
EXDATE;TZID="Office zone":20260331T093000""",
        """UID:coordination
RECURRENCE-ID;TZID="Office zone":20260407T093000
SUMMARY:Coordination call
DTSTART;TZID="Office zone":20260407T140000
DTEND;TZID="Office zone":20260407T143000""",
        zones=OWN_ZONE,
    )
    import_calendar(store, path, today=TODAY)
    shown = [e.start.astimezone(BERLIN) for e in _titled(store, "Coordination call")]  # type: ignore[union-attr]
    assert [(m.day, m.month, m.hour, m.minute) for m in shown] == [
        (17, 3, 9, 30),
        (24, 3, 9, 30),
        (7, 4, 14, 0),  # 31 March cancelled; 7 April moved, and there only once
    ]


def test_until_given_as_a_local_time_or_a_date(store: Store, tmp_path: Path) -> None:
    path = _calendar(
        tmp_path,
        """UID:local-until
SUMMARY:Morning brief
DTSTART;TZID=Europe/Berlin:20260302T090000
DTEND;TZID=Europe/Berlin:20260302T093000
RRULE:FREQ=DAILY;UNTIL=20260305T090000""",
        """UID:date-until
SUMMARY:Evening brief
DTSTART;TZID=Europe/Berlin:20260302T180000
DTEND;TZID=Europe/Berlin:20260302T183000
RRULE:FREQ=DAILY;UNTIL=20260304""",
    )
    report = import_calendar(store, path, today=TODAY)
    assert not report.unreadable
    assert len(_titled(store, "Morning brief")) == 4
    assert len(_titled(store, "Evening brief")) == 3


def test_extra_dates_and_an_off_rule_start_are_occurrences(store: Store, tmp_path: Path) -> None:
    path = _calendar(
        tmp_path,
        """UID:rounds
SUMMARY:Negotiating round
DTSTART;TZID=Europe/Berlin:20260302T100000
DTEND;TZID=Europe/Berlin:20260302T120000
RDATE;TZID=Europe/Berlin:20260316T100000,20260413T100000""",
        """UID:kick-off
SUMMARY:Working group
DTSTART;TZID=Europe/Berlin:20260302T100000
DTEND;TZID=Europe/Berlin:20260302T110000
RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=2""",
    )
    import_calendar(store, path, today=TODAY)
    rounds = [e.first_day for e in _titled(store, "Negotiating round")]
    assert rounds == [dt.date(2026, 3, 2), dt.date(2026, 3, 16), dt.date(2026, 4, 13)]
    group = [e.first_day for e in _titled(store, "Working group")]
    assert group == [dt.date(2026, 3, 2), dt.date(2026, 3, 3), dt.date(2026, 3, 10)]


def test_rules_no_calendar_can_show_are_refused_quickly_and_alone(
    store: Store, tmp_path: Path
) -> None:
    path = _calendar(
        tmp_path,
        """UID:ticker
SUMMARY:Ticker
DTSTART:20200101T000000Z
DTEND:20200101T000001Z
RRULE:FREQ=SECONDLY""",
        """UID:bad-rule
SUMMARY:Fifty-third Monday
DTSTART:20260302T090000Z
DTEND:20260302T100000Z
RRULE:FREQ=MONTHLY;BYDAY=53MO""",
        """UID:fine
SUMMARY:Ordinary meeting
DTSTART:20260305T090000Z
DTEND:20260305T100000Z""",
    )
    report = import_calendar(store, path, today=TODAY)  # refused before any expansion
    assert sorted(label for label, _why in report.unreadable) == ["Fifty-third Monday", "Ticker"]
    assert len(_titled(store, "Ordinary meeting")) == 1


def test_a_series_read_again_after_it_changed_leaves_no_stale_occurrences(
    store: Store, tmp_path: Path
) -> None:
    weekly = """UID:trade-call
SUMMARY:Trade call
DTSTART;TZID=Europe/Berlin:20260303T100000
DTEND;TZID=Europe/Berlin:20260303T103000
RRULE:FREQ=WEEKLY;COUNT=4"""
    import_calendar(store, _calendar(tmp_path, weekly), today=TODAY)
    first = _titled(store, "Trade call")
    assert len(first) == 4
    edited = first[1].with_changes(notes="Bring the steel figures")
    store.events.update(edited)
    moved = weekly.replace("T100000", "T110000").replace("T103000", "T113000")
    report = import_calendar(store, _calendar(tmp_path, moved), today=TODAY)
    assert (report.added, report.removed, report.cancelled) == (4, 3, 1)
    now = _titled(store, "Trade call")
    live = [e for e in now if e.status.value != "cancelled"]
    assert [e.start.astimezone(BERLIN).hour for e in live] == [11] * 4  # type: ignore[union-attr]
    (kept,) = [e for e in now if e.status.value == "cancelled"]
    assert kept.notes == "Bring the steel figures"  # edited here: kept, marked cancelled


def test_a_single_event_that_became_a_series_is_not_left_beside_it(
    store: Store, tmp_path: Path
) -> None:
    single = """UID:briefing
SUMMARY:Briefing
DTSTART:20260303T090000Z
DTEND:20260303T100000Z"""
    import_calendar(store, _calendar(tmp_path, single), today=TODAY)
    series = single + "\nRRULE:FREQ=DAILY;COUNT=3"
    import_calendar(store, _calendar(tmp_path, series), today=TODAY)
    days = [e.first_day for e in _titled(store, "Briefing")]
    assert days == [dt.date(2026, 3, 3), dt.date(2026, 3, 4), dt.date(2026, 3, 5)]


def test_a_series_wholly_outside_the_window_is_named_not_dropped_silently(
    store: Store, tmp_path: Path
) -> None:
    old = """UID:old-series
SUMMARY:Talks of 2020
DTSTART:20200106T090000Z
DTEND:20200106T100000Z
RRULE:FREQ=WEEKLY;COUNT=3"""
    report = import_calendar(store, _calendar(tmp_path, old), today=TODAY)
    assert report.added == 0
    ((label, why),) = report.unreadable
    assert label == "Talks of 2020" and "outside" in why


def test_a_series_without_a_zone_is_the_same_series_read_in_any_zone(
    store: Store, tmp_path: Path
) -> None:
    floating = """UID:local-clock
SUMMARY:Desk meeting
DTSTART:20260303T090000
DTEND:20260303T093000
RRULE:FREQ=WEEKLY;COUNT=3"""
    path = _calendar(tmp_path, floating)
    import_calendar(store, path, home_zone="Europe/Brussels", today=TODAY)
    again = import_calendar(store, path, home_zone="UTC", today=TODAY)
    assert again.added == 0 and again.updated == 3  # the same occurrences, read at other times
    assert len(_titled(store, "Desk meeting")) == 3
