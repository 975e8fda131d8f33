"""The chair of a legislature's committee is an official."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def test_a_committee_chairman_is_an_official() -> None:
    text = (
        "Senate Trade Committee Chairman Owen Marsh said Tuesday that lawmakers would hold a "
        "hearing on the review on Oct. 21.\n"
    )
    officials = {o.name: o.title for o in extract(text, DAY).officials}
    assert officials["Owen Marsh"] == "Senate Trade Committee Chairman"


def test_a_company_chairman_is_still_not_one() -> None:
    text = "Acme Motors Chairman Owen Marsh said Tuesday that the plant would close.\n"
    titles = {o.name: o.title for o in extract(text, DAY).officials}
    assert titles.get("Owen Marsh") is None
