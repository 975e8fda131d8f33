"""Meetings called off or put off, a meeting with a whole country, and a meeting told after a
summit in the same sentence."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, str, set[str]]]:
    return [
        (e.kind, e.date, e.status, set(e.participants))
        for e in extract(text, published).events
        if e.kind in ("meeting", "visit", "summit", "signing")
    ]


def test_a_meeting_with_a_country_called_off_keeps_its_day_and_says_so() -> None:
    text = (
        "Chilean President Laura Ortiz also announced that the binational cabinet meeting with "
        "Peru, which had been scheduled for next Thursday in the border city of Arica, was "
        "cancelled.\n"
    )
    found = extract(text, dt.date(2026, 3, 20)).events
    (meeting,) = [e for e in found if e.kind == "meeting"]
    assert (meeting.date, meeting.status) == ("2026-03-26", "cancelled")
    assert "PE" in meeting.countries


def test_a_meeting_put_off_without_a_new_day_is_postponed() -> None:
    text = (
        "A planned stop in Lima, where Chilean President Laura Ortiz was due to meet Peruvian "
        "President Rosa Valdivia on Wednesday, has been postponed.\n"
    )
    found = [(kind, status, who) for kind, _, status, who in _events(text, dt.date(2026, 6, 2))]
    assert found == [("meeting", "postponed", {"Laura Ortiz", "Rosa Valdivia"})]


def test_an_earlier_postponement_in_a_relative_clause_leaves_the_plan_standing() -> None:
    text = (
        "Chilean Foreign Minister Tomas Ugarte is due to visit Lima next week for the annual "
        "joint commission meeting with Rosa Valdivia, which was postponed in April.\n"
    )
    found = extract(text, dt.date(2026, 6, 2)).events
    assert found and all(e.status == "planned" for e in found)


def test_a_meeting_told_in_a_later_clause_of_a_summits_sentence() -> None:
    text = (
        "Commission chair Kofi Mensah said the commission would follow up on the commitments "
        "made at the AU-EU summit in Luanda in November 2025, and that AU and EU foreign "
        "ministers would meet in Brussels early next year.\n"
    )
    found = _events(text, dt.date(2026, 2, 14))
    meetings = [(d, who) for kind, d, _, who in found if kind == "meeting"]
    assert meetings and meetings[0][0] == "2027"
    assert {"AU foreign ministers", "EU foreign ministers"} <= meetings[0][1]


def test_a_meeting_where_the_summit_is_held_is_the_summit() -> None:
    text = (
        "The row overshadows preparations for an EU-China summit in Beijing next month, where "
        "European Commission President Greta van Houten and European Council President Paulo "
        "Sousa are due to meet Chinese President Liu Hong.\n"
    )
    kinds = [kind for kind, _, _, _ in _events(text, dt.date(2025, 10, 2))]
    assert kinds == ["summit"]


def test_a_blocs_summit_put_off_is_news_even_with_no_one_named() -> None:
    text = (
        "The second EU-Andean summit, which had been tentatively planned for November in "
        "Brussels, has been postponed until the first half of next year, two diplomats said.\n"
    )
    found = extract(text, dt.date(2026, 9, 15)).events
    (summit,) = [e for e in found if e.kind == "summit"]
    assert (summit.date, summit.participants, summit.title) == ("2027", ("EU",), "EU summit")


def test_another_meeting_called_off_later_in_the_sentence_leaves_this_one_held() -> None:
    text = (
        "Chilean President Laura Ortiz met Peruvian President Rosa Valdivia in Lima on Monday "
        "after the regional summit with Bolivia was called off.\n"
    )
    found = extract(text, dt.date(2026, 3, 4)).events
    held = [e for e in found if set(e.participants) == {"Laura Ortiz", "Rosa Valdivia"}]
    assert [e.status for e in held] == ["held"]


def test_a_meeting_with_a_country_only_wished_for_is_no_event() -> None:
    text = "President Laura Ortiz said a meeting with Peru was not needed at this stage.\n"
    assert _events(text, dt.date(2026, 5, 13)) == []
