"""History shows a list kept as JSON (an official's other spellings) as a person writes it."""

from __future__ import annotations

from diplomatic_calendar.ui.dialogs.history_dialog import _shown


def test_a_list_of_spellings_reads_as_a_list() -> None:
    assert _shown('["Anwar", "Datuk Seri Anwar"]', "UTC") == "Anwar, Datuk Seri Anwar"
    assert _shown("[]", "UTC") == "—"
    assert _shown("[not json", "UTC") == "[not json"
