"""Duties that apply 'from the date of publication' start on the day the notice was published."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 5, 12)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_listed_rates_start_on_the_day_their_notice_was_published() -> None:
    text = (
        "The duties were published in the Government Gazette on Friday, 8 May 2026. They apply "
        "with effect from the date of publication and will remain in force for five years.\n"
        "\n"
        "The rates are as follows:\n"
        "- Products originating in the Republic of Chile: 12,4% to 33,1%, depending on the "
        "exporter;\n"
        "- Products originating in the Republic of Peru: 18,2%.\n"
    )
    assert table(text) == {
        ("CL", 33.1): ("2026-05-08", "in_force"),
        ("PE", 18.2): ("2026-05-08", "in_force"),
    }


def test_rates_before_a_from_the_date_of_notification_sentence_take_that_day() -> None:
    text = (
        "Lima on Monday notified fresh duties against imported glass. Imports from Chile will "
        "attract duties of 21.5 per cent of the landed value. The duties apply from the date of "
        "notification. A second duty on Chilean pipes will rise to 15 percent from November 1.\n"
    )
    assert table(text)[("CL", 21.5)] == ("2026-05-11", "in_force")
