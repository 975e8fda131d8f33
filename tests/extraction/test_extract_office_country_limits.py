"""An office only a few countries have, and a host named after the place of a gathering."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 1, 15)


def countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, PUBLISHED).officials}


def test_a_country_named_after_an_office_it_lacks_is_not_the_holders() -> None:
    text = (
        "The minister will fly to Washington next week for talks with Secretary of State "
        "Dana Whitfield on the Venezuelan crisis and on U.S. tariffs.\n"
    )
    assert countries(text)["Dana Whitfield"] == "US"


def test_the_host_of_a_gathering_in_a_place_is_of_that_place() -> None:
    text = (
        "Leaders of the European Political Community gather in Tbilisi, Georgia, hosted by "
        "Prime Minister Levan Beridze.\n"
    )
    assert countries(text)["Levan Beridze"] == "GE"


def test_the_leader_of_a_delegation_from_a_country_is_of_that_country() -> None:
    text = (
        "The vice minister hosted a delegation from Peru led by Trade Minister Rosa Quispe in "
        "Jakarta on Monday.\n"
    )
    assert countries(text)["Rosa Quispe"] == "PE"
