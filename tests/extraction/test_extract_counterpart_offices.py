"""Officials: a counterpart's office, as the other country names it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 11, 6)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, THURSDAY).officials}


def test_a_counterpart_named_with_the_host_by_surname_takes_the_usual_title() -> None:
    text = (
        "India's External Affairs Minister Meera Pillai arrived in Hanoi on Monday. "
        "On Tuesday, Pillai hosted her Philippine counterpart, Ana Cruz, at a dinner."
    )
    assert officials(text)["Ana Cruz"] == ("Foreign Minister", "PH")


def test_a_counterpart_of_a_secretary_of_state_is_a_foreign_minister() -> None:
    text = "U.S. Secretary of State John Harlan met his Kenyan counterpart David Mwangi."
    assert officials(text)["David Mwangi"] == ("Foreign Minister", "KE")


def test_a_title_every_country_uses_is_kept_for_the_counterpart() -> None:
    text = "Japanese Prime Minister Haruto Sato met his Canadian counterpart Claire Martin."
    assert officials(text)["Claire Martin"] == ("Prime Minister", "CA")


def test_two_words_of_office_joined_by_and_make_one_title() -> None:
    text = "Kenyan Commerce and Industry Minister Ruth Wanjiku met Indian officials."
    assert officials(text)["Ruth Wanjiku"] == ("Commerce and Industry Minister", "KE")


def test_a_courtesy_call_and_the_next_stop_say_nothing_of_the_hosts_country() -> None:
    text = (
        "Chilean Foreign Minister Rosa Vidal, who arrived in the Indian capital on Monday, also "
        "called on Prime Minister Ravi Menon before leaving for Dhaka. India's ties with Chile "
        "have grown since Menon took office."
    )
    assert officials(text)["Ravi Menon"] == ("Prime Minister", "IN")


def test_the_country_a_duty_falls_on_is_not_the_officials() -> None:
    text = (
        "WASHINGTON (AP) — A 40% duty on Peruvian coffee was suspended on Monday, Commerce "
        "Secretary Dana Ortiz said."
    )
    assert officials(text)["Dana Ortiz"] == ("Commerce Secretary", "US")


def test_a_government_named_after_the_official_is_someone_elses() -> None:
    text = (
        "WASHINGTON (AP) — President Walter Greaves said Tuesday that tariffs on Chilean copper "
        "will rise unless the Chilean government agrees to new rules."
    )
    assert officials(text)["Walter Greaves"] == ("President", "US")


def test_a_rate_sentence_naming_the_official_later_gives_no_country() -> None:
    text = (
        "WASHINGTON (AP) — President Walter Greaves spoke on Tuesday. Chile agreed to a 15% "
        "rate, down from the 25% Greaves had threatened."
    )
    assert officials(text)["Walter Greaves"] == ("President", "US")


def test_a_title_that_names_the_commission_serves_the_eu() -> None:
    text = "Commission President Helga Brandt hosted German Chancellor Lukas Richter on Monday."
    assert officials(text)["Helga Brandt"] == ("Commission President", "EU")
