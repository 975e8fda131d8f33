"""More ways news writing reports a meeting, and some that only look like one."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _meetings(text: str, published: dt.date) -> list[tuple[str | None, set[str]]]:
    return [
        (e.date, set(e.participants))
        for e in extract(text, published).events
        if e.kind in ("meeting", "visit", "summit", "signing")
    ]


def test_a_guest_received_by_a_host_meets_the_host() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte flew on to Lima, where he was received by "
        "President Rosa Valdivia on Tuesday morning at the Government Palace.\n"
    )
    found = _meetings(text, dt.date(2026, 5, 7))
    assert ("2026-05-05", {"Tomas Ugarte", "Rosa Valdivia"}) in found


def test_a_host_receives_a_guest_whose_name_opens_with_a_particle() -> None:
    text = (
        "European Commission President Greta van Houten arrived in Accra on Monday. "
        "Ghanaian President Kofi Mensah received van Houten at the Jubilee House on Monday "
        "for a closed-door meeting.\n"
    )
    found = _meetings(text, dt.date(2026, 5, 5))
    assert any({"Kofi Mensah", "Greta van Houten"} <= who for _, who in found)


def test_a_bilateral_held_on_the_margins_is_a_meeting() -> None:
    text = (
        "Polish Prime Minister Marek Wolny held a separate bilateral with Czech Prime Minister "
        "Pavel Dvorak on the margins of the forum in Prague on Monday.\n"
    )
    found = _meetings(text, dt.date(2026, 5, 5))
    assert ("2026-05-04", {"Marek Wolny", "Pavel Dvorak"}) in found


def test_hosting_an_occasion_is_no_meeting_with_those_named_beside_it() -> None:
    text = (
        "Premier Zhang Wei will lead the delegation to Lima, diplomats say, rather than "
        "President Liu Hong, who hosts the regional leaders' meeting in Xiamen in November.\n"
    )
    assert _meetings(text, dt.date(2026, 8, 15)) == []


def test_meeting_a_commitment_is_no_meeting() -> None:
    text = (
        "President Laura Ortiz said the new rates would help Chile meet its commitments under "
        "the trade pact with Peru, which Foreign Minister Tomas Ugarte negotiated.\n"
    )
    assert _meetings(text, dt.date(2026, 5, 5)) == []


def test_no_meeting_scheduled_denies_the_meeting() -> None:
    text = (
        "Spokeswoman Ana Ruiz said President Laura Ortiz would be happy to meet Prime Minister "
        "Jean Tremblay but that no meeting was scheduled.\n"
    )
    assert _meetings(text, dt.date(2026, 5, 5)) == []


def test_the_countrys_leader_is_its_head_not_a_minister_named_nearer() -> None:
    text = (
        "Chilean President Laura Ortiz addressed the forum on Monday. Chilean Foreign Minister "
        "Tomas Ugarte spoke to reporters afterwards. Argentine President Julio Paz will host "
        "the Chilean leader in Buenos Aires next month, his office said.\n"
    )
    found = _meetings(text, dt.date(2026, 5, 5))
    assert any({"Julio Paz", "Laura Ortiz"} <= who for _, who in found)
    assert not any("Tomas Ugarte" in who for _, who in found)


def test_a_headline_meeting_takes_the_day_its_first_sentence_gives() -> None:
    text = (
        "Wolny to host Dvorak for dinner ahead of joint cabinet talks\n\n"
        "WARSAW, June 26 - Polish Prime Minister Marek Wolny will host Czech Prime Minister "
        "Pavel Dvorak for a working dinner in Warsaw on Saturday, a spokesman said.\n"
    )
    found = _meetings(text, dt.date(2026, 6, 26))
    assert ("2026-06-27", {"Marek Wolny", "Pavel Dvorak"}) in found


def test_a_meeting_held_takes_no_later_day_from_a_neighbouring_line() -> None:
    text = (
        "16:35 — Mensah to host Ortiz on Sunday\n\n"
        "Ghanaian President Kofi Mensah will host Chilean President Laura Ortiz for lunch "
        "tomorrow, his office confirmed.\n\n"
        "12:20 — Trilateral\n\n"
        "Polish Prime Minister Marek Wolny, Czech Prime Minister Pavel Dvorak and Slovak "
        "Prime Minister Peter Horvat held a trilateral meeting, a spokesperson said.\n"
    )
    found = _meetings(text, dt.date(2026, 2, 14))
    trilateral = [d for d, who in found if "Peter Horvat" in who]
    assert trilateral == ["2026-02-14"]


def test_a_meeting_told_inside_a_since_clause_keeps_its_own_date() -> None:
    text = (
        "Chilean President Laura Ortiz is hoping for a bilateral meeting with Argentine "
        "President Julio Paz in Lima, her second since they met in Santiago last October.\n"
    )
    found = _meetings(text, dt.date(2026, 8, 15))
    assert ("2025-10", {"Laura Ortiz", "Julio Paz"}) in found


def test_a_joint_press_conference_with_a_counterpart_is_a_meeting() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte, speaking at a joint press conference with "
        "Peruvian Foreign Minister Rosa Valdivia in Lima on Tuesday, said the border had "
        "reopened.\n"
    )
    found = _meetings(text, dt.date(2026, 4, 8))
    assert ("2026-04-07", {"Tomas Ugarte", "Rosa Valdivia"}) in found


def test_a_thing_received_by_a_leader_is_no_meeting() -> None:
    text = (
        "The proposal was received by Peruvian President Rosa Valdivia with scepticism, "
        "Chilean Foreign Minister Tomas Ugarte said.\n"
    )
    assert _meetings(text, dt.date(2026, 5, 13)) == []


def test_when_a_meeting_was_once_put_off_is_not_when_it_took_place() -> None:
    text = (
        "The meeting between Chilean President Laura Ortiz and Peruvian President Rosa "
        "Valdivia, which was postponed in April, finally took place in Lima on Monday.\n"
    )
    found = _meetings(text, dt.date(2026, 5, 13))
    assert found == [("2026-05-11", {"Laura Ortiz", "Rosa Valdivia"})]
