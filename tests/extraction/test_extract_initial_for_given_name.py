"""An official named once in full and once with an initial ("S. Jaishankar") is one person,
so a meeting's title never names them twice; two full given names sharing a first letter are
still two people."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 11, 27)  # a Friday


def test_an_initial_and_a_full_given_name_are_one_official() -> None:
    text = (
        "External Affairs Minister Subrahmanyam Jaishankar met Malaysian Foreign Minister "
        "Mohamad Hasan in New Delhi on Wednesday.\n"
        "S. Jaishankar said the two sides would expand trade.\n"
    )
    result = extract(text, PUBLISHED)
    assert [o.name for o in result.officials] == ["Subrahmanyam Jaishankar", "Mohamad Hasan"]
    assert all(e.title.count("Jaishankar") == 1 for e in result.events)


def test_two_full_given_names_with_one_initial_stay_two_people() -> None:
    text = (
        "Trade Minister Ahmed Al-Sayed of Qatar met Finance Minister Ali Al-Sayed of Kuwait "
        "in Doha on Wednesday.\n"
    )
    names = {o.name for o in extract(text, PUBLISHED).officials}
    assert names == {"Ahmed Al-Sayed", "Ali Al-Sayed"}
