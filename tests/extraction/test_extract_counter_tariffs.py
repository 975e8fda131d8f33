"""Counter-tariffs on an amount of goods, rates one side raised, threats and rates long in force."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import TariffDraft, extract

WEDNESDAY = dt.date(2025, 9, 24)

ARTICLE = (
    "RABAT, Sept 24 (Reuters) - Morocco will impose 20% retaliatory tariffs on about "
    "€3 billion ($3.5 billion) of European goods by the end of the week unless Brussels lifts "
    "its duties on Moroccan tomatoes, Trade Minister Karim Alaoui said on Wednesday. "
    "The list would take effect on Friday if no agreement is reached.\n\n"
    "The European Union doubled its duties on ceramics imports to 40% in June, a blow to "
    "Morocco, the largest supplier of tiles to the European market. Tomatoes from Morocco that "
    "are not covered by the EU-Morocco Association Agreement have faced a 30% duty since "
    "Aug. 1.\n\n"
    "Trade Commissioner Lena Berg said that any retaliation would be met with a further 15% "
    "duty on all Moroccan goods. The Commission did not say when such a levy would take effect."
)


def _tariffs() -> dict[tuple[str, float], TariffDraft]:
    return {(t.target, t.rate_percent): t for t in extract(ARTICLE, WEDNESDAY).tariffs}


def test_an_amount_of_goods_between_on_and_their_origin_still_names_the_target() -> None:
    found = _tariffs()[("EU", 20)]
    assert found.imposer == "MA"
    assert found.status == "threatened"


def test_a_rate_a_country_raised_on_its_imports_is_not_charged_on_it() -> None:
    assert ("EU", 40) not in _tariffs()


def test_a_rate_goods_have_faced_since_a_day_is_in_force_from_that_day() -> None:
    found = _tariffs()[("MA", 30)]
    assert (found.status, found.effective_date) == ("in_force", "2025-08-01")


def test_a_rate_to_meet_any_retaliation_is_a_threat_with_no_date() -> None:
    found = _tariffs()[("MA", 15)]
    assert (found.status, found.effective_date) == ("threatened", None)


def test_provisional_levies_made_definitive_from_a_coming_day_start_that_day() -> None:
    text = (
        "The European Union on Wednesday confirmed anti-dumping duties of 21 percent on plywood "
        "from Vietnam, turning provisional levies imposed in May into definitive ones that will "
        "apply for five years from Monday."
    )
    (found,) = extract(text, WEDNESDAY).tariffs
    assert (found.target, found.rate_percent) == ("VN", 21)
    assert (found.status, found.effective_date) == ("announced", "2025-09-29")


def test_a_country_that_has_already_imposed_a_rate_charges_it() -> None:
    text = "Peru has already imposed duties of 12 percent on steel from Chile."
    (found,) = extract(text, WEDNESDAY).tariffs
    assert (found.target, found.imposer, found.rate_percent) == ("CL", "PE", 12)
