"""Everyday ways a news story tells a meeting: 'met X and Y separately', 'was then received by',
'is scheduled to see', 'Today he is due to call on', a bloc's ministers meeting with its chair,
'X and Y signed the agreement', and 'After the signing, …'."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _meetings(text: str, published: dt.date) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [
        (e.kind, e.date, e.participants)
        for e in extract(text, published).events
        if e.kind in ("meeting", "signing")
    ]


def test_met_two_officials_separately_is_one_meeting_with_each() -> None:
    text = (
        "Chilean Foreign Minister Rosa Pereira Alcalde spoke at the forum on Monday.\n\n"
        "Pereira Alcalde also met Peruvian Foreign Minister Tomas Quillca and Ecuador's "
        "Foreign Minister Ines Manrique separately on Monday afternoon.\n"
    )
    assert _meetings(text, dt.date(2026, 3, 10)) == [
        ("meeting", "2026-03-09", ("Rosa Pereira Alcalde", "Tomas Quillca")),
        ("meeting", "2026-03-09", ("Rosa Pereira Alcalde", "Ines Manrique")),
    ]


def test_was_then_received_by_is_a_meeting() -> None:
    text = (
        "Ghanaian President Kofi Amankwah opened the trade fair in Oslo on Wednesday.\n\n"
        "Amankwah was then received by Norwegian Prime Minister Sigrid Haugland at her office "
        "on Wednesday afternoon.\n"
    )
    assert _meetings(text, dt.date(2026, 5, 14)) == [
        ("meeting", "2026-05-13", ("Kofi Amankwah", "Sigrid Haugland"))
    ]


def test_scheduled_to_see_an_official_is_a_planned_meeting() -> None:
    text = (
        "Irish Trade Minister Niamh Galvin arrived in Ottawa on Monday.\n\n"
        "She is scheduled to see Canadian Trade Minister Paul Ostrander on Thursday, her "
        "office said.\n"
    )
    assert _meetings(text, dt.date(2026, 6, 2)) == [
        ("meeting", "2026-06-04", ("Niamh Galvin", "Paul Ostrander"))
    ]


def test_today_he_after_a_sentence_about_the_minister_is_that_minister() -> None:
    text = (
        "Fijian Trade Minister Josaia Koroi arrived in Manila yesterday.\n\n"
        "The minister is travelling with a delegation of twenty exporters.\n\n"
        "Today he is due to call on Philippine Trade Secretary Lorna Dizon, before flying on.\n"
    )
    assert _meetings(text, dt.date(2026, 8, 4)) == [
        ("meeting", "2026-08-04", ("Josaia Koroi", "Lorna Dizon"))
    ]


def test_a_blocs_ministers_meeting_takes_its_chair_and_those_meeting_on_its_margins() -> None:
    text = (
        "LIMA — Mercosur foreign ministers met in Lima on Tuesday and called for "
        "lower tariffs.\n\n"
        "The meeting, chaired by Peru's Foreign Minister Tomas Quillca, was attended by all "
        "member states.\n\n"
        "Colombian Foreign Minister Lucia Arbelaez held bilateral talks on the margins with "
        "Bolivian Foreign Minister Mario Choque.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 11))
    assert found[0] == (
        "meeting",
        "2026-03-10",
        ("Mercosur foreign ministers", "Tomas Quillca", "Lucia Arbelaez", "Mario Choque"),
    )
    assert found[1] == ("meeting", "2026-03-10", ("Lucia Arbelaez", "Mario Choque"))


def test_two_signatories_joined_by_and_sign_with_the_witnesses() -> None:
    text = (
        "ACCRA — Ghana's Trade Minister Ama Boateng and Norway's Trade Minister Lars Vik "
        "signed the agreement at the Jubilee House on Thursday, in a ceremony attended by "
        "President Kofi Amankwah.\n"
    )
    assert _meetings(text, dt.date(2026, 5, 15)) == [
        ("signing", "2026-05-14", ("Ama Boateng", "Lars Vik", "Kofi Amankwah"))
    ]


def test_one_signatory_alone_signs_with_no_one_named_after() -> None:
    text = (
        "President Kofi Amankwah signed the agreement on Thursday, which opposition leader "
        "Yaw Mensah had called a mistake.\n"
    )
    assert _meetings(text, dt.date(2026, 5, 15)) == []


def test_after_the_signing_talks_take_the_signings_day() -> None:
    text = (
        "Chilean Foreign Minister Rosa Pereira Alcalde and Peruvian Foreign Minister Tomas "
        "Quillca signed their border treaty on Thursday at the Torre Tagle palace.\n\n"
        "Pereira Alcalde arrived in Lima on Wednesday night. After the signing, she and "
        "Quillca held talks on water and trade.\n"
    )
    found = _meetings(text, dt.date(2026, 7, 25))
    assert ("meeting", "2026-07-23", ("Rosa Pereira Alcalde", "Tomas Quillca")) in found


def test_a_dialogue_with_an_official_is_a_meeting() -> None:
    text = (
        "Chilean Foreign Minister Rosa Pereira Alcalde will travel to Madrid next week.\n\n"
        "She will co-chair the strategic dialogue with Spanish Foreign Minister Carmen Robles "
        "in Madrid on Tuesday.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 12))
    assert [(kind, who) for kind, _, who in found] == [
        ("meeting", ("Rosa Pereira Alcalde", "Carmen Robles"))
    ]


def test_two_travellers_of_one_sentence_make_two_visits() -> None:
    text = (
        "Danish King Erik Holm is due to make a state visit to Chile next week, and Swedish "
        "Prime Minister Anna Lindqvist will travel to Chile in early December.\n"
    )
    visits = [
        (e.date, e.participants)
        for e in extract(text, dt.date(2026, 11, 20)).events
        if e.kind == "visit"
    ]
    assert visits == [("2026-11", ("Erik Holm",)), ("2026-12", ("Anna Lindqvist",))]


def test_a_committee_is_no_one_to_meet() -> None:
    text = (
        "Trade Commissioner Ines Marchetti will also meet members of the Senate Fisheries and "
        "Oceans Committee.\n"
    )
    assert _meetings(text, dt.date(2026, 4, 11)) == []


def test_a_host_whose_guests_are_unnamed_meets_no_one_named_before() -> None:
    text = (
        "The week ahead: Trade Commissioner Ines Marchetti heads to Ottawa, Foreign Minister "
        "Carmen Robles in Lima, Council President Pavel Dvorak hosts Balkan leaders\n"
    )
    assert _meetings(text, dt.date(2026, 4, 11)) == []


def test_a_blocs_named_ministers_meeting_with_its_chair() -> None:
    text = (
        "The ASEAN Foreign Ministers' Meeting, chaired by Thai Foreign Minister Niran "
        "Srisuk, opened in Bangkok on Thursday.\n\n"
        "Malaysian Foreign Minister Aziz Rahman held bilateral talks with Srisuk on the "
        "sidelines on Thursday.\n"
    )
    found = _meetings(text, dt.date(2026, 7, 10))
    assert found[0] == (
        "meeting",
        "2026-07-09",
        ("ASEAN Foreign Ministers", "Niran Srisuk", "Aziz Rahman"),
    )
    assert found[1] == ("meeting", "2026-07-09", ("Aziz Rahman", "Niran Srisuk"))


def test_the_sultan_is_the_one_sultan_the_article_names() -> None:
    text = (
        "Brunei's Sultan Hassan Bolkiah Rahman welcomed the pact. Indian Prime Minister Ravi "
        "Menon arrived in Bandar Seri Begawan on Wednesday evening and held restricted talks "
        "with the Sultan on Thursday morning.\n"
    )
    found = _meetings(text, dt.date(2025, 12, 19))
    assert found == [("meeting", "2025-12-18", ("Ravi Menon", "Hassan Bolkiah Rahman"))]


def test_the_countrys_president_is_its_one_official_named_without_a_title() -> None:
    text = (
        "ASTANA — Chile's Ana Quispe ended a three-day state visit to Kazakhstan on Friday.\n\n"
        "The Chilean president landed in Astana on Wednesday and held talks with Kazakh "
        "President Erlan Nurlanov the same day.\n"
    )
    found = _meetings(text, dt.date(2025, 10, 10))
    assert ("meeting", "2025-10-08", ("Ana Quispe", "Erlan Nurlanov")) in found


def test_no_plans_to_meet_is_no_meeting() -> None:
    text = (
        "Canadian Prime Minister Paul Ostrander spoke in Ottawa on Monday. He added that he had "
        "no plans to meet Mexican President Lucia Arbelaez in the near term.\n"
    )
    assert _meetings(text, dt.date(2026, 5, 12)) == []


def test_a_top_diplomat_sits_down_with_a_foreign_policy_chief() -> None:
    text = (
        "Chilean Foreign Minister Rosa Pereira Alcalde and Kaja Kallas, the EU's High "
        "Representative for Foreign Affairs and Security Policy, will attend the forum.\n\n"
        "BRUSSELS — Chile's top diplomat sat down with the European Union's foreign policy "
        "chief in Brussels on Wednesday.\n"
    )
    found = _meetings(text, dt.date(2025, 7, 3))
    assert ("meeting", "2025-07-02", ("Rosa Pereira Alcalde", "Kaja Kallas")) in found


def test_he_after_a_sentence_describing_the_traveller_by_office_is_that_traveller() -> None:
    text = (
        "Chilean Foreign Minister Rosa Pereira Alcalde met Kaja Kallas in Brussels on "
        "Wednesday.\n\n"
        "Her tour will take the Chilean minister to Madrid on Thursday, where she is due to "
        "hold talks with Spanish Foreign Minister Carmen Robles. She then travels to Paris "
        "for a meeting with French Foreign Minister Louis Garnier.\n"
    )
    events = extract(text, dt.date(2025, 7, 3)).events
    assert any(e.participants == ("Rosa Pereira Alcalde", "Louis Garnier") for e in events)


def test_a_visit_for_a_blocs_summit_meets_that_bloc() -> None:
    text = (
        "Chilean President Ana Quispe is expected to visit Brussels later this year for an "
        "EU-Chile summit, her office said.\n"
    )
    visits = [
        (e.date, e.participants)
        for e in extract(text, dt.date(2026, 3, 26)).events
        if e.kind == "visit"
    ]
    assert visits == [("2026", ("EU", "Ana Quispe"))]


def test_prior_to_the_meeting_takes_that_meetings_day_however_far_back() -> None:
    text = (
        "On March 3, Foreign Minister Carmen Robles of Spain held a meeting with Foreign "
        "Minister Tomas Quillca of Peru in Madrid.\n\n"
        "1. The two ministers discussed trade.\n\n"
        "2. They discussed fisheries.\n\n"
        "3. They discussed water.\n\n"
        "4. They discussed mining.\n\n"
        "5. They discussed schools.\n\n"
        "Minister Quillca said Peruvian President Ana Quispe looks forward to meeting King "
        "Felipe Borbon.\n\n"
        "Prior to the meeting, Minister Quillca paid a courtesy call on Prime Minister Pedro "
        "Alvarez at the Moncloa Palace.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 4))
    assert ("meeting", "2026-03-03", ("Tomas Quillca", "Pedro Alvarez")) in found
    assert ("meeting", None, ("Tomas Quillca", "Ana Quispe", "Felipe Borbon")) in found


def test_a_strategic_partner_is_no_one() -> None:
    text = (
        "Spanish Foreign Minister Carmen Robles welcomed Peruvian Foreign Minister Tomas "
        'Quillca\'s visit to Spain on Tuesday and called Peru a "Special Strategic Partner".\n'
    )
    for event in extract(text, dt.date(2026, 3, 4)).events:
        assert "Strategic Partner" not in event.participants


def test_the_two_named_in_a_which_clause_signed_the_agreement() -> None:
    text = (
        "Chilean officials also praised the free trade agreement with the European Union, "
        "which Chilean Trade Minister Rosa Pereira Alcalde and EU Trade Commissioner Ines "
        "Marchetti signed in Santiago last September.\n"
    )
    assert _meetings(text, dt.date(2026, 7, 11)) == [
        ("signing", "2025-09", ("Rosa Pereira Alcalde", "Ines Marchetti"))
    ]


def test_counting_the_meeting_just_told_is_no_second_meeting() -> None:
    text = (
        "Spanish Trade Minister Carmen Robles held talks with Peruvian Trade Minister Tomas "
        "Quillca in Madrid on Thursday.\n\n"
        "It was their third face-to-face meeting this year.\n"
    )
    assert _meetings(text, dt.date(2025, 11, 8)) == [
        ("meeting", "2025-11-06", ("Carmen Robles", "Tomas Quillca"))
    ]
