"""Places an event sentence names by description rather than by name."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

WEDNESDAY = dt.date(2025, 10, 15)


def test_the_demonym_capital_is_its_capital_city() -> None:
    text = (
        "Rosa Vidal, Chile's foreign minister, who arrived in the Kenyan capital on Monday, also "
        "called on President Daniel Kamau and is scheduled to meet Trade Minister Peter Mwangi "
        "on Thursday."
    )
    places = {(e.location.city, e.location.country) for e in extract(text, WEDNESDAY).events}
    assert places == {("Nairobi", "KE")}
