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


def test_a_past_raise_dated_after_the_old_rate_is_in_force_from_that_day() -> None:
    text = "President Walter Greaves raised duties on Canadian goods to 35% from 25% on Aug. 1."
    rates = {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, dt.date(2025, 8, 22)).tariffs
    }
    assert rates[("CA", 35.0)] == ("2025-08-01", "in_force")
    assert rates[("CA", 25.0)][1] == "superseded"


def test_a_raise_that_starts_later_is_still_only_announced() -> None:
    text = "President Walter Greaves raised duties on Brazilian goods to 50%, effective Aug. 1."
    [rate] = extract(text, dt.date(2025, 7, 20)).tariffs
    assert (rate.target, rate.effective_date, rate.status) == ("BR", "2025-08-01", "announced")
