"""Clock times in articles get a zone the calendar can store, or none when the text is unclear."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from diplomatic_calendar.cli import main
from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.drafts import Location
from diplomatic_calendar.extraction.zones import resolve_zone
from diplomatic_calendar.paths import resource_path
from diplomatic_calendar.store import Store

PUBLISHED = dt.date(2026, 1, 14)  # a Wednesday in winter, so that standard times apply


def _timed(text: str) -> tuple[str | None, str | None]:
    (event,) = extract(text, PUBLISHED).events
    return event.time, event.timezone


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Foreign Minister Ana Ruiz of Chile will meet Swiss Foreign Minister Karl Imhof "
            "on Jan. 20 at 9 a.m. local time in Geneva.",
            ("09:00", "Europe/Zurich"),
        ),
        (
            "U.S. Trade Representative Dana Hollis will meet Indian Commerce Minister Ravi "
            "Menon on Jan. 21 at 3 p.m. EST in Washington.",
            ("15:00", "America/New_York"),
        ),
        (
            "Chinese Foreign Minister Wen Hao will meet Brazilian Foreign Minister Lucia "
            "Prado on Jan. 22 at 10 a.m. CST in Beijing.",
            ("10:00", "Asia/Shanghai"),
        ),
        (
            "U.S. Commerce Secretary Mark Doyle will meet Mexican Economy Minister Jorge "
            "Salas on Jan. 22 at 10 a.m. CST in Mexico City.",
            ("10:00", "America/Mexico_City"),
        ),
        (
            "Israeli Foreign Minister Eli Mizrahi will meet German Foreign Minister Jonas "
            "Weber on Jan. 23 at 11 a.m. IST in Jerusalem.",
            ("11:00", "Asia/Jerusalem"),
        ),
    ],
)
def test_zone_words_become_the_places_zone(sentence: str, expected: tuple[str, str]) -> None:
    assert _timed(sentence) == expected


def test_an_abbreviation_without_a_place_uses_the_common_reading() -> None:
    assert resolve_zone("IST", None, "2026-01-23") == "Asia/Kolkata"
    assert resolve_zone("(JST)", None, "2026-01-23") == "Asia/Tokyo"
    # Two common zones are called CST, and nothing says which: better no zone than a wrong one.
    assert resolve_zone("CST", None, "2026-01-23") is None
    assert resolve_zone("local time", None, "2026-01-23") is None
    assert resolve_zone("local time", Location(None, "US"), None) == "America/New_York"
    assert resolve_zone("local time", Location("Vancouver", "CA"), None) == "America/Vancouver"


def test_every_zone_in_the_table_is_real() -> None:
    table = json.loads(resource_path("data", "time_zones.json").read_text(encoding="utf-8"))
    names = [
        *table["abbreviations"].values(),
        *table["countries"].values(),
        *(zone for cities in table["cities"].values() for zone in cities.values()),
    ]
    for name in names:
        assert ZoneInfo(name).key == name


def test_an_article_with_local_time_imports_as_a_timed_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(
        "GENEVA (Wire) - Foreign Minister Ana Ruiz of Chile will meet Swiss Foreign Minister "
        "Karl Imhof on Jan. 20 at 9 a.m. local time, officials said.\n",
        encoding="utf-8",
    )
    db = tmp_path / "calendar.db"
    code = main(["import", str(article), "--published", "2026-01-14", "--db", str(db), "--yes"])
    assert code == 0, capsys.readouterr().err
    store = Store.open(db)
    (event,) = store.events.between(dt.date(2026, 1, 20), dt.date(2026, 1, 21), "Europe/Zurich")
    store.close()
    assert event.start == dt.datetime(2026, 1, 20, 9, tzinfo=ZoneInfo("Europe/Zurich"))
