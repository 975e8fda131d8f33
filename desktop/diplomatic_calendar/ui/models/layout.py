"""Where events go on a calendar, worked out once per reload so that painting only reads it.

Plain Python (no Qt), so the rules are tested without a screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from diplomatic_calendar.domain.model import Event, EventStatus
from diplomatic_calendar.domain.timing import zone

ONE_DAY = dt.timedelta(days=1)


def local_days(event: Event, home_zone: str) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) an event occupies, as seen in the home zone."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        tz = zone(home_zone)
        first = event.start.astimezone(tz).date()
        last = (event.end - dt.timedelta(microseconds=1)).astimezone(tz).date()
        return first, max(first, last)
    return event.first_day, event.last_day


def in_all_day_band(event: Event) -> bool:
    """All-day events and timed ones lasting a day or more go in the band above a time grid.

    A shorter one that crosses midnight at home (a call from 23:00 to 00:30) stays in the grid,
    drawn on each day it touches.
    """
    if not isinstance(event.start, dt.datetime) or not isinstance(event.end, dt.datetime):
        return True
    return event.end - event.start >= ONE_DAY


def sort_key(event: Event) -> tuple[bool, bool, bool, float, str]:
    """Cancelled events last (they must not take a crowded cell's visible places); then
    deadlines, then other all-day events, then by start, then by title."""
    cancelled = event.status is EventStatus.CANCELLED
    if isinstance(event.start, dt.datetime):
        return (cancelled, not event.kind.is_deadline, True, event.start.timestamp(), event.title)
    return (
        cancelled,
        not event.kind.is_deadline,
        False,
        float(event.start.toordinal()),
        event.title,
    )


def time_order_key(event: Event) -> tuple[bool, float, str]:
    """All-day events first, then by the instant each starts: a list read down a day."""
    if isinstance(event.start, dt.datetime):
        return (True, event.start.timestamp(), event.title)
    return (False, float(event.start.toordinal()), event.title)


def day_order_key(event: Event, home_zone: str) -> tuple[dt.date, tuple[bool, float, str]]:
    """By first day in ``home_zone``, then as a day's list reads: events over many days in order."""
    return local_days(event, home_zone)[0], time_order_key(event)


def week_starts(first: dt.date, weeks: int) -> list[dt.date]:
    """The first day of each week row."""
    return [first + dt.timedelta(days=7 * i) for i in range(weeks)]


@dataclass(frozen=True, slots=True)
class Bar:
    """A multi-day event's piece in one week row: columns ``first``..``last`` and its lane."""

    event: Event
    lane: int
    first: int
    last: int
    starts_here: bool
    ends_here: bool


def lane_order(
    spans: Iterable[tuple[Event, dt.date, dt.date]],
) -> list[tuple[Event, dt.date, dt.date]]:
    """Earliest first, longest first among equals: the order that packs bars tightest."""
    return sorted(spans, key=lambda s: (s[1], -(s[2] - s[1]).days, sort_key(s[0])))


def assign_lanes(
    spans: Iterable[tuple[Event, dt.date, dt.date]],
    row_start: dt.date,
    width: int,
    *,
    ordered: bool = False,
) -> list[Bar]:
    """Give each span in a row of ``width`` days the lowest lane free over all its days."""
    taken: list[list[bool]] = []
    bars: list[Bar] = []
    row_end = row_start + dt.timedelta(days=width - 1)
    for event, first, last in spans if ordered else lane_order(spans):
        if last < row_start or first > row_end:
            continue
        lo = max(0, (first - row_start).days)
        hi = min(width - 1, (last - row_start).days)
        lane = 0
        while lane < len(taken) and any(taken[lane][lo : hi + 1]):
            lane += 1
        if lane == len(taken):
            taken.append([False] * width)
        for col in range(lo, hi + 1):
            taken[lane][col] = True
        bars.append(Bar(event, lane, lo, hi, first >= row_start, last <= row_end))
    return bars


@dataclass(frozen=True, slots=True)
class Placed:
    """A timed event in a day column: minutes from midnight and its share of the width.

    It sits in ``column`` of ``columns`` side-by-side places and fills ``span`` of them: it
    reaches right over places where nothing overlaps it in time, so that a short meeting next
    to a crowded hour is not drawn as a sliver.
    """

    event: Event
    day: int
    top: float
    bottom: float
    column: int
    columns: int
    span: int = 1


def minutes_in_day(moment: dt.datetime, day: dt.date, home_zone: str) -> float:
    """Minutes from the local midnight of ``day`` to ``moment``, clamped to that day."""
    local = moment.astimezone(zone(home_zone))
    if local.date() < day:
        return 0.0
    if local.date() > day:
        return 24 * 60.0
    return local.hour * 60 + local.minute + local.second / 60


def place_timed(
    events: Sequence[Event], days: Sequence[dt.date], home_zone: str, min_minutes: float = 20
) -> list[Placed]:
    """Lay out timed events per day; overlapping ones share the width side by side.

    An event crossing midnight has a piece on each day it touches, clamped to that day.
    """
    placed: list[Placed] = []
    for col, day in enumerate(days):
        items = []
        for event in events:
            if event.all_day or not isinstance(event.start, dt.datetime):
                continue
            first, last = local_days(event, home_zone)
            if not first <= day <= last:
                continue
            assert isinstance(event.end, dt.datetime)
            top = minutes_in_day(event.start, day, home_zone)
            bottom = max(minutes_in_day(event.end, day, home_zone), top + min_minutes)
            items.append((top, bottom, event))
        placed.extend(_columns(sorted(items, key=lambda i: (i[0], -i[1])), col))
    return placed


def _columns(items: list[tuple[float, float, Event]], day: int) -> list[Placed]:
    """Split items into clusters of overlaps; within each, the first free column is used."""
    out: list[Placed] = []
    cluster: list[tuple[float, float, Event, int]] = []
    cluster_end = -1.0
    for top, bottom, event in items:
        if cluster and top >= cluster_end:
            out.extend(_finish(cluster, day))
            cluster = []
        cluster_end = max(cluster_end, bottom) if cluster else bottom
        cluster.append((top, bottom, event, _free_column(cluster, top)))
    out.extend(_finish(cluster, day))
    return out


def _free_column(cluster: list[tuple[float, float, Event, int]], top: float) -> int:
    busy = {c for _t, b, _e, c in cluster if b > top}
    column = 0
    while column in busy:
        column += 1
    return column


def _finish(cluster: list[tuple[float, float, Event, int]], day: int) -> list[Placed]:
    if not cluster:
        return []
    width = max(c for *_rest, c in cluster) + 1
    return [
        Placed(e, day, t, b, c, width, _span(cluster, t, b, c, width)) for t, b, e, c in cluster
    ]


def _span(
    cluster: list[tuple[float, float, Event, int]],
    top: float,
    bottom: float,
    column: int,
    width: int,
) -> int:
    """How many places, from ``column`` rightwards, are free of anything overlapping top..bottom."""
    span = 1
    while column + span < width and not any(
        c == column + span and t < bottom and b > top for t, b, _e, c in cluster
    ):
        span += 1
    return span


def zone_city(key: str) -> str:
    """'Asia/Kuala_Lumpur' → 'Kuala Lumpur'."""
    return key.rsplit("/", 1)[-1].replace("_", " ")


def time_label(event: Event, home_zone: str) -> str:
    """The start time at home, with the event's own local time where its zone differs."""
    if not isinstance(event.start, dt.datetime):
        return "all day"
    home = event.start.astimezone(zone(home_zone))
    own = event.timezone
    if own is None or own == home_zone or event.start.utcoffset() == home.utcoffset():
        return f"{home:%H:%M}"
    return f"{event.start:%H:%M} {zone_city(own)} / {home:%H:%M} home"


def time_label_on(event: Event, day: dt.date, home_zone: str) -> str:
    """The time column of a list for ``day``: the start where the event begins that day, and
    where it runs over midnight at home, "–…" on its first day, "…–02:00" on its last and
    "… continues …" on any day between (as the printed agenda marks them)."""
    if not (isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime)):
        return "all day"
    tz = zone(home_zone)
    start, end = event.start.astimezone(tz), event.end.astimezone(tz)
    last = (end - dt.timedelta(microseconds=1)).date() if end > start else start.date()
    if last == start.date():
        return time_label(event, home_zone)
    if day <= start.date():
        return f"{time_label(event, home_zone)} –…"
    if day < last:
        return "… continues …"
    own = event.timezone
    if own is None or own == home_zone or event.end.utcoffset() == end.utcoffset():
        return f"…– {end:%H:%M}"
    return f"…– {event.end:%H:%M} {zone_city(own)} / {end:%H:%M} home"


def span_label(event: Event, home_zone: str) -> str:
    """Start–end at home (with the event's own zone where it differs), or the days it covers."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        tz = zone(home_zone)
        start, end = event.start.astimezone(tz), event.end.astimezone(tz)
        text = f"{start:%a %d %b %Y %H:%M}–{end:%H:%M}"
        if end.date() != start.date():
            text = f"{start:%a %d %b %Y %H:%M} – {end:%a %d %b %H:%M}"
        own = event.timezone
        if own and own != home_zone and event.start.utcoffset() != start.utcoffset():
            text += f" home ({event.start:%H:%M}–{event.end:%H:%M} {zone_city(own)})"
        return text
    if event.last_day != event.first_day:
        return f"{event.first_day:%a %d %b %Y} – {event.last_day:%a %d %b %Y}"
    return f"{event.first_day:%a %d %b %Y} (all day)"


def tooltip_text(event: Event, home_zone: str) -> str:
    """Every detail a person hovers for, as plain text lines."""
    lines = [event.title, f"{event.kind.label} · {event.status.label}"]
    lines.append(span_label(event, home_zone))
    if str(event.location):
        lines.append(f"Where: {event.location}")
    if event.participants:
        lines.append("With: " + ", ".join(p.name for p in event.participants))
    if event.countries:
        lines.append("Countries: " + ", ".join(event.countries))
    if event.notes:
        lines.append(event.notes[:300])
    return "\n".join(lines)


def tooltip_html(text: str) -> str:
    """Plain text made safe for a Qt tool tip, which would otherwise guess it is markup."""
    import html

    return "<p style='white-space:pre-wrap'>" + html.escape(text) + "</p>"
