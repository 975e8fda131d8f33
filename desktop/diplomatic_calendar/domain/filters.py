"""What the user chose to see: kinds, countries (or a bloc's members) and statuses."""

from __future__ import annotations

from dataclasses import dataclass

from diplomatic_calendar.domain.geography import EU, find_bloc
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus


@dataclass(frozen=True, slots=True)
class EventFilter:
    """An event passes when it matches every part that is set; an empty part lets all through."""

    kinds: frozenset[EventKind] = frozenset()
    countries: frozenset[str] = frozenset()
    statuses: frozenset[EventStatus] = frozenset()

    @classmethod
    def for_bloc(cls, key: str) -> EventFilter:
        """Events involving any member of a bloc (the bloc itself included, e.g. EU)."""
        bloc = find_bloc(key)
        members = set(bloc.members)
        if bloc.key == EU:  # 'EU' or 'European Union' alike
            members.add(EU)
        return cls(countries=frozenset(members))

    @property
    def is_empty(self) -> bool:
        """True when the filter lets every event through."""
        return not (self.kinds or self.countries or self.statuses)

    def accepts(self, event: Event) -> bool:
        """Whether ``event`` passes."""
        if self.kinds and event.kind not in self.kinds:
            return False
        if self.statuses and event.status not in self.statuses:
            return False
        if self.countries:
            involved = set(event.countries)
            if event.location.country:
                involved.add(event.location.country)
            if not involved & self.countries:
                return False
        return True
