"""Output piped into a reader that stops early (``| head``) ends the command quietly."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from diplomatic_calendar.cli import main

LISTING = ["events", "--from", "2025-07-01", "--to", "2025-07-31"]


def test_a_reader_that_has_gone_ends_the_listing_without_a_traceback(db_path: Path) -> None:
    for day in range(1, 29):
        adding = ["add-event", "--title", f"Talks {day}", "--date", f"2025-07-{day:02d}"]
        assert main(["--db", str(db_path), *adding, "--kind", "meeting"]) == 0
    reader, writer = os.pipe()
    os.close(reader)  # gone before the command writes its first line
    try:
        done = subprocess.run(
            [sys.executable, "-m", "diplomatic_calendar", "--db", str(db_path), *LISTING],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(writer)
    assert done.returncode == 0
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr
