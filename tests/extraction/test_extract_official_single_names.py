"""Officials known by one name, after an office a country word gives."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

FRIDAY = dt.date(2026, 1, 16)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, FRIDAY).officials}


def test_a_single_name_after_a_full_office_and_its_country() -> None:
    text = "Indonesia's Foreign Minister Wirajuda met his Thai counterpart in Bangkok on Friday."
    assert officials(text)["Wirajuda"] == ("Foreign Minister", "ID")


def test_a_surname_of_someone_named_in_full_is_not_a_new_official() -> None:
    text = (
        "Foreign Minister Ann Ward flew to Jakarta. Australian Foreign Minister Ward later "
        "met the press."
    )
    assert list(officials(text)) == ["Ann Ward"]


def test_no_single_name_without_a_country_word() -> None:
    assert officials("Foreign Minister Wirajuda met the press in Bangkok on Friday.") == {}
