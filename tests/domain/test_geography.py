"""Countries and blocs come from pycountry and the shipped table."""

from __future__ import annotations

import pytest

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.geography import (
    bloc_members,
    blocs,
    blocs_of,
    countries,
    country_name,
    find_country,
)


def test_every_iso_country_and_the_eu() -> None:
    table = countries()
    assert len(table) == 250
    assert table["EU"].name == "European Union"
    assert table["MY"].region == "Asia"
    assert all(c.region for c in table.values()), "every country has a region"


def test_find_country_by_name_code_and_official_name() -> None:
    assert find_country("Malaysia") == "MY"
    assert find_country("my") == "MY"
    assert find_country("Russian Federation") == "RU"
    assert find_country("Atlantis") is None


def test_blocs_and_membership() -> None:
    assert set(blocs()) >= {"ASEAN", "EU", "G7", "G20", "BRICS", "SCO", "Quad", "NATO", "APEC"}
    assert "MY" in bloc_members("asean")
    assert {b.key for b in blocs_of("JP")} >= {"G7", "G20", "Quad", "APEC"}
    with pytest.raises(ValidationError, match="not a known bloc"):
        bloc_members("Warsaw Pact")
    assert all(code in countries() for bloc in blocs().values() for code in bloc.members)


def test_bloc_filter_includes_the_eu_itself() -> None:
    assert "EU" in EventFilter.for_bloc("EU").countries
    assert "FR" in EventFilter.for_bloc("EU").countries


def test_formal_iso_names_read_as_everyday_names() -> None:
    assert [country_name(c) for c in ("RU", "BN", "CD", "VA")] == [
        "Russia",
        "Brunei",
        "DR Congo",
        "Vatican City",
    ]
    assert find_country("Brunei Darussalam") == "BN"  # the formal name still finds it
    inverted = [c.name for c in countries().values() if c.name.endswith(("of", "of the"))]
    assert inverted == []
    assert not any("(" in c.name for c in countries().values())


def test_the_country_table_is_pycountrys_whether_read_directly_or_through_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib.util

    import pycountry

    from diplomatic_calendar.domain import geography

    direct = {
        e["alpha_2"]: (e["name"], e.get("official_name")) for e in geography._iso_3166_entries()
    }
    expected = {c.alpha_2: (c.name, getattr(c, "official_name", None)) for c in pycountry.countries}
    assert direct == expected
    # Where pycountry keeps its data elsewhere, the package itself answers, with the same names.
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    through = {e["alpha_2"]: e["name"] for e in geography._iso_3166_entries()}
    assert through == {code: names[0] for code, names in expected.items()}


def test_the_eu_by_name_includes_the_eu_itself() -> None:
    from diplomatic_calendar.domain.deadlines import bloc_codes

    assert "EU" in bloc_codes("European Union") and "EU" in bloc_codes("eu")
    assert "EU" in EventFilter.for_bloc("European Union").countries
    assert "EU" not in bloc_codes("ASEAN")


def test_a_bloc_whose_name_is_its_key_is_named_once() -> None:
    from diplomatic_calendar.domain.geography import blocs

    assert blocs()["BRICS"].label == "BRICS"
    assert blocs()["ASEAN"].label == "ASEAN — Association of Southeast Asian Nations"
