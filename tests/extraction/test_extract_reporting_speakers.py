"""An official who reports what the sentence says speaks for the country that opens it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 11, 20)


def countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, THURSDAY).officials}


def test_the_speaker_is_not_of_the_leader_named_in_the_report() -> None:
    text = (
        "Chile will seek talks with Beijing to head off a 30% tariff that Chinese President "
        "Xi Jinping has threatened to impose on Chilean copper, Mining Minister Tomas Reyes "
        "said on Thursday."
    )
    found = countries(text)
    assert found["Tomas Reyes"] == "CL"
    assert found["Xi Jinping"] == "CN"


def test_a_dateline_before_the_opening_country_is_skipped() -> None:
    text = (
        "SANTIAGO, Nov 20 (Reuters) - Chile will seek talks with Beijing before a 30% tariff "
        "that Chinese President Xi Jinping has threatened starts, Mining Minister Tomas Reyes "
        "said."
    )
    assert countries(text)["Tomas Reyes"] == "CL"


def test_a_month_before_the_country_is_not_a_place() -> None:
    text = (
        "Under a law passed in March, Chile could answer with duties of 20% on Chinese goods, "
        "Finance Minister Lena Vidal said."
    )
    assert countries(text)["Lena Vidal"] == "CL"
