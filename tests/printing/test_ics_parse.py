"""Reading iCalendar text: content lines, nesting, values, and the import built on them."""

from __future__ import annotations

import datetime as dt
import gc
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.printing import ics_parse
from diplomatic_calendar.printing.ics_events import Zones, moment_of
from diplomatic_calendar.printing.ics_parse import IcsValueError, parse
from diplomatic_calendar.printing.ics_read import import_calendar
from diplomatic_calendar.store import Store

TODAY = dt.date(2025, 7, 10)


def _calendar(*event_lines: str, head: str = "", end: str = "\r\n") -> bytes:
    """A VCALENDAR with one VEVENT of these lines (plus a UID and a start unless given)."""
    lines = list(event_lines)
    if not any(line.upper().startswith("UID") for line in lines):
        lines.insert(0, "UID:probe@example.test")
    if not any(line.upper().startswith("DTSTART") for line in lines):
        lines.insert(1, "DTSTART:20250715T100000Z")
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", *filter(None, [head]), "BEGIN:VEVENT"]
    body += [*lines, "END:VEVENT", "END:VCALENDAR"]
    return (end.join(body) + end).encode()


def _event(data: bytes | str) -> ics_parse.Component:
    [calendar] = parse(data)
    [event] = calendar.walk("VEVENT")
    return event


def _all(store: Store) -> list[Event]:
    return store.events.between(dt.date(2024, 1, 1), dt.date(2028, 1, 1))


# Lines and folding -------------------------------------------------------------------------------


@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"], ids=["crlf", "lf", "cr"])
@pytest.mark.parametrize("indent", [" ", "\t"], ids=["space", "tab"])
def test_folded_lines_are_joined_whatever_the_line_ends(end: str, indent: str) -> None:
    data = _calendar(f"SUMMARY:Steel safeguard{end}{indent}s review{end}{indent} at noon", end=end)
    summary = _event(data).get("SUMMARY")
    assert summary is not None and summary.value == "Steel safeguards review at noon"


def test_a_character_cut_in_two_by_a_fold_comes_back_whole() -> None:
    encoded = "SUMMARY:Genève – Zürich".encode()
    cut = encoded.index("è".encode()) + 1  # between the two bytes of è
    data = _calendar("X").replace(b"X\r\n", encoded[:cut] + b"\r\n " + encoded[cut:] + b"\r\n")
    summary = _event(data).get("SUMMARY")
    assert summary is not None and summary.value == "Genève – Zürich"


def test_byte_order_marks_and_other_encodings_are_read() -> None:
    text = _calendar("SUMMARY:Genève").decode()
    for data in (b"\xef\xbb\xbf" + text.encode(), text.encode("utf-16"), text.encode("cp1252")):
        summary = _event(data).get("SUMMARY")
        assert summary is not None and summary.value == "Genève"


def test_a_fold_is_one_space_and_the_rest_of_the_indent_is_kept() -> None:
    summary = _event(_calendar("SUMMARY:two\r\n  spaces")).get("SUMMARY")
    assert summary is not None and summary.value == "two spaces"


# Names and parameters ----------------------------------------------------------------------------


def test_quoted_parameter_values_may_hold_colons_semicolons_and_commas() -> None:
    name, params, value = ics_parse.split_line(
        'ATTENDEE;CN="Keller, Anna: Trade; Steel";ROLE=CHAIR;'
        'DELEGATED-FROM="mailto:a@x.test","mailto:b@x.test":mailto:anna@x.test'
    )
    assert name == "ATTENDEE" and value == "mailto:anna@x.test"
    assert params["CN"] == "Keller, Anna: Trade; Steel"
    assert params["ROLE"] == "CHAIR"
    assert params["DELEGATED-FROM"] == "mailto:a@x.test,mailto:b@x.test"


def test_a_value_may_hold_colons_and_semicolons_after_the_first_colon() -> None:
    assert ics_parse.split_line("DESCRIPTION:see https://x.test/a;b:c") == (
        "DESCRIPTION",
        {},
        "see https://x.test/a;b:c",
    )


def test_names_of_properties_parameters_and_components_ignore_case() -> None:
    event = _event(
        _calendar("summary;language=en:Talks", "dtStart;tzid=Asia/Tokyo:20250710T160000")
    )
    assert event.name == "VEVENT"
    summary = event.get("Summary")
    assert summary is not None and summary.param("LANGUAGE") == "en"
    start = event.get("DTSTART")
    assert start is not None and start.param("tzid") == "Asia/Tokyo"


def test_rfc_6868_escapes_in_parameter_values() -> None:
    _, params, _ = ics_parse.split_line("ATTENDEE;CN=Say ^'hi^' ^^ bye^nnext^x:urn:x")
    assert params["CN"] == 'Say "hi" ^ bye\nnext^x'


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("SUMMARY", "no ':'"),
        ('SUMMARY;X="open:Talks', "not closed"),
        ("SUMMARY;X:Talks", "no name or no '='"),
        ('SUMMARY;X="a"b:Talks', "cannot be read"),
        ("SUM MARY:Talks", "not a property name"),
    ],
)
def test_lines_that_cannot_be_split_say_why(line: str, why: str) -> None:
    with pytest.raises(IcsValueError, match=why):
        ics_parse.split_line(line)


def test_a_broken_line_in_an_event_is_kept_aside_and_the_rest_read() -> None:
    event = _event(_calendar('DESCRIPTION;X="open:notes', "SUMMARY:Talks"))
    assert event.broken and event.broken[0][0] == "DESCRIPTION"
    assert event.get("DESCRIPTION") is None
    summary = event.get("SUMMARY")
    assert summary is not None and summary.value == "Talks"


def test_properties_keep_their_order_and_every_repeat() -> None:
    event = _event(_calendar("CATEGORIES:a", "SUMMARY:s", "CATEGORIES:b"))
    assert [p.name for p in event.properties][-3:] == ["CATEGORIES", "SUMMARY", "CATEGORIES"]
    assert [p.value for p in event.all("categories")] == ["a", "b"]


# Nesting -----------------------------------------------------------------------------------------


def test_components_nest_and_walk_finds_them_at_any_depth() -> None:
    data = _calendar("BEGIN:VALARM", "TRIGGER:-PT15M", "END:VALARM", "SUMMARY:Talks")
    [calendar] = parse(data)
    [event] = calendar.components
    assert [c.name for c in event.components] == ["VALARM"]
    assert [c.name for c in calendar.walk("VALARM")] == ["VALARM"]
    summary = event.get("SUMMARY")
    assert summary is not None and summary.line == 9  # properties after a child stay its own


def test_walk_gives_components_in_file_order() -> None:
    text = "BEGIN:VCALENDAR\r\n"
    for uid in ("a", "b"):
        text += f"BEGIN:VEVENT\r\nUID:{uid}\r\nEND:VEVENT\r\n"
    text += "BEGIN:X-GROUP\r\nBEGIN:VEVENT\r\nUID:c\r\nEND:VEVENT\r\nEND:X-GROUP\r\n"
    text += "BEGIN:VEVENT\r\nUID:d\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    [calendar] = parse(text)
    uids = [uid.value for e in calendar.walk("vevent") if (uid := e.get("UID")) is not None]
    assert uids == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
            "ends a VCALENDAR inside the VEVENT",
        ),
        ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n", "VEVENT begun on line 2 never ends"),
        ("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nEND:VEVENT\r\n", "ends a VEVENT that was never"),
        ("SUMMARY:loose\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "line 1 is outside"),
        ("just some words\r\n", "line 1 cannot be read"),
    ],
)
def test_lines_that_do_not_nest_make_the_file_unreadable(text: str, why: str) -> None:
    with pytest.raises(UserError, match="not a readable iCalendar file") as caught:
        parse(text.encode())
    assert why in str(caught.value)


def test_deep_nesting_is_walked_without_recursion() -> None:
    depth = 5000
    text = "BEGIN:VCALENDAR\r\n" + "BEGIN:X\r\n" * depth + "BEGIN:VEVENT\r\nEND:VEVENT\r\n"
    text += "END:X\r\n" * depth + "END:VCALENDAR\r\n"
    [calendar] = parse(text)
    assert len(list(calendar.walk("VEVENT"))) == 1


# Values ------------------------------------------------------------------------------------------


def test_text_unescapes_backslash_semicolon_comma_and_line_breaks() -> None:
    assert ics_parse.text(r"a\\b\;c\,d\ne\Nf") == "a\\b;c,d\ne\nf"
    assert ics_parse.text(r"C:\temp and a lone \ ") == r"C:\temp and a lone \ "
    assert ics_parse.text(r"ends in \\") == "ends in \\"


def test_text_lists_split_on_commas_that_are_not_escaped() -> None:
    assert ics_parse.text_list(r"Meeting,Steel\, aluminium,a\\,b") == [
        "Meeting",
        "Steel, aluminium",
        "a\\",
        "b",
    ]
    assert ics_parse.text_list("one") == ["one"]


def test_dates_and_date_times() -> None:
    assert ics_parse.date("20240229") == dt.date(2024, 2, 29)
    assert ics_parse.date_time("20250715T093000") == (dt.datetime(2025, 7, 15, 9, 30), False)
    assert ics_parse.date_time("20250715T093000Z") == (dt.datetime(2025, 7, 15, 9, 30), True)
    assert ics_parse.date_or_time("20250715") == dt.date(2025, 7, 15)
    for bad in ("20250231", "2025071X", "20250715T250000", "20250715T100000+0200", "", "٢٠٢٥٠٧١٥"):
        with pytest.raises(IcsValueError):
            ics_parse.date_or_time(bad)


def test_start_times_are_placed_in_utc_their_tzid_or_the_floating_zone() -> None:
    event = _event(
        _calendar(
            "DTSTART;TZID=W. Europe Standard Time:20250715T110000",
            "DTEND;TZID=Asia/Tokyo:20250715T180000Z",
            "RECURRENCE-ID:20250715T100000",
            "DUE:20250715T100000Z",
        )
    )
    zones = Zones("America/New_York")
    start = moment_of(event, "DTSTART", zones)
    assert start == dt.datetime(2025, 7, 15, 11, tzinfo=ZoneInfo("Europe/Berlin"))
    assert isinstance(start, dt.datetime) and start.tzinfo == ZoneInfo("Europe/Berlin")
    # A Z fixes the instant even where a TZID is given too.
    end = moment_of(event, "DTEND", zones)
    assert end == dt.datetime(2025, 7, 15, 18, tzinfo=dt.UTC)
    assert isinstance(end, dt.datetime) and end.tzinfo == ZoneInfo("Asia/Tokyo")
    floating = moment_of(event, "RECURRENCE-ID", zones)
    assert floating == dt.datetime(2025, 7, 15, 10, tzinfo=ZoneInfo("America/New_York"))
    assert moment_of(event, "DUE", zones) == dt.datetime(2025, 7, 15, 10, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("P1W", dt.timedelta(weeks=1)),
        ("P2D", dt.timedelta(days=2)),
        ("PT1H30M", dt.timedelta(hours=1, minutes=30)),
        ("P1DT2H", dt.timedelta(days=1, hours=2)),
        ("-PT15M", -dt.timedelta(minutes=15)),
        ("+PT45S", dt.timedelta(seconds=45)),
        ("-P0DT0H30M0S", -dt.timedelta(minutes=30)),
        ("P0D", dt.timedelta(0)),
        ("pt2h", dt.timedelta(hours=2)),
    ],
)
def test_durations(text: str, length: dt.timedelta) -> None:
    assert ics_parse.duration(text) == length


@pytest.mark.parametrize("text", ["", "P", "PT", "P1DT", "PT5", "1H", "P1H", "PT-5M", "garbage"])
def test_malformed_durations_are_refused(text: str) -> None:
    with pytest.raises(IcsValueError, match="not a duration"):
        ics_parse.duration(text)


def test_exdate_lists_and_repeat_rules() -> None:
    assert ics_parse.values("20250714T093000, 20250728T093000,") == [
        "20250714T093000",
        "20250728T093000",
    ]
    assert ics_parse.rule("byday=MO;COUNT=6;FREQ=WEEKLY") == "FREQ=WEEKLY;COUNT=6;BYDAY=MO"


# Against an independent writer -------------------------------------------------------------------


# What a TEXT value can hold: no control characters but line breaks and tabs (a CR is a line end).
# icalendar drops U+FEFF wherever it is, so it is left out.
TEXTS = st.text(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff")
    | st.sampled_from('\n\t\\;,:"^ '),
    max_size=200,
)
ZONES = st.sampled_from(["UTC", "Europe/Berlin", "Asia/Tokyo", "America/New_York", None])
MOMENTS = st.one_of(
    st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    st.tuples(st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2100, 12, 31)), ZONES),
)


@given(summary=TEXTS, description=TEXTS, start=MOMENTS)
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_what_icalendar_writes_reads_back_the_same(
    summary: str, description: str, start: dt.date | tuple[dt.datetime, str | None]
) -> None:
    # icalendar writes a backslash followed by N as a line break, so it cannot be compared.
    assume("\\N" not in summary + description)
    event = icalendar.Event()
    event.add("uid", "property@test")
    event.add("summary", summary)
    event.add("description", description)
    if isinstance(start, tuple):
        moment, key = start
        moment = moment.replace(microsecond=0)
        event.add("dtstart", moment.replace(tzinfo=ZoneInfo(key)) if key else moment)
    else:
        event.add("dtstart", start)
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add_component(event)

    read = _event(calendar.to_ical())
    found_summary, found_description = read.get("SUMMARY"), read.get("DESCRIPTION")
    assert found_summary is not None and ics_parse.text(found_summary.value) == summary
    assert found_description is not None
    assert ics_parse.text(found_description.value) == description
    found_start = read.get("DTSTART")
    assert found_start is not None
    value = ics_parse.date_or_time(found_start.value)
    if isinstance(start, tuple):
        assert isinstance(value, tuple)
        naive, utc = value
        if key == "UTC":
            assert utc and naive == moment
        elif key is None:
            assert not utc and naive == moment and found_start.param("TZID") == ""
        else:
            assert not utc and naive == moment and found_start.param("TZID") == key
    else:
        assert value == start


# Importing through the parser --------------------------------------------------------------------


def test_a_file_without_a_calendar_is_one_clear_error(store: Store) -> None:
    with pytest.raises(UserError, match="has no VCALENDAR"):
        import_calendar(store, b"BEGIN:VCARD\r\nFN:Anna Keller\r\nEND:VCARD\r\n")


def test_malformed_values_make_only_their_own_event_unreadable(store: Store) -> None:
    good = "BEGIN:VEVENT\r\nUID:{0}\r\nDTSTART;VALUE=DATE:20250712\r\nSUMMARY:{0}\r\nEND:VEVENT"
    bad = [
        ("Bad duration", "DTSTART:20250712T100000Z\r\nDURATION:soon", "DURATION cannot be read"),
        (
            "Bad exdate",
            "DTSTART:20250712T100000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEXDATE:x",
            "EXDATE",
        ),
        ("Bad end", "DTSTART:20250712T100000Z\r\nDTEND:20250712T1000", "DTEND cannot be read"),
        ("Bad rule", "DTSTART:20250712T100000Z\r\nRRULE:FREQ=NEVER", "repeat rule"),
        ("Bad param", 'DTSTART;TZID="Europe/Paris:20250712T100000', "DTSTART cannot be read"),
        ("Bad json", "DTSTART:20250712T100000Z\r\nX-DIPCAL-KIND:call\r\nX-DIPCAL-TAGS:[", "TAGS"),
    ]
    events = [good.format("First good")]
    for title, lines, _ in bad:
        events.append(f"BEGIN:VEVENT\r\nUID:{title}\r\n{lines}\r\nSUMMARY:{title}\r\nEND:VEVENT")
    events.append(good.format("Last good"))
    data = "\r\n".join(["BEGIN:VCALENDAR", *events, "END:VCALENDAR", ""]).encode()
    report = import_calendar(store, data, today=TODAY)
    reasons = dict(report.unreadable)
    for title, _, why in bad:
        assert why in reasons[title], (title, reasons.get(title))
    assert report.added == 2
    assert sorted(e.title for e in _all(store)) == ["First good", "Last good"]


def test_escaped_text_quoted_names_and_categories_reach_the_event(store: Store) -> None:
    data = _calendar(
        "SUMMARY:Steel\\, aluminium\\; and autos",
        "DESCRIPTION:Line one\\nLine two with a \\\\ backslash",
        "LOCATION:Kuala Lumpur\\, Malaysia",
        "CATEGORIES:Summit,Steel\\, aluminium",
        'ATTENDEE;CN="Keller, Anna";X-DIPCAL-TITLE="Minister: Trade";X-DIPCAL-COUNTRY=DE:urn:x',
        "X-DIPCAL-KIND:summit",
        'X-DIPCAL-TAGS:["steel, aluminium"]',
    )
    report = import_calendar(store, data, today=TODAY)
    assert (report.added, report.unreadable) == (1, [])
    [event] = _all(store)
    assert event.title == "Steel, aluminium; and autos"
    assert event.notes == "Line one\nLine two with a \\ backslash"
    assert event.kind == EventKind.SUMMIT and event.tags == ("steel, aluminium",)
    [person] = event.participants
    official = store.officials.get(person.id)
    assert official is not None
    assert (official.name, official.title, official.country) == (
        "Keller, Anna",
        "Minister: Trade",
        "DE",
    )


def test_a_zone_only_the_file_defines_keeps_its_instants(store: Store) -> None:
    zone = "\r\n".join(
        [
            "BEGIN:VTIMEZONE",
            "TZID:Head office time",
            "X-LIC-LOCATION:Somewhere",
            "BEGIN:STANDARD",
            "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
            "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100",
            "END:STANDARD",
            "BEGIN:DAYLIGHT",
            "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
            "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200",
            "END:DAYLIGHT",
            "END:VTIMEZONE",
        ]
    )
    data = _calendar("DTSTART;TZID=Head office time:20250715T100000", "SUMMARY:Call", head=zone)
    report = import_calendar(store, data, today=TODAY)
    assert report.unreadable == []
    [event] = _all(store)
    assert event.start == dt.datetime(2025, 7, 15, 8, tzinfo=dt.UTC)
    unknown = _calendar("DTSTART;TZID=Nowhere/Town:20250715T100000", "SUMMARY:Lost")
    again = import_calendar(store, unknown, today=TODAY)
    assert again.unreadable == [("Lost", "its time zone 'Nowhere/Town' is unknown")]


def test_several_calendars_in_one_file_are_all_read(store: Store) -> None:
    first = _calendar("UID:one@test", "SUMMARY:One")
    second = _calendar("UID:two@test", "SUMMARY:Two")
    report = import_calendar(store, first + second, today=TODAY)
    assert report.added == 2


@pytest.mark.parametrize(
    ("lines", "why"),
    [
        (["DTSTART;TZID=Asia/Tokyo:00010101T000000"], "DTSTART is out of range"),
        (["DTSTART;VALUE=DATE:99991231"], "DTSTART is out of range"),
        (["DTSTART:99991231T000000Z", "DURATION:P2D"], "DURATION is too long"),
        (["DTSTART:20250712T100000Z", "RRULE:FREQ=DAILY;INTERVAL=0"], "INTERVAL=0"),
        (["DTSTART:20250712T100000Z", "RECURRENCE-ID;TZID=Asia/Tokyo:00010101T000000"], "range"),
        (["DTSTART:09991231T230000Z", "DTEND:10000101T010000Z"], "before 1000"),
    ],
)
def test_times_at_the_ends_of_the_calendar_are_reported_not_raised(
    store: Store, lines: list[str], why: str
) -> None:
    report = import_calendar(store, _calendar(*lines, "SUMMARY:Edge"), today=TODAY)
    [(title, reason)] = report.unreadable
    assert title == "Edge" and why in reason


def test_numbers_too_long_for_python_are_unreadable_values(store: Store) -> None:
    huge = "9" * 5000
    with pytest.raises(IcsValueError, match="longer than any calendar"):
        ics_parse.duration(f"P{huge}D")
    with pytest.raises(IcsValueError, match="INTERVAL"):
        ics_parse.rule("FREQ=DAILY;INTERVAL=000")
    data = _calendar(f"DURATION:PT{huge}S", "SUMMARY:Long") + _calendar(
        "UID:two@test", f"RRULE:FREQ=DAILY;INTERVAL={huge}", "SUMMARY:Sparse"
    )
    report = import_calendar(store, data, today=TODAY)
    assert sorted(name for name, _ in report.unreadable) == ["Long", "Sparse"]


def test_events_without_a_uid_get_the_same_made_up_uid_each_time(store: Store) -> None:
    data = _calendar("UID:", "SUMMARY:Nameless", "DTSTART;VALUE=DATE:20250712")
    first = import_calendar(store, data, today=TODAY)
    again = import_calendar(store, data, today=TODAY)
    assert (first.added, again.duplicates) == (1, 1)
    [event] = _all(store)
    # The form earlier versions made, so that events they imported still match.
    assert event.uid == "import-bb7b87ede36a2555375e8a6a"


TIME_VALUES = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "00010101T000000",
            "99991231T235959Z",
            "99991231",
            "20250712T100000Z",
            "20250712",
            "-P1W",
            "P99999999999D",
            "FREQ=DAILY;COUNT=3",
            "FREQ=WEEKLY;UNTIL=20250801",
            "FREQ=SECONDLY;INTERVAL=0",
            "20250712T100000Z,junk",
        ]
    ),
)
TIME_NAMES = st.sampled_from(
    [
        "DTSTART",
        "DTSTART;VALUE=DATE",
        "DTSTART;TZID=Asia/Tokyo",
        "DTSTART;TZID=Zone of the file",
        "DTEND",
        "DURATION",
        "RRULE",
        "EXDATE",
        "RECURRENCE-ID",
    ]
)
FILE_ZONE = "\r\n".join(
    [
        "BEGIN:VTIMEZONE",
        "TZID:Zone of the file",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        "TZOFFSETFROM:+1400",
        "TZOFFSETTO:+1400",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]
)


@given(st.lists(st.tuples(TIME_NAMES, TIME_VALUES), max_size=6))
@example([("DTEND", "99991231T000000"), ("RRULE", "FREQ=DAILY;COUNT=2")])  # once overflowed
# stored, then unreadable: a floating end in year 9999 shown in the start's zone east of UTC
@example([("DTSTART;TZID=Asia/Tokyo", "10000110T000000"), ("DTEND", "99991231T200000")])
# a series whose start, in a zone the file defines (UTC+14), falls after the year 9999
@example([("DTSTART;TZID=Zone of the file", "99991231T100000Z"), ("RRULE", "")])
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_time_values_make_at_most_their_own_event_unreadable(
    lines: list[tuple[str, str]],
) -> None:
    written = [f"{name}:{value}".replace("\r", " ").replace("\n", " ") for name, value in lines]
    good = _calendar("UID:good@test", "SUMMARY:Good", "DTSTART;VALUE=DATE:20250712")
    data = _calendar("UID:fuzz@test", "SUMMARY:Fuzz", *written, head=FILE_ZONE) + good
    store = Store.memory()
    try:
        report = import_calendar(store, data, today=TODAY)
        assert store.events.get_by_uid("good@test") is not None
        assert {name for name, _ in report.unreadable} <= {"Fuzz"}
        # What was stored reads back: a second import compares against every row.
        again = import_calendar(store, data, today=TODAY)
        assert (again.added, again.updated) == (0, 0)
    finally:
        store.close()


def test_a_series_whose_repeats_end_past_the_last_day_is_only_its_own_problem() -> None:
    fuzz = _calendar(
        "UID:far@test",
        "SUMMARY:Fuzz",
        "DTSTART:20250712T090000",
        "DTEND:99991231T000000",
        "RRULE:FREQ=DAILY;COUNT=2",
    )
    good = _calendar("UID:good@test", "SUMMARY:Good", "DTSTART;VALUE=DATE:20250712")
    store = Store.memory()
    try:
        report = import_calendar(store, fuzz + good, today=TODAY)
        assert store.events.get_by_uid("good@test") is not None
        assert [name for name, _ in report.unreadable] == ["Fuzz"]
        assert "last day the calendar knows" in report.unreadable[0][1]
    finally:
        store.close()


# Saving ------------------------------------------------------------------------------------------


def test_the_same_uid_twice_in_a_file_is_one_event_updated(store: Store) -> None:
    data = b"".join(
        _calendar("UID:twice@test", f"SUMMARY:{title}", "DTSTART;VALUE=DATE:20250712")
        for title in ("Draft agenda", "Final agenda", "Final agenda")
    )
    report = import_calendar(store, data, today=TODAY)
    assert (report.added, report.updated, report.duplicates) == (1, 1, 1)
    assert [e.title for e in _all(store)] == ["Final agenda"]


def test_one_failing_save_leaves_the_others_in_one_import(store: Store) -> None:
    stored = store.events.add(
        Event("Old title", EventKind.CALL, dt.date(2025, 7, 12), dt.date(2025, 7, 13), uid="u1")
    )
    ours = "X-DIPCAL-KIND:call"
    data = b"".join(
        [
            _calendar("UID:u1", "SUMMARY:New title", "DTSTART;VALUE=DATE:20250712"),
            _calendar(
                "UID:u2",
                "SUMMARY:Person from nowhere",
                ours,
                "ATTENDEE;CN=Anna:urn:x",
                "ATTENDEE;CN=Ben;X-DIPCAL-COUNTRY=ZZ:urn:x",
            ),
            # Anna is added, then the tariff fails: her record goes with the savepoint.
            _calendar(
                "UID:u3",
                "SUMMARY:Tariff without an imposer",
                ours,
                "ATTENDEE;CN=Anna:urn:x",
                'X-DIPCAL-TARIFF:{"target": "MY"}',
            ),
            _calendar("UID:u4", "SUMMARY:Fresh", ours, "ATTENDEE;CN=Anna:urn:x"),
        ]
    )
    report = import_calendar(store, data, today=TODAY)
    assert (report.added, report.updated) == (1, 1)
    reasons = dict(report.unreadable)
    assert "ZZ" in reasons["Person from nowhere"]
    assert "tariff data cannot be read" in reasons["Tariff without an imposer"]
    titles = {e.uid: e.title for e in _all(store)}
    assert titles == {"u1": "New title", "u4": "Fresh"}
    assert store.events.get(stored.id or 0) is not None
    [anna] = store.officials.all()
    fresh = store.events.get_by_uid("u4")
    assert fresh is not None and [(p.id, p.name) for p in fresh.participants] == [(anna.id, "Anna")]
    assert store.tariffs.all() == []


def test_a_source_shared_by_events_is_stored_once_and_bad_source_data_reported(
    store: Store,
) -> None:
    source = (
        'X-DIPCAL-SOURCE:{"title": "Ministers meet", "outlet": "Wire", "published": "%s", '
        '"text": "Wang Yi will meet Lavrov.", "evidence": {"start": 0, "end": 7}}'
    )
    data = b"".join(
        _calendar(f"UID:{uid}", f"SUMMARY:{uid}", "X-DIPCAL-KIND:meeting", source % published)
        for uid, published in (("one", "2025-07-01"), ("two", "2025-07-01"), ("bad", "soon"))
    )
    # Its own source is saved before its tariff fails: both must go.
    data += _calendar(
        "UID:half",
        "SUMMARY:half",
        "X-DIPCAL-KIND:meeting",
        (source % "2025-07-02").replace("Lavrov", "Rubio"),
        'X-DIPCAL-TARIFF:{"imposer": "US"}',
    )
    report = import_calendar(store, data, today=TODAY)
    assert report.added == 2
    reasons = dict(report.unreadable)
    assert "source cannot be read" in reasons["bad"]
    assert "tariff data cannot be read" in reasons["half"]
    [stored] = store.sources.all()
    evidence = [e.evidence for e in _all(store)]
    assert [e.source_id if e else None for e in evidence] == [stored.id, stored.id]


def test_the_garbage_collector_is_back_on_after_an_import_even_a_failing_one(store: Store) -> None:
    import_calendar(store, _calendar("SUMMARY:Fine"), today=TODAY)
    assert gc.isenabled()
    with pytest.raises(UserError):
        import_calendar(store, b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", today=TODAY)
    assert gc.isenabled()
