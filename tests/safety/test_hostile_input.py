"""Hostile input is data: markup, SQL, huge or binary articles, other encodings, broken .ics."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diplomatic_calendar.cli import main
from diplomatic_calendar.cli._common import parse_date
from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event, EventKind, Location, Source
from diplomatic_calendar.store import Store

DAY = dt.date(2025, 7, 15)
MARKUP = [
    "<img src='file:///etc/passwd'>",
    '<a href="https://evil.example/?q=1&x=2">Click here</a>',
    "<b>bold</b><script>alert(1)</script>",
    "<!DOCTYPE html><html><body><h1>Big</h1></body></html>",
    "&lt;already escaped&gt; &amp; &#60;b&#62;",
]
SQL = [
    "Robert'); DROP TABLE events;--",
    "' OR '1'='1",
    '" OR ""="',
    "100% of 50_000 \\ tariff",
    "a;b;c -- comment /* block */",
]
ODD = ["\u202eRTL override", "emoji 🇲🇾🤝🇺🇸", "tab\tand\nnew line", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "x" * 5000]
HOSTILE = MARKUP + SQL + ODD


def _snapshot(store: Store) -> tuple[int, int, int]:
    row = store.db.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM change_log), "
        "(SELECT count(*) FROM sources)"
    ).fetchone()
    return int(row[0]), int(row[1]), int(row[2])


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_round_trips_exactly(store: Store, text: str) -> None:
    event = store.events.add(
        Event(
            f"Talks {text}",
            EventKind.MEETING,
            DAY,
            DAY + dt.timedelta(days=1),
            notes=text,
            location=Location(city=text[:200]),
        )
    )
    again = store.events.get(event.id or 0)
    assert again is not None
    assert again.notes == text
    assert again.title == " ".join(f"Talks {text}".split())
    assert "events" in store.db.table_names()
    assert store.history("event", event.id or 0)[0].new_values["notes"] == text  # type: ignore[index]


SEARCHES = [
    '"',
    "NEAR(",
    "*",
    "title:x",
    "AND",
    "OR OR",
    "'; DROP TABLE events;--",
    "(",
    "-x",
    "^",
    "%",
    "_",
    "\\",
    "\x00",
    "",
]


@pytest.mark.parametrize("query", SEARCHES)
def test_search_with_query_syntax_is_data_or_a_clear_error(store: Store, query: str) -> None:
    store.events.add(Event("Talks on tariffs", EventKind.MEETING, DAY, DAY + dt.timedelta(days=1)))
    for search in (store.events.search, store.officials.search):
        with contextlib.suppress(UserError):
            search(query)
    assert store.events.count() == 1


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_search_never_fails_with_a_database_error(text: str) -> None:
    store = Store.memory()
    try:
        store.events.search(text)
        store.officials.search(text)
    except UserError:
        pass
    finally:
        store.close()


# Dates ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2025-02-31",
        "2025-13-01",
        "2025-00-10",
        "0000-01-01",
        "31 February 2025",
        "2025-2-3",
        "２０２５-０１-０１",
        "",
    ],
)
def test_impossible_or_malformed_dates_get_a_clear_message(text: str) -> None:
    with pytest.raises(UserError, match="date"):
        parse_date(text)


@given(st.text(max_size=20))
@settings(max_examples=500, deadline=None)
def test_date_parsing_raises_only_user_errors(text: str) -> None:
    try:
        parsed = parse_date(text)
    except UserError:
        return
    assert parsed.isoformat() == text.strip()


def test_add_event_on_31_february_changes_nothing(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Store.open(db_path).close()
    before = db_path.read_bytes()
    with pytest.raises(SystemExit) as exited:
        main(
            [
                "--db",
                str(db_path),
                "add-event",
                "--title",
                "X",
                "--kind",
                "call",
                "--date",
                "2025-02-31",
            ]
        )
    assert exited.value.code == 2
    assert "not a real date" in capsys.readouterr().err
    assert db_path.read_bytes() == before


# Articles ---------------------------------------------------------------------------------------

extraction = pytest.importorskip("diplomatic_calendar.extraction")
PUBLISHED = dt.date(2025, 7, 10)


def test_a_20_mb_article_gets_a_clear_message() -> None:
    text = "Ministers met in Geneva on Monday to discuss tariffs. " * 400_000
    assert len(text.encode()) > 20_000_000
    with pytest.raises(extraction.ExtractionError, match="larger than"):
        extraction.extract(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        bytes(range(256)).decode("latin-1") * 40,
        "\x00binary\x00junk" * 100,
        "\x01\x02\x03\x04" * 1000,
        "12345 67890 !!! ??? " * 100,
        "   \n\t  ",
    ],
    ids=["all-bytes", "nul", "control", "no-letters", "blank"],
)
def test_junk_gets_a_clear_message(text: str) -> None:
    with pytest.raises(extraction.ExtractionError):
        extraction.extract(text, PUBLISHED)


def test_an_article_in_another_encoding_is_read_or_refused_clearly(tmp_path: Path) -> None:
    reading = pytest.importorskip("diplomatic_calendar.importing.reading")
    story = "Le ministre français a rencontré son homologue à Genève le 14 juillet."
    for encoding in ("utf-8", "utf-8-sig", "cp1252", "latin-1"):
        path = tmp_path / f"story-{encoding}.txt"
        path.write_bytes(story.encode(encoding))
        assert "Genève" in reading.read_article(path).text
    path = tmp_path / "story-utf16.txt"
    path.write_bytes(story.encode("utf-16"))  # as Notepad saves "Unicode" text
    assert "Genève" in reading.read_article(path).text
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\xff\xfe\x00\x00binary")
    with pytest.raises(UserError, match="not a text file"):
        reading.read_article(junk)
    big = tmp_path / "huge.txt"
    big.write_bytes(b"tariffs " * 2_700_000)
    with pytest.raises(UserError, match="larger than"):
        reading.read_article(big)


ARTICLE_WORDS = st.sampled_from(
    [
        "Minister",
        "Wong",
        "met",
        "Malaysia",
        "on",
        "31 February",
        "1 August",
        "tariff",
        "25%",
        "<img src=x>",
        "'; DROP TABLE",
        "summit",
        "in",
        "Kuala Lumpur",
        "said",
        ".",
        ",",
        "\n",
        "next week",
        "Tuesday",
        "US",
        "President",
        "2025",
        "—",
        "«",
        "»",
    ]
)


@given(st.one_of(st.text(max_size=400), st.lists(ARTICLE_WORDS, max_size=80).map(" ".join)))
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_extraction_raises_only_its_own_clear_error(text: str) -> None:
    try:
        result = extraction.extract(text, PUBLISHED)
    except extraction.ExtractionError as err:
        message = str(err)
    else:
        assert isinstance(result.to_dict(), dict)
        return
    assert issubclass(extraction.ExtractionError, UserError)
    assert message and "\n" not in message


# iCalendar --------------------------------------------------------------------------------------

ics = pytest.importorskip("diplomatic_calendar.printing.ics")
GOOD_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
    "BEGIN:VEVENT\r\nUID:one@test\r\nDTSTAMP:20250701T000000Z\r\nDTSTART;VALUE=DATE:20250715\r\n"
    "DTEND;VALUE=DATE:20250716\r\nSUMMARY:Trade talks <img src=x>\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x89PNG\r\n\x1a\n" + bytes(100),
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:never ends\r\n",
        b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        GOOD_ICS.replace("DTSTART;VALUE=DATE:20250715", "DTSTART;VALUE=DATE:20250231").encode(),
        GOOD_ICS.replace("\r\nDTEND", "\r\n DTEND-broken-continuation").encode(),
        GOOD_ICS.replace("SUMMARY:", 'SUMMARY;BROKEN="unclosed:').encode(),
        GOOD_ICS.encode("utf-16"),
    ],
    ids=[
        "empty",
        "png",
        "unterminated",
        "mismatched",
        "31-feb",
        "broken-fold",
        "bad-param",
        "utf16",
    ],
)
def test_broken_ics_gets_a_clear_message_and_changes_nothing(store: Store, data: bytes) -> None:
    store.events.add(Event("Already here", EventKind.CALL, DAY, DAY + dt.timedelta(days=1)))
    before = _snapshot(store)
    try:
        report = ics.import_calendar(store, data, today=DAY)
    except UserError as err:
        message = str(err)
    else:
        # Read in part: whatever could not be read is listed, and nothing half-written is left.
        assert _snapshot(store)[0] == before[0] + report.added
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return
    assert message
    assert _snapshot(store) == before


def test_markup_in_an_ics_summary_is_kept_as_text(store: Store) -> None:
    report = ics.import_calendar(store, GOOD_ICS.encode(), today=DAY)
    assert report.added == 1
    (event,) = store.events.search("Trade")
    assert event.title == "Trade talks <img src=x>"


ICS_LINES = st.sampled_from(
    [
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "VERSION:2.0",
        "UID:x@test",
        "DTSTART:20250715T100000Z",
        "DTEND:20250715T110000Z",
        "DTSTART;VALUE=DATE:20250231",
        "DTSTART;TZID=Nowhere/City:20250715T100000",
        "SUMMARY:<a href=x>talks</a>",
        "RRULE:FREQ=DAILY;COUNT=100000",
        "RRULE:FREQ=SECONDLY",
        " folded continuation",
        "DURATION:P1D",
        "DURATION:garbage",
        "X-WR-TIMEZONE:Mars/Base",
        "BEGIN:VTIMEZONE",
        "END:VTIMEZONE",
        ":",
        ";;;",
        "SUMMARY",
        "DTSTART:",
        "\x00",
    ]
)


@given(st.lists(ICS_LINES, max_size=25).map("\r\n".join), st.binary(max_size=30))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_ics_import_fuzz_raises_only_user_errors_and_never_half_saves(
    text: str, junk: bytes
) -> None:
    store = Store.memory()
    try:
        for data in (text.encode("utf-8"), junk, text.encode("utf-8") + junk):
            before = _snapshot(store)
            try:
                report = ics.import_calendar(store, data, today=DAY)
            except UserError:
                assert _snapshot(store) == before
                continue
            assert _snapshot(store)[0] == before[0] + report.added
    finally:
        store.close()


def test_sqlite_metacharacters_in_a_source_are_data(store: Store) -> None:
    text = "Robert'); DROP TABLE sources;-- said the minister <img src=x>."
    source = store.sources.add(Source(text, title="'; DELETE FROM events;--"))
    again = store.sources.get(source.id or 0)
    assert again is not None and again.text == text and again.title == "'; DELETE FROM events;--"
    conn: sqlite3.Connection = store.db.conn
    assert {"sources", "events"} <= {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}


# Print output -----------------------------------------------------------------------------------


@pytest.mark.parametrize("style", ["agenda", "day", "week", "month", "deadlines", "country"])
def test_print_output_escapes_markup_in_every_style(store: Store, style: str) -> None:
    render = pytest.importorskip("diplomatic_calendar.printing.render")
    from diplomatic_calendar.printing.data import gather
    from diplomatic_calendar.printing.options import PrintOptions

    markup = "<img src='file:///etc/passwd'><a href='https://evil.example'>Talks</a>"
    for kind in (EventKind.MEETING, EventKind.DEADLINE):
        store.events.add(
            Event(
                markup,
                kind,
                DAY,
                DAY + dt.timedelta(days=1),
                countries=("MY",),
                notes=markup,
                location=Location(city=markup),
            )
        )
    options = PrintOptions(
        style,
        DAY - dt.timedelta(days=3),
        DAY + dt.timedelta(days=3),
        include_notes=True,
        country="MY" if style == "country" else None,
        today=DAY,
    )
    page = render.build_html(gather(store, options))
    assert "<img" not in page and "<a href='https://evil" not in page
    assert "&lt;img src=" in page
