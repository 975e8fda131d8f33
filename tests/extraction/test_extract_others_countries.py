"""Country words near an official that belong to someone else."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 11, 20)


def countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, THURSDAY).officials}


def test_the_premier_a_host_receives_is_not_of_the_hosts_country() -> None:
    text = "Prime Minister Anna Berg will host the Chinese premier in Oslo early next month."
    assert countries(text)["Anna Berg"] != "CN"


def test_the_guest_at_the_white_house_is_not_american() -> None:
    text = "Prime Minister Mark Rowe met U.S. President Donald Trump at the White House on Tuesday."
    found = countries(text)
    assert found["Mark Rowe"] != "US"
    assert found["Donald Trump"] == "US"
