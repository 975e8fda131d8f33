"""Tariff rates: targets, imposers, effective dates and status, from lists and clauses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from diplomatic_calendar.extraction import Extraction, TariffDraft, extract

THURSDAY = dt.date(2025, 7, 10)


def table(tariffs: tuple[TariffDraft, ...]) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {(t.target, t.rate_percent): (t.effective_date, t.status) for t in tariffs}


def test_round_of_tariffs(extracted: Callable[[str], Extraction]) -> None:
    result = extracted("tariff_round.txt")
    assert table(result.tariffs) == {
        ("CN", 34): ("2025-04-09", "announced"),
        ("EU", 20): ("2025-04-09", "announced"),
        ("JP", 24): ("2025-04-09", "announced"),
        ("KR", 25): ("2025-04-09", "announced"),
        ("US", 34): ("2025-04-10", "announced"),
        ("GB", 10): (None, "deal"),
        ("MX", 25): (None, "struck_down"),
        ("CA", 25): (None, "struck_down"),
    }
    imposers = {t.target: t.imposer for t in result.tariffs}
    assert imposers["CN"] == "US" and imposers["US"] == "CN" and imposers["GB"] == "US"


def test_ranges_and_growth_figures_are_not_tariffs(
    extracted: Callable[[str], Extraction],
) -> None:
    rates = {t.rate_percent for t in extracted("tariff_round.txt").tariffs}
    assert 1.5 not in rates and 30 not in rates and 40 not in rates


def test_list_with_at_and_inherited_start_date(extracted: Callable[[str], Extraction]) -> None:
    found = table(extracted("oslo_arctic_talks.txt").tariffs)
    assert found == {
        ("NO", 15): ("2024-04-01", "announced"),
        ("IS", 10): ("2024-04-01", "announced"),
        ("DK", 20): ("2024-04-01", "announced"),
        ("FI", 12): ("2024-04-01", "announced"),
        ("CA", 25): ("2024-01", "in_force"),
    }


def test_on_list_after_the_rate() -> None:
    text = (
        "Washington will impose tariffs from Sept. 1, including 18% on Peru, Chile, and "
        "Bosnia and Herzegovina, and 22% on Ghana."
    )
    assert table(extract(text, THURSDAY).tariffs) == {
        ("PE", 18): ("2025-09-01", "announced"),
        ("CL", 18): ("2025-09-01", "announced"),
        ("BA", 18): ("2025-09-01", "announced"),
        ("GH", 22): ("2025-09-01", "announced"),
    }


def test_whose_imports_would_be_taxed() -> None:
    text = "Letters went out Wednesday to Fiji, whose imports would be taxed at 27% from Aug. 1."
    assert table(extract(text, THURSDAY).tariffs) == {("FJ", 27): ("2025-08-01", "announced")}


def test_bloc_anaphor_and_unless_is_a_threat() -> None:
    text = (
        "The European Union is negotiating. The bloc faces a U.S. levy of 30 per cent unless it "
        "signs a pact by August 1."
    )
    (tariff,) = extract(text, THURSDAY).tariffs
    assert (tariff.target, tariff.imposer, tariff.rate_percent) == ("EU", "US", 30)
    assert (tariff.effective_date, tariff.status) == ("2025-08-01", "threatened")


def test_paused_tariff() -> None:
    text = "The 46% tariffs on Vietnam were paused for 90 days."
    assert table(extract(text, THURSDAY).tariffs) == {("VN", 46): (None, "paused")}


def test_sentence_without_a_target_gives_nothing() -> None:
    text = "The president said the 25% tariff is far less than needed. Growth was 3% in May."
    assert extract(text, THURSDAY).tariffs == ()


def test_rates_keep_fractions_and_json_drops_needless_decimals() -> None:
    text = "Canada faces a 12.5% tariff on lumber starting Oct. 1, and Mexico a 10% tariff."
    result = extract(text, THURSDAY)
    rates = [t["rate_percent"] for t in result.to_dict()["tariffs"]]
    assert rates == [12.5, 10]


def test_the_rate_a_new_one_replaces_is_superseded() -> None:
    text = "Under the truce, U.S. tariffs on Chinese goods fall to 30% from 145%."
    found = {
        (t.target, t.imposer, t.rate_percent, t.status) for t in extract(text, THURSDAY).tariffs
    }
    assert found == {("CN", "US", 30, "announced"), ("CN", "US", 145, "superseded")}


def test_counter_tariffs_and_an_official_of_the_target_country() -> None:
    text = (
        "Canada imposed 25% counter-tariffs on U.S. goods. Japanese Prime Minister Kenji Morita "
        "and U.S. President Ana Ruiz agreed to a deal that sets a 15% tariff on Japanese goods."
    )
    found = {
        (t.target, t.imposer, t.rate_percent, t.status) for t in extract(text, THURSDAY).tariffs
    }
    assert found == {("US", "CA", 25, "in_force"), ("JP", "US", 15, "deal")}


def test_faces_tariffs_of_a_rate() -> None:
    text = "Brazil faces tariffs of 50% from Aug. 1, and Switzerland a 39% tariff."
    assert table(extract(text, THURSDAY).tariffs) == {
        ("BR", 50): ("2025-08-01", "announced"),
        ("CH", 39): ("2025-08-01", "announced"),
    }


def test_the_27_nation_bloc_is_the_eu() -> None:
    text = "The European Union is talking. The 27-nation bloc faces a 30% tariff from Aug. 1."
    assert table(extract(text, THURSDAY).tariffs) == {("EU", 30): ("2025-08-01", "announced")}


def test_respectively_pairs_countries_and_rates_in_order() -> None:
    text = "Peru and Chile will face 25% and 30% tariffs, respectively, from Aug. 1."
    assert table(extract(text, THURSDAY).tariffs) == {
        ("PE", 25): ("2025-08-01", "announced"),
        ("CL", 30): ("2025-08-01", "announced"),
    }


def test_a_list_of_rates_on_separate_lines() -> None:
    text = "The White House set new tariff rates.\nJapan: 25%\nLaos (40%)\nGrowth: 3%\nMexico: 30%"
    assert {(t.target, t.rate_percent) for t in extract(text, THURSDAY).tariffs} == {
        ("JP", 25),
        ("LA", 40),
        ("MX", 30),
    }


def test_down_from_marks_the_old_rate_and_a_sought_pact_is_no_deal() -> None:
    text = (
        "Peru agreed to a deal setting a 15 per cent tariff on Peruvian goods, down from the "
        "25 per cent threatened earlier. Chile, which faces a 30 per cent levy from Aug. 1, "
        "is racing to secure a similar pact."
    )
    found = {(t.target, t.rate_percent): t.status for t in extract(text, THURSDAY).tariffs}
    assert found == {("PE", 15): "deal", ("PE", 25): "superseded", ("CL", 30): "announced"}


def test_raised_from_one_rate_to_another() -> None:
    text = (
        "Peru will impose a 35% tariff on Chilean goods starting Aug. 1, up from the current 25%. "
        "Peru also raised tariffs on Bolivia from 10% to 15%."
    )
    found = {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, THURSDAY).tariffs
    }
    assert found == {
        ("CL", 35): ("2025-08-01", "announced"),
        ("CL", 25): (None, "superseded"),
        ("BO", 10): (None, "superseded"),
        ("BO", 15): ("2025-08-01", "announced"),
    }


def test_bounds_of_a_range_are_not_rates() -> None:
    text = "Tariffs on goods from Fiji, Tonga and Samoa range from 20% to 30%."
    assert extract(text, THURSDAY).tariffs == ()


def test_a_letter_to_a_country_names_the_target() -> None:
    (tariff,) = extract("The letter to Brazil set a 50% rate.", THURSDAY).tariffs
    assert (tariff.target, tariff.rate_percent) == ("BR", 50)
