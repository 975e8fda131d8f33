"""A definite rate the next sentence names again; the officials who warn of a rate."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 2, 11)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_definite_rate_after_one_countrys_duties_is_that_countrys() -> None:
    text = (
        "Note on Peru: Peruvian-origin goods now carry combined additional duties of up to 38% "
        "once the remaining duties are stacked on top. The reciprocal 24% that was suspended "
        "in November remains suspended.\n"
    )
    assert table(text)[("PE", 24)][1] == "paused"


def test_a_countrys_officials_warning_of_a_rate_are_not_its_target() -> None:
    text = (
        "Peru currently pays a 15% U.S. tariff on most goods. U.S. officials have warned that "
        "the auto rate could return to 25% if promised investments are delayed.\n"
    )
    assert table(text) == {("PE", 15): (None, "in_force")}
