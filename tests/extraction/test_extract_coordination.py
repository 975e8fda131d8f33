"""Cues that belong to one person only, and defaults that must not be borrowed."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import Extraction, extract
from tests.extraction.conftest import read_fixture

STORY = "geneva_trade_truce.txt"
PUBLISHED = dt.date(2025, 5, 12)  # a Monday


@pytest.fixture(scope="module")
def truce() -> Extraction:
    return extract(read_fixture(STORY), PUBLISHED)


def test_a_demonym_before_the_first_of_two_office_holders_is_not_the_second_ones(
    truce: Extraction,
) -> None:
    countries = {o.name: o.country for o in truce.officials}
    assert countries["Liu Wenhua"] == "CN"
    assert countries["Robert Hale"] != "CN"


def test_european_in_a_title_means_the_eu(truce: Extraction) -> None:
    vogt = next(o for o in truce.officials if o.name == "Anneliese Vogt")
    assert (vogt.title, vogt.country) == ("Trade Commissioner", "EU")


def test_held_days_of_talks_is_a_meeting_on_the_first_day(truce: Extraction) -> None:
    talks = next(e for e in truce.events if "Zhao Mingde" in e.participants)
    assert talks.kind == "meeting"
    assert set(talks.participants) == {"Zhao Mingde", "Daniel Whitfield"}
    assert talks.date == "2025-05-10"
    assert (talks.location.city, talks.location.country) == ("Geneva", "CH")


def test_titles_use_the_family_name_where_it_comes_first(truce: Extraction) -> None:
    talks = next(e for e in truce.events if "Zhao Mingde" in e.participants)
    assert talks.title.startswith("Zhao ")
    call = next(e for e in truce.events if "Liu Wenhua" in e.participants)
    assert call.title.startswith("Liu ")


def test_a_phone_call_does_not_take_the_dateline_as_its_place(truce: Extraction) -> None:
    call = next(e for e in truce.events if "Grace Whitlam" in e.participants)
    assert call.kind == "call"
    assert call.date == "2025-05-09"
    assert call.location is None or call.location.city != "Geneva"


def test_a_rate_without_its_own_imposer_takes_the_articles_usual_one(truce: Extraction) -> None:
    rates = {(t.target, t.rate_percent): t.imposer for t in truce.tariffs}
    assert rates[("CN", 30.0)] == "US"
    assert rates[("US", 10.0)] == "CN"
    assert rates[("MX", 25.0)] == "US"
