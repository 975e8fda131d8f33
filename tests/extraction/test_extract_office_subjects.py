"""Officials named again by office, initials or a pronoun after a time phrase: still the same
people, and the meetings they hold are theirs."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _meetings(text: str, published: dt.date) -> list[tuple[str, ...]]:
    return [
        e.participants
        for e in extract(text, published).events
        if e.kind in ("meeting", "visit", "signing")
    ]


def test_the_full_office_alone_names_its_one_holder() -> None:
    text = (
        "Energy and Climate Secretary Helen Marsh said the pipeline deal was close.\n\n"
        "The Energy and Climate Secretary hosted Minister Tomas Ruiz at Carlton Gardens on "
        "Tuesday, where the two signed a letter of intent.\n"
    )
    assert ("Helen Marsh", "Tomas Ruiz") in _meetings(text, dt.date(2026, 5, 8))


def test_initials_of_an_office_name_its_holder() -> None:
    text = (
        "Foreign Affairs Minister Ravi Menon began a two-day visit to Oman on Monday.\n\n"
        "On Tuesday, FAM met Minister of Commerce Qais Al Yousef and discussed port links.\n"
    )
    assert any(
        {"Ravi Menon", "Qais Al Yousef"} <= set(p) for p in _meetings(text, dt.date(2026, 5, 8))
    )


def test_a_sentence_opened_by_the_office_has_its_holder_as_subject() -> None:
    text = (
        "Trade Minister Carla Ortiz said on Monday that the text was almost closed.\n\n"
        "Exporters of wine still face the old duty.\n\n"
        "The minister said she expected to travel to Ottawa next month to meet Trade "
        "Representative Paul Gagnon.\n"
    )
    assert any(
        {"Carla Ortiz", "Paul Gagnon"} <= set(p) for p in _meetings(text, dt.date(2026, 5, 8))
    )


def test_the_office_in_a_sentence_between_keeps_the_subject() -> None:
    text = (
        "Trade Commissioner Anna Lind met Trade Representative Paul Gagnon on Monday.\n\n"
        "Officials gave no details of the talks.\n\n"
        "The commissioner is also looking further afield.\n\n"
        "She will travel to Canberra next week to meet Trade Minister Tom Reid.\n"
    )
    assert any({"Anna Lind", "Tom Reid"} <= set(p) for p in _meetings(text, dt.date(2026, 5, 8)))


def test_a_day_phrase_without_a_comma_before_the_pronoun() -> None:
    text = (
        "Foreign Minister Joyce Otieno said the region needed open borders.\n\n"
        "On Monday she hosted Rwanda's Foreign Minister, Paul Habimana, in Nairobi.\n"
    )
    assert ("Joyce Otieno", "Paul Habimana") in _meetings(text, dt.date(2026, 5, 8))


def test_the_next_morning_she_met() -> None:
    text = (
        "Foreign Minister Joyce Otieno arrived in Kigali on Monday for talks with President "
        "Paul Kagame.\n\n"
        "The next morning she met Trade Minister Jean Habimana, who raised tariffs on milk.\n"
    )
    assert any(
        {"Joyce Otieno", "Jean Habimana"} <= set(p) for p in _meetings(text, dt.date(2026, 5, 8))
    )


def test_a_place_after_on_and_an_outlet_in_brackets_are_nobody() -> None:
    text = (
        "NAIROBI, May 6 (Coast Wire) - Trade Secretary Ann Wambui is scheduled to meet Trade "
        "Representative Paul Gagnon on May 20 and will also hold meetings on Capitol Hill.\n"
    )
    for event in extract(text, dt.date(2026, 5, 6)).events:
        assert "Capitol Hill" not in event.participants
        assert "Coast Wire" not in event.participants
