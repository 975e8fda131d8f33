"""Time rules: all-day events carry dates with an exclusive end; timed ones carry an IANA zone."""

from __future__ import annotations

import datetime as dt
import os
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from diplomatic_calendar.domain.errors import ValidationError

UTC = dt.UTC


def zone(name: str) -> ZoneInfo:
    """The IANA zone called ``name``, or a clear error (naming the zone of a city typed)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        meant = zone_named(name)
        hint = f"did you mean {meant}?" if meant else "try e.g. Europe/Berlin"
        raise ValidationError(f"'{name}' is not a known time zone ({hint})") from None


def zone_named(text: str) -> str | None:
    """The IANA zone ``text`` names, in any case: "asia/tokyo", or a zone's city alone ("Tokyo",
    "new york", "Kuala Lumpur"); None when it names none."""
    key = " ".join(text.split()).casefold()
    if not key:
        return None
    try:
        return ZoneInfo(text.strip()).key  # the usual case, without reading the zone list
    except (ZoneInfoNotFoundError, ValueError):
        pass
    keys, cities = _zone_names()
    return keys.get(key.replace(" ", "_")) or cities.get(key.replace("_", " "))


@cache
def _zone_names() -> tuple[dict[str, str], dict[str, str]]:
    """Every zone by its folded name, and the main zones by their city."""
    import zoneinfo

    keys: dict[str, str] = {}
    cities: dict[str, str] = {}
    for key in sorted(zoneinfo.available_timezones()):
        keys[key.casefold()] = key
        region, _, city = key.rpartition("/")
        if region and region.split("/")[0] not in {"Etc", "SystemV", "posix", "right", "US"}:
            cities.setdefault(city.replace("_", " ").casefold(), key)
    return keys, cities


def zone_name(moment: dt.datetime) -> str:
    """The IANA name of an aware datetime's zone; anything else is refused."""
    tz = moment.tzinfo
    if tz is None:
        raise ValidationError("a timed event needs a time zone")
    if isinstance(tz, ZoneInfo):
        return tz.key
    if tz is UTC or moment.utcoffset() == dt.timedelta(0):
        return "UTC"
    raise ValidationError("a timed event's zone must be an IANA zone such as Europe/Berlin")


def check_span(start: dt.date | dt.datetime, end: dt.date | dt.datetime) -> None:
    """Refuse mixed, naive or backwards spans."""
    timed = isinstance(start, dt.datetime)
    if timed != isinstance(end, dt.datetime):
        raise ValidationError("start and end must both be dates or both be times")
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        zone_name(start)
        zone_name(end)
        try:
            # The store keeps UTC and shows both ends in the start's zone: each must exist there.
            end.astimezone(start.tzinfo)
            start_utc, end_utc = start.astimezone(UTC), end.astimezone(UTC)
        except OverflowError:
            raise ValidationError(
                "the event's times must fall within the years 1 to 9999 in its time zone"
            ) from None
        # Instants, not clock faces: two times in one zone compare by their wall clocks, which
        # across a change of the clocks is not the order they happen in.
        if end_utc < start_utc:
            raise ValidationError("the event ends before it starts")
    elif end <= start:
        raise ValidationError(
            "an all-day event must end after its first day (the end is exclusive)"
        )


def all_day_span(first: dt.date, last: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """Start and exclusive end for an all-day event over ``first``..``last`` inclusive."""
    last = last or first
    if last < first:
        raise ValidationError("the last day comes before the first")
    if last >= dt.date.max:
        raise ValidationError("an all-day event must end by 30 Dec 9999, the calendar's last day")
    return first, last + dt.timedelta(days=1)


def local_datetime(day: dt.date, time: dt.time, zone_key: str) -> dt.datetime:
    """A wall-clock time on a day in a zone, made aware (see ``exists`` for the skipped hour)."""
    return dt.datetime.combine(day, time, tzinfo=zone(zone_key))


def exists(moment: dt.datetime) -> bool:
    """False for a clock time its zone skips (02:30 the night the clocks go forward)."""
    back = moment.astimezone(UTC).astimezone(moment.tzinfo)
    return back.replace(tzinfo=None, fold=0) == moment.replace(tzinfo=None, fold=0)


def settled(moment: dt.datetime) -> dt.datetime:
    """``moment`` as a time that exists: one in a skipped hour moves on by the skip (02:30 on
    the night the clocks go forward from 02:00 to 03:00 becomes 03:30); others are unchanged."""
    return moment if exists(moment) else moment.astimezone(UTC).astimezone(moment.tzinfo)


def skipped_time_message(moment: dt.datetime) -> str:
    """Why a wall time cannot be used, and the time it stands for."""
    return (
        f"{moment:%H:%M} does not exist on {moment:%a %d %b %Y} in {zone_name(moment)}: the "
        f"clocks go forward that night, so choose {settled(moment):%H:%M} or another time"
    )


def shifted(moment: dt.datetime, by: dt.timedelta) -> dt.datetime:
    """``moment`` moved by an elapsed ``by`` (not by clock faces), kept in its own zone."""
    return (moment.astimezone(UTC) + by).astimezone(moment.tzinfo)


def elapsed(start: dt.datetime, end: dt.datetime) -> dt.timedelta:
    """The time that passes from ``start`` to ``end`` (an hour less across a spring change)."""
    return end.astimezone(UTC) - start.astimezone(UTC)


def to_utc_text(moment: dt.datetime) -> str:
    """A sortable UTC timestamp, as the store keeps it (the year always in four digits)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def from_utc_text(text: str, zone_key: str) -> dt.datetime:
    """The inverse of :func:`to_utc_text`, shown in the event's own zone."""
    # fromisoformat reads the stored form about ten times faster than strptime, which counts
    # when every step of a calendar view reads hundreds of events; the check keeps it as strict.
    if len(text) != 20 or text[10] != "T" or not text.endswith("Z"):
        raise ValueError(f"{text!r} is not a stored UTC time (YYYY-MM-DDTHH:MM:SSZ)")
    moment = dt.datetime.fromisoformat(text).replace(tzinfo=UTC)
    return moment.astimezone(zone(zone_key))


def day_bounds_utc(first: dt.date, end: dt.date, home: str) -> tuple[str, str]:
    """UTC bounds of the local days ``first`` (inclusive) to ``end`` (exclusive) in ``home``."""
    tz = zone(home)
    lo = dt.datetime.combine(first, dt.time(), tzinfo=tz)
    hi = dt.datetime.combine(end, dt.time(), tzinfo=tz)
    return to_utc_text(lo), to_utc_text(hi)


@cache  # the settings fall back to it on every read
def system_zone_name() -> str:
    """The machine's IANA zone ($TZ first, as every program here reads it), or UTC when it
    cannot be told."""
    return _zone_of_tz(os.environ.get("TZ", "")) or zone_of_link(Path("/etc/localtime")) or "UTC"


def _zone_of_tz(value: str) -> str | None:
    """The IANA zone a $TZ value names ('Asia/Tokyo', ':Asia/Tokyo' or a zoneinfo path)."""
    value = value.strip().removeprefix(":")
    if not value:
        return None
    if value.startswith("/"):
        return zone_of_link(Path(value))
    try:
        return value if ZoneInfo(value).key == value else None
    except (ValueError, ZoneInfoNotFoundError, OSError):
        return None  # a POSIX rule such as 'EST5EDT,M3.2.0,M11.1.0' names no zone of ours


def zone_of_link(link: Path) -> str | None:
    """The IANA name a localtime link points at ('…/zoneinfo/Asia/Tokyo'), if it names one."""
    try:
        parts = link.resolve().parts
    except OSError:
        return None
    if "zoneinfo" not in parts:
        return None
    rest = list(parts[parts.index("zoneinfo") + 1 :])
    if rest[:1] in (["posix"], ["right"]):  # the same zones, kept twice by some systems
        rest = rest[1:]
    key = "/".join(rest)
    # Loading the one zone shows it is real; listing every zone on the machine to look it up
    # cost about 9 ms of every start.
    try:
        return key if key and ZoneInfo(key).key == key else None
    except (ValueError, ZoneInfoNotFoundError, OSError):
        return None
