"""Everyday ways a story tells a meeting: a hyphened word before 'talks', a session two
officials co-chair, the day written between 'received' and the guest, 'the same day', 'the two
ministers' after a sentence naming both, and 'Mr X' where two officials share the name X."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract
from diplomatic_calendar.extraction.drafts import EventDraft


def _meetings(text: str, published: dt.date) -> list[EventDraft]:
    return [e for e in extract(text, published).events if e.kind == "meeting"]


def test_talks_after_a_hyphened_word_are_a_meeting() -> None:
    text = (
        "Danish Trade Minister Ole Brandt and Peruvian Trade Minister Rosa Quispe had held "
        "late-night talks in Lima on Tuesday to settle the last points.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 5))
    assert [(e.participants, e.date) for e in found] == [
        (("Ole Brandt", "Rosa Quispe"), "2026-03-03")
    ]


def test_two_officials_co_chairing_a_session_meet() -> None:
    text = (
        "Kenyan Trade Minister Amos Wekesa and Ghanaian Trade Minister Efua Mensah co-chaired "
        "a session of the joint trade committee in Accra on Monday.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 5))
    assert [(e.participants, e.date) for e in found] == [
        (("Amos Wekesa", "Efua Mensah"), "2026-03-02")
    ]


def test_the_day_between_received_and_the_guest() -> None:
    text = (
        "Chilean Foreign Minister Ana Rojas said the talks went well.\n\n"
        "Minister Rojas received on Tuesday the Minister of Trade of the Republic of Estonia, "
        "Mart Kask, at the ministry.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 5))
    assert [(e.participants, e.date) for e in found] == [(("Ana Rojas", "Mart Kask"), "2026-03-03")]


def test_the_same_day_is_the_day_of_the_talks_told_before() -> None:
    text = (
        "Foreign Minister Lena Virtanen of Finland received Foreign Minister Tomas Berzins of "
        "Latvia in Helsinki on 3 March 2026.\n\n"
        "The ministers discussed energy links and Baltic security.\n\n"
        "They also reviewed the plan for a ferry line.\n\n"
        "On the same day, the Latvian minister was received by Finnish Prime Minister Aino "
        "Lehto.\n\n"
        "Earlier, on 2 March, Virtanen spoke by phone with Estonian Foreign Minister Mart Kask.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 4))
    lehto = [e for e in found if "Aino Lehto" in e.participants]
    assert [e.date for e in lehto] == ["2026-03-03"]


def test_the_two_ministers_are_the_two_named_just_before() -> None:
    text = (
        "Irish Foreign Minister Niamh Byrne and Chilean Foreign Minister Pablo Soto agreed on "
        "Wednesday to open a joint research fund.\n\n"
        "The two ministers held talks in Santiago for two hours, followed by a lunch hosted by "
        "Soto.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 5))
    assert [(set(e.participants), e.date) for e in found] == [
        ({"Niamh Byrne", "Pablo Soto"}, "2026-03-04")
    ]


def test_a_styled_surname_two_officials_share_is_the_one_named_last() -> None:
    text = (
        "Chinese Commerce Minister Li Wenjun ended a visit to Perth on Friday.\n\n"
        "Mr Li met Trade Minister Sarah Cole at the state library on Thursday.\n\n"
        "Foreign Minister Ruth Hale will travel to Beijing next month to meet Chinese Foreign "
        "Minister Li Ming.\n"
    )
    found = _meetings(text, dt.date(2026, 4, 18))
    assert [(set(e.participants), e.date) for e in found] == [
        ({"Li Wenjun", "Sarah Cole"}, "2026-04-16")
    ]
