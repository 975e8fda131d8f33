"""Lists of rates: country headings, rates a country plainly faces, and rates that change."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 2, 11)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


LIST = (
    "Where U.S. tariffs stand on the main partners, and what changes next.\n\n"
    "PERU\n\n"
    "* Most goods face 12%. An increase to 18% was put off until May 4.\n\n"
    "ECUADOR AND BOLIVIA\n\n"
    "* Both countries secured a 14% rate in deals.\n\n"
    "URUGUAY\n\n"
    "* A 27% rate imposed in October was cut to 11% under a deal that took effect on Jan. 5.\n\n"
    "KEY DATES\n\n"
    "* Farm goods face 9% from March 1.\n"
)


def test_a_country_heading_names_the_target_of_the_rates_below_it() -> None:
    found = table(LIST)
    assert found[("PE", 12)] == (None, "in_force")
    assert found[("PE", 18)] == ("2026-05-04", "paused")
    assert found[("EC", 14)][1] == "deal"
    assert found[("BO", 14)][1] == "deal"


def test_a_heading_that_names_no_country_ends_the_section() -> None:
    assert not any(rate == 9 for _, rate in table(LIST))


def test_a_rate_cut_to_another_gives_way_to_it() -> None:
    found = table(LIST)
    assert found[("UY", 27)] == ("2025-10", "superseded")
    assert found[("UY", 11)][0] == "2026-01-05"


def test_a_datelined_capital_heads_nothing() -> None:
    text = (
        "LIMA\n\n"
        "Washington will raise its tariff on Chilean copper on Monday. Officials said the 25% "
        "tariff is far below what the deficit would justify.\n"
    )
    assert ("PE", 25) not in table(text)


def test_a_rate_a_country_plainly_faces_in_a_story_of_tariffs_is_paid_now() -> None:
    text = (
        "U.S. tariffs have reshaped trade in the Andes since last year.\n\n"
        "Colombia faces 10%, and 30% on goods deemed to have been routed through it. "
        "Beijing charges 8% on most Colombian coffee under its own tariff schedule.\n"
    )
    found = table(text)
    assert found[("CO", 10)] == (None, "in_force")
    assert found[("CO", 30)] == (None, "in_force")
    assert ("CO", 8) in found


def test_a_later_sentence_dates_a_rate_named_before_without_a_day() -> None:
    text = (
        "Ecuador and Bolivia secured a 14% tariff rate in deals with Washington. Bolivia's 14% "
        "rate on textiles applied from Dec. 1.\n"
    )
    assert table(text)[("BO", 14)][0] == "2025-12-01"
