"""Country words to ISO codes, and the wire dateline."""

from __future__ import annotations

import pytest

from diplomatic_calendar.extraction import find_dateline
from diplomatic_calendar.extraction.geo import find_mentions, lookup


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Malaysian", "MY"),
        ("Russia's", "RU"),
        ("China’s", "CN"),
        ("Moscow", "RU"),
        ("Beijing", "CN"),
        ("Washington", "US"),
        ("U.S.", "US"),
        ("European Union", "EU"),
        ("EU", "EU"),
        ("Bosnia and Herzegovina", "BA"),
        ("the Philippines", "PH"),
        ("Kremlin", "RU"),
        ("South Korean", "KR"),
    ],
)
def test_lookup(phrase: str, code: str) -> None:
    assert lookup(phrase) == code


def test_mentions_take_the_longest_name_and_note_possessives() -> None:
    text = "South Africa and Bosnia and Herzegovina joined; Russia's envoy and the EU agreed."
    found = [(m.text, m.code, m.possessive) for m in find_mentions(text)]
    assert found == [
        ("South Africa", "ZA", False),
        ("Bosnia and Herzegovina", "BA", False),
        ("Russia", "RU", True),
        ("EU", "EU", False),
    ]


def test_mentions_are_whole_words_and_case_sensitive() -> None:
    assert find_mentions("Let us go; the USAID office and Chinatown are closed.") == []


def test_blocs_are_marked_as_blocs() -> None:
    (mention,) = find_mentions("ASEAN ministers met.")
    assert mention.is_bloc and mention.code == "ASEAN"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("OSLO, Norway (Wire) — The talks began.", ("Oslo", "NO")),
        ("Headline\nKUALA LUMPUR, Malaysia (AP) — Ministers met.", ("Kuala Lumpur", "MY")),
        ("Headline\nWASHINGTON\nThe president said.", ("Washington", "US")),
        ("NEW DELHI -- Officials said.", ("New Delhi", "IN")),
        ("Plain text with no dateline at all.", None),
    ],
)
def test_dateline(text: str, expected: tuple[str, str] | None) -> None:
    assert find_dateline(text) == expected
