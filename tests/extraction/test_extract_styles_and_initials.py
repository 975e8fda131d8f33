"""Styles of address, military ranks and initials around an official's name."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2025, 11, 19)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, PUBLISHED).officials}


def test_a_style_before_the_title_is_no_part_of_it() -> None:
    text = "The envoy paid a courtesy call on H.E. President Amos Wekesa at State House.\n"
    assert officials(text)["Amos Wekesa"][0] == "President"


def test_a_style_between_the_title_and_the_name_is_passed_over() -> None:
    text = "Mutua held talks with Malaysia's Foreign Minister, H.E. Aminah Yusof, in Nairobi.\n"
    assert officials(text) == {"Aminah Yusof": ("Foreign Minister", "MY")}


def test_a_rank_between_the_title_and_the_name_is_no_part_of_the_name() -> None:
    text = "Faye met Mali's military leader, Colonel Issa Konate, in Bamako on Saturday.\n"
    assert officials(text) == {"Issa Konate": ("Military Leader", "ML")}


def test_two_initials_stand_for_given_names() -> None:
    text = "India's Steel Minister H.K. Rao Naidu met EU officials on Monday.\n"
    assert "H.K. Rao Naidu" in officials(text)


def test_a_given_name_spelt_like_a_month_is_a_name() -> None:
    text = "He met China's Agriculture Minister, Han Jun, in Beijing on Monday.\n"
    assert "Han Jun" in officials(text)
