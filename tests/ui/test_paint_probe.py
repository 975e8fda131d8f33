"""The start-up probe: silent unless asked; when asked, reports the first frame once and quits."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from diplomatic_calendar.ui import paint_probe


def test_without_the_variable_nothing_is_installed(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv(paint_probe.ENV_VAR, raising=False)
    installed = []
    monkeypatch.setattr(qapp, "installEventFilter", installed.append)
    paint_probe.install_paint_probe(qapp)
    assert installed == []


def test_first_paint_is_reported_once_then_the_app_quits(  # type: ignore[no-untyped-def]
    qapp, qtbot, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(paint_probe.ENV_VAR, "1")
    quits = []
    monkeypatch.setattr(qapp, "quit", lambda: quits.append(True))
    paint_probe.install_paint_probe(qapp)
    label = QLabel("first frame")
    qtbot.addWidget(label)
    label.show()
    qtbot.waitUntil(lambda: quits == [True])
    label.repaint()
    qapp.processEvents()
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("painted")]
    assert len(lines) == 1 and float(lines[0].split()[1]) > 0
    assert quits == [True]
