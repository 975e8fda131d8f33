"""Sources that name a country: the country itself, not a longer name or another word."""

from __future__ import annotations

from diplomatic_calendar.domain.model import Source
from diplomatic_calendar.store import Store


def _titles(store: Store, name: str) -> list[str]:
    return sorted(s.title for s in store.sources.mentioning(name))


def test_only_the_country_itself_counts(store: Store) -> None:
    for title, text in [
        ("Nigeria oil", "Nigeria raised its crude output."),
        ("Niger uranium", "Niger halted uranium exports to France."),
        ("Korean missiles", "North Korea fired missiles; South Africa condemned it."),
        ("Seoul trade", "South Korea cut tariffs on beef."),
        ("Pacific gas", "Papua New Guinea signed an LNG deal."),
        ("Conakry mines", "Guinea suspended bauxite permits; Papua New Guinea was unaffected."),
    ]:
        store.sources.add(Source(text=text, title=title))
    assert _titles(store, "Niger") == ["Niger uranium"]
    assert _titles(store, "South Korea") == ["Seoul trade"]
    assert _titles(store, "Guinea") == ["Conakry mines"]
