"""The command line: add and list events, with clear one-line errors and exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomatic_calendar import __version__
from diplomatic_calendar.cli import main
from diplomatic_calendar.store import Store


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_add_then_list_round_trip(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "add-event",
        "--title",
        "Rubio meets Lavrov",
        "--kind",
        "meeting",
        "--date",
        "2025-07-10",
        "--time",
        "18:00",
        "--end-time",
        "18:50",
        "--timezone",
        "Asia/Kuala_Lumpur",
        "--country",
        "US",
        "--country",
        "RU",
        "--participant",
        "Marco Rubio",
        "--participant",
        "Sergey Lavrov",
        "--city",
        "Kuala Lumpur",
        "--location-country",
        "MY",
    )
    assert code == 0 and "added event 1" in out
    run(
        capsys,
        "add-event",
        "--db",
        str(db_path),
        "--title",
        "Tariff deadline",
        "--kind",
        "tariff_deadline",
        "--date",
        "2025-08-01",
        "--country",
        "BN",
    )
    code, out, _ = run(
        capsys,
        "events",
        "--db",
        str(db_path),
        "--from",
        "2025-07-01",
        "--to",
        "2025-08-31",
        "--format",
        "json",
    )
    assert code == 0
    listed = json.loads(out)
    assert [e["title"] for e in listed] == ["Rubio meets Lavrov", "Tariff deadline"]
    first, second = listed
    assert first["start"] == "2025-07-10T18:00:00+08:00"
    assert first["end"] == "2025-07-10T18:50:00+08:00"
    assert first["all_day"] is False and first["timezone"] == "Asia/Kuala_Lumpur"
    assert first["location"] == {"city": "Kuala Lumpur", "country": "MY"}
    assert first["countries"] == ["RU", "US"]
    assert first["participants"] == ["Marco Rubio", "Sergey Lavrov"]
    assert first["source"] is None
    assert second["start"] == "2025-08-01" and second["end"] == "2025-08-02"
    assert second["all_day"] is True and second["timezone"] is None


def test_country_filter(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for title, country in (("A", "MY"), ("B", "FR")):
        run(
            capsys,
            "--db",
            str(db_path),
            "add-event",
            "--title",
            title,
            "--kind",
            "meeting",
            "--date",
            "2025-07-10",
            "--country",
            country,
        )
    _, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "events",
        "--from",
        "2025-07-10",
        "--to",
        "2025-07-10",
        "--country",
        "fr",
        "--format",
        "json",
    )
    assert [e["title"] for e in json.loads(out)] == ["B"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["events", "--from", "2025-07-10", "--to", "2025-07-01"], "comes before"),
        (
            ["events", "--from", "2025-07-10", "--to", "2025-07-11", "--country", "XX"],
            "not a country",
        ),
        (
            ["add-event", "--title", " ", "--kind", "meeting", "--date", "2025-07-10"],
            "needs a title",
        ),
        (
            [
                "add-event",
                "--title",
                "T",
                "--kind",
                "call",
                "--date",
                "2025-07-10",
                "--time",
                "25:00",
            ],
            "not a time",
        ),
        (
            [
                "add-event",
                "--title",
                "T",
                "--kind",
                "call",
                "--date",
                "2025-07-10",
                "--time",
                "10:00",
                "--timezone",
                "Mars/Olympus",
            ],
            "time zone",
        ),
    ],
)
def test_user_mistakes_exit_2_with_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    code, _, err = run(capsys, "--db", str(db_path), *argv)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_impossible_date_is_a_usage_error(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "events", "--from", "2025-02-31", "--to", "2025-03-01"])
    assert exit_info.value.code == 2
    assert "not a real date" in capsys.readouterr().err


def test_unreadable_database_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"\x00\x01binary junk" * 100)
    code, _, err = run(
        capsys, "--db", str(junk), "events", "--from", "2025-01-01", "--to", "2025-01-02"
    )
    assert code == 2 and "not a calendar database" in err
    assert junk.read_bytes() == b"\x00\x01binary junk" * 100


def test_environment_variable_names_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("DIPLOMATIC_CALENDAR_DB", str(path))
    run(capsys, "add-event", "--title", "T", "--kind", "other", "--date", "2025-07-10")
    assert path.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["events", "--from", "2025-07-01", "--to", "2025-07-02"],
        ["deadlines"],
        ["export", "--format", "json", "-o", "-"],
    ],
)
def test_reading_a_calendar_that_is_not_there_says_so_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    typo = tmp_path / "typo" / "calendar.db"
    code, _, err = run(capsys, "--db", str(typo), *argv)
    assert code == 2
    assert err.strip() == f"diplomatic-calendar: there is no calendar at {typo} (check --db)"
    assert not typo.parent.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["events", "--from", "2025-07-01", "--to", "9999-12-31"],
        ["export", "--format", "json", "--to", "9999-12-31", "-o", "-"],
    ],
)
def test_the_last_day_python_knows_is_refused_in_words(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), *argv])
    assert exit_info.value.code == 2
    assert "beyond the calendar's last day, 9999-12-30" in capsys.readouterr().err


def test_a_span_past_the_last_day_is_refused_in_words(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(capsys, db_path, "--date", "2025-07-10")
    code, _, err = run(capsys, "--db", str(db_path), "deadlines", "--within", "9999999d")
    assert code == 2 and "beyond the calendar's last day" in err and "Traceback" not in err


def test_a_write_the_database_refuses_is_one_line(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from diplomatic_calendar.store.events import EventRepository

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(EventRepository, "add", refuse)
    code, _, err = _add(capsys, db_path, "--date", "2025-07-10")
    assert code == 2
    assert err.strip() == (
        "diplomatic-calendar: the calendar could not be changed: "
        "the calendar's file or folder cannot be written (read-only)"
    )


def _add(capsys: pytest.CaptureFixture[str], db_path: Path, *extra: str) -> tuple[int, str, str]:
    return run(
        capsys, "--db", str(db_path), "add-event", "--title", "T", "--kind", "meeting", *extra
    )


def test_add_event_times_across_midnight_days_and_clock_changes(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    berlin = ("--timezone", "Europe/Berlin")
    code, out, _ = _add(
        capsys, db_path, "--date", "2025-07-01", "--time", "23:00", "--end-time", "01:00", *berlin
    )
    assert code == 0 and "2025-07-01 23:00–2025-07-02 01:00 Europe/Berlin" in out
    code, out, _ = _add(
        capsys,
        db_path,
        "--date",
        "2025-07-01",
        "--end-date",
        "2025-07-03",
        "--time",
        "10:00",
        "--end-time",
        "16:00",
        *berlin,
    )
    assert code == 0 and "2025-07-01 10:00–2025-07-03 16:00 Europe/Berlin" in out
    # Without an end time, an hour as the clock runs: 02:30 and then the repeated 02:30.
    code, out, _ = _add(capsys, db_path, "--date", "2025-10-26", "--time", "02:30", *berlin)
    assert code == 0 and "2025-10-26 02:30 CEST–02:30 CET Europe/Berlin" in out
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "events",
        "--from",
        "2025-10-26",
        "--to",
        "2025-10-26",
        "--timezone",
        "UTC",
        "--format",
        "json",
    )
    (fold,) = json.loads(out)
    assert (fold["start"], fold["end"]) == (
        "2025-10-26T02:30:00+02:00",
        "2025-10-26T02:30:00+01:00",
    )


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            ("--date", "2025-07-01", "--end-date", "2025-07-03", "--time", "10:00"),
            "give --end-time with --end-date",
        ),
        (
            ("--date", "2025-03-30", "--time", "02:30", "--timezone", "Europe/Berlin"),
            "02:30 does not happen on 2025-03-30 in Europe/Berlin",
        ),
        (
            ("--date", "2025-07-01", "--time", "15:00", "--end-time", "15:00"),
            "the event ends as it starts",
        ),
        (("--date", "2025-07-01", "--end-time", "14:30"), "give --time with --end-time"),
    ],
)
def test_add_event_times_that_cannot_be_meant_are_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str], extra: tuple[str, ...], message: str
) -> None:
    code, _, err = _add(capsys, db_path, *extra)
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_the_first_day_of_all_is_refused_before_a_zone_east_of_utc_overflows(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(capsys, db_path, "--date", "2025-07-01")[0] == 0
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(db_path), "events", "--from", "0001-01-01", "--to", "0001-01-09",
              "--timezone", "Asia/Tokyo"])  # fmt: skip
    assert exit_info.value.code == 2
    assert "before the calendar's first day, 0001-01-02" in capsys.readouterr().err
    code, out, _ = run(
        capsys, "--db", str(db_path), "events", "--from", "0001-01-02", "--to", "0001-01-09",
        "--timezone", "Asia/Tokyo",
    )  # fmt: skip
    assert code == 0 and "no events" in out


def test_a_deadline_with_a_time_is_that_moment(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = run(
        capsys,
        "--db",
        str(db_path),
        "add-event",
        "--title",
        "Comments due",
        "--kind",
        "deadline",
        "--date",
        "2026-12-04",
        "--time",
        "23:30",
        "--timezone",
        "America/New_York",
    )
    assert code == 0
    store = Store.open(db_path)
    try:
        (due,) = store.events.search("Comments due")
    finally:
        store.close()
    assert due.start == due.end  # not an hour running into the next day


def test_a_participant_not_on_record_is_said_to_be_added(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys,
        "--db",
        str(db_path),
        "add-event",
        "--title",
        "Talks",
        "--kind",
        "meeting",
        "--date",
        "2026-12-04",
        "--participant",
        "Tengku Zafrul",
    )
    assert code == 0
    assert "added official Tengku Zafrul (no title or country yet" in out
