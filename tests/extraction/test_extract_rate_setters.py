"""Who sets a rate is not of the country the rate falls on."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def _countries(text: str) -> dict[str, str | None]:
    return {o.name: o.country for o in extract(text, DAY).officials}


def test_the_threatener_of_a_rate_is_of_the_other_side_of_the_deal() -> None:
    text = (
        "Norway reached a deal with the United States in July under which most Norwegian goods "
        "face a 15 percent tariff, down from the 25 percent rate President Walter Greaves had "
        "threatened.\n"
    )
    assert _countries(text)["Walter Greaves"] == "US"


def test_the_threatener_takes_no_country_from_the_target() -> None:
    text = (
        "President Walter Greaves threatened on Monday to raise tariffs on Peruvian goods to 30 "
        "percent if Peru does not do more to curb smuggling.\n"
    )
    assert _countries(text)["Walter Greaves"] != "PE"


def test_a_speaker_about_a_rate_keeps_the_country_of_the_sentence() -> None:
    text = (
        "Peruvian goods face a 30 percent tariff, Peru's Trade Minister Ana Quispe said on "
        "Monday.\n"
    )
    assert _countries(text)["Ana Quispe"] == "PE"
