"""A diary of days: each heading line dates the paragraphs below it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 5, 8)  # a Friday

DIARY = (
    "The week ahead in Nordic diplomacy\n\n"
    "TUESDAY, MAY 12\n\n"
    "Norwegian Prime Minister Ola Brekke hosts Icelandic Prime Minister Sigrun Dalsdottir in "
    "Oslo.\n\n"
    "THURSDAY, MAY 14\n\n"
    "Finnish President Aino Virtanen receives Estonian President Mart Kask in Helsinki.\n\n"
    "IN OTHER NEWS\n\n"
    "Danish Foreign Minister Lars Holm will meet Swedish Foreign Minister Eva Lind in Malmo.\n"
)


def dates() -> dict[frozenset[str], tuple[str | None, str]]:
    return {
        frozenset(e.participants): (e.date, e.status)
        for e in extract(DIARY, PUBLISHED).events
        if len(e.participants) >= 2
    }


def test_each_heading_dates_the_meeting_below_it() -> None:
    found = dates()
    assert found[frozenset({"Ola Brekke", "Sigrun Dalsdottir"})] == ("2026-05-12", "planned")
    assert found[frozenset({"Aino Virtanen", "Mart Kask"})] == ("2026-05-14", "planned")


def test_a_heading_without_a_day_ends_the_days_reach() -> None:
    found = dates()
    assert found[frozenset({"Lars Holm", "Eva Lind"})][0] is None


def test_one_date_line_alone_is_a_byline_not_a_heading() -> None:
    text = (
        "TUESDAY, MAY 12\n\n"
        "Norwegian Prime Minister Ola Brekke met Icelandic Prime Minister Sigrun Dalsdottir in "
        "Oslo.\n"
    )
    (event,) = [e for e in extract(text, PUBLISHED).events if len(e.participants) >= 2]
    assert event.date != "2026-05-12"
