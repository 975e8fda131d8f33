"""Every chip's text reads on its colour: live or cancelled, in the light and the dark theme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from diplomatic_calendar.domain.model import EventKind
from diplomatic_calendar.ui.palette import kind_colour, text_on
from diplomatic_calendar.ui.theme import contrast_ratio
from diplomatic_calendar.ui.views.painting import _colours

# WCAG AA for text of the chips' size.
AA = 4.5


@pytest.mark.parametrize("kind", list(EventKind))
def test_a_live_chips_text_meets_aa(kind: EventKind) -> None:
    fill = kind_colour(kind)
    assert contrast_ratio(text_on(fill), fill) >= AA


@pytest.mark.parametrize("kind", list(EventKind))
@pytest.mark.parametrize("background", ["#FFFFFF", "#1E1E1E"])
def test_a_cancelled_chip_is_pale_and_still_readable(kind: EventKind, background: str) -> None:
    fill, text = _colours(kind, True, QColor(background).rgb())
    assert contrast_ratio(text, fill) >= AA
    # Paler than the live chip against the background it sits on.
    assert contrast_ratio(fill, QColor(background)) < contrast_ratio(
        kind_colour(kind), QColor(background)
    )
