"""Meetings whose day the sentence gives only by pointing elsewhere: a postponement, a day of a
span told before, the plan or the place the sentences before gave."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _meetings(text: str, published: dt.date) -> list[tuple[str | None, set[str]]]:
    return [
        (e.date, set(e.participants))
        for e in extract(text, published).events
        if e.kind in ("meeting", "visit", "summit", "signing")
    ]


def test_a_meeting_put_off_takes_its_new_month() -> None:
    text = (
        "A meeting between Chilean Foreign Minister Tomas Ugarte and Peru's Trade Minister "
        "Rosa Valdivia that had been scheduled for Jan. 8 in Lima has been postponed until "
        "February at Lima's request, an official said.\n"
    )
    found = _meetings(text, dt.date(2026, 1, 2))
    assert found == [("2026-02", {"Tomas Ugarte", "Rosa Valdivia"})]


def test_the_first_and_last_day_of_a_gathering_told_before() -> None:
    text = (
        "The clearest view came at the trade ministers' meeting in Lima on June 15-17. "
        "Chilean Trade Minister Tomas Ugarte met Peru's Trade Minister Rosa Valdivia on the "
        "first day and held talks with Bolivia's Trade Minister Luis Mamani on the last, "
        "people familiar with the schedule said.\n"
    )
    found = _meetings(text, dt.date(2026, 8, 15))
    assert ("2026-06-15", {"Tomas Ugarte", "Rosa Valdivia"}) in found
    assert ("2026-06-17", {"Tomas Ugarte", "Luis Mamani"}) in found


def test_talks_told_right_after_a_plan_take_the_plans_day() -> None:
    text = (
        "On Saturday, Chilean Foreign Minister Tomas Ugarte will meet his Peruvian counterpart "
        "Rosa Valdivia at the palace to sign a declaration on border crossings. Chilean "
        "Defence Minister Laura Ortiz is due to hold talks with Peru's Defence Minister Luis "
        "Mamani on joint procurement, according to the ministry.\n"
    )
    found = _meetings(text, dt.date(2026, 6, 24))
    assert ("2026-06-27", {"Laura Ortiz", "Luis Mamani"}) in found


def test_meeting_there_is_when_and_where_the_sentence_before_says() -> None:
    text = (
        "Peruvian President Rosa Valdivia will skip the forum, diplomats say, because she "
        "hosts the regional leaders' summit in Cusco in November. Valdivia and Chilean "
        "President Laura Ortiz are expected to meet there.\n"
    )
    found = _meetings(text, dt.date(2026, 8, 15))
    assert ("2026-11", {"Rosa Valdivia", "Laura Ortiz"}) in found


def test_a_meeting_hoped_for_in_a_city_takes_the_month_given_for_that_city() -> None:
    text = (
        "The leaders' forum is scheduled for Dec. 14-15 in Osaka.\n\n"
        "Chilean President Laura Ortiz has said she will go, and is hoping for a bilateral "
        "meeting with Peruvian President Rosa Valdivia in Osaka.\n"
    )
    found = _meetings(text, dt.date(2026, 8, 15))
    assert ("2026-12", {"Laura Ortiz", "Rosa Valdivia"}) in found


def test_telephoning_someone_is_a_call() -> None:
    text = (
        "Chilean President Laura Ortiz telephoned Peruvian President Rosa Valdivia on Monday "
        "to congratulate her.\n"
    )
    kinds = [e.kind for e in extract(text, dt.date(2026, 2, 18)).events]
    assert kinds == ["call"]


def test_a_city_the_gazetteer_does_not_know_still_points_to_its_day() -> None:
    text = (
        "The leaders' forum is scheduled for Dec. 14-15 at a resort near Puerto Varas.\n\n"
        "Chilean President Laura Ortiz has said she will go, and is hoping for a bilateral "
        "meeting with Peruvian President Rosa Valdivia in Puerto Varas.\n"
    )
    found = _meetings(text, dt.date(2026, 8, 15))
    assert ("2026-12", {"Laura Ortiz", "Rosa Valdivia"}) in found


def test_a_day_told_of_something_else_in_a_relative_clause_is_not_the_meetings() -> None:
    text = (
        "Chilean President Laura Ortiz and Peruvian President Rosa Valdivia agreed on Friday to "
        "build a rail link. Ortiz received Valdivia in her home region for what both sides "
        "called the latest round of talks, the practice that was revived in 2023.\n"
    )
    found = _meetings(text, dt.date(2026, 3, 28))
    assert [d for d, _ in found] == ["2026-03-27"]


def test_a_plan_of_other_people_in_another_paragraph_gives_no_day() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte will meet Peruvian Foreign Minister Rosa "
        "Valdivia in Lima on Saturday.\n\n"
        "Bolivian Defence Minister Luis Mamani is due to hold talks with Ecuadorean Defence "
        "Minister Laura Ortiz on joint procurement, the ministry said.\n"
    )
    found = _meetings(text, dt.date(2026, 6, 24))
    assert (None, {"Luis Mamani", "Laura Ortiz"}) in found
