"""Outlook's midnight-to-midnight all-day events are all-day; a file's own zone keeps its clock."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.printing.ics import import_calendar
from diplomatic_calendar.store import Store

TODAY = dt.date(2026, 11, 28)
EU_LABEL = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"
HEAD = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Microsoft Corporation//Outlook 16.0//EN\r\n"


def _calendar(*parts: str) -> bytes:
    return (HEAD + "".join(parts) + "END:VCALENDAR\r\n").encode()


def _event(uid: str, *lines: str) -> str:
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VEVENT\r\nUID:{uid}\r\nSUMMARY:{uid}\r\n{body}END:VEVENT\r\n"


def _zone(tzid: str, *rules: tuple[str, str, str, str, str]) -> str:
    parts = [f"BEGIN:VTIMEZONE\r\nTZID:{tzid}\r\n"]
    for kind, start, rule, before, after in rules:
        rrule = f"RRULE:{rule}\r\n" if rule else ""
        parts.append(
            f"BEGIN:{kind}\r\nDTSTART:{start}\r\n{rrule}TZOFFSETFROM:{before}\r\n"
            f"TZOFFSETTO:{after}\r\nEND:{kind}\r\n"
        )
    return "".join(parts) + "END:VTIMEZONE\r\n"


def _by_uid(store: Store, uid: str) -> Event:
    event = store.events.get_by_uid(uid)
    assert event is not None
    return event


def test_outlook_s_all_day_flag_makes_midnight_to_midnight_the_days_it_covers(
    store: Store,
) -> None:
    data = _calendar(
        _event(
            "flagged",
            "DTSTART;TZID=W. Europe Standard Time:20261221T000000",
            "DTEND;TZID=W. Europe Standard Time:20261223T000000",
            "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        ),
        _event(
            "unflagged",
            "DTSTART;TZID=Europe/Berlin:20261215T000000",
            "DTEND;TZID=Europe/Berlin:20261216T000000",
        ),
        _event(
            "flagged-but-timed",
            "DTSTART;TZID=Europe/Berlin:20261217T090000",
            "DTEND;TZID=Europe/Berlin:20261217T100000",
            "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
        ),
    )
    import_calendar(store, data, today=TODAY)
    flagged = _by_uid(store, "flagged")
    assert (flagged.start, flagged.end) == (dt.date(2026, 12, 21), dt.date(2026, 12, 23))
    assert _by_uid(store, "unflagged").timezone == "Europe/Berlin"
    assert _by_uid(store, "flagged-but-timed").start.hour == 9  # type: ignore[union-attr]


def test_a_customized_fixed_zone_keeps_its_clock_time_in_the_iana_zone_with_its_rules(
    store: Store,
) -> None:
    data = _calendar(
        _zone("Customized Time Zone", ("STANDARD", "16010101T030000", "", "+0530", "+0530")),
        _event(
            "india",
            "DTSTART;TZID=Customized Time Zone:20261211T100000",
            "DTEND;TZID=Customized Time Zone:20261211T110000",
        ),
    )
    import_calendar(store, data, today=TODAY)
    call = _by_uid(store, "india")
    assert call.timezone == "Asia/Kolkata"
    assert call.start == dt.datetime(2026, 12, 11, 4, 30, tzinfo=dt.UTC)
    assert call.start.hour == 10  # type: ignore[union-attr]


def test_a_zone_with_summer_time_is_matched_on_the_days_its_clocks_change(store: Store) -> None:
    eu = (
        ("STANDARD", "16011028T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "+0200", "+0100"),
        ("DAYLIGHT", "16010325T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "+0100", "+0200"),
    )
    us = (
        ("STANDARD", "16011104T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "-0400", "-0500"),
        ("DAYLIGHT", "16010311T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "-0500", "-0400"),
    )
    data = _calendar(
        _zone(EU_LABEL, *eu),
        _zone("Eastern (custom)", *us),
        _event(
            "eu",
            f'DTSTART;TZID="{EU_LABEL}":20270329T100000',
            f'DTEND;TZID="{EU_LABEL}":20270329T110000',
        ),
        _event(
            "us",
            "DTSTART;TZID=Eastern (custom):20270315T100000",
            "DTEND;TZID=Eastern (custom):20270315T110000",
        ),
    )
    import_calendar(store, data, today=TODAY)
    eu_event, us_event = _by_uid(store, "eu"), _by_uid(store, "us")
    assert eu_event.timezone == "Europe/Berlin"  # the first city its label names
    assert eu_event.start.hour == 10  # type: ignore[union-attr]
    us_zone = us_event.timezone or ""
    assert us_zone.startswith("America/") and us_event.start.hour == 10  # type: ignore[union-attr]


def test_an_offset_no_iana_zone_has_keeps_the_instant(store: Store) -> None:
    data = _calendar(
        _zone("Odd", ("STANDARD", "16010101T000000", "", "+0317", "+0317")),
        _event("odd", "DTSTART;TZID=Odd:20261211T100000", "DTEND;TZID=Odd:20261211T110000"),
    )
    import_calendar(store, data, today=TODAY)
    assert _by_uid(store, "odd").start == dt.datetime(2026, 12, 11, 6, 43, tzinfo=dt.UTC)
