"""A date that says when something was said does not date the event it reports."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

WEDNESDAY = dt.date(2025, 3, 12)


def test_the_day_of_saying_does_not_date_a_planned_meeting() -> None:
    text = (
        "Trade Minister Lena Ostrova said on Tuesday that she would meet Moldovan Economy "
        "Minister Ilie Rusu in Vienna on Friday to settle the quota dispute.\n"
    )
    (event,) = extract(text, WEDNESDAY).events
    assert event.status == "planned"
    assert event.date == "2025-03-14"


def test_the_day_of_saying_gives_way_to_the_day_a_meeting_was_held() -> None:
    text = (
        "Trade Minister Lena Ostrova told reporters in Vienna on Tuesday that she had met "
        "Moldovan Economy Minister Ilie Rusu on Monday.\n"
    )
    (event,) = extract(text, WEDNESDAY).events
    assert event.date == "2025-03-10"


def test_the_day_of_saying_still_dates_a_meeting_with_no_day_of_its_own() -> None:
    text = (
        "Trade Minister Lena Ostrova said on Tuesday that she had met Moldovan Economy "
        "Minister Ilie Rusu to settle the quota dispute.\n"
    )
    (event,) = extract(text, WEDNESDAY).events
    assert event.date == "2025-03-11"
