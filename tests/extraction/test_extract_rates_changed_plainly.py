"""Rates that 'rose' on a past day, rates 'now charged', and the start of the year."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 1, 27)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_rate_that_rose_on_a_past_day_is_in_force_from_it() -> None:
    text = "U.S. tariffs on Peruvian goods rose to 20 per cent on October 3, officials said.\n"
    assert table(text)[("PE", 20)] == ("2025-10-03", "in_force")


def test_a_rate_that_rose_at_the_start_of_the_year_is_in_force_this_year() -> None:
    text = "The EU's duties on Belarusian potash rose to 8 percent at the start of the year.\n"
    assert table(text)[("BY", 8)] == ("2026", "in_force")


def test_a_rate_now_charged_is_in_force() -> None:
    text = (
        "Under the pact, Norway will remove the 7 percent duty now charged on Peruvian footwear.\n"
    )
    assert table(text)[("PE", 7)][1] == "in_force"


def test_a_rate_a_country_charges_is_in_force() -> None:
    text = "The U.S. charges a 10% tariff on most Peruvian goods, officials said.\n"
    assert table(text)[("PE", 10)] == (None, "in_force")


def test_a_rate_that_climbed_with_no_day_given_is_in_force() -> None:
    text = "U.S. duties on Peruvian timber climbed to about 35 per cent after the latest review.\n"
    assert table(text)[("PE", 35)] == (None, "in_force")


def test_a_countrys_own_rate_it_may_cut_stands_now() -> None:
    text = "Chile is considering cutting its 25% tariff on Peruvian pork, officials said.\n"
    assert table(text)[("PE", 25)] == (None, "in_force")
