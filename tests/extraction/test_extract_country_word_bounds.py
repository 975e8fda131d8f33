"""Country words that were too wide or missing: 'Korea', provinces, a bare 'Foreign Office',
central banks, and a dateline written 'CITY:'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.geo import find_dateline, find_mentions

PUBLISHED = dt.date(2026, 3, 10)


def countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, PUBLISHED).officials}


def test_korea_alone_is_south_korea_and_north_korea_stays_north() -> None:
    text = (
        "Korea's trade minister, Park Min-jun, said the talks went well. "
        "North Korea's foreign minister, Ri Song-chol, did not comment.\n"
    )
    assert countries(text) == {"Park Min-jun": "KR", "Ri Song-chol": "KP"}


def test_a_province_named_with_a_country_word_is_in_its_own_country() -> None:
    assert countries("British Columbia Premier Anne Tully called the duty unfair.\n") == {
        "Anne Tully": "CA"
    }
    codes = [m.code for m in find_mentions("Exports from New Mexico and New South Wales fell.")]
    assert codes == ["US", "AU"]


def test_a_foreign_office_alone_names_no_country() -> None:
    assert find_mentions("The Foreign Office said the visit would go ahead.") == []


def test_a_central_bank_names_its_country() -> None:
    assert [m.code for m in find_mentions("The Bank of Korea held rates.")] == ["KR"]


def test_a_dateline_written_with_a_colon_is_read() -> None:
    assert find_dateline("MANILA: The minister will travel to Hanoi next week.\n") == (
        "Manila",
        "PH",
    )


def test_a_capitalised_label_with_a_colon_is_no_dateline() -> None:
    assert find_dateline("UPDATE: The minister will travel to Hanoi next week.\n") is None
    assert find_dateline("MR LANE: Good afternoon, everybody.\n") is None
