"""Deadlines and their reminders: countdown wording, what is overdue, which reminder is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.geography import EU, country_name, find_bloc
from diplomatic_calendar.domain.model import EventKind, EventStatus, TariffStatus

DEFAULT_LEAD_DAYS: tuple[int, ...] = (7, 1)

# A tariff in one of these states has nothing left to happen on its date.
_SETTLED_TARIFF = frozenset(
    {TariffStatus.IN_FORCE, TariffStatus.DEAL, TariffStatus.SUPERSEDED, TariffStatus.STRUCK_DOWN}
)
_SETTLED_EVENT = frozenset({EventStatus.HELD, EventStatus.CANCELLED})
_CALLED_OFF_TARIFF = frozenset({TariffStatus.SUPERSEDED, TariffStatus.STRUCK_DOWN})


def falls_due(
    start: dt.date | dt.datetime, end: dt.date | dt.datetime, tz: dt.tzinfo
) -> tuple[dt.date, dt.datetime | None]:
    """The local day (in ``tz``) a deadline falls due, and for a timed one the moment: a
    window of days (a comment period) is due on its last day, at its end; a timed deadline
    shorter than a day (a moment, or one given an hour) when it starts."""
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        opens, closes = start.astimezone(tz), end.astimezone(tz)
        if closes - opens < dt.timedelta(days=1):
            return opens.date(), opens
        last = closes - dt.timedelta(microseconds=1)  # an end at midnight closes the day before
        return last.date(), last
    assert not isinstance(start, dt.datetime) and not isinstance(end, dt.datetime)
    return max(start, end - dt.timedelta(days=1)), None  # all-day: the end is exclusive


def countdown_text(day: dt.date, today: dt.date) -> str:
    """'today', 'tomorrow', 'in 5 days', 'yesterday' or '3 days ago', counted from ``today``."""
    days = (day - today).days
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    if days == -1:
        return "yesterday"
    if days > 0:
        return f"in {days} days"
    return f"{-days} days ago"


def parse_within(text: str) -> int:
    """A span such as '30d', '2w' or '30' as a number of days, or a clear error."""
    cleaned = text.strip().lower()
    factor = {"d": 1, "w": 7}.get(cleaned[-1:], 0)
    number = cleaned[:-1] if factor else cleaned
    if not number.isdigit():
        raise ValidationError(f"'{text}' is not a span of days; write e.g. 30d or 2w")
    return int(number) * (factor or 1)


@dataclass(frozen=True, slots=True)
class Deadline:
    """One dated deadline: a tariff's effective date or a deadline event, with what it is about."""

    day: dt.date
    title: str
    kind: EventKind
    countries: tuple[str, ...] = ()
    event_id: int | None = None
    tariff_action_id: int | None = None
    imposer: str | None = None
    target: str | None = None
    rate_percent: float | None = None
    tariff_status: TariffStatus | None = None
    event_status: EventStatus = EventStatus.PLANNED

    @property
    def key(self) -> str:
        """What the deadline is about, stable across edits of its title."""
        if self.tariff_action_id is not None:
            return f"tariff:{self.tariff_action_id}"
        return f"event:{self.event_id}"

    @property
    def country(self) -> str | None:
        """The country the deadline bites on: a tariff's target, else the first listed."""
        if self.target:
            return self.target
        return self.countries[0] if self.countries else None

    @property
    def status_label(self) -> str:
        """The tariff's status, or the event's, as a person reads it."""
        return self.tariff_status.label if self.tariff_status else self.event_status.label

    @property
    def is_settled(self) -> bool:
        """True when nothing is pending any more (in force, deal, held, cancelled…)."""
        if self.tariff_status is not None:
            return self.tariff_status in _SETTLED_TARIFF
        return self.event_status in _SETTLED_EVENT

    @property
    def is_called_off(self) -> bool:
        """True when the date no longer matters: superseded, struck down or cancelled."""
        if self.tariff_status is not None:
            return self.tariff_status in _CALLED_OFF_TARIFF
        return self.event_status == EventStatus.CANCELLED

    def is_overdue(self, today: dt.date) -> bool:
        """Past its day and still pending: someone should check what happened."""
        return self.day < today and not self.is_settled

    def faces(self, codes: Iterable[str]) -> bool:
        """Whether the deadline bites on one of ``codes``: a tariff's target, or a country a
        plain deadline lists (a tariff a country imposes is not one it faces)."""
        wanted = set(codes)
        if self.tariff_action_id is not None and self.target is not None:
            return self.target in wanted
        return bool(wanted & set(self.countries))

    def involves(self, codes: Iterable[str]) -> bool:
        """Whether any of ``codes`` is the target, the imposer or a listed country."""
        wanted = set(codes)
        mine = {*self.countries, self.target, self.imposer}
        return bool(wanted & mine)

    def describe(self, today: dt.date, *, brief: bool = False) -> str:
        """One line for the command line or a tray message; ``brief``, for the window's banner,
        writes the day as the window does ("Mon 01 Dec") and gives the rate only where the
        title does not already give it."""
        rate = "" if self.rate_percent is None else f"{self.rate_percent:g}%"
        rate = f" · {rate}" if rate and not (brief and rate in self.title) else ""
        name = country_name(self.country) if self.country else ""
        where = f" · {name}" if name and not self.title.startswith(name) else ""
        day = f"{self.day:%a %d %b}" if brief else self.day.isoformat()
        return (
            f"{day} ({countdown_text(self.day, today)}) · {self.title}"
            f"{where}{rate} · {self.status_label}"
        )


def bloc_codes(key: str) -> frozenset[str]:
    """A bloc's members, plus the bloc itself where it acts as one (the EU)."""
    bloc = find_bloc(key)
    members = set(bloc.members)
    if bloc.key == EU:  # 'EU' or 'European Union' alike
        members.add(EU)
    return frozenset(members)


@dataclass(frozen=True, slots=True)
class Reminder:
    """A deadline announced ``lead_days`` ahead; its key is what a dismissal remembers."""

    deadline: Deadline
    lead_days: int
    due_on: dt.date

    @property
    def key(self) -> str:
        """Deadline, its day and the lead: a moved deadline reminds again, a dismissed one not."""
        return f"{self.deadline.key}:{self.deadline.day.isoformat()}:{self.lead_days}d"


def reminder_due(
    deadline: Deadline, today: dt.date, lead_days: Sequence[int] = DEFAULT_LEAD_DAYS
) -> Reminder | None:
    """The most recent reminder of a pending deadline that falls due on or before ``today``.

    Reminders that came due while the app was closed are still due at the next start, until the
    deadline's day has passed; once a later (shorter) lead is due it replaces the earlier one.
    """
    if deadline.is_called_off or deadline.day < today:
        return None
    if deadline.tariff_status is None and deadline.is_settled:
        return None  # a deadline event already marked held (done) needs no reminding
    left = (deadline.day - today).days
    due = [lead for lead in lead_days if lead >= left]
    if not due:
        return None
    lead = min(due)
    return Reminder(deadline, lead, deadline.day - dt.timedelta(days=lead))


def reminders_due(
    deadlines: Iterable[Deadline],
    today: dt.date,
    dismissed: Iterable[str] = (),
    lead_days: Sequence[int] = DEFAULT_LEAD_DAYS,
) -> list[Reminder]:
    """Every reminder due ``today`` and not dismissed, soonest deadline first."""
    gone = set(dismissed)
    found = []
    for deadline in deadlines:
        reminder = reminder_due(deadline, today, lead_days)
        if reminder is not None and reminder.key not in gone:
            found.append(reminder)
    return sorted(found, key=lambda r: (r.deadline.day, r.deadline.title))


def parse_lead_days(text: str) -> tuple[int, ...]:
    """Lead times typed as '7, 1' (days before); the default when empty."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not parts:
        return DEFAULT_LEAD_DAYS
    if not all(p.isdigit() for p in parts):
        raise ValidationError(f"'{text}' is not a list of days; write e.g. 7, 1")
    return tuple(sorted({int(p) for p in parts}, reverse=True))
