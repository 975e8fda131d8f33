"""Whose official someone is when the sentence names another country for other reasons."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 6)


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, DAY).officials}


def test_a_time_zone_is_not_a_nationality() -> None:
    text = (
        "TOKYO, Oct. 6 (Kyodo) -- Economy Minister Kenji Arakawa held talks with U.S. Commerce "
        "Secretary Paul Harmon in Washington on Monday (U.S. time), the ministry said.\n"
    )
    countries = _countries(text)
    assert countries["Kenji Arakawa"] == "JP"
    assert countries["Paul Harmon"] == "US"


def test_a_guest_due_at_the_white_house_is_not_american() -> None:
    text = (
        "OTTAWA (The Canadian Press) -- U.S. President Walter Greaves said on Friday that "
        "Prime Minister Hugh Fairbairn would visit the White House next month.\n"
    )
    countries = _countries(text)
    assert countries["Walter Greaves"] == "US"
    assert countries["Hugh Fairbairn"] == "CA"
