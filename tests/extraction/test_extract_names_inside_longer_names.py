"""A name written without its given name ('bin Nasser') stands for its official only where it is
not part of another official's longer name ('Fahd bin Nasser bin Khalid')."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction.engine import analyse


def test_a_shorter_name_inside_a_longer_one_is_not_named() -> None:
    text = (
        "Energy Minister Prince Khalid bin Nasser met reporters on Monday. On Tuesday the "
        "minister called on Crown Prince Fahd bin Nasser bin Khalid Al Rashid at the palace."
    )
    ctx = analyse(text, dt.date(2026, 3, 11), ())
    second = ctx.sentences[1]
    named = [p.name for _, p in ctx.resolver.references(second)]
    assert named == ["Fahd bin Nasser bin Khalid Al Rashid"]


def test_the_shorter_name_alone_still_names_its_official() -> None:
    text = (
        "Energy Minister Prince Khalid bin Nasser met reporters on Monday. Officials said bin "
        "Nasser would travel to Vienna."
    )
    ctx = analyse(text, dt.date(2026, 3, 11), ())
    second = ctx.sentences[1]
    assert [p.name for _, p in ctx.resolver.references(second)] == ["Khalid bin Nasser"]
