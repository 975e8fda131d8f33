"""A public figure named by one name after a full office: 'Foreign Minister Motegi'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

TUESDAY = dt.date(2026, 2, 17)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, TUESDAY).officials}


def test_a_figure_named_by_the_family_name_after_an_office() -> None:
    text = (
        "All four ministers will attend, including Foreign Minister Motegi and our host, "
        "External Affairs Minister Jaishankar."
    )
    found = officials(text)
    assert found["Toshimitsu Motegi"] == ("Foreign Minister", "JP")
    assert found["Subrahmanyam Jaishankar"] == ("External Affairs Minister", "IN")


def test_a_figure_with_one_name_only() -> None:
    text = "In New York, Foreign Minister Sugiono met the envoy on Monday."
    assert officials(text)["Sugiono"] == ("Foreign Minister", "ID")


def test_an_office_without_its_portfolio_names_no_figure() -> None:
    text = "Secretary Bessent will brief reporters after Minister Motegi leaves."
    assert officials(text) == {}


def test_a_name_no_figure_has_alone_is_left_out() -> None:
    text = "Foreign Minister Halvorsen said the talks would resume in March."
    assert officials(text) == {}


def test_a_known_figure_as_a_counterpart_of_a_country_unnamed_is_an_official() -> None:
    text = (
        "Prime Minister Anthony Albanese and his Melanesian counterpart, James Marape, "
        "signed the treaty in Canberra."
    )
    assert officials(text)["James Marape"] == ("Prime Minister", "PG")
