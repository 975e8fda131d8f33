"""Who takes part: the visitor a headline names, a bloc's guests, two of three meeting apart."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, set[str]]]:
    return [
        (e.kind, e.date, set(e.participants))
        for e in extract(text, published).events
        if e.kind in ("meeting", "visit", "summit", "signing")
    ]


def test_the_name_before_visit_is_the_visitor_not_the_others_in_the_headline() -> None:
    text = (
        "Chile's Ugarte to press Lima on copper as Valdivia visit looms\n\n"
        "Chilean Trade Minister Tomas Ugarte will press Peru on copper duties before Peruvian "
        "President Rosa Valdivia arrives next month, his office said.\n"
    )
    found = _events(text, dt.date(2026, 1, 18))
    assert not any("Tomas Ugarte" in who and "Rosa Valdivia" in who for _, _, who in found)


def test_a_country_role_said_of_anyone_is_no_participant() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte visited Lima on Monday, the first such visit by "
        "a Bolivian foreign minister since 2012.\n"
    )
    found = _events(text, dt.date(2026, 3, 4))
    assert found == [("visit", "2026-03-02", {"Tomas Ugarte"})]


def test_a_summit_the_sentence_only_mentions_gets_no_one_from_the_sentence_before() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte spoke with Peruvian Foreign Minister Rosa "
        "Valdivia by telephone on Monday night. Analysts said the pause was designed to "
        "expire after the summit, giving both sides leverage.\n"
    )
    assert _events(text, dt.date(2026, 4, 14)) == []


def test_two_of_three_meeting_one_on_one_is_a_meeting_of_its_own() -> None:
    text = (
        "Chilean President Laura Ortiz, Peruvian President Rosa Valdivia and Bolivian "
        "President Luis Mamani held a trilateral meeting on the sidelines of the summit in "
        "Lima on Saturday. Ortiz and Valdivia also met one-on-one for about 20 minutes "
        "beforehand, a spokesperson added.\n"
    )
    found = _events(text, dt.date(2026, 2, 14))
    people = [who for _, _, who in found]
    assert {"Laura Ortiz", "Rosa Valdivia", "Luis Mamani"} in people
    assert {"Laura Ortiz", "Rosa Valdivia"} in people


def test_the_host_of_a_blocs_leaders_holds_its_summit_and_those_expected_attend() -> None:
    text = (
        "Paraguay's President Carlos Duarte, who holds Mercosur's rotating presidency, will "
        "host the bloc's leaders in Asunción from July 2 to 3. Argentine President Julio Paz "
        "and Uruguayan President Ana Ferreira are both expected to attend.\n"
    )
    found = _events(text, dt.date(2026, 6, 24))
    assert found == [
        ("summit", "2026-07-02", {"Mercosur", "Carlos Duarte", "Julio Paz", "Ana Ferreira"})
    ]


def test_officials_who_have_not_confirmed_a_visit_are_not_on_it() -> None:
    text = (
        "Diplomats said Chile was preparing for a visit by Peruvian President Rosa Valdivia, "
        "which could take place by the end of September, though Peruvian officials have not "
        "confirmed it.\n"
    )
    found = _events(text, dt.date(2026, 7, 20))
    assert all("Peruvian officials" not in who for _, _, who in found)


def test_the_leader_a_minister_stands_in_for_does_not_join_the_meeting() -> None:
    text = (
        "A meeting between Chile's foreign minister, Tomas Ugarte, and his Peruvian "
        "counterpart, Rosa Valdivia, was held on the margins of the summit on Saturday. "
        "Ugarte is leading Chile's delegation in place of President Laura Ortiz, who did not "
        "travel.\n"
    )
    found = _events(text, dt.date(2026, 2, 14))
    assert [who for _, _, who in found] == [{"Tomas Ugarte", "Rosa Valdivia"}]


def test_a_title_tells_apart_two_officials_of_one_family_name() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte met Paraguayan Foreign Minister Carlos Mendoza "
        "and Paraguayan President Luis Mendoza in Asuncion on Friday. Ugarte and President "
        "Mendoza are expected to meet again in Santiago next month.\n"
    )
    found = _events(text, dt.date(2026, 9, 15))
    assert ("meeting", "2026-10", {"Tomas Ugarte", "Luis Mendoza"}) in found
