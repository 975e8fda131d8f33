"""Signing ceremonies of two sides, and meetings whose subject is only 'he' or 'she'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, set[str]]]:
    return [
        (e.kind, e.date, set(e.participants))
        for e in extract(text, published).events
        if e.kind in ("meeting", "visit", "summit", "signing")
    ]


def test_two_sides_signing_their_agreement_at_a_ceremony_attended_by_leaders() -> None:
    text = (
        "Chile and Peru signed their Comprehensive Economic Partnership Agreement on Tuesday "
        "in a ceremony at the palace attended by Chilean President Laura Ortiz and Peruvian "
        "President Rosa Valdivia.\n"
    )
    found = _events(text, dt.date(2026, 9, 23))
    assert found == [("signing", "2026-09-22", {"Laura Ortiz", "Rosa Valdivia"})]


def test_the_minister_who_announces_a_signing_is_not_a_party_to_it() -> None:
    text = (
        "Chilean President Laura Ortiz will sign a trade agreement with Peru in Lima on "
        "June 10, Chilean Trade Minister Tomas Ugarte said on Tuesday.\n"
    )
    assert not any("Tomas Ugarte" in who for _, _, who in _events(text, dt.date(2026, 5, 26)))


def test_those_met_by_an_unnamed_he_do_not_meet_each_other() -> None:
    text = (
        "First, on travel. While there, he will meet with NATO Secretary General Ola Berg and "
        "with our host, Danish Foreign Minister Sofie Lund.\n"
    )
    assert _events(text, dt.date(2026, 5, 21)) == []


def test_while_there_he_is_the_traveller_just_named() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte will travel to Oslo next week for a forum on "
        "May 28. While there, he will meet with Norwegian Foreign Minister Ola Berg.\n"
    )
    found = _events(text, dt.date(2026, 5, 21))
    assert any({"Tomas Ugarte", "Ola Berg"} <= who for _, _, who in found)


def test_she_after_a_quote_of_hers_is_still_the_one_named_before() -> None:
    text = (
        "Chilean Foreign Minister Laura Ortiz said Chile would keep funding the program. "
        '"It is faster and it is cheaper," she told reporters. She later met Peruvian Foreign '
        "Minister Rosa Valdivia and Bolivian Foreign Minister Luis Mamani for a short "
        "trilateral session, a spokesperson said.\n"
    )
    found = _events(text, dt.date(2026, 6, 2))
    assert any({"Laura Ortiz", "Rosa Valdivia", "Luis Mamani"} <= who for _, _, who in found)
