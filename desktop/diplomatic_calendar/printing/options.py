"""What a printout shows: its style, range, zone, filters and page set-up, checked once."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.geography import check_country, country_name
from diplomatic_calendar.domain.timing import zone

STYLES = ("agenda", "day", "week", "month", "deadlines", "country")
STYLE_TITLES = {
    "agenda": "Agenda",
    "day": "Day schedule",
    "week": "Week schedule",
    "month": "Month",
    "deadlines": "Deadlines",
    "country": "Country brief",
}
PAGE_SIZES = ("A4", "Letter")
# A printout of more than a year is almost surely a typing mistake in the range.
MAX_DAYS = 400


@dataclass(frozen=True, slots=True)
class PrintOptions:
    """One printout's choices; ``last`` is the last day included, ``today`` drives countdowns."""

    style: str
    first: dt.date
    last: dt.date
    zone: str = "UTC"
    event_filter: EventFilter = field(default_factory=EventFilter)
    include_notes: bool = False
    landscape: bool = False
    page_size: str = "A4"
    country: str | None = None
    today: dt.date | None = None
    first_weekday: int = 0  # the day weeks start on in week and month grids, 0 = Monday
    # The working day (start, end hours) a day or week timetable always shows, as in Settings.
    working_hours: tuple[int, int] = (8, 18)

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise UserError(f"'{self.style}' is not a print style (one of {', '.join(STYLES)})")
        if self.last < self.first:
            raise UserError("the last day of the range comes before the first")
        if (self.last - self.first).days >= MAX_DAYS:
            raise UserError(f"a printout covers at most {MAX_DAYS} days; choose a shorter range")
        if self.page_size not in PAGE_SIZES:
            raise UserError(f"'{self.page_size}' is not a page size (A4 or Letter)")
        zone(self.zone)
        start, end = self.working_hours
        if not 0 <= start < end <= 24:
            raise UserError("the working day must start before it ends, within 00:00 to 24:00")
        if not 0 <= self.first_weekday <= 6:
            raise UserError("the first day of the week is a weekday from Monday (0) to Sunday (6)")
        if self.style == "country":
            if not self.country:
                raise UserError("a country brief needs a country (for example --country MY)")
            object.__setattr__(self, "country", check_country(self.country))

    @property
    def end(self) -> dt.date:
        """The exclusive end of the range, as the store's queries take it."""
        return self.last + dt.timedelta(days=1)

    @property
    def reference_day(self) -> dt.date:
        """The day countdowns count from: today if given, else the first day printed."""
        return self.today or self.first

    def header(self) -> str:
        """The line at the top of every page: style, what it is filtered to, range and zone."""
        title = STYLE_TITLES[self.style]
        if self.style == "country" and self.country:
            title = f"{title}: {country_name(self.country)}"
        only = self.event_filter.describe()
        if only and self.style != "country":
            title = f"{title} · only {only}"
        return f"{title} · {range_text(self.first, self.last)} · times in {self.zone}"


def period_of(style: str, day: dt.date, first_weekday: int = 0) -> tuple[dt.date, dt.date]:
    """The first and last day a grid style means around ``day``: the day itself, its week
    (from ``first_weekday``) or its month. Other styles print a range of their own: the day."""
    if style == "week":
        first = day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)
        return first, first + dt.timedelta(days=6)
    if style == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def day_text(day: dt.date) -> str:
    """'Thu 10 Jul 2025' — a day as a reader scans it."""
    return f"{day:%a} {day.day} {day:%b %Y}"


def range_text(first: dt.date, last: dt.date) -> str:
    """'1 – 31 Jul 2025', or both days in full when they differ in month or year."""
    if first == last:
        return f"{first.day} {first:%b %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"
