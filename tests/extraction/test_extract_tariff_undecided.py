"""A rate a government has yet to decide on is only threatened."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 11, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Brussels has until 15 December to decide whether to impose a 10% duty on Chinese steel.",
        "Ottawa is weighing a 25% surtax on U.S. steel.",
        "The ministry is considering imposing a 15% levy on Thai sugar.",
    ],
)
def test_a_rate_still_to_be_decided_is_threatened(text: str) -> None:
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert tariff.status == "threatened"


def test_a_rate_imposed_stays_in_force_beside_a_question_about_another_step() -> None:
    text = (
        "Canada imposed a 25% tariff on U.S. steel, and officials are considering whether "
        "to widen it."
    )
    (tariff,) = extract(text, PUBLISHED).tariffs
    assert tariff.status == "in_force"
