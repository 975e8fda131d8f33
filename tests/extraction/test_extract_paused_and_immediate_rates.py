"""Threats made after a pause, packages put off, rates raised at once, and rates a deal set."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 5, 15)  # a Friday


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_threat_made_after_pausing_the_rate_is_a_threat() -> None:
    text = (
        "Trump has threatened a 40% tariff on goods from Chile from June 20 unless a deal is "
        "reached, after pausing the higher rate last month to allow for talks.\n"
    )
    assert table(text)[("CL", 40)] == ("2026-06-20", "threatened")


def test_a_package_the_sentence_before_suspended_is_paused() -> None:
    text = (
        "Peru said it would suspend for 90 days its first package of countermeasures against "
        "Chile. The package included 15 percent duties on some Chilean goods and was due to "
        "start on June 1.\n"
    )
    assert table(text)[("CL", 15)] == ("2026-06-01", "paused")


def test_a_rate_raised_effective_immediately_is_in_force_from_the_day_named() -> None:
    text = (
        "Peru's new tariffs on Bolivian goods will start on June 1, officials said on Wednesday. "
        "At the same time, the president raised the tariff on Chilean imports to 60 percent, "
        "effective immediately.\n"
    )
    assert table(text)[("CL", 60)] == ("2026-05-13", "in_force")


def test_a_paused_rate_due_to_hit_on_a_day_keeps_that_day() -> None:
    text = (
        "The 15 percent rate that had been due to hit Chilean goods on Wednesday is among "
        "those put on hold.\n"
    )
    assert table(text)[("CL", 15)] == ("2026-05-13", "paused")


def test_a_rate_set_under_an_agreement_is_a_deal_without_a_borrowed_day() -> None:
    text = (
        "The ministers will sign the pact on June 3. Chilean goods face a 12% U.S. tariff, and "
        "Peruvian goods a 15% ceiling under the Peru-U.S. framework agreement.\n"
    )
    assert table(text)[("PE", 15)] == (None, "deal")
