"""A foreign ministry's readout: the office, then the state in full with no comma before the name,
two offices joined by a dash, and a release dated the day before it went out."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def officials(text: str, published: dt.date = dt.date(2025, 9, 9)) -> dict[str, tuple]:
    return {o.name: (o.title, o.country) for o in extract(text, published).officials}


def test_an_office_then_the_republic_named_in_full_then_the_name() -> None:
    text = (
        "The Minister of Foreign Affairs of the Republic of Armenia Lilit Harutyunyan received "
        "a delegation from the Minister of Economy of the Kyrgyz Republic Asel Toktogulova.\n"
    )
    found = officials(text)
    assert found["Lilit Harutyunyan"] == ("Minister of Foreign Affairs", "AM")
    assert found["Asel Toktogulova"] == ("Minister of Economy", "KG")


def test_two_offices_joined_by_a_dash_are_both_held() -> None:
    text = (
        "Deputy Prime Minister - Minister of Trade of the Republic of Armenia Gor Avetisyan "
        "opened the forum in Yerevan.\n"
    )
    title, country = officials(text)["Gor Avetisyan"]
    assert title == "Deputy Prime Minister and Minister of Trade"
    assert country == "AM"


def test_a_rank_before_the_dash_is_not_an_office() -> None:
    text = "Sheikh - Minister of Energy of the State of Qatar Saad Al-Mansouri spoke on Monday.\n"
    assert officials(text)["Saad Al-Mansouri"][0] == "Minister of Energy"


def test_today_in_a_release_dated_the_day_before_it_went_out_is_that_day() -> None:
    text = (
        "Yerevan, 8 September 2025\n\n"
        "Minister of Foreign Affairs of the Republic of Armenia Lilit Harutyunyan today received "
        "the Minister of Foreign Affairs of the Republic of Moldova Ion Sandu in Yerevan.\n"
    )
    meetings = [e for e in extract(text, dt.date(2025, 9, 9)).events if e.kind == "meeting"]
    assert [e.date for e in meetings] == ["2025-09-08"]


def test_a_release_dated_the_day_it_went_out_counts_from_that_day() -> None:
    text = (
        "Yerevan, 9 September 2025 - Minister of Foreign Affairs of the Republic of Armenia "
        "Lilit Harutyunyan will receive the Minister of Foreign Affairs of the Republic of "
        "Moldova Ion Sandu tomorrow.\n"
    )
    meetings = [e for e in extract(text, dt.date(2025, 9, 9)).events if e.kind == "meeting"]
    assert [e.date for e in meetings] == ["2025-09-10"]


def test_a_release_dated_long_before_it_went_out_counts_from_publication() -> None:
    text = (
        "Yerevan, 8 June 2025\n\n"
        "Minister of Foreign Affairs of the Republic of Armenia Lilit Harutyunyan today received "
        "the Minister of Foreign Affairs of the Republic of Moldova Ion Sandu in Yerevan.\n"
    )
    meetings = [e for e in extract(text, dt.date(2025, 9, 9)).events if e.kind == "meeting"]
    assert [e.date for e in meetings] == ["2025-09-09"]
