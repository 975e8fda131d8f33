"""A tariff on the EU bites on every member: their pages, the bloc page and the deadline list."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import TariffAction
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import feature_of, open_window

AUG_1 = dt.date(2025, 8, 1)


def test_a_tariff_on_the_eu_shows_for_its_members(qtbot: QtBot, context: AppContext) -> None:
    context.store.tariffs.add(TariffAction("US", "EU", 30.0, effective_date=AUG_1))
    window = open_window(qtbot, context)
    feature = feature_of(window)
    feature.show_country("FR")
    page = feature.country_panel.page
    assert "30%" in page.position.text()
    feature.show_country("bloc:EU")
    rows = feature.country_panel.bloc_page.model.records()
    france = next(r for r in rows if r.code == "FR")
    assert france.position is not None and france.position.rate_percent == 30.0
    feature.deadlines_panel.set_where("FR")
    assert len(feature.deadlines_panel.model.records()) == 1
    feature.deadlines_panel.set_where("JP")
    assert feature.deadlines_panel.model.records() == []
