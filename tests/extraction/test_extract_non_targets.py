"""Countries a tariff sentence names that are not what the tariff targets."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

WEDNESDAY = dt.date(2025, 10, 15)


def test_oil_bought_from_a_country_does_not_make_it_the_target() -> None:
    text = (
        "Vietnam has been paying a combined 40% tariff since Aug. 27, when an extra penalty over "
        "its purchases of Iranian oil was added on top of the 20% rate set in July."
    )
    targets = {(t.target, t.rate_percent) for t in extract(text, WEDNESDAY).tariffs}
    assert ("IR", 20) not in targets
    assert ("VN", 40) in targets
