"""Editable drafts: what the engine proposed, what the user changed, and what will be saved.

Dates come from the engine at the precision the text supports. A day stays a day. A month
("in February") becomes an all-day event spanning that whole month, flagged ``month only`` and
tagged ``month-only`` so that it is never mistaken for a known day; the user can narrow it to a
day in the date editor. A week ("next week", "the week of 17 March") spans that week, Monday to
Sunday (or the part of it before or after publication for "earlier" or "later this week"),
flagged ``week only`` and tagged ``week-only`` in the same way; "this weekend" likewise spans
its Saturday and Sunday, flagged ``weekend only``. A year alone, or no date,
cannot be placed on a calendar: such a draft starts rejected and says that it needs a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import (
    EventKind,
    EventStatus,
    TariffStatus,
)
from diplomatic_calendar.extraction import EventDraft, OfficialDraft, Span, TariffDraft
from diplomatic_calendar.extraction.drafts import Location
from diplomatic_calendar.extraction.zones import place_zone
from diplomatic_calendar.importing.weeks import week_said

MONTH_ONLY_TAG = "month-only"
WEEK_ONLY_TAG = "week-only"


class Choice(StrEnum):
    """What to do with a draft that matches a stored record."""

    ADD = "add"
    UPDATE = "update"
    SKIP = "skip"

    @property
    def label(self) -> str:
        """The choice as a person reads it."""
        return {"add": "Add as new", "update": "Update existing", "skip": "Skip"}[self.value]


class Precision(StrEnum):
    """How exactly the article dates a draft."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"
    NONE = "none"


@dataclass
class Draft:
    """What every draft shares: its evidence, accept flag, duplicate match and the user's edits."""

    evidence: Span
    accepted: bool = True
    choice: Choice = Choice.ADD
    match_id: int | None = None
    match_label: str = ""
    match_has_source: bool = False
    edited: set[str] = field(default_factory=set)

    def edit(self, name: str, value: Any) -> None:
        """Change a field as the user did, remembering it so a re-read keeps the change."""
        setattr(self, name, value)
        self.edited.add(name)

    @property
    def label(self) -> str:
        """One line for the list."""
        return ""

    @property
    def problem(self) -> str:
        """Why the draft cannot be saved as it is; empty when it can."""
        return ""

    @property
    def will_save(self) -> bool:
        """Accepted, saveable and not skipped."""
        return self.accepted and not self.problem and not (self.match_id and self.choice == "skip")


@dataclass
class OfficialItem(Draft):
    """A person with an office."""

    name: str = ""
    title: str = ""
    country: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """One line for the list."""
        return self.name

    @property
    def problem(self) -> str:
        return "" if self.name.strip() else "needs a name"


@dataclass
class EventItem(Draft):
    """A meeting, call, visit, summit or deadline; dates at the precision the article gives."""

    kind: EventKind = EventKind.MEETING
    title: str = ""
    first: dt.date | None = None
    last: dt.date | None = None
    precision: Precision = Precision.DAY
    time: dt.time | None = None
    timezone: str | None = None
    # The article gave a time but no zone, and the meeting place's zone was taken.
    zone_assumed: bool = False
    status: EventStatus = EventStatus.PLANNED
    participants: list[str] = field(default_factory=list)
    countries: tuple[str, ...] = ()
    city: str = ""
    location_country: str | None = None
    date_text: str = ""
    # For a date at week precision, what the article named: "week" or "weekend".
    period: str = "week"

    @property
    def label(self) -> str:
        """One line for the list."""
        return self.title

    @property
    def problem(self) -> str:
        if not self.title.strip():
            return "needs a title"
        if self.first is None:
            return f"needs a day (the article says only “{self.date_text or 'no date'}”)"
        return ""

    def edit(self, name: str, value: Any) -> None:
        """As :meth:`Draft.edit`; a zone taken from the place follows the place."""
        super().edit(name, value)
        if name == "timezone":
            self.zone_assumed = False
        elif name in ("city", "location_country") and self.zone_assumed:
            local = place_zone(Location(self.city or None, self.location_country))
            self.timezone = local
            self.zone_assumed = local is not None

    def set_day(self, day: dt.date) -> None:
        """The user picked a day: the draft is now dated to that day, keeping its length."""
        length = (self.last - self.first) if self.first and self.last else dt.timedelta(0)
        if self.precision != Precision.DAY:
            length = dt.timedelta(0)
        self.edit("first", day)
        self.edit("last", day + length)
        self.edit("precision", Precision.DAY)

    @property
    def when(self) -> str:
        """The date as the list shows it, with its precision said aloud."""
        if self.first is None:
            return self.date_text or "no date"
        if self.precision == Precision.MONTH:
            return f"{self.first:%b %Y} (month only)"
        if self.precision == Precision.WEEK and self.last is not None:
            return f"{self.first:%a %d %b} – {self.last:%a %d %b %Y} ({self.period} only)"
        # the weekday shows at once whether "on Tuesday" was read as the article meant
        text = f"{self.first:%a %d %b %Y}"
        if self.last and self.last != self.first:
            text += f" – {self.last:%a %d %b %Y}"
        if self.time is not None and self.timezone:
            text += f" {self.time:%H:%M} {self.timezone}"
            if self.zone_assumed:
                text += " (the place's local time)"
        elif self.time is not None:
            text += f" (the article's {self.time:%H:%M} has no time zone: kept as a note)"
        return text


@dataclass
class TariffItem(Draft):
    """A tariff rate one country applies, threatens or agrees on another's goods."""

    target: str = ""
    imposer: str | None = None
    rate_percent: float = 0.0
    effective: dt.date | None = None
    effective_text: str = ""
    status: TariffStatus = TariffStatus.ANNOUNCED
    # The rate this one replaces, when the same sentence gives it ("25%, up from 10%").
    previous_rate: float | None = None
    # The goods the article says the rate is on ("steel"); None when it names none.
    scope: str | None = None

    @property
    def label(self) -> str:
        """One line for the list."""
        who = self.imposer or "?"
        on = f" on {self.scope}" if self.scope else ""
        return f"{country_name(self.target)}: {self.rate_percent:g}% {who} tariff{on}"

    @property
    def problem(self) -> str:
        if not self.imposer:
            return "needs the country that imposes it"
        if self.imposer == self.target:
            return "a country does not impose a tariff on itself"
        return ""

    @property
    def when(self) -> str:
        """The effective date as the list shows it."""
        if self.effective is not None:
            return f"{self.effective:%a %d %b %Y}"
        if self.effective_text:
            first, _, precision = parse_partial(self.effective_text)
            if first is not None and precision == Precision.MONTH:
                return f"{first:%b %Y} (month only)"
            return f"{self.effective_text} (not a day)"
        return "no date"


def parse_partial(text: str | None) -> tuple[dt.date | None, dt.date | None, Precision]:
    """First and last day of an engine date string at day, month or year precision."""
    if not text:
        return None, None, Precision.NONE
    parts = text.split("-")
    try:
        if len(parts) == 3:
            day = dt.date.fromisoformat(text)
            return day, day, Precision.DAY
        if len(parts) == 2:
            year, month = int(parts[0]), int(parts[1])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH
    except ValueError:
        return None, None, Precision.NONE
    return None, None, Precision.YEAR


def _time(text: str | None) -> dt.time | None:
    if not text:
        return None
    try:
        return dt.time.fromisoformat(text)
    except ValueError:
        return None


def official_item(draft: OfficialDraft) -> OfficialItem:
    """An editable official from the engine's draft."""
    return OfficialItem(
        evidence=draft.evidence,
        name=draft.name,
        title=draft.title or "",
        country=draft.country,
        aliases=draft.aliases,
    )


def event_item(draft: EventDraft, text: str = "", published: dt.date | None = None) -> EventItem:
    """An editable event from the engine's draft; see the module docstring for dates.

    ``text`` is the article and ``published`` its publication day: with them, a date the
    article gives only as a week is kept as that week.
    """
    first, last, precision = parse_partial(draft.date)
    _, end_last, _ = parse_partial(draft.end_date)
    if end_last is not None and first is not None and end_last >= first:
        last = end_last
    period = "week"
    if first is not None and last is not None and published is not None and not draft.end_date:
        sentence = text[draft.evidence.start : draft.evidence.end]
        week = week_said(sentence, published, first, last, precision == Precision.DAY)
        if week is not None:
            (first, last, period), precision = week, Precision.WEEK
    item = EventItem(
        evidence=draft.evidence,
        kind=_enum(EventKind, draft.kind, EventKind.OTHER),
        title=draft.title,
        first=first,
        last=last,
        precision=precision,
        time=_time(draft.time),
        timezone=draft.timezone,
        zone_assumed=False,
        status=_enum(EventStatus, draft.status, EventStatus.PLANNED),
        participants=list(dict.fromkeys(draft.participants)),
        countries=tuple(draft.countries),
        city=draft.location.city or "",
        location_country=draft.location.country,
        date_text=draft.date or "",
        period=period,
    )
    if item.time is not None and not item.timezone:
        # News gives a meeting's time as the time where it is held, unless it says otherwise.
        local = place_zone(draft.location)
        if local is not None:
            item.timezone, item.zone_assumed = local, True
    item.accepted = first is not None
    return item


def tariff_item(draft: TariffDraft) -> TariffItem:
    """An editable tariff action; an effective month without a day is left open, not guessed."""
    first, _, precision = parse_partial(draft.effective_date)
    item = TariffItem(
        evidence=draft.evidence,
        target=draft.target,
        imposer=draft.imposer,
        rate_percent=float(draft.rate_percent),
        effective=first if precision == Precision.DAY else None,
        effective_text=draft.effective_date or "",
        status=_enum(TariffStatus, draft.status, TariffStatus.ANNOUNCED),
        scope=draft.scope,
    )
    item.accepted = not item.problem
    return item


def _enum(kind: Any, value: str, default: Any) -> Any:
    try:
        return kind(value)
    except ValueError:
        return default
