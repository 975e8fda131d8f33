"""Officials from titles and country cues; later mentions by surname; bylines ignored."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from diplomatic_calendar.extraction import Extraction, KnownOfficial, extract
from tests.extraction.conftest import read_fixture

DAY = dt.date(2025, 7, 10)


def officials(
    text: str, known: tuple[KnownOfficial, ...] = ()
) -> dict[str, tuple[str | None, str | None]]:
    result = extract(text, DAY, known)
    return {o.name: (o.title, o.country) for o in result.officials}


def test_title_and_demonym_before_the_name() -> None:
    found = officials("Peruvian Foreign Minister Elena Quispe arrived on Monday.")
    assert found == {"Elena Quispe": ("Foreign Minister", "PE")}


def test_country_abbreviation_and_long_title() -> None:
    found = officials("U.S. Secretary of State Dana Whitmore said talks went well.")
    assert found == {"Dana Whitmore": ("Secretary of State", "US")}


def test_possessive_country_then_title_then_comma_name() -> None:
    found = officials("Talks included Kenya's trade minister, Joseph Otieno, on Tuesday.")
    assert found == {"Joseph Otieno": ("Trade Minister", "KE")}


def test_appositive_title_after_the_name() -> None:
    text = "Lars Berg, Sweden's ambassador to Japan, said the visit was useful."
    assert officials(text) == {"Lars Berg": ("Ambassador to Japan", "SE")}


def test_institution_gives_title_and_country() -> None:
    text = "Kremlin spokesman Oleg Sokolov said the call was constructive."
    assert officials(text) == {"Oleg Sokolov": ("Kremlin Spokesman", "RU")}


def test_adviser_takes_the_country_of_whom_they_serve() -> None:
    text = (
        "Chilean President Rosa Fuentes will travel with Tomas Vidal, a foreign policy adviser "
        "to President Rosa Fuentes."
    )
    found = officials(text)
    assert found["Tomas Vidal"] == ("Foreign Policy Adviser", "CL")
    assert found["Rosa Fuentes"] == ("President", "CL")


def test_particles_and_hyphens_stay_in_names() -> None:
    text = (
        "Belgian Prime Minister Anke van der Berg met South Korean President Park Min-jun "
        "and Saudi Crown Prince Faisal bin Nasser."
    )
    assert set(officials(text)) == {"Anke van der Berg", "Park Min-jun", "Faisal bin Nasser"}


def test_trailing_weekday_is_not_part_of_the_name() -> None:
    assert set(officials("Premier Li Wen Monday urged calm.")) == {"Li Wen"}


def test_spelling_variants_of_one_person_are_merged() -> None:
    text = (
        "Russian Foreign Minister Aleksandr Petrov spoke first. Later, Foreign Minister "
        "Alexander Petrov of Russia left."
    )
    result = extract(text, DAY)
    assert [o.name for o in result.officials] == ["Aleksandr Petrov"]
    assert result.officials[0].aliases == ("Alexander Petrov",)


def test_reporters_and_untitled_people_are_not_officials() -> None:
    text = (
        "Foreign Minister Nadia Haddad of Jordan met reporters. Wire writer Sam Cole contributed.\n"
        "Associated Press writer Ann Lee contributed to this report. John Smith, 45, watched."
    )
    assert set(officials(text)) == {"Nadia Haddad"}


def test_known_officials_are_recognised_without_a_title() -> None:
    known = (KnownOfficial("Ana Silva", ("Ana M. Silva",), "Trade Minister", "PT"),)
    found = officials("Ana Silva told reporters the deal was close.", known)
    assert found == {"Ana Silva": ("Trade Minister", "PT")}


def test_evidence_is_the_sentence_of_the_first_mention(
    extracted: Callable[[str], Extraction],
) -> None:
    result = extracted("oslo_arctic_talks.txt")
    text = read_fixture("oslo_arctic_talks.txt")
    first = result.officials[0]
    assert first.name == "Ingrid Halvorsen"
    assert text[first.evidence.start : first.evidence.end].startswith("OSLO, Norway")


def test_fixture_officials(extracted: Callable[[str], Extraction]) -> None:
    result = extracted("oslo_arctic_talks.txt")
    assert {o.name: (o.title, o.country) for o in result.officials} == {
        "Ingrid Halvorsen": ("Foreign Minister", "NO"),
        "Paul Tremblay": ("Foreign Minister", "CA"),
        "Karen Lund": ("Prime Minister", "DK"),
        "Bjarni Olafsson": ("Foreign Minister", "IS"),
    }


def test_two_letter_given_name_and_hyphenated_title() -> None:
    found = officials(
        "Vice President JD Vance met Pakistani Army Chief Asim Munir at the White House. "
        "UN Secretary-General Antonio Guterres called for calm."
    )
    assert found["JD Vance"] == ("Vice President", "US")
    assert found["Asim Munir"] == ("Army Chief", "PK")
    assert found["Antonio Guterres"] == ("UN Secretary-General", None)


def test_institution_outweighs_a_destination() -> None:
    text = (
        "Secretary of State Dana Whitmore will travel to Israel and Qatar, "
        "the State Department said."
    )
    assert officials(text) == {"Dana Whitmore": ("Secretary of State", "US")}


def test_title_case_headline_gives_no_officials() -> None:
    assert officials("Trump Says Japan Deal Done As President Meets Ishiba") == {}


def test_weak_titles_need_a_country_or_institution() -> None:
    text = (
        "Nvidia chief Jensen Huang and opposition leader Maria Lopez listened as Kremlin chief "
        "Oleg Sokolov and Japan's chief trade negotiator Ryo Akimoto spoke."
    )
    assert officials(text) == {
        "Oleg Sokolov": ("Kremlin Chief", "RU"),
        "Ryo Akimoto": ("Chief Trade Negotiator", "JP"),
    }


def test_leading_initial_and_counterpart_title() -> None:
    text = (
        "India's External Affairs Minister R. Venkatesh met his Turkish counterpart Emre Aydin "
        "in Ankara on Monday."
    )
    assert officials(text) == {
        "R. Venkatesh": ("External Affairs Minister", "IN"),
        "Emre Aydin": ("Foreign Minister", "TR"),
    }


def test_country_from_a_later_sentence_about_the_official() -> None:
    text = (
        "Prime Minister Arjun Rao will meet Chinese President Li Wen in Tianjin, China. "
        "It will be Rao's first visit to China in years, as New Delhi and Beijing mend ties."
    )
    assert officials(text)["Arjun Rao"] == ("Prime Minister", "IN")


def test_officials_of_international_bodies_but_not_of_think_tanks() -> None:
    text = (
        "IMF Managing Director Eva Lind and NATO Secretary General Piet Jansen spoke. "
        "Karl Weber, managing director of the World Bank, agreed. Ana Gomez, director of the "
        "Center for Strategic Studies, and Tom Reed, president of the Harbor Institute, disagreed."
    )
    assert officials(text) == {
        "Eva Lind": ("IMF Managing Director", None),
        "Piet Jansen": ("NATO Secretary General", None),
        "Karl Weber": ("Managing Director of the World Bank", None),
    }


def test_someone_met_is_not_taken_for_a_compatriot() -> None:
    text = (
        "Japan's chief trade negotiator Ryo Akimoto, who met Commerce Secretary Dana Whitmore "
        "on Tuesday, said talks went well."
    )
    assert officials(text)["Dana Whitmore"] == ("Commerce Secretary", None)


def test_a_caption_without_full_stop_still_names_officials() -> None:
    text = "Peruvian Foreign Minister Elena Quispe, left, and Chilean President Luis Soto in Lima"
    assert set(officials(text)) == {"Elena Quispe", "Luis Soto"}


def test_elect_titles_and_private_bodies() -> None:
    text = (
        "South Korean President-elect Park Min-jun met U.S. Chamber of Commerce President "
        "Jane Hart and Ana Ruiz, Peru's foreign minister-designate."
    )
    assert officials(text) == {
        "Park Min-jun": ("President-elect", "KR"),
        "Ana Ruiz": ("Foreign Minister-designate", "PE"),
    }


def test_known_official_found_under_an_alias_keeps_the_kept_name() -> None:
    known = (KnownOfficial("Sergey Petrov", ("Sergei Petrov",), "Foreign Minister", "RU"),)
    result = extract("Foreign Minister Sergei Petrov arrived. Petrov said little.", DAY, known)
    (official,) = result.officials
    assert (official.name, official.country) == ("Sergey Petrov", "RU")
    assert official.aliases == ("Sergei Petrov",)


def test_known_official_with_no_usable_name_is_ignored() -> None:
    known = (KnownOfficial("  ", ()),)
    assert extract("Nothing about anyone here.", DAY, known).officials == ()


def test_top_diplomats_and_aides_with_a_country_cue() -> None:
    text = (
        "Emre Aydin, Turkey's top diplomat, met the Kremlin's foreign policy aide Oleg Sokolov. "
        "A senior diplomat, Anna Berg, watched."
    )
    assert officials(text) == {
        "Emre Aydin": ("Top Diplomat", "TR"),
        "Oleg Sokolov": ("Kremlin Foreign Policy Aide", "RU"),
    }
