"""The ``extract`` command: JSON contract, text summary, stdin and clear errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from tests.extraction.conftest import FIXTURES


def test_json_output_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "oslo_arctic_talks.txt"
    assert main(["extract", str(path), "--published", "2024-03-14", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"published", "officials", "events", "tariffs"}
    assert data["published"] == "2024-03-14"
    official = data["officials"][0]
    assert {"name", "title", "country", "evidence"} <= set(official)
    event = data["events"][0]
    assert set(event) >= {
        "kind",
        "title",
        "date",
        "end_date",
        "time",
        "timezone",
        "status",
        "participants",
        "countries",
        "location",
        "evidence",
    }
    assert set(event["location"]) == {"city", "country"}
    tariff = data["tariffs"][0]
    assert set(tariff) >= {
        "target",
        "imposer",
        "rate_percent",
        "effective_date",
        "status",
        "evidence",
    }
    text = path.read_text(encoding="utf-8")
    span = event["evidence"]
    assert "Halvorsen" in text[span["start"] : span["end"]]


def test_text_summary(capsys: pytest.CaptureFixture[str]) -> None:
    path = FIXTURES / "tariff_round.txt"
    assert main(["extract", str(path), "--published", "2025-04-03", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Published 2025-04-03" in out
    assert "US on CN: 34% from 2025-04-09 [announced]" in out


def test_stdin_and_date_written_in_the_article(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    article = "Talks resume\nMay 6, 2025\nSpanish Trade Minister Ana Gil met Peru's envoy."
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(article.encode("utf-8"))))
    assert main(["extract", "-"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["published"] == "2025-05-06"
    assert data["officials"][0]["name"] == "Ana Gil"


def test_missing_date_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Foreign Minister Ana Gil of Spain spoke.", encoding="utf-8")
    assert main(["extract", str(path)]) == 2
    assert "pass --published YYYY-MM-DD" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe\x00\x00binary", "not a text file"),
        (b"Caf\xe9 talks in Paris were held on Monday.", "not UTF-8"),
        (b"", "empty"),
    ],
)
def test_unreadable_files_are_clear_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, message: str
) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert main(["extract", str(path), "--published", "2025-01-01"]) == 2
    assert message in capsys.readouterr().err


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "/nonexistent/story.txt", "--published", "2025-01-01"]) == 2
    assert "no such file" in capsys.readouterr().err


def test_bad_published_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["extract", "-", "--published", "10/07/2025"])
    assert exit_info.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
