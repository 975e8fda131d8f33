"""The command line: add and list events, with clear one-line errors and exit status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomatic_calendar import __version__
from diplomatic_calendar.cli import main


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
