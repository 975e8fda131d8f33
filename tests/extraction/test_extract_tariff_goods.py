"""The kind of goods a rate is charged on, when the sentence names one."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ankara will impose a 30% tariff on Greek marble and olive oil.", [None]),
        ("Ottawa set a 25% surtax on U.S. steel imports.", ["steel"]),
        ("Mexico put a 10% duty on imports of Chilean wine.", ["wine"]),
        (
            "Beijing raised duties on Canadian canola-fed pork to 25% and on Canadian "
            "seafood to 10%.",
            ["pork", "seafood"],
        ),
        ("Washington set a 40% tariff on Peru, which sells it copper.", [None]),
        ("Seoul faces a 15% tariff on its goods.", [None]),
    ],
)
def test_the_goods_a_rate_is_on(text: str, expected: list[str | None]) -> None:
    assert [t.scope for t in extract(text, PUBLISHED).tariffs] == expected
