"""A time zone can be named by its city, in any case: the editor takes "Tokyo" for Asia/Tokyo,
and a wrong name on the command line says which zone was meant."""

from __future__ import annotations

import pytest

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.timing import zone, zone_named


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("Tokyo", "Asia/Tokyo"),
        ("new york", "America/New_York"),
        ("Kuala  Lumpur", "Asia/Kuala_Lumpur"),
        ("asia/tokyo", "Asia/Tokyo"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("UTC", "UTC"),
    ],
)
def test_a_zone_by_its_city_or_name_in_any_case(typed: str, meant: str) -> None:
    assert zone_named(typed) == meant


def test_what_names_no_zone_is_none() -> None:
    assert zone_named("Mars") is None
    assert zone_named("") is None


def test_a_city_given_for_a_zone_is_named_in_the_message() -> None:
    with pytest.raises(ValidationError, match=r"did you mean Asia/Tokyo\?"):
        zone("Tokyo")
