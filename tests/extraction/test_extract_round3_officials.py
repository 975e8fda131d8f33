"""Officials: a counterpart's office, as the other country names it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

THURSDAY = dt.date(2025, 11, 6)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, THURSDAY).officials}


def test_a_counterpart_named_with_the_host_by_surname_takes_the_usual_title() -> None:
    text = (
        "India's External Affairs Minister Meera Pillai arrived in Hanoi on Monday. "
        "On Tuesday, Pillai hosted her Philippine counterpart, Ana Cruz, at a dinner."
    )
    assert officials(text)["Ana Cruz"] == ("Foreign Minister", "PH")


def test_a_counterpart_of_a_secretary_of_state_is_a_foreign_minister() -> None:
    text = "U.S. Secretary of State John Harlan met his Kenyan counterpart David Mwangi."
    assert officials(text)["David Mwangi"] == ("Foreign Minister", "KE")


def test_a_title_every_country_uses_is_kept_for_the_counterpart() -> None:
    text = "Japanese Prime Minister Haruto Sato met his Canadian counterpart Claire Martin."
    assert officials(text)["Claire Martin"] == ("Prime Minister", "CA")
