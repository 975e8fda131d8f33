"""What the user chose to see: kinds, countries (or a bloc's members) and statuses."""

from __future__ import annotations

from dataclasses import dataclass

from diplomatic_calendar.domain.geography import EU, blocs, country_name, find_bloc, trading_as
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus


@dataclass(frozen=True, slots=True)
class EventFilter:
    """An event passes when it matches every part that is set; an empty part lets all through."""

    kinds: frozenset[EventKind] = frozenset()
    countries: frozenset[str] = frozenset()
    statuses: frozenset[EventStatus] = frozenset()
    # Parties whose deadlines and tariff dates pass with ``countries``: the EU's for a member
    # state, since the EU sets its tariffs and others' tariffs on "the EU" hit it.
    deadline_countries: frozenset[str] = frozenset()

    @classmethod
    def for_country(cls, code: str) -> EventFilter:
        """Events involving ``code``, and the deadlines of those it trades as (the EU)."""
        return cls(
            countries=frozenset({code}),
            deadline_countries=frozenset(trading_as(code)) - {code},
        )

    @classmethod
    def for_bloc(cls, key: str) -> EventFilter:
        """Events involving any member of a bloc (the bloc itself included, e.g. EU)."""
        bloc = find_bloc(key)
        members = set(bloc.members)
        if bloc.key == EU:  # 'EU' or 'European Union' alike
            members.add(EU)
        return cls(countries=frozenset(members))

    def describe(self) -> str:
        """What the filter lets through, in words ("Germany · meetings, calls · held"), or ""
        when it lets everything through: a printout or a list filtered says so."""
        parts = []
        if self.countries:
            parts.append(_places_text(self.countries))
        if self.kinds:
            parts.append(", ".join(k.label.lower() for k in EventKind if k in self.kinds))
        if self.statuses:
            parts.append(", ".join(s.label.lower() for s in EventStatus if s in self.statuses))
        return " · ".join(parts)

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
            if not involved & self.countries and not (
                event.kind.is_deadline and involved & self.deadline_countries
            ):
                return False
        return True


def _places_text(codes: frozenset[str]) -> str:
    """A bloc's key when ``codes`` are its members (with the EU itself for the EU), else the
    countries' names."""
    for bloc in blocs().values():
        members = set(bloc.members) | ({EU} if bloc.key == EU else set())
        if members == codes:
            return bloc.key
    return ", ".join(sorted(country_name(code) for code in codes))
