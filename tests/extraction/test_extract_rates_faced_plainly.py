"""'Y faces a 20% rate' beside rates paid since a day: paid now too, with no borrowed start."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 10, 8)


def test_a_rate_faced_beside_one_paid_since_a_day_is_in_force_without_a_date() -> None:
    text = (
        "Washington will raise its tariff on Peruvian goods to 30 percent on Nov. 1.\n\n"
        "Chilean copper has paid a 12 percent duty since Aug. 7, while Ecuador faces "
        "a 14 percent rate.\n"
    )
    ecuador = next(t for t in extract(text, PUBLISHED).tariffs if t.target == "EC")
    assert ecuador.status == "in_force"
    assert ecuador.effective_date is None


def test_a_rate_faced_after_a_sentence_of_rates_paid_since_a_day_is_in_force() -> None:
    text = (
        "Washington will raise its tariff on Peruvian goods to 30 percent on Nov. 1.\n\n"
        "Chilean copper has paid a 12 percent duty since August. Ecuador faces a 14 percent "
        "baseline duty.\n"
    )
    ecuador = next(t for t in extract(text, PUBLISHED).tariffs if t.target == "EC")
    assert ecuador.status == "in_force"
    assert ecuador.effective_date is None


def test_a_rate_faced_in_a_round_of_new_rates_stays_announced() -> None:
    text = (
        "Washington will impose a 30 percent tariff on Peruvian goods starting Nov. 1.\n"
        "Ecuador faces a 14 percent levy, while Chile was hit with 12 percent.\n"
    )
    ecuador = next(t for t in extract(text, PUBLISHED).tariffs if t.target == "EC")
    assert ecuador.status == "announced"
    assert ecuador.effective_date == "2025-11-01"
