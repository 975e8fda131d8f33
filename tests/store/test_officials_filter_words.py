"""The officials list's name filter takes the words of a name in any order, accents aside."""

from __future__ import annotations

from diplomatic_calendar.domain.model import Official
from diplomatic_calendar.store import Store


def test_surname_first_finds_the_official(store: Store) -> None:
    store.officials.add(Official("Sergey Lavrov", "Foreign Minister", "RU"))
    store.officials.add(Official("Maroš Šefčovič", "Trade Commissioner", "EU"))
    assert [o.name for o in store.officials.filtered(name="Lavrov Sergey")] == ["Sergey Lavrov"]
    assert [o.name for o in store.officials.filtered(name="sefcovic")] == ["Maroš Šefčovič"]
    assert store.officials.filtered(name="Lavrov Sefcovic") == []
