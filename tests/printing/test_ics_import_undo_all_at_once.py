"""Undoing an .ics import removes its events all at once, not one statement per event."""

from __future__ import annotations

import datetime as dt
import re

from diplomatic_calendar.printing.ics import import_calendar, revert_import
from diplomatic_calendar.store import Store

TODAY = dt.date(2025, 7, 10)


def _calendar(count: int) -> bytes:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:talks-{n}\r\nSUMMARY:Tariff talks round {n}\r\n"
        f"DTSTART:202508{1 + n % 28:02d}T090000Z\r\nDTEND:202508{1 + n % 28:02d}T100000Z\r\n"
        "END:VEVENT\r\n"
        for n in range(count)
    )
    head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
    return f"{head}{events}END:VCALENDAR\r\n".encode()


def test_undoing_an_import_reads_and_deletes_no_event_on_its_own(store: Store) -> None:
    report = import_calendar(store, _calendar(200), today=TODAY)
    assert report.added == 200
    ran: list[str] = []
    store.db.conn.set_trace_callback(ran.append)
    try:
        revert_import(store, report)
    finally:
        store.db.conn.set_trace_callback(None)
    assert store.events.count() == 0
    one_at_a_time = [sql for sql in ran if re.search(r"FROM events WHERE id = \d+", sql)]
    assert one_at_a_time == []


def test_the_undone_import_leaves_no_trace_but_its_log(store: Store) -> None:
    report = import_calendar(store, _calendar(50), today=TODAY)
    revert_import(store, report)
    assert store.events.search("tariff talks") == []
    store.db.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
    logged = store.db.execute(
        "SELECT action, count(*) FROM change_log WHERE record_type = 'event' GROUP BY action"
    ).fetchall()
    assert sorted(logged) == [("delete", 50), ("insert", 50)]
    again = import_calendar(store, _calendar(50), today=TODAY)
    assert again.added == 50 and [e.title for e in store.events.search("round 7")] == [
        "Tariff talks round 7"
    ]
