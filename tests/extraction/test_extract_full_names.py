"""Who takes part in a meeting: every official named in full."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 3, 13)


def test_an_official_sharing_a_name_word_with_another_still_takes_part() -> None:
    text = (
        "Trade Minister Choi Dong-ha spoke to reporters in Seoul on Monday.\n\n"
        "Finance Minister Ha Jin-woo and Industry Minister Nam Sung-il met U.S. Commerce "
        "Secretary Dan Miller in Washington on Tuesday.\n"
    )
    (event,) = extract(text, THURSDAY).events
    assert set(event.participants) == {"Ha Jin-woo", "Nam Sung-il", "Dan Miller"}
