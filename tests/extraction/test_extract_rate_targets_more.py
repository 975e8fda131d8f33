"""More ways a rate names whose goods it falls on, and who charges it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 4, 29)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.imposer, t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_countries_listed_after_including_are_the_targets() -> None:
    text = (
        "Since January 1, Peru has charged tariffs of up to 40% on cars and textiles from "
        "countries with which it has no trade agreement, including China and Vietnam.\n"
    )
    found = table(text)
    assert set(found) == {("CN", 40), ("VN", 40)}


def test_a_tariff_in_a_country_is_charged_by_it() -> None:
    text = (
        "Peruvian goods have faced a 12 percent tariff in the United States since August 7 "
        "last year, down from the 28 percent rate that Washington had threatened.\n"
    )
    found = table(text)
    assert found[("PE", 28)][0] == "US"
    assert ("US", 28) not in found


def test_a_countrys_imports_are_not_its_goods() -> None:
    text = (
        "Zinc prices rose in the US market, reflecting the 30% tariff on US zinc imports in "
        "force since June 4.\n"
    )
    assert table(text) == {}


def test_a_later_start_day_refines_an_earlier_month() -> None:
    text = (
        "In March, Lima added a provisional anti-dumping deposit of 21.5 per cent on Chilean "
        "wine, effective March 14.\n"
    )
    assert table(text)[("CL", 21.5)][1] == "2026-03-14"


def test_a_duty_on_the_remaining_goods_of_a_country_targets_it() -> None:
    text = "A 35 percent duty on remaining Bolivian farm products has applied since July 2024.\n"
    assert table(text)[("BO", 35)][1:] == ("2024-07", "in_force")
