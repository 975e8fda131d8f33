"""A country typed into a box is the country shown and filtered by, or the box says otherwise."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import TariffAction
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import feature_of, open_window


def _type(qtbot: QtBot, box, text: str) -> None:  # type: ignore[no-untyped-def]
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), text)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Return)


@pytest.mark.qt_log_ignore("This plugin does not support")  # the completer's popup, offscreen
def test_typing_a_name_in_the_deadlines_box_filters_by_it(
    qtbot: QtBot, context: AppContext
) -> None:
    context.store.tariffs.add(TariffAction("US", "MY", 25.0, effective_date=dt.date(2025, 8, 1)))
    context.store.tariffs.add(TariffAction("US", "JP", 15.0, effective_date=dt.date(2025, 8, 1)))
    window = open_window(qtbot, context)
    panel = feature_of(window).deadlines_panel
    _type(qtbot, panel.where, "Malaysia")
    assert panel.where.currentData() == "MY"
    assert [d.target for d in panel.model.records()] == ["MY"]
    _type(qtbot, panel.where, "Atlantis")
    assert panel.where.currentText() == panel.where.itemText(panel.where.currentIndex())
    assert panel.where.currentData() == "MY"  # the box says what it still filters by


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_typing_a_name_in_the_country_chooser_shows_it(qtbot: QtBot, context: AppContext) -> None:
    window = open_window(qtbot, context)
    feature = feature_of(window)
    panel = feature.country_panel
    _type(qtbot, panel.chooser, "Japan")
    assert panel.key == "JP"
    assert "Japan" in panel.page.title.text()
