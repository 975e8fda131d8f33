"""A rate's own start day beats one borrowed for it; names inside joined names are no targets."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 6)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_country_inside_a_joined_name_is_not_the_older_rates_target() -> None:
    text = (
        "The order raises the tariff on Bolivian goods that do not qualify under the "
        "U.S.-Peru-Chile Agreement to 30% from 20%, effective March 16.\n"
    )
    assert set(table(text)) == {("BO", 30), ("BO", 20)}


def test_a_day_a_later_sentence_gives_a_rate_beats_one_borrowed_for_its_headline() -> None:
    text = (
        "Lima hits back as Santiago raises duty on Peruvian goods to 30%\n"
        "\n"
        "Peru will slap retaliatory tariffs on Chilean wine starting March 23, the trade "
        "minister said. A separate order raises the tariff on Peruvian goods to 30% from 20%, "
        "effective March 16.\n"
    )
    assert table(text)[("PE", 30)][0] == "2026-03-16"
