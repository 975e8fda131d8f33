"""The list styles: an agenda grouped by day, and the deadlines with their countdowns."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from diplomatic_calendar.domain.deadlines import Deadline, countdown_text, falls_due
from diplomatic_calendar.domain.model import Event, TariffAction
from diplomatic_calendar.domain.timing import zone
from diplomatic_calendar.printing._html import (
    countries_text,
    details_html,
    esc,
    events_by_day,
    local_days,
    rate_text,
    row,
    sort_key,
    table_blocks,
    time_text,
    title_html,
)
from diplomatic_calendar.printing.data import ScheduleData
from diplomatic_calendar.printing.options import day_text
from diplomatic_calendar.printing.pages import Block, group

AGENDA_COLUMNS = '<td width="17%">{}</td><td width="15%">{}</td><td>{}</td>'


def agenda_blocks(data: ScheduleData) -> list[Block]:
    """Every day of the range that has events: a heading, then one row per event."""
    options = data.options
    tz = zone(options.zone)
    blocks = [Block("<h1>Agenda</h1>", keep_with_next=True)]
    by_day = events_by_day(data.events, tz, options.first, options.last)
    for day in sorted(by_day):
        todays = sorted(by_day[day], key=lambda e: sort_key(e, tz))
        heading = Block(f"<h2>{esc(day_text(day))}</h2>", keep_with_next=True)
        more = f"<h2>{esc(day_text(day))} (continued)</h2>"
        rows = [Block(_agenda_row(data, e, day), header=more) for e in todays]
        blocks.append(group([heading, *rows]))
    if len(blocks) == 1:
        blocks.append(Block('<p class="muted">No events in this range.</p>'))
    return blocks


def _agenda_row(data: ScheduleData, event: Event, day: dt.date) -> str:
    tz = zone(data.options.zone)
    tariff = data.tariffs.get(event.tariff_action_id or -1)
    kind = esc(event.kind.label)
    if event.kind.is_deadline:
        kind = f"<b>⚑ {kind}</b>"
    details = details_html(event, tz, tariff, data.options.include_notes)
    cells = AGENDA_COLUMNS.format(
        esc(time_text(event, day, tz)), kind, f"{title_html(event)}{details}"
    )
    return row(cells, "deadline" if event.kind.is_deadline else "")


DEADLINE_COLUMNS = (
    '<td width="14%">{}</td><td width="14%">{}</td><td>{}</td><td width="20%">{}</td>'
    '<td width="9%">{}</td><td width="15%">{}</td>'
)


def deadlines_blocks(data: ScheduleData) -> list[Block]:
    """Deadlines and tariff dates of the range, soonest first, with days left and the terms."""
    options = data.options
    today = options.reference_day
    tz = zone(options.zone)
    # Dated as the printout's zone sees them, by the day each falls due (the last day of one
    # that runs over several), as the deadlines list and the command line date them.
    due = [(due_day(e, tz), e) for e in data.events if e.kind.is_deadline]
    deadlines = sorted(
        ((day, e) for day, e in due if options.first <= day <= options.last),
        key=lambda pair: (pair[0], sort_key(pair[1], tz), pair[1].title),
    )
    blocks = [
        Block("<h1>Deadlines</h1>", keep_with_next=True),
        Block(f'<p class="muted">Counted from {esc(day_text(today))}.</p>', keep_with_next=True),
    ]
    if not deadlines:
        return [*blocks, Block('<p class="muted">No deadlines in this range.</p>')]
    titles = ("Date", "Countdown", "Deadline", "Countries", "Rate", "Status")
    header = DEADLINE_COLUMNS.replace("td", "th").format(*titles)
    rows = [_deadline_row(data, e, day, tz) for day, e in deadlines]
    return blocks + table_blocks(header, rows)


def due_day(event: Event, tz: ZoneInfo) -> dt.date:
    """The day a deadline falls due in ``tz`` (see :func:`falls_due`)."""
    return falls_due(event.start, event.end, tz)[0]


def _deadline_row(data: ScheduleData, event: Event, day: dt.date, tz: ZoneInfo) -> str:
    today = data.options.reference_day
    tariff = data.tariffs.get(event.tariff_action_id or -1)
    rate = esc(rate_text(tariff.rate_percent)) if tariff else "–"
    if tariff and tariff.previous_rate_percent is not None:
        rate += f'<br><span class="small">was {esc(rate_text(tariff.previous_rate_percent))}</span>'
    status = tariff.status.label if tariff else event.status.label
    what = title_html(event)
    if tariff and tariff.scope:
        what += f'<br><span class="small">{esc(tariff.scope)}</span>'
    if data.options.include_notes and event.notes.strip():
        what += f'<br><span class="small"><i>Notes:</i> {esc(event.notes.strip())}</span>'
    when = esc(day_text(day))
    moment = falls_due(event.start, event.end, tz)[1]
    if moment is not None:
        when += f'<br><span class="small">{moment:%H:%M}</span>'
    first = local_days(event, tz)[0]
    if first < day:
        what += f'<br><span class="small">open from {esc(day_text(first))}</span>'
    overdue = is_overdue(event, tariff, day, today)
    if overdue:
        # said in words, as the window and the command line say it, not by shading alone
        late = (today - day).days
        countdown = f"{late} day{'s' if late != 1 else ''} overdue"
    else:
        countdown = esc(countdown_text(day, today))
    cells = DEADLINE_COLUMNS.format(
        when,
        f"<b>{countdown}</b>",
        what,
        esc(countries_text(event.countries)),
        rate,
        f"<b>{esc(status)}</b>" if overdue else esc(status),
    )
    soon = 0 <= (day - today).days <= 7
    return row(cells, "overdue" if overdue else "deadline" if soon else "")


def is_overdue(event: Event, tariff: TariffAction | None, day: dt.date, today: dt.date) -> bool:
    """Past its day and still pending, as the deadlines list and the command line judge it."""
    deadline = Deadline(
        day=day,
        title=event.title,
        kind=event.kind,
        tariff_status=tariff.status if tariff else None,
        event_status=event.status,
    )
    return deadline.is_overdue(today)
