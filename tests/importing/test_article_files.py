"""Article files as people save them: web pages for ``extract``, UTF-16 from Notepad."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.importing.reading import read_article

STORY = (
    "Kenyan Trade Cabinet Secretary Lee Kinyanjui met Ugandan Trade Minister Francis Mwebesa "
    "in Nairobi on Tuesday to discuss sugar quotas."
)


def test_extract_reads_a_web_page_for_its_story(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "story.html"
    page.write_text(
        f"<html><head><title>Sugar talks</title></head><body><p>{STORY}</p></body></html>",
        encoding="utf-8",
    )
    assert main(["extract", str(page), "--published", "2025-07-10"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert "<p>" not in json.dumps(result)
    assert any(
        "Kinyanjui" in e["title"] or "Kinyanjui" in " ".join(e.get("participants", []))
        for e in result["events"]
    )


def test_a_utf16_text_file_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    notepad = tmp_path / "story.txt"
    notepad.write_bytes(STORY.encode("utf-16"))  # with its byte-order mark
    assert read_article(notepad).text == STORY
    assert main(["extract", str(notepad), "--published", "2025-07-10"]) == 0
    assert "Nairobi" in capsys.readouterr().out
