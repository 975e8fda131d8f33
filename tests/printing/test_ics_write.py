"""The .ics writer: escaping, folding, parameter quoting and date forms, checked by icalendar."""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    Evidence,
    Location,
    Official,
    OfficialRef,
    Source,
)
from diplomatic_calendar.printing import ics_write
from diplomatic_calendar.printing.ics import export_calendar, import_calendar
from diplomatic_calendar.store import Store

TOKYO = ZoneInfo("Asia/Tokyo")
# Awkward for every layer at once: TEXT specials, parameter specials, RFC 6868's caret,
# quotes, a line break, and characters of two, three and four bytes in UTF-8.
AWKWARD = 'Ana "Ñ" O\'Brien; 李, 𝄞^ a\\b: ^n\nend'


def _calendar(*lines: str) -> bytes:
    body = "".join(lines)
    text = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n{body}"
    return (text + "END:VEVENT\r\nEND:VCALENDAR\r\n").encode()


def _event(*lines: str) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(_calendar(*lines))
    [event] = calendar.walk("VEVENT")
    assert not event.errors, event.errors
    return event


def _unfold(folded: str) -> str:
    return folded.replace("\r\n ", "")


# TEXT -----------------------------------------------------------------------------------------


def test_text_escapes_backslash_semicolon_comma_and_line_breaks() -> None:
    assert ics_write.text("plain words: fine") == "plain words: fine"
    assert ics_write.text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    assert ics_write.text("one\r\ntwo\rthree") == "one\\ntwo\\nthree"
    # A backslash before n stays a backslash and an n, not a line break.
    assert ics_write.text("C:\\new") == "C:\\\\new"


def test_verbatim_values_only_lose_their_line_breaks() -> None:
    assert ics_write.verbatim('CN,RU;x\\y"') == 'CN,RU;x\\y"'
    assert ics_write.verbatim("two\r\nlines\nhere\r") == "two lines here "


def test_json_values_read_the_same_verbatim_and_as_text() -> None:
    data = {"text": 'He said "no"\nC:\\new, ok; /', "n": [1, None]}
    written = ics_write.json_value(data)
    assert json.loads(written) == data
    assert not re.search(r"\\[\\;,nN:]", written)
    assert "\n" not in written
    event = _event(f"X-DIPCAL-SOURCE:{written}\r\n", f"DESCRIPTION:{written}\r\n")
    assert json.loads(str(event["x-dipcal-source"])) == data  # read verbatim
    assert json.loads(str(event["description"])) == data  # read as TEXT


# Folding --------------------------------------------------------------------------------------


def test_a_line_of_75_octets_is_left_alone_and_one_of_76_is_folded() -> None:
    assert ics_write.fold("X" * 75) == "X" * 75
    assert ics_write.fold("X" * 76) == "X" * 75 + "\r\n X"
    assert ics_write.fold("é" * 37 + "X") == "é" * 37 + "X"  # 75 octets in 38 characters


@pytest.mark.parametrize("shift", range(4))
def test_folding_never_splits_a_character_and_unfolds_to_the_original(shift: int) -> None:
    content = "SUMMARY:" + "x" * shift + "Ж€𝄞a" * 40
    folded = ics_write.fold(content)
    physical = folded.encode().split(b"\r\n")
    assert len(physical) > 3
    assert all(len(part) <= 75 for part in physical)
    assert all(part.startswith(b" ") for part in physical[1:])
    for part in physical:
        part.decode()  # a cut inside a character would make this raise
    assert _unfold(folded) == content
    # As full as the characters allow: no line gives away more than a character's width.
    assert all(len(part) >= 72 for part in physical[:-1])


@pytest.mark.parametrize("lead", range(1, 5))
def test_folding_keeps_an_escape_together(lead: int) -> None:
    content = "DESCRIPTION:" + "a" * lead + ics_write.text("\\;," * 60)
    folded = ics_write.fold(content)
    for part in folded.split("\r\n"):
        run = len(part) - len(part.rstrip("\\"))
        assert run % 2 == 0, part
        assert len(part.encode()) <= 75
    assert _unfold(folded) == content


def test_a_long_property_reads_back_whole() -> None:
    notes = "Première ligne — 第一行, with; specials\\ and 🙂 " * 12
    event = _event(ics_write.line("DESCRIPTION", ics_write.text(notes)))
    assert str(event["description"]) == notes


# Parameters -----------------------------------------------------------------------------------


def test_parameter_values_are_quoted_only_when_they_must_be() -> None:
    assert ics_write.param("Foreign Minister") == "Foreign Minister"
    assert ics_write.param("Wang Yi", quote=True) == '"Wang Yi"'
    assert ics_write.param("Minister, Trade") == '"Minister, Trade"'
    assert ics_write.param("a;b") == '"a;b"'
    assert ics_write.param("urn:x") == '"urn:x"'
    assert ics_write.param("back\\") == '"back\\"'
    assert ics_write.param(" padded\t") == '" padded\t"'


def test_a_backslash_in_a_parameter_keeps_the_line_readable() -> None:
    title, name = ics_write.param("C:\\"), ics_write.param("x\\y")
    written = f";X-DIPCAL-TITLE={title};CN={name}"
    attendee = _event(ics_write.line("ATTENDEE", "urn:a", written))["attendee"]
    assert str(attendee) == "urn:a"
    assert (attendee.params["X-DIPCAL-TITLE"], attendee.params["CN"]) == ("C:\\", "x\\y")


def test_parameter_values_use_rfc_6868_and_drop_control_characters() -> None:
    assert ics_write.param('say "hi"') == "say ^'hi^'"
    assert ics_write.param("x^y") == "x^^y"
    assert ics_write.param("one\r\ntwo\nthree") == "one^ntwo^nthree"
    assert ics_write.param("bell\x07\x0b tab\tend") == "bell tab\tend"


def test_attendee_parameters_read_back_through_icalendar() -> None:
    params = {"CN": AWKWARD, "X-DIPCAL-TITLE": 'Minister "for" Trade, Industry', "ROLE": "CHAIR"}
    written = "".join(f";{k}={ics_write.param(v, quote=k == 'CN')}" for k, v in params.items())
    event = _event(ics_write.line("ATTENDEE", "urn:x-dipcal:official:7", written))
    attendee = event["attendee"]
    assert str(attendee) == "urn:x-dipcal:official:7"
    for key, value in params.items():
        assert attendee.params[key] == value


# Dates and times ------------------------------------------------------------------------------


def test_dates_times_and_zones_take_their_rfc_forms() -> None:
    day = dt.date(2025, 7, 8)
    assert ics_write.moment_line("DTSTART", day) == ("DTSTART;VALUE=DATE:20250708\r\n", None)
    tokyo = dt.datetime(2025, 7, 10, 16, 0, 5, tzinfo=TOKYO)
    assert ics_write.moment_line("DTSTART", tokyo) == (
        "DTSTART;TZID=Asia/Tokyo:20250710T160005\r\n",
        "Asia/Tokyo",
    )
    noon = dt.datetime(2025, 7, 10, 12, 0)
    for zone in (dt.UTC, ZoneInfo("UTC")):
        line = ics_write.moment_line("DTEND", noon.replace(tzinfo=zone))
        assert line == ("DTEND:20250710T120000Z\r\n", None)
    plus_two = noon.replace(tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert ics_write.moment_line("DTEND", plus_two) == ("DTEND:20250710T100000Z\r\n", None)
    assert ics_write.moment_line("DTEND", noon) == ("DTEND:20250710T120000\r\n", None)
    etc = noon.replace(tzinfo=ZoneInfo("Etc/UTC"))
    assert ics_write.moment_line("DTEND", etc)[1] == "Etc/UTC"
    assert ics_write.utc_value(tokyo) == "20250710T070005Z"
    assert ics_write.date_value(dt.date(987, 1, 2)) == "09870102"


def test_dates_and_times_read_back_through_icalendar() -> None:
    tokyo = dt.datetime(2025, 7, 10, 16, 30, tzinfo=TOKYO)
    lines = [
        ics_write.vtimezone("Asia/Tokyo", tokyo.date(), tokyo.date()),
        "BEGIN:VEVENT\r\n",
        ics_write.moment_line("DTSTART", tokyo)[0],
        ics_write.moment_line("DTEND", tokyo.astimezone(dt.UTC))[0],
        f"DTSTAMP:{ics_write.utc_value(tokyo)}\r\n",
        ics_write.moment_line("RECURRENCE-ID", dt.date(2025, 7, 11))[0],
        "END:VEVENT\r\n",
    ]
    text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + "".join(lines)
    calendar = icalendar.Calendar.from_ical((text + "END:VCALENDAR\r\n").encode())
    [event] = calendar.walk("VEVENT")
    start = event["dtstart"].dt
    assert start == tokyo and start.utcoffset() == dt.timedelta(hours=9)
    assert event["dtend"].dt == tokyo and event["dtend"].dt.utcoffset() == dt.timedelta(0)
    assert event["dtstamp"].dt == tokyo
    assert event["recurrence-id"].dt == dt.date(2025, 7, 11)
    assert [str(zone["tzid"]) for zone in calendar.walk("VTIMEZONE")] == ["Asia/Tokyo"]


def test_a_vtimezone_keeps_the_zone_key_and_covers_the_events() -> None:
    for key in ("Etc/UTC", "Africa/Accra"):
        assert f"\r\nTZID:{key}\r\n" in ics_write.vtimezone(
            key, dt.date(2025, 1, 1), dt.date(2025, 1, 1)
        )
    late = ics_write.vtimezone("Europe/Berlin", dt.date(2025, 1, 1), dt.date(2049, 6, 1))
    assert "to 2050-01-01" in late and "20491031T030000" in _unfold(late)
    early = ics_write.vtimezone("Europe/Berlin", dt.date(1950, 6, 1), dt.date(2025, 1, 1))
    assert "from 1950-01-01" in early
    [zone] = icalendar.Calendar.from_ical(
        f"BEGIN:VCALENDAR\r\n{late}END:VCALENDAR\r\n".encode()
    ).walk("VTIMEZONE")
    assert zone.to_tz().utcoffset(dt.datetime(2049, 7, 1)) == dt.timedelta(hours=2)


# Round trips with awkward text ----------------------------------------------------------------


def _as_icalendar_reads(param: str) -> str:
    """icalendar takes a backslash in a parameter value as an escape, which RFC 5545 does not."""
    return re.sub(r"\\([\\;,:])", r"\1", param)


PRINTABLE = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from('\n\\;,:"^'),
    max_size=120,
)


@settings(max_examples=60, deadline=None)
@given(summary=PRINTABLE, notes=PRINTABLE, name=PRINTABLE, title=PRINTABLE)
def test_any_printable_text_reads_back_through_icalendar(
    summary: str, notes: str, name: str, title: str
) -> None:
    event = _event(
        ics_write.line("SUMMARY", ics_write.text(summary)),
        ics_write.line("DESCRIPTION", ics_write.text(notes)),
        ics_write.line(
            "ATTENDEE",
            "urn:x-dipcal:official:1",
            f";CN={ics_write.param(name, quote=True)};X-DIPCAL-TITLE={ics_write.param(title)}",
        ),
        ics_write.line("X-DIPCAL-TAGS", ics_write.json_value([summary, notes])),
    )
    assert str(event.get("summary", "")) == summary
    assert str(event.get("description", "")) == notes
    params = event["attendee"].params
    assert params.get("CN", "") == _as_icalendar_reads(name)
    assert params.get("X-DIPCAL-TITLE", "") == _as_icalendar_reads(title)
    assert json.loads(str(event["x-dipcal-tags"])) == [summary, notes]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(core=PRINTABLE)
def test_an_exported_event_with_awkward_text_imports_unchanged(core: str) -> None:
    # Brackets keep the ends clear of what the importer trims: white space and quotes.
    text = f"<{core}>"
    store = Store.memory()
    person = store.officials.add(Official(text, title=text, country="CN"))
    source = store.sources.add(Source(text=text, title=text, outlet=text, url="https://e.org/a"))
    assert person.id and source.id
    store.events.add(
        Event(
            title=text,
            kind=EventKind.MEETING,
            start=dt.datetime(2025, 7, 10, 16, tzinfo=TOKYO),
            end=dt.datetime(2025, 7, 10, 17, tzinfo=TOKYO),
            location=Location(text.replace("\n", " "), "MY"),
            participants=(OfficialRef(person.id, person.name),),
            notes=text,
            tags=(text, "b,c"),
            evidence=Evidence(source.id, 0, 1, text),
        )
    )
    [before] = store.events.between(dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    data = export_calendar(store, [before])
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    other = Store.memory()
    report = import_calendar(other, data, today=dt.date(2025, 7, 1))
    assert (report.added, report.unreadable) == (1, [])
    [after] = other.events.between(dt.date(2025, 1, 1), dt.date(2026, 1, 1))
    assert (after.title, after.notes, after.tags) == (before.title, before.notes, before.tags)
    assert (after.start, after.end, after.location) == (before.start, before.end, before.location)
    [official] = other.officials.all()
    assert (official.name, official.title) == (person.name, person.title)
    assert after.evidence is not None
    copied = other.sources.get(after.evidence.source_id)
    assert copied is not None and (copied.text, copied.outlet) == (text, text)
    store.close()
    other.close()


def test_control_characters_are_dropped_from_text_but_a_tab_is_kept() -> None:
    assert ics_write.text("Agenda\x0b item\x1b one\x00\ttwo") == "Agenda item one\ttwo"


def test_a_parameter_value_with_an_equals_sign_reads_back_whole() -> None:
    event = _event(
        ics_write.line(
            "ATTENDEE", "urn:x-dipcal:official:1", f";X-DIPCAL-TITLE={ics_write.param('0 =')}"
        )
    )
    assert event["attendee"].params.get("X-DIPCAL-TITLE") == "0 ="
