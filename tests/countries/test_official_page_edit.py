"""An official's page offers Edit: it closes and opens the editor on the record as stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from diplomatic_calendar.domain.model import Official
from diplomatic_calendar.ui.context import AppContext
from tests.countries.conftest import feature_of, open_window


def test_edit_on_an_officials_page_opens_the_editor_on_the_stored_record(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = context.store.officials.add(Official("Ana Ruiz", "Ambassador", "ES"))
    feature = feature_of(open_window(qtbot, context))
    page = feature.official_page(stored)
    # changed since the page was drawn: the editor must get the record as it is now
    context.store.officials.update(stored.with_changes(title="Foreign Minister"))
    edited: list[Official | None] = []
    monkeypatch.setattr(feature, "edit_official", edited.append)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert not page.isVisible()
    assert [o.title for o in edited if o is not None] == ["Foreign Minister"]
