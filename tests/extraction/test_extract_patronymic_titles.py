"""Event titles name a Gulf official by the given name and the father's ("Khalid bin Faisal"),
never by the family part alone."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 11, 5)


def test_a_long_patronymic_name_is_shortened_to_its_first_three_words() -> None:
    text = (
        "DOHA (Wire) — Qatar's Emir Sheikh Khalid bin Faisal Al Mansour met Australian Foreign "
        "Minister Rhoda Keating in Doha on Tuesday to discuss gas supplies.\n"
    )
    (meeting,) = [e for e in extract(text, DAY).events if e.kind == "meeting"]
    assert meeting.title == "Khalid bin Faisal meets Keating"


def test_a_three_word_patronymic_name_is_kept_whole_and_particles_still_lead() -> None:
    text = (
        "Saudi Foreign Minister Nayef bin Turki met German Chancellor Friedrich Merz in Berlin "
        "on Monday.\n\n"
        "European Commission President Ursula von der Leyen met Kenyan President Amos Kiprono "
        "in Brussels on Tuesday.\n"
    )
    titles = [e.title for e in extract(text, DAY).events if e.kind == "meeting"]
    assert titles == ["Nayef bin Turki meets Merz", "von der Leyen meets Kiprono"]
