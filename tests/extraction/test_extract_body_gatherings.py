"""A named body's leaders gathering is that body's summit, with its host and those expected."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _summits(text: str, published: dt.date) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(e.date, e.participants) for e in extract(text, published).events if e.kind == "summit"]


def test_leaders_of_a_named_body_gather_hosted_by_a_leader() -> None:
    text = (
        "SATURDAY, APRIL 18\n\n"
        "Leaders of the Andean Business Community gather in Cusco, Peru, hosted by President "
        "Rosa Valdivia. Around 20 heads of state are expected, including Chilean President "
        "Laura Ortiz.\n\n"
        "SUNDAY, APRIL 19\n\n"
        "Markets are closed.\n"
    )
    found = _summits(text, dt.date(2026, 4, 13))
    assert found == [("2026-04-18", ("Andean Business Community", "Rosa Valdivia", "Laura Ortiz"))]


def test_a_headline_and_its_story_give_one_gathering_with_its_host() -> None:
    text = (
        "LIVE: Coral Sea Forum leaders meet in Port Vila\n\n"
        "Coral Sea Forum leaders will meet in Port Vila today for their annual summit. "
        "Vanuatu Prime Minister Jotham Napat is hosting.\n"
    )
    found = _summits(text, dt.date(2026, 9, 8))
    assert found == [("2026-09-08", ("Coral Sea Forum", "Jotham Napat"))]


def test_one_ordinary_word_is_no_named_body() -> None:
    text = "Leaders of Europe meet in Paris on Monday to discuss energy prices.\n"
    assert _summits(text, dt.date(2026, 9, 8)) == []


def test_a_body_meeting_its_obligations_is_no_gathering() -> None:
    text = (
        "Leaders of the Andean Business Community met their obligations under the treaty, "
        "Chilean Foreign Minister Tomas Ugarte said.\n"
    )
    assert _summits(text, dt.date(2026, 5, 13)) == []


def test_the_leaders_summit_is_the_blocs_and_those_who_say_they_will_attend_join() -> None:
    text = (
        "When Chile took over the G20 presidency last December, officials promised a lean "
        "year.\n\n"
        "The leaders' summit is scheduled for Dec. 14-15 at President Laura Ortiz's residence "
        "near Valparaiso. Most other leaders are expected to attend.\n\n"
        "Markets were calm. Analysts expect little.\n\n"
        "French President Paul Girard, who chaired the G7 summit in Evian in June, has said he "
        "will attend.\n"
    )
    found = _summits(text, dt.date(2026, 8, 15))
    assert ("2026-12-14", ("G20", "Laura Ortiz", "Paul Girard")) in found
