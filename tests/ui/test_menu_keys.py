"""Every menu names each entry once and gives each its own Alt key; the panel entries open a
panel, bring one behind a tab to the front, and close one in view."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.main_window import MainWindow


def _window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _entries(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator() and a.isVisible()]


def test_no_menu_names_an_entry_twice_or_shares_an_alt_key(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    for title, menu in window.menus.items():
        texts = _entries(menu)
        names = [t.replace("&", "").rstrip("…").casefold() for t in texts]
        assert len(names) == len(set(names)), f"{title}: {names}"
        keys = [m.group(1).casefold() for t in texts if (m := re.search(r"&(\w)", t))]
        assert len(keys) == len(set(keys)), f"{title}: {texts}"
        assert len(keys) == len(texts), f"{title}: an entry without an Alt key in {texts}"


def test_the_deadlines_entry_closes_the_list_in_view_and_opens_it_again(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    feature = window.countries  # type: ignore[attr-defined]
    entry = window.actions_by_key["show_deadlines"]
    assert entry.isCheckable() and entry.isChecked() and feature.deadlines_dock.isVisible()
    entry.trigger()
    assert not feature.deadlines_dock.isVisible() and not entry.isChecked()
    entry.trigger()
    assert feature.deadlines_dock.isVisible() and entry.isChecked()
    feature.deadlines_dock.close()  # closed by its own button: the entry follows
    assert not entry.isChecked()


def test_a_panel_behind_a_tab_comes_to_the_front_instead_of_closing(
    qtbot: QtBot, context: AppContext
) -> None:
    window = _window(qtbot, context)
    feature = window.countries  # type: ignore[attr-defined]
    officials = window.actions_by_key["show_officials"]
    officials.trigger()
    qtbot.waitUntil(lambda: feature.officials_dock.isVisible())
    feature.country_dock.show()
    feature.country_dock.raise_()  # the two share a tab bar: officials is now behind
    qtbot.waitUntil(lambda: feature.officials_dock.visibleRegion().isEmpty())
    assert officials.isChecked()
    officials.trigger()
    qtbot.waitUntil(lambda: not feature.officials_dock.visibleRegion().isEmpty())
    assert officials.isChecked()
