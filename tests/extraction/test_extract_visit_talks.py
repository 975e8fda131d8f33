"""'The two leaders met …' right after a visit is reported: the visit's own talks, not another."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_the_two_leaders_meeting_during_a_visit_is_that_visit() -> None:
    text = (
        "Peruvian President Ana Quispe and Bolivian President Luis Arce Mamani agreed on Tuesday "
        "to build a rail link, during Quispe's first official visit to Bolivia.\n\n"
        "The two leaders met for three hours at the Casa Grande, where they signed agreements "
        "on lithium and water.\n"
    )
    events = [e for e in extract(text, dt.date(2026, 4, 29)).events if len(e.participants) >= 2]
    assert [e.date for e in events] == ["2026-04-28"]
