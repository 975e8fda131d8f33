"""Writing iCalendar (RFC 5545) text: content lines, escaping, folding and date forms.

A whole calendar of events is written as plain text, which is far quicker than building a
component object per event. Only the time zone definitions (VTIMEZONE) come from the
``icalendar`` library, once per zone; it is imported inside the function that needs it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from zoneinfo import ZoneInfo

CRLF = "\r\n"
LINE_OCTETS = 75  # RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, without the CRLF
# A VTIMEZONE covers at least this span, however near together the events are.
ZONE_FIRST, ZONE_LAST = dt.date(1970, 1, 1), dt.date(2038, 1, 1)

# Control characters other than the tab cannot appear in a TEXT value at all: they are dropped.
_TEXT_SPECIAL = re.compile(r"[\\;,\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_TEXT_ESCAPES = {"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n", "\r": "\\n"}
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# Characters a parameter value cannot hold as they are; those without an escape are dropped.
_PARAM_SPECIAL = re.compile(r'\r\n|[\^"\x00-\x08\x0a-\x1f\x7f]')
_PARAM_ESCAPES = {"^": "^^", '"': "^'", "\r": "^n", "\n": "^n", "\r\n": "^n"}
_PARAM_QUOTED = re.compile(r"[:;,\\=]")  # "=" too: icalendar misreads " =" unquoted
_JSON_ESCAPE = re.compile(r'\\(["\\/bfnrt])')
_JSON_CODES = {c: f"\\u{ord(v):04x}" for c, v in zip('"\\/bfnrt', '"\\/\b\f\n\r\t', strict=True)}
_CONTINUATION = 0x80  # 10xxxxxx: the second, third or fourth byte of a UTF-8 character


def text(value: str) -> str:
    r"""A TEXT value (RFC 5545 3.3.11): ``\ ; ,`` escaped, each line break written ``\n``."""
    if not _TEXT_SPECIAL.search(value):
        return value
    value = value.replace("\r\n", "\n")
    return _TEXT_SPECIAL.sub(lambda m: _TEXT_ESCAPES.get(m.group(), ""), value)


def verbatim(value: str) -> str:
    """A value written as it is, with any line break turned into a space.

    ``icalendar`` reads X- properties of unknown type verbatim (the UNKNOWN type of RFC 7265),
    so that is how ours are written; a line break is the one thing a content line cannot hold.
    """
    return _LINE_BREAK.sub(" ", value) if "\r" in value or "\n" in value else value


def json_value(data: object) -> str:
    r"""JSON for an X- value, with every escape in the ``\uXXXX`` form.

    No backslash is then followed by ``\ ; , n N``, so the value reads back the same whether a
    program takes it verbatim, as ``icalendar`` does, or unescapes it as TEXT, the type RFC
    5545 gives X- properties by default.
    """
    dumped = json.dumps(data, ensure_ascii=False)
    return _JSON_ESCAPE.sub(lambda m: _JSON_CODES[m.group(1)], dumped)


def param(value: str, *, quote: bool = False) -> str:
    """A parameter value: RFC 6868 ``^`` escapes, in double quotes if it holds ``: ; ,``.

    A double quote becomes ``^'`` and a line break ``^n``; other control characters, which
    no parameter value may hold, are dropped. A value with a backslash or with white space at
    an end is quoted too: RFC 5545 gives neither a meaning there, but ``icalendar`` takes the
    backslash as an escape (an unquoted one before the ``:`` would swallow it) and trims the
    white space.
    """
    if _PARAM_SPECIAL.search(value):
        value = _PARAM_SPECIAL.sub(lambda m: _PARAM_ESCAPES.get(m.group(), ""), value)
    if quote or _PARAM_QUOTED.search(value) or value[:1].isspace() or value[-1:].isspace():
        return f'"{value}"'
    return value


def line(name: str, value: str, params: str = "") -> str:
    """One folded content line, ``NAME;PARAMS:VALUE`` and its CRLF.

    ``value`` is already in its written form (see :func:`text`) and ``params`` is empty or
    starts with ``;``, its values made with :func:`param`.
    """
    return fold(f"{name}{params}:{value}") + CRLF


def fold(content: str) -> str:
    """Fold a content line so that no physical line exceeds 75 octets of UTF-8.

    A continuation line starts with one space, which counts towards its 75. A cut never
    falls inside a multi-byte character, nor between a backslash or caret and the character
    it escapes, which some programs do not put back together.
    """
    if len(content) <= LINE_OCTETS and (content.isascii() or _fits(content)):
        return content
    data = content.encode()
    pieces = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        end = start + limit
        while data[end] & 0xC0 == _CONTINUATION:
            end -= 1
        end -= _open_escape(data, start, end)
        pieces.append(data[start:end])
        start, limit = end, LINE_OCTETS - 1
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode()


def _fits(content: str) -> bool:
    return len(content.encode()) <= LINE_OCTETS


def _open_escape(data: bytes, start: int, end: int) -> int:
    """1 if ``data[start:end]`` ends in a backslash or caret that escapes the next byte."""
    last = data[end - 1]
    if last not in b"\\^" or end - start < 2:
        return 0
    run = 1
    while end - run - 1 >= start and data[end - run - 1] == last:
        run += 1
    return run % 2


def date_value(day: dt.date) -> str:
    """A DATE value, ``YYYYMMDD``; the property needs ``;VALUE=DATE``."""
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def utc_value(moment: dt.datetime) -> str:
    """A DATE-TIME in UTC, ``YYYYMMDDTHHMMSSZ``; a naive datetime is taken to be UTC."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    return _local(moment) + "Z"


def moment_line(name: str, moment: dt.date | dt.datetime) -> tuple[str, str | None]:
    """DTSTART, DTEND and the like: the content line and the TZID it names, if any.

    A date is written with ``VALUE=DATE``; a time in an IANA zone as local time with
    ``TZID=<key>``; a time in UTC, or at any other fixed offset, as UTC with ``Z``; a naive
    time as floating local time.
    """
    if not isinstance(moment, dt.datetime):
        return f"{name};VALUE=DATE:{date_value(moment)}{CRLF}", None
    zone = moment.tzinfo
    if isinstance(zone, ZoneInfo) and zone.key and zone.key != "UTC":
        return line(name, _local(moment), f";TZID={param(zone.key)}"), zone.key
    if zone is None:
        return f"{name}:{_local(moment)}{CRLF}", None
    return f"{name}:{utc_value(moment)}{CRLF}", None


def _local(moment: dt.datetime) -> str:
    return (
        f"{moment.year:04d}{moment.month:02d}{moment.day:02d}"
        f"T{moment.hour:02d}{moment.minute:02d}{moment.second:02d}"
    )


def vtimezone(key: str, first: dt.date, last: dt.date) -> str:
    """A VTIMEZONE for an IANA zone, with its changes from ``first`` to ``last`` at least.

    The span is widened to whole years and to 1970-2038 (what ``icalendar`` covers by
    default), so that calendars with nearby dates share one cached component.
    """
    first = min(ZONE_FIRST, dt.date(first.year, 1, 1))
    last = max(ZONE_LAST, dt.date(min(last.year + 1, dt.MAXYEAR), 1, 1))
    try:
        return _vtimezone(key, first, last)
    except (ValueError, OverflowError):
        return _vtimezone(key, ZONE_FIRST, ZONE_LAST)


@lru_cache(maxsize=64)
def _vtimezone(key: str, first: dt.date, last: dt.date) -> str:
    import icalendar

    # The key is passed on: left to itself icalendar names zones like Etc/UTC or Africa/Accra
    # "UTC", and the TZID would then match no VTIMEZONE.
    zone = icalendar.Timezone.from_tzinfo(ZoneInfo(key), tzid=key, first_date=first, last_date=last)
    data: bytes = zone.to_ical()
    return data.decode()
