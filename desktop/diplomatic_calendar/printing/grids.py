"""The grid styles: day and week timetables with an all-day band; the month with week numbers."""

from __future__ import annotations

import calendar
import datetime as dt
from zoneinfo import ZoneInfo

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.domain.timing import zone
from diplomatic_calendar.printing._html import (
    details_html,
    esc,
    events_by_day,
    local_days,
    row,
    sort_key,
    table_blocks,
    time_text,
    title_html,
)
from diplomatic_calendar.printing.data import ScheduleData
from diplomatic_calendar.printing.options import day_text
from diplomatic_calendar.printing.pages import Block

ONE_DAY = dt.timedelta(days=1)


OUTSIDE_SHADE = "#eeeeee"
# Room inside a grid cell around its text: a day's wide cells, a week's narrow ones.
CELL_PADDING, WEEK_PADDING = 4, 2


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _hours(
    events: list[Event], days: list[dt.date], tz: ZoneInfo, working: tuple[int, int]
) -> list[int]:
    """The hour rows a timetable shows: the working day (shown even when empty, so that a blank
    page still reads as a timetable), and each hour outside it in which an event starts
    (midnight for one carried over from the day before). Empty hours of the night are left
    out, so that a week fits one page."""
    hours = set(range(working[0], min(working[1], 23) + 1))
    shown = set(days)
    for event in events:
        for day in local_span(event, tz, shown):
            hour = _row_hour(event, day, tz)
            if hour is not None:
                hours.add(hour)
    return sorted(hours)


def local_span(event: Event, tz: ZoneInfo, days: set[dt.date]) -> list[dt.date]:
    """The days among ``days`` that the event touches in ``tz``."""
    first, last = local_days(event, tz)
    return [day for day in days if first <= day <= last]


# A grid cell lists at most this many events (a month day, an hour of a week): a table row
# taller than a page would be cut through a line of text at the page break. The agenda and
# day printouts list everything.
CELL_LIMIT = 8


def _cell(data: ScheduleData, events: list[Event], day: dt.date, full: bool) -> str:
    tz = zone(data.options.zone)
    items = []
    ordered = sorted(events, key=lambda e: sort_key(e, tz))
    hidden = ordered[CELL_LIMIT:] if not full and len(ordered) > CELL_LIMIT + 1 else []
    for event in ordered[: len(ordered) - len(hidden)]:
        flag = "⚑ " if event.kind.is_deadline else ""
        text = f"{esc(flag)}{title_html(event, bold=full)}"
        if event.start != event.first_day:
            text = f"{esc(time_text(event, day, tz))} {text}"
        if full:
            tariff = data.tariffs.get(event.tariff_action_id or -1)
            text += details_html(event, tz, tariff, data.options.include_notes)
        if not full:
            text = f'<span class="small">{text}</span>'
        items.append(f'<p class="{"deadline" if flag else ""}">{text}</p>')
    if hidden:
        more = f"+{len(hidden)} more (the agenda printout lists them)"
        items.append(f'<p><span class="small muted">{esc(more)}</span></p>')
    return "".join(items)


def _timetable(data: ScheduleData, days: list[dt.date], full: bool, title: str) -> list[Block]:
    """The column titles, the all-day band, then one row per hour: each row a block. ``title``
    heads any page the timetable runs on to, over its column titles again."""
    tz = zone(data.options.zone)
    options = data.options
    per_day = events_by_day(data.events, tz, days[0], days[-1])
    width = f"{9 if len(days) > 1 else 12}%"
    each = f"{(100 - int(width[:-1])) / len(days):.1f}%"
    head = [f'<th width="{width}">Time</th>']
    for day in days:
        muted = ' class="outside"' if not options.first <= day <= options.last else ""
        label = day_text(day) if len(days) == 1 else f"{day:%a} {day.day} {day:%b}"
        head.append(f'<th width="{each}"{muted}>{esc(label)}</th>')
    band = [_cell(data, [e for e in per_day[d] if e.all_day], d, full) for d in days]
    rows = [
        f'<td width="{width}"><b>All day</b></td>'
        + "".join(f'<td width="{each}">{c}</td>' for c in band)
    ]
    hours = _hours(data.events, days, tz, data.options.working_hours)
    for number, hour in enumerate(hours):
        cells = []
        for day in days:
            mine = [e for e in per_day[day] if _row_hour(e, day, tz) == hour]
            cells.append(f'<td width="{each}">{_cell(data, mine, day, full)}</td>')
        # hours left out before this one (empty night hours) are marked, not silently skipped
        skipped = number > 0 and hour - hours[number - 1] > 1
        label = f"… {hour:02d}:00" if skipped else f"{hour:02d}:00"
        rows.append(f'<td width="{width}">{label}</td>' + "".join(cells))
    # a week's seven narrow columns take tighter cells, so that its hours fit one page
    padding = CELL_PADDING if full else WEEK_PADDING
    return table_blocks("".join(head), [row(r, padding=padding) for r in rows], title)


def _row_hour(event: Event, day: dt.date, tz: ZoneInfo) -> int | None:
    """The hour row a timed event is written in on ``day``; one begun the day before goes in
    the midnight row, with '…' for its start."""
    if not isinstance(event.start, dt.datetime):
        return None
    start = event.start.astimezone(tz)
    return start.hour if start.date() == day else 0


def day_blocks(data: ScheduleData) -> list[Block]:
    """One page per day: the all-day band, then an hour-by-hour timetable with full details."""
    blocks: list[Block] = []
    for index, day in enumerate(_days(data.options.first, data.options.last)):
        name = esc(day_text(day))
        blocks.append(Block(f"<h1>{name}</h1>", break_before=index > 0, keep_with_next=True))
        blocks.extend(_timetable(data, [day], full=True, title=f"<h1>{name} (continued)</h1>"))
    return blocks


def week_blocks(data: ScheduleData) -> list[Block]:
    """One page per week (from the chosen first weekday), days outside the range left empty and
    greyed."""
    start = data.options.first_weekday
    first = data.options.first - dt.timedelta(days=(data.options.first.weekday() - start) % 7)
    blocks: list[Block] = []
    while first <= data.options.last:
        days = _days(first, first + dt.timedelta(days=6))
        number = _week_number(first, start)
        name = esc(f"Week {number}: {day_text(days[0])} – {day_text(days[-1])}")
        title = Block(
            f"<h1>{name}</h1>", break_before=bool(blocks), keep_with_next=True, fit_page=True
        )
        blocks.append(title)
        blocks.extend(_timetable(data, days, full=False, title=f"<h1>{name} (continued)</h1>"))
        first += dt.timedelta(days=7)
    return blocks


def month_blocks(data: ScheduleData) -> list[Block]:
    """One page per month: weeks as rows with their ISO number, each day listing its events."""
    options = data.options
    year, month = options.first.year, options.first.month
    blocks: list[Block] = []
    while (year, month) <= (options.last.year, options.last.month):
        title = f"<h1>{esc(f'{calendar.month_name[month]} {year}')}</h1>"
        blocks.append(Block(title, break_before=bool(blocks), keep_with_next=True))
        blocks.extend(_month_rows(data, year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return blocks


def _week_number(first: dt.date, start: int) -> int:
    """The ISO number of the week starting on ``first``: that of its Thursday, as the window
    numbers it."""
    return (first + dt.timedelta(days=(3 - start) % 7)).isocalendar().week


def _month_rows(data: ScheduleData, year: int, month: int) -> list[Block]:
    tz = zone(data.options.zone)
    start = data.options.first_weekday
    weeks = calendar.Calendar(firstweekday=start).monthdatescalendar(year, month)
    names = [calendar.day_abbr[(start + n) % 7] for n in range(7)]
    head = '<th width="5%">Wk</th>' + "".join(f'<th width="13.5%">{name}</th>' for name in names)
    by_day = events_by_day(data.events, tz, weeks[0][0], weeks[-1][-1])
    rows = []
    for week in weeks:
        cells = [f'<td width="5%" class="muted">{_week_number(week[0], start)}</td>']
        for day in week:
            inside = day.month == month and data.options.first <= day <= data.options.last
            events = by_day.get(day, []) if inside else []
            # A day the printout does not cover is greyed, so that its empty cell is not read
            # as a free day (a short range printed as a month leaves most days out).
            number = f'<b class="{"" if inside else "outside"}">{day.day}</b>'
            shade = "" if inside else f' bgcolor="{OUTSIDE_SHADE}"'
            cells.append(
                f'<td width="13.5%"{shade}>{number}{_cell(data, events, day, full=False)}</td>'
            )
        rows.append(row("".join(cells)))
    return table_blocks(head, rows)
