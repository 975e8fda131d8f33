"""Whose official a bare title means, and names with an inner capital."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import Extraction, extract
from diplomatic_calendar.extraction.geo import outlet_country
from tests.extraction.conftest import read_fixture

STORY = "ottawa_counter_tariffs.txt"


@pytest.fixture(scope="module")
def story() -> Extraction:
    return extract(read_fixture(STORY), dt.date(2025, 8, 22))


def test_the_wire_in_the_dateline_names_its_home_country() -> None:
    assert outlet_country(read_fixture(STORY)) == "US"
    assert outlet_country("OTTAWA (The Canadian Press) -- Talks began.") == "CA"
    assert outlet_country("New Delhi [India], October 14 (ANI): Talks began.") == "IN"
    assert outlet_country("Talks began (quietly) on Monday.") is None


def test_a_cue_in_the_sentence_comes_before_the_wires_country(story: Extraction) -> None:
    countries = {o.name: o.country for o in story.officials}
    assert countries["Hugh Fairbairn"] == "CA"  # "Canada will lift …, Prime Minister X said"


def test_a_demonym_describing_goods_is_nobodys_nationality(story: Extraction) -> None:
    countries = {o.name: o.country for o in story.officials}
    # "President X raised duties on Canadian goods": the goods are Canadian, he is not; with no
    # other cue a bare title in AP copy means a U.S. official.
    assert countries["Walter Greaves"] == "US"
    assert countries["Alan Breck"] == "US"


def test_a_surname_with_an_inner_capital_stays_whole(story: Extraction) -> None:
    names = {o.name for o in story.officials}
    assert "Pierre LeMoyne" in names
    assert not any(name.endswith(" Le") for name in names)


def test_a_rate_on_the_usual_imposer_falls_to_the_other_party() -> None:
    text = (
        "OTTAWA (AP) -- Canada will drop most of its retaliatory tariffs on U.S. goods from "
        "Sept. 1, Prime Minister Hugh Fairbairn said Friday, hoping to restart talks with "
        "Washington.\n\n"
        "The move leaves in place 25% counter-tariffs on American steel and autos.\n"
    )
    rates = {
        (t.target, t.rate_percent): t.imposer for t in extract(text, dt.date(2025, 8, 22)).tariffs
    }
    assert rates[("US", 25.0)] == "CA"
