"""The country brief: one page on a country's tariff position, officials, meetings and sources."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.deadlines import countdown_text
from diplomatic_calendar.domain.geography import blocs_of, country_name
from diplomatic_calendar.domain.model import Event, TariffAction, TariffChange
from diplomatic_calendar.domain.timing import zone
from diplomatic_calendar.printing._html import (
    countries_text,
    esc,
    rate_text,
    row,
    table_blocks,
    time_text,
    title_html,
)
from diplomatic_calendar.printing.data import CountryData, ScheduleData
from diplomatic_calendar.printing.options import day_text
from diplomatic_calendar.printing.pages import Block

TARIFF_COLUMNS = (
    '<td width="18%">{}</td><td width="9%">{}</td><td width="15%">{}</td><td width="22%">{}</td>'
    "<td>{}</td>"
)
MEETING_COLUMNS = '<td width="24%">{}</td><td>{}</td><td width="30%">{}</td>'


def country_blocks(data: ScheduleData) -> list[Block]:
    """The brief's sections in the order a reader asks: where it stands, who, when, says who."""
    brief = data.country
    assert brief is not None
    memberships = ", ".join(b.name for b in blocs_of(brief.code)) or "no bloc on record"
    blocks = [
        Block(f"<h1>{esc(country_name(brief.code))} ({esc(brief.code)})</h1>", keep_with_next=True),
        Block(f'<p class="muted">Member of: {esc(memberships)}</p>'),
    ]
    sections = (
        ("Tariff position", _tariffs(brief, data)),
        ("Officials", _officials(brief, data.options.reference_day)),
        ("Upcoming meetings and deadlines", _meetings(brief.upcoming, data)),
        ("Recent meetings", _meetings(brief.recent, data)),
        ("Sources", _sources(brief)),
    )
    for title, content in sections:
        blocks.append(Block(f"<h2>{esc(title)}</h2>", keep_with_next=True))
        blocks.extend(content)
    return blocks


def _none(text: str) -> list[Block]:
    return [Block(f'<p class="muted">{esc(text)}</p>')]


def _tariffs(brief: CountryData, data: ScheduleData) -> list[Block]:
    if not brief.tariffs:
        return _none("No tariff actions on record.")
    today = data.options.reference_day
    header = TARIFF_COLUMNS.replace("td", "th").format(
        "Imposed by → on", "Rate", "Status", "Effective", "History"
    )
    rows = []
    for action, history in brief.tariffs:
        effective = "–"
        if action.effective_date:
            when = action.effective_date
            effective = f"{day_text(when)} ({countdown_text(when, today)})"
        cells = TARIFF_COLUMNS.format(
            f'{esc(action.imposer)} → {esc(action.target)}<br><span class="small">'
            f"{esc(action.scope)}</span>",
            f"<b>{esc(rate_text(action.rate_percent))}</b>"
            + (
                f'<br><span class="small">was {esc(rate_text(action.previous_rate_percent))}</span>'
                if action.previous_rate_percent is not None
                else ""
            ),
            esc(action.status.label),
            esc(effective),
            _history(action, history),
        )
        rows.append(row(cells))
    return table_blocks(header, rows)


def _history(action: TariffAction, history: list[TariffChange]) -> str:
    lines = []
    for change in history:
        step = change.new_status.label
        if change.new_rate_percent is not None:
            step += f" {rate_text(change.new_rate_percent)}"
        if change.note and change.note != "recorded":
            step += f" — {change.note}"
        lines.append(f"{change.changed_on:%d %b %Y}: {step}")
    shown = '<span class="small">' + "<br>".join(esc(line) for line in lines) + "</span>"
    if action.notes.strip():  # the user's notes, set apart from the dated history
        shown += f'<br><span class="small"><i>Notes:</i> {esc(action.notes.strip())}</span>'
    return shown


def _officials(brief: CountryData, today: dt.date) -> list[Block]:
    if not brief.officials:
        return _none("No officials on record.")
    rows = []
    # those in office first; one whose term has ended is marked former, with when it ended
    for person in sorted(brief.officials, key=lambda p: p.former_on(today)):
        title = ", ".join(p for p in (person.title, person.organisation) if p)
        if person.former_on(today) and person.term_end is not None:
            title = f"former {title}, until {day_text(person.term_end)}".replace(" ,", "")
        rows.append(row(f'<td width="35%">{esc(person.name)}</td><td>{esc(title)}</td>'))
    return table_blocks('<th width="35%">Name</th><th>Title</th>', rows)


def _meetings(events: list[Event], data: ScheduleData) -> list[Block]:
    if not events:
        return _none("None in the days of this brief.")
    tz = zone(data.options.zone)
    rows = []
    for event in events:
        day = (
            event.start.astimezone(tz).date()
            if isinstance(event.start, dt.datetime)
            else event.start
        )
        when = f"{day_text(day)}<br>{esc(time_text(event, day, tz))}"
        cells = MEETING_COLUMNS.format(
            when, title_html(event), esc(countries_text(event.countries))
        )
        rows.append(row(cells))
    header = MEETING_COLUMNS.replace("td", "th").format("When", "What", "Countries")
    return table_blocks(header, rows)


def _sources(brief: CountryData) -> list[Block]:
    if not brief.sources:
        return _none("No sources linked to these records.")
    return [
        Block(
            f"<p>• {esc(s.citation)}{': ' + esc(s.title) if s.title else ''}"
            f"{' — ' + esc(s.url) if s.url else ''}</p>"
        )
        for s in brief.sources
    ]
