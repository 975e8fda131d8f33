"""'The Foreign Secretary' for a 'Secretary of State for Foreign, Commonwealth and Development
Affairs'; a 'Strategic Dialogue' is no one; 'The visit, her first to X, forms part of …' adds
no event."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, tuple[str, ...]]]:
    return [(e.kind, e.participants) for e in extract(text, published).events]


_TEXT = (
    "The Minister of Foreign Affairs, Ambassador Musa Bello, on Wednesday received the "
    "Secretary of State for Foreign, Commonwealth and Development Affairs of the United "
    "Kingdom, the Rt Hon Helen Marsh MP, at the Ministry in Abuja.\n\n"
    "The visit, the Foreign Secretary's first to Nigeria since assuming office, forms part of "
    "a partnership signed in 2024 and comes ahead of the next Strategic Dialogue.\n\n"
    "Later in the day, the Foreign Secretary paid a courtesy call on President Ade Okafor at "
    "the State House.\n"
)


def test_the_foreign_secretary_is_the_one_whose_fuller_title_says_so() -> None:
    assert ("meeting", ("Helen Marsh", "Ade Okafor")) in _events(_TEXT, dt.date(2026, 2, 19))


def test_a_restating_line_and_a_dialogue_add_no_one() -> None:
    for _, people in _events(_TEXT, dt.date(2026, 2, 19)):
        assert "Strategic Dialogue" not in people
    assert not any(kind == "visit" for kind, _ in _events(_TEXT, dt.date(2026, 2, 19)))
