"""A wire story with a Title Case headline, a byline, a dated dateline and a reporting credit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from diplomatic_calendar.extraction import Extraction, extract, find_dateline
from tests.extraction.conftest import read_fixture

STORY = "brussels_trade_pact.txt"


def test_officials_but_no_reporters_or_headline_words(
    extracted: Callable[[str], Extraction],
) -> None:
    found = {o.name: (o.title, o.country) for o in extracted(STORY).officials}
    assert found == {
        "Helga Brandt": ("European Commission President", "EU"),
        "Arjun Mehta": ("Commerce Minister", "IN"),
        "Lukas Richter": ("Economy Minister", "DE"),
        "Claire Dubois": ("Agriculture Minister", "FR"),
    }


def test_dateline_with_a_date_in_it() -> None:
    assert find_dateline(read_fixture(STORY)) == ("Brussels", "BE")


def test_events_of_the_story(extracted: Callable[[str], Extraction]) -> None:
    events = [(e.kind, e.date, e.status, e.participants) for e in extracted(STORY).events]
    assert events == [
        ("meeting", "2025-09-11", "held", ("Helga Brandt", "Arjun Mehta")),
        ("visit", "2025-09-16", "planned", ("Arjun Mehta", "Lukas Richter")),
        ("call", "2025-09", "held", ("Helga Brandt", "Arjun Mehta")),
    ]
    visit = extracted(STORY).events[1]
    assert (visit.location.city, visit.location.country) == ("Berlin", "DE")


def test_met_with_skepticism_is_not_a_meeting(extracted: Callable[[str], Extraction]) -> None:
    assert all("Claire Dubois" not in e.participants for e in extracted(STORY).events)


def test_growth_figures_are_not_tariffs_and_duties_in_place_are(
    extracted: Callable[[str], Extraction],
) -> None:
    found = {(t.target, t.imposer, t.rate_percent, t.status) for t in extracted(STORY).tariffs}
    assert found == {("IN", "EU", 9.6, "in_force"), ("IN", "EU", 10, "announced")}


def test_middle_initials_are_dropped_from_the_name_but_kept_as_alias() -> None:
    result = extract("U.S. President Donald J. Trump spoke on Monday.", dt.date(2025, 7, 10))
    (official,) = result.officials
    assert (official.name, official.aliases) == ("Donald Trump", ("Donald J. Trump",))


GULF = "gulf_tariff_talks.txt"


def test_names_with_particles_and_honorifics(extracted: Callable[[str], Extraction]) -> None:
    found = {o.name: o.country for o in extracted(GULF).officials}
    assert found == {
        "Khalid bin Faisal Al Mansour": "QA",
        "Grant Holloway": "US",
        "Nasser Al-Harbi": "SA",
        "Rashid bin Saeed Al Qasimi": "AE",
        "Lin Wei": "CN",
    }


def test_gulf_events(extracted: Callable[[str], Extraction]) -> None:
    events = [(e.kind, e.date, e.participants) for e in extracted(GULF).events]
    assert events[0] == (
        "meeting",
        "2025-10-14",
        ("Khalid bin Faisal Al Mansour", "Grant Holloway"),
    )
    assert events[1][0] == "meeting" and events[1][2] == ("Grant Holloway", "Nasser Al-Harbi")
    # "Later Tuesday ... was due to speak by phone": the call planned for that Tuesday.
    assert events[2] == ("call", "2025-10-14", ("Grant Holloway", "Rashid bin Saeed Al Qasimi"))


def test_each_rate_keeps_the_dates_of_its_own_clause(
    extracted: Callable[[str], Extraction],
) -> None:
    found = {
        (t.target, t.rate_percent): (t.effective_date, t.status) for t in extracted(GULF).tariffs
    }
    assert found == {
        ("AE", 20): ("2025-11-01", "threatened"),
        ("BH", 20): ("2025-11-01", "threatened"),
        ("OM", 10): ("2025-06", "in_force"),
        ("KW", 15): (None, "deal"),
    }


def test_agency_style_dateline_initials_and_visits() -> None:
    text = (
        "Lima [Peru], September 4 (Wire): Foreign Minister R Quispe on Thursday held talks with "
        "his Chilean counterpart Ana Soto in Lima.\n"
        "Soto is on a three-day visit to Peru from September 3 to 5, the ministry said.\n"
        "The visit comes days after Quispe travelled to Santiago for talks with Soto."
    )
    result = extract(text, dt.date(2025, 9, 4))
    assert find_dateline(text) == ("Lima", "PE")
    assert {o.name for o in result.officials} == {"R Quispe", "Ana Soto"}
    kinds = [(e.kind, e.date, e.end_date, e.location.city) for e in result.events]
    assert kinds[0] == ("meeting", "2025-09-04", None, "Lima")
    assert kinds[1] == ("visit", "2025-09-03", "2025-09-05", None)
    assert kinds[2][0] == "visit" and kinds[2][3] == "Santiago"


def test_a_rate_from_a_past_date_is_in_force() -> None:
    text = "The levy on Peruvian goods rose to 50 per cent from August 27, officials said."
    (tariff,) = extract(text, dt.date(2025, 9, 4)).tariffs
    assert (tariff.target, tariff.status, tariff.effective_date) == ("PE", "in_force", "2025-08-27")
