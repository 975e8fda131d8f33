"""Pieces every print style shares: escaping, the style sheet, and how an event reads on paper."""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from collections.abc import Iterable
from zoneinfo import ZoneInfo

from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import Event, EventStatus, TariffAction
from diplomatic_calendar.printing.pages import Block, group

# Qt's rich text understands a subset of CSS; sizes in points so that they mean the same on
# paper at any printer resolution.
STYLE_SHEET = """
body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #000000; }
p { margin-top: 0; margin-bottom: 3pt; }
h1 { font-size: 15pt; margin-top: 0; margin-bottom: 6pt; }
h2 { font-size: 12pt; margin-top: 10pt; margin-bottom: 4pt; }
table { border-collapse: collapse; }
th { background-color: #e6e6e6; font-weight: bold; text-align: left; }
td, th { vertical-align: top; }
.deadline { background-color: #fde9d4; }
.overdue { background-color: #f8d0d0; }
.muted { color: #555555; }
.small { font-size: 8.5pt; }
.cancelled { color: #666666; text-decoration: line-through; }
.today { background-color: #eef3fb; }
.outside { color: #999999; }
"""
TABLE = (
    '<table width="100%" border="1" cellspacing="0" cellpadding="{padding}" '
    'style="border-color: #9a9a9a; border-style: solid; margin-top: 0; margin-bottom: 0;">'
)


def esc(text: object) -> str:
    """Text as HTML that prints exactly as typed: markup in a title stays visible text."""
    return html.escape(str(text), quote=True).replace("\n", "<br>")


def document(body: str) -> str:
    """A whole HTML document around ``body``, as each block is laid out."""
    return f"<html><head><style>{STYLE_SHEET}</style></head><body>{body}</body></html>"


def row(cells: str, css: str = "", padding: int = 4) -> str:
    """One table row as a table of its own, so that pagination can keep it whole."""
    attr = f' class="{css}"' if css else ""
    return f"{TABLE.format(padding=padding)}<tr{attr}>{cells}</tr></table>"


# Rows laid out together; pagination splits a run only where it meets the foot of a page.
ROWS_PER_GROUP = 12


def table_blocks(header_cells: str, rows: list[str], title: str = "") -> list[Block]:
    """A table as blocks: the title row stays with the first row and repeats on a new page,
    under ``title`` there (the heading of what runs on, such as 'Week 45 … (continued)')."""
    header = row(header_cells)
    singles = [Block(r, header=title + header) for r in rows]
    runs = [singles[i : i + ROWS_PER_GROUP] for i in range(0, len(singles), ROWS_PER_GROUP)]
    return [Block(header, keep_with_next=True), *(group(run) for run in runs)]


def events_by_day(
    events: Iterable[Event], tz: ZoneInfo, first: dt.date, last: dt.date
) -> dict[dt.date, list[Event]]:
    """Each day of ``first``..``last`` with the events touching it, in one pass over them."""
    days: dict[dt.date, list[Event]] = defaultdict(list)
    for event in events:
        start, end = local_days(event, tz)
        day = max(start, first)
        while day <= min(end, last):
            days[day].append(event)
            day += dt.timedelta(days=1)
    return days


def countries_text(codes: Iterable[str]) -> str:
    """'Malaysia (MY), United States (US)'."""
    return ", ".join(f"{country_name(c)} ({c})" for c in codes)


def rate_text(rate: float | None) -> str:
    """'25%' or an en dash when unknown."""
    return "–" if rate is None else f"{rate:g}%"


def local_days(event: Event, tz: ZoneInfo) -> tuple[dt.date, dt.date]:
    """The first and last local day (inclusive) an event touches in the printout's zone."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        first = event.start.astimezone(tz).date()
        last = (event.end - dt.timedelta(microseconds=1)).astimezone(tz).date()
        return first, max(first, last)
    return event.first_day, event.last_day


def on_day(event: Event, day: dt.date, tz: ZoneInfo) -> bool:
    """Whether the event touches ``day`` in the printout's zone."""
    first, last = local_days(event, tz)
    return first <= day <= last


def time_text(event: Event, day: dt.date, tz: ZoneInfo) -> str:
    """'09:30–11:00' on ``day``, with '…' where the event runs over midnight; 'All day' else."""
    if not (isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime)):
        first, last = local_days(event, tz)
        if first == last:
            return "All day"
        return f"All day ({(day - first).days + 1} of {(last - first).days + 1})"
    start, end = event.start.astimezone(tz), event.end.astimezone(tz)
    instant = end.astimezone(dt.UTC) == start.astimezone(dt.UTC)  # not clock faces: see below
    left = f"{start:%H:%M}" if start.date() == day else "…"
    right = f"{end:%H:%M}" if end.date() == day or instant else "…"
    # The night the clocks go back, 02:00-02:00 can be an hour: only a moment is shown alone.
    return left if instant else f"{left}–{right}"


def own_zone_text(event: Event, tz: ZoneInfo) -> str:
    """'(15:00–16:00 Asia/Tokyo)' when the event's own zone differs from the printout's."""
    if not isinstance(event.start, dt.datetime) or not isinstance(event.end, dt.datetime):
        return ""
    if (
        event.timezone == tz.key
        or event.start.utcoffset() == event.start.astimezone(tz).utcoffset()
    ):
        return ""
    if event.end.date() != event.start.date():
        # "15:00–15:00" across days reads as no time at all: the days say how long
        return f"{event.start:%a %d %b %H:%M}–{event.end:%a %d %b %H:%M} {event.timezone} local"
    return f"{event.start:%H:%M}–{event.end:%H:%M} {event.timezone} local"


def sort_key(event: Event, tz: ZoneInfo) -> tuple[int, str, str]:
    """All-day events first, then by start time, then title."""
    if isinstance(event.start, dt.datetime):
        # By instant: local ISO strings put 02:30+01:00 before 02:30+02:00 the night the
        # clocks go back, though it comes an hour later.
        return (1, event.start.astimezone(dt.UTC).isoformat(), event.title)
    return (0, event.start.isoformat(), event.title)


def title_html(event: Event, bold: bool = True) -> str:
    """The title (bold unless in a crowded grid), struck through when cancelled, with its status."""
    tag = "b" if bold else "span"
    css = ' class="cancelled"' if event.status == EventStatus.CANCELLED else ""
    text = f"<{tag}{css}>{esc(event.title)}</{tag}>"
    if event.status not in (EventStatus.PLANNED, EventStatus.CONFIRMED):
        text += f' <span class="muted">({esc(event.status.label)})</span>'
    return text


def details_html(
    event: Event, tz: ZoneInfo, tariff: TariffAction | None, include_notes: bool
) -> str:
    """Participants, place, countries, tariff terms and (optionally) notes, one per line."""
    lines = []
    if event.participants:
        lines.append("With " + ", ".join(p.name for p in event.participants))
    if str(event.location):
        lines.append(f"At {event.location}")
    if event.countries:
        lines.append("Countries: " + countries_text(event.countries))
    own = own_zone_text(event, tz)
    if own:
        lines.append(own)
    if tariff is not None:
        lines.append(tariff_line(tariff))
    out = "".join(f'<br><span class="small">{esc(line)}</span>' for line in lines)
    if include_notes and event.notes.strip():
        out += f'<br><span class="small"><i>Notes:</i> {esc(event.notes.strip())}</span>'
    return out


def tariff_line(tariff: TariffAction) -> str:
    """'US on Malaysia: 25% (was 10%), Announced, all goods'."""
    was = (
        f" (was {rate_text(tariff.previous_rate_percent)})" if tariff.previous_rate_percent else ""
    )
    return (
        f"{tariff.imposer} on {country_name(tariff.target)}: {rate_text(tariff.rate_percent)}"
        f"{was}, {tariff.status.label}, {tariff.scope}"
    )
