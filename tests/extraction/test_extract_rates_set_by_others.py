"""A country's tariff another set, a cut that follows, sought cuts and counter-tariffs' targets."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 8, 15)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_countrys_tariff_another_raised_then_cut_is_the_rate_it_pays() -> None:
    text = (
        "Peru's tariff, which Washington doubled to 40% in May 2025 as a penalty for buying "
        "Venezuelan oil, was cut to 15% under an interim deal that took effect in March.\n"
    )
    assert table(text) == {
        ("PE", 40): ("2025-05", "superseded"),
        ("PE", 15): ("2026-03", "in_force"),
    }


def test_a_rate_a_country_wants_cut_stands_now() -> None:
    text = (
        "Tariffs dominate the talks. Peruvian officials say they want the 19% rate cut further "
        "before the Aug. 30 review.\n"
    )
    assert table(text)[("PE", 19)] == (None, "in_force")


def test_a_countrys_counter_tariffs_hit_the_goods_they_name() -> None:
    text = (
        "- Peru's 25% counter-tariffs hit Chilean wine and fruit from Aug. 23.\n"
        "- The Peruvian counter-tariffs would be set at 25%, the minister said.\n"
    )
    assert table(text) == {("CL", 25): ("2026-08-23", "announced")}
