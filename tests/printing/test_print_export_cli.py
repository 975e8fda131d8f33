"""The print and export commands: files written, counts said, mistakes one line and exit 2."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.store import Store


@pytest.fixture
def calendar_file(db_path: Path, filled: Store) -> Path:
    """The printing fixture calendar, copied to disk for the command line."""
    target = Store.open(db_path)
    target.close()
    filled.db.conn.execute("VACUUM INTO ?", (str(db_path.with_suffix(".copy")),))
    db_path.unlink()
    db_path.with_suffix(".copy").rename(db_path)
    return db_path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_writes_a_pdf_and_says_how_many_pages(
    qapp, calendar_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    out_pdf = tmp_path / "brief.pdf"
    code, out, _ = run(
        capsys, "print", "--db", str(calendar_file), "--style", "country", "--country", "MY",
        "--from", "2025-07-01", "--to", "2025-07-31", "--timezone", "Europe/Berlin",
        "--landscape", "--page-size", "Letter", "-o", str(out_pdf),
    )  # fmt: skip
    assert code == 0 and out == f"wrote {out_pdf} (1 page)\n"
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True).stdout
    assert "Malaysia (MY)" in text and "Page 1 of 1" in text


def test_print_filters_by_kind(
    qapp, calendar_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    out_pdf = tmp_path / "calls.pdf"
    code, _, _ = run(
        capsys, "print", "--db", str(calendar_file), "--from", "2025-07-01", "--to",
        "2025-07-31", "--kind", "call", "--timezone", "UTC", "-o", str(out_pdf),
    )  # fmt: skip
    text = subprocess.run(["pdftotext", str(out_pdf), "-"], capture_output=True, text=True).stdout
    assert code == 0 and "Talks" in text and "bilateral" not in text


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--style", "country"], "needs a country"),
        (["--style", "country", "--bloc", "EU"], "a country brief is of one country"),
        (["-o", "/nonexistent-folder/x.pdf"], "does not exist"),
        (["--kind", "party"], "unknown kind"),
        (["--timezone", "Mars/Base"], "not a known time zone"),
    ],
)
def test_print_mistakes_are_one_line_and_exit_2(
    qapp, calendar_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], extra, message
) -> None:  # type: ignore[no-untyped-def]
    argv = ["print", "--db", str(calendar_file), "--from", "2025-07-01", "--to", "2025-07-31"]
    argv += ["-o", str(tmp_path / "x.pdf"), *extra]
    code, _, err = run(capsys, *argv)
    assert code == 2 and message in err and err.count("\n") == 1


def test_export_each_format(
    calendar_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("ics", "csv", "json"):
        target = tmp_path / f"out.{fmt}"
        code, out, _ = run(
            capsys, "export", "--db", str(calendar_file), "--format", fmt, "-o", str(target)
        )
        assert code == 0 and out == f"wrote 4 events to {target}\n"
    assert target.with_suffix(".ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    rows = list(csv.DictReader(io.StringIO(target.with_suffix(".csv").read_text("utf-8-sig"))))
    assert len(rows) == 4
    assert len(json.loads(target.with_suffix(".json").read_text())["events"]) == 4


def test_export_a_range_to_stdout(calendar_file: Path, capsysbinary) -> None:  # type: ignore[no-untyped-def]
    argv = ["export", "--db", str(calendar_file), "--format", "json", "-o", "-"]
    code = main([*argv, "--from", "2025-07-10", "--to", "2025-07-10"])
    data = json.loads(capsysbinary.readouterr().out)
    titles = [e["title"] for e in data["events"]]
    assert code == 0 and len(titles) == 2
    assert titles[0].startswith("ASEAN foreign ministers") and titles[1].endswith("bilateral")
