"""Reading iCalendar text: content lines, nesting, values, and the import built on them."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.printing import ics_parse
from diplomatic_calendar.printing.ics_parse import IcsValueError, parse


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
