"""'X and Y signed a memorandum': their signing; 'X held talks with Y, and the two signed a
memorandum': those talks, not a second event."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.kind, e.participants) for e in extract(text, published).events]


def test_two_officials_signed_a_memorandum() -> None:
    text = (
        "Interior Minister Grace Obi and the British High Commissioner, Dr Paul Reid, signed a "
        "Memorandum of Understanding on migration in Abuja on Wednesday.\n"
    )
    assert ("signing", ("Grace Obi", "Paul Reid")) in _events(text, dt.date(2026, 2, 19))


def test_talks_where_the_two_signed_a_memorandum_are_one_event() -> None:
    text = (
        "On Tuesday, Foreign Minister Ivan Horvat held talks with his Serbian counterpart Marko "
        "Novak in Zagreb, and the two signed a memorandum on border crossings.\n"
    )
    assert [kind for kind, _ in _events(text, dt.date(2026, 2, 19))] == ["meeting"]
