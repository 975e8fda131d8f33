"""A meeting with 'the foreign ministers of' named countries, in a capital the text names."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_named_minister_meets_the_ministers_of_named_countries_in_their_capital() -> None:
    text = (
        "The talks follow a meeting in Niamey on Monday between Senegal's Foreign Minister "
        "Awa Ndiaye and the foreign ministers of Niger, Chad and Mali.\n"
    )
    (event,) = [e for e in extract(text, dt.date(2026, 3, 18)).events if e.kind == "meeting"]
    assert event.participants[0] == "Awa Ndiaye"
    assert {"NE", "TD", "ML"} <= set(event.countries)
    assert (event.location.city, event.location.country) == ("Niamey", "NE")
    assert event.date == "2026-03-16"
