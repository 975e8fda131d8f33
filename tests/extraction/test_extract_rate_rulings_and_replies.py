"""Annulled, held-off and agreed rates, shares of trade, and replies with a country's own rate."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 3, 20)


def table(text: str) -> dict[tuple[str, float], tuple[str | None, str]]:
    return {
        (t.target, t.rate_percent): (t.effective_date, t.status)
        for t in extract(text, PUBLISHED).tariffs
    }


def test_a_duty_a_court_annulled_is_struck_down_from_when_it_was_imposed() -> None:
    text = (
        "In February, the court annulled the 14.5pc countervailing duty imposed in 2023 on "
        "copper wire from Peru, ruling that the subsidy finding was flawed.\n"
    )
    assert table(text) == {("PE", 14.5): ("2023", "struck_down")}


def test_a_tariff_held_off_on_is_paused() -> None:
    text = (
        "Under the arrangement, Lima will hold off on the 20 per cent additional tariff on "
        "Chilean wine that it had threatened last month.\n"
    )
    assert table(text)[("CL", 20)][1] == "paused"


def test_holding_off_on_retaliation_pauses_no_rate() -> None:
    text = (
        "Chile, which faces a 30% tariff on its copper since Jan. 5, has so far held off on "
        "new retaliation.\n"
    )
    assert table(text) == {("CL", 30): ("2026-01-05", "in_force")}


def test_a_country_that_agrees_to_cut_its_duty_makes_a_deal() -> None:
    text = (
        "Lima, in turn, agrees to reduce its duty on Chilean grapes to 10pc from 25pc "
        "from July 1.\n"
    )
    assert table(text)[("CL", 10)] == ("2026-07-01", "deal")


def test_a_cut_under_a_trade_understanding_is_a_deal() -> None:
    text = (
        "Under a trade understanding, Peru cuts the duty on quinoa from Bolivia to 5pc, "
        "from 20pc previously.\n"
    )
    assert table(text)[("BO", 5)][1] == "deal"


def test_a_share_of_exports_is_no_rate() -> None:
    text = (
        "Under the deal, the EU will eliminate tariffs on about 97 percent of Peruvian exports, "
        "including coffee.\n"
    )
    assert table(text) == {}


def test_a_rate_for_a_country_after_it_names_the_target() -> None:
    text = (
        "Tariff rates are under review. U.S. duties on Chilean copper stand at 10%. There are "
        "reports that Washington could raise it to 24% for Peru if talks fail.\n"
    )
    assert table(text)[("PE", 24)] == (None, "threatened")


def test_a_reply_with_a_countrys_own_tariff_on_a_list_of_goods() -> None:
    text = (
        "Peru, which responded in late January with its own 30% tariff on a list of 23 "
        "Chilean products and suspended gas sales to Chile, said talks would resume.\n"
    )
    assert table(text) == {("CL", 30): ("2026-01", "in_force")}
