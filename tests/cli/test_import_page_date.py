"""`import PAGE.html` takes the publication date the page states, as the window does."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.store import Store

PAGE = """<html><head><title>Talks in Madrid</title>
<meta property="article:published_time" content="2025-07-08T09:00:00+02:00"></head>
<body><nav>Home | World | Sign in</nav><article><h1>Ministers to meet</h1>
<p>Foreign Minister Ana Lopez of Spain will meet Foreign Minister Rui Costa of Portugal on
Thursday in Madrid, the ministry said.</p></article></body></html>
"""


def test_a_pages_stated_date_dates_its_thursday(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "talks.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["--db", str(db_path), "import", str(page), "--yes"]) == 0
    capsys.readouterr()
    store = Store.open(db_path)
    try:
        (event,) = [e for e in store.events.search("Madrid")]
        assert str(event.first_day) == "2025-07-10"  # the Thursday after 8 July 2025
    finally:
        store.close()
