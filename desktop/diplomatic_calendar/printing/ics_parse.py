"""Reading iCalendar (RFC 5545) text: content lines into a light tree of components, and values.

The whole file is read in one pass: lines unfolded, each split into name, parameters and value,
BEGIN and END nested into components. Values are left as written; the functions below decode
the types the importer uses (TEXT, DATE, DATE-TIME, DURATION, lists) when they are asked for,
so that a value that cannot be read makes only its own event unreadable.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import NamedTuple

from diplomatic_calendar.domain.errors import UserError

# A line break followed by a space or a tab continues the line before (RFC 5545 3.1).
_FOLD_BYTES = re.compile(rb"(?:\r\n|\r|\n)[ \t]")
_FOLD_TEXT = re.compile(r"(?:\r\n|\r|\n)[ \t]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")

_SIMPLE = re.compile(r"([A-Za-z0-9_-]+):")
_WITH_PARAMS = re.compile(r"([A-Za-z0-9_-]+);")
_PARAM_NAME = re.compile(r"([A-Za-z0-9_-]+)=")
# One parameter: its name, its values (each quoted, or plain without " ; : ,) and what follows.
_PARAM = re.compile(r'([A-Za-z0-9_-]+)=((?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)([;:])')
_CARET = re.compile(r"\^[n^']")
_CARETS = {"^n": "\n", "^^": "^", "^'": '"'}
_NO_PARAMS: Mapping[str, str] = MappingProxyType({})

_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")
_TEXT_ESCAPES = {"\\": "\\", ";": ";", ",": ",", "n": "\n", "N": "\n"}
_LIST_TOKEN = re.compile(r"\\.?|,|[^\\,]+")
_DURATION = re.compile(
    r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?\Z"
)
# RRULE parts in the order RFC 5545 lists them: how icalendar wrote a rule back, and so how
# earlier imports quoted it in an occurrence's notes.
_RULE_RANK = {
    key: rank
    for rank, key in enumerate(
        (
            "RSCALE",
            "FREQ",
            "UNTIL",
            "COUNT",
            "INTERVAL",
            "BYSECOND",
            "BYMINUTE",
            "BYHOUR",
            "BYDAY",
            "BYWEEKDAY",
            "BYMONTHDAY",
            "BYYEARDAY",
            "BYWEEKNO",
            "BYMONTH",
            "BYSETPOS",
            "WKST",
            "SKIP",
        )
    )
}


class IcsValueError(ValueError):
    """A value that is not of the type its property needs; the message says what was found."""


class Property(NamedTuple):
    """One content line: its name in capitals, its parameters and its value as written."""

    name: str
    value: str
    params: Mapping[str, str]
    line: int

    def param(self, name: str, default: str = "") -> str:
        """A parameter's value (RFC 6868 escapes decoded; several values joined by commas)."""
        return self.params.get(name.upper(), default)


@dataclass(slots=True)
class Component:
    """BEGIN:NAME ... END:NAME: its properties in file order, and the components inside it."""

    name: str
    line: int = 0
    properties: list[Property] = field(default_factory=list)
    components: list[Component] = field(default_factory=list)
    # Lines that could not be split into name, parameters and value: (name, reason).
    broken: list[tuple[str, str]] = field(default_factory=list)
    # Still open where the file stopped (a clipped attachment): read only as far as it goes.
    cut_off: bool = False
    _index: dict[str, list[Property]] | None = None

    def all(self, name: str) -> list[Property]:
        """Every property of that name (any case), in file order."""
        index = self._index if self._index is not None else self._indexed()
        return index.get(name.upper(), [])

    def get(self, name: str) -> Property | None:
        """The first property of that name, or None."""
        index = self._index if self._index is not None else self._indexed()
        found = index.get(name.upper())
        return found[0] if found else None

    def _indexed(self) -> dict[str, list[Property]]:
        index: dict[str, list[Property]] = {}
        for prop in self.properties:
            index.setdefault(prop.name, []).append(prop)
        self._index = index
        return index

    def walk(self, name: str) -> Iterator[Component]:
        """The components of that name inside this one, at any depth, in file order."""
        wanted = name.upper()
        # A stack rather than recursion: a hostile file may nest thousands deep.
        pending = self.components[::-1]
        while pending:
            component = pending.pop()
            if component.name == wanted:
                yield component
            pending += component.components[::-1]


def parse(data: bytes | str, *, clipped: bool = False) -> list[Component]:
    """The top-level components of an iCalendar text; a file that does not nest is one UserError.

    Lines that cannot be split are kept in their component's ``broken`` list rather than failing
    the file: whether they matter depends on the property. With ``clipped``, a VCALENDAR that
    simply stops (an attachment cut short, even in the middle of its last line) is read as far
    as it goes, and what is still open at its end is marked ``cut_off``.
    """
    top: list[Component] = []
    stack: list[Component] = []
    current: Component | None = None
    simple = _SIMPLE.match
    new_property = tuple.__new__
    lines = unfold(data)
    while lines and not lines[-1].strip():
        lines.pop()
    last = len(lines)
    for number, line in enumerate(lines, 1):
        # Most lines have no parameters: one match splits them.
        found = simple(line)
        if found is not None:
            name = found.group(1).upper()
            value = line[found.end() :]
            params = _NO_PARAMS
        elif not line:
            continue
        else:
            try:
                name, params, value = split_line(line)
            except IcsValueError as err:
                if current is None:
                    raise _unreadable(f"line {number} cannot be read: {err}") from None
                current.broken.append((_guess_name(line), str(err)))
                continue
        if current is not None and name != "BEGIN" and name != "END":
            current.properties.append(new_property(Property, (name, value, params, number)))
        elif name == "BEGIN":
            component = Component(value.strip().upper(), number)
            (current.components if current is not None else top).append(component)
            stack.append(component)
            current = component
        elif name == "END":
            ended = value.strip().upper()
            if current is None:
                raise _unreadable(f"line {number} ends a {ended} that was never begun")
            if current.name != ended:
                if clipped and number == last and current.name.startswith(ended):
                    break  # the file stops in the middle of this END line
                raise _unreadable(
                    f"line {number} ends a {ended} inside the {current.name} "
                    f"begun on line {current.line}"
                )
            stack.pop()
            current = stack[-1] if stack else None
        else:
            raise _unreadable(f"line {number} is outside any BEGIN and END")
    if current is not None:
        if not (clipped and stack[0].name == "VCALENDAR"):
            raise _unreadable(f"the {current.name} begun on line {current.line} never ends")
        for component in stack:
            component.cut_off = True
    return top


def _unreadable(why: str) -> UserError:
    return UserError(f"this is not a readable iCalendar file ({why})")


def unfold(data: bytes | str) -> list[str]:
    """The logical lines of a file: folds joined, CRLF, LF or CR endings, UTF-8 or UTF-16.

    Bytes are unfolded before they are decoded, so that a character cut in two by a fold comes
    back whole. Text that is not UTF-8 is read as Windows-1252, which never fails.
    """
    if isinstance(data, str):
        return _lines(_FOLD_TEXT.sub("", data.removeprefix("\ufeff")))
    if data.startswith(_UTF32_BOMS):
        return _lines(_FOLD_TEXT.sub("", data.decode("utf-32", errors="replace")))
    if data.startswith(_UTF16_BOMS):
        return _lines(_FOLD_TEXT.sub("", data.decode("utf-16", errors="replace")))
    crlf = data.count(b"\r\n")
    if crlf == data.count(b"\n") == data.count(b"\r"):
        # Every line ends in CRLF, as RFC 5545 has it: plain replacing is quicker than a pattern.
        data = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"")
        return _decode(data).split("\r\n")
    return _lines(_decode(_FOLD_BYTES.sub(b"", data)))


def _decode(data: bytes) -> str:
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _lines(text: str) -> list[str]:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def split_line(line: str) -> tuple[str, Mapping[str, str], str]:
    """``NAME;P1=a;P2="b:c",d:VALUE`` as ("NAME", {"P1": "a", "P2": "b:c,d"}, "VALUE")."""
    found = _SIMPLE.match(line)
    if found is not None:
        return found.group(1).upper(), _NO_PARAMS, line[found.end() :]
    found = _WITH_PARAMS.match(line)
    if found is None:
        if ":" not in line:
            raise IcsValueError("it has no ':' before its value")
        name = re.split(r"[;:]", line, maxsplit=1)[0]
        raise IcsValueError(f"{name!r} is not a property name")
    return found.group(1).upper(), *_split_params(line, found.end())


def _split_params(line: str, at: int) -> tuple[dict[str, str], str]:
    params: dict[str, str] = {}
    while True:
        found = _PARAM.match(line, at)
        if found is None:
            raise IcsValueError(_param_problem(line, at))
        key, value, separator = found.groups()
        if '"' in value:
            # Quotes only enclose values, which cannot hold them: dropping them joins the values.
            value = value.replace('"', "")
        if "^" in value:
            value = _CARET.sub(lambda m: _CARETS[m.group()], value)
        params.setdefault(key.upper(), value)
        at = found.end()
        if separator == ":":
            return params, line[at:]


def _param_problem(line: str, at: int) -> str:
    """Why the parameter at ``at`` cannot be read."""
    named = _PARAM_NAME.match(line, at)
    if named is None:
        return "a parameter has no name or no '='"
    key = named.group(1).upper()
    if line.count('"', named.end()) % 2:
        return f"the quoted value of {key} is not closed"
    if ":" not in line[named.end() :]:
        return "it has no ':' before its value"
    return f"the value of {key} cannot be read"


def _guess_name(line: str) -> str:
    """The name a broken line seems to have, for saying which property could not be read."""
    return re.split(r"[;:]", line, maxsplit=1)[0].strip().upper()


# Values -----------------------------------------------------------------------------------------


def text(value: str) -> str:
    r"""A TEXT value unescaped: ``\\ \; \,`` and ``\n`` or ``\N`` (a line break).

    Any other backslash is kept as it is, as the programs that write them mean it.
    """
    if "\\" not in value:
        return value
    return _TEXT_ESCAPE.sub(lambda m: _TEXT_ESCAPES[m.group(1)], value)


def text_list(value: str) -> list[str]:
    r"""A comma-separated list of TEXT values (CATEGORIES), each unescaped; ``\,`` stays in."""
    if "\\" not in value:
        return value.split(",")
    items: list[str] = []
    current: list[str] = []
    for token in _LIST_TOKEN.findall(value):
        if token == ",":
            items.append(text("".join(current)))
            current = []
        else:
            current.append(token)
    items.append(text("".join(current)))
    return items


def date(value: str) -> dt.date:
    """A DATE, ``YYYYMMDD``."""
    if len(value) != 8 or not (value.isascii() and value.isdigit()):
        raise IcsValueError(f"{value!r} is not a date")
    try:
        return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError as err:
        raise IcsValueError(f"{value!r} is not a date ({err})") from None


def date_time(value: str) -> tuple[dt.datetime, bool]:
    """A DATE-TIME, ``YYYYMMDDTHHMMSS`` with ``Z`` for UTC: the naive time, and whether in UTC."""
    utc = value.endswith(("Z", "z"))
    digits = value[:-1] if utc else value
    if (
        len(digits) != 15
        or digits[8] not in "Tt"
        or not (digits.isascii() and digits[:8].isdigit() and digits[9:].isdigit())
    ):
        raise IcsValueError(f"{value!r} is not a date-time")
    try:
        moment = dt.datetime(
            int(digits[:4]),
            int(digits[4:6]),
            int(digits[6:8]),
            int(digits[9:11]),
            int(digits[11:13]),
            int(digits[13:]),
        )
    except ValueError as err:
        raise IcsValueError(f"{value!r} is not a date-time ({err})") from None
    return moment, utc


def date_or_time(value: str) -> dt.date | tuple[dt.datetime, bool]:
    """A DATE or a DATE-TIME, told apart by their form (VALUE= is often missing or wrong)."""
    value = value.strip()
    if len(value) == 8:
        return date(value)
    return date_time(value)


def duration(value: str) -> dt.timedelta:
    """A DURATION: ``P1W``, ``P2D``, ``PT1H30M``, ``P1DT2H``, ``-PT15M`` and the like."""
    days, exact = duration_parts(value)
    return days + exact


def duration_parts(value: str) -> tuple[dt.timedelta, dt.timedelta]:
    """A DURATION as its two kinds of length (RFC 5545): weeks and days, counted on the
    calendar, and hours, minutes and seconds, counted as time that passes ("PT24H" is a day's
    time, not a calendar day). Both carry the duration's sign."""
    found = _DURATION.match(value.strip().upper())
    if found is None or not any(found.groups()[1:]):
        raise IcsValueError(f"{value!r} is not a duration")
    sign, weeks, days, hours, minutes, seconds = found.groups()
    try:
        nominal = dt.timedelta(weeks=int(weeks or 0), days=int(days or 0))
        exact = dt.timedelta(
            hours=int(hours or 0), minutes=int(minutes or 0), seconds=int(seconds or 0)
        )
    except (ValueError, OverflowError):
        raise IcsValueError(f"{value[:40]!r} is longer than any calendar") from None
    return (-nominal, -exact) if sign == "-" else (nominal, exact)


def values(value: str) -> list[str]:
    """The items of a comma-separated list of dates or times (EXDATE), as written."""
    return [item.strip() for item in value.split(",") if item.strip()]


def rule(value: str) -> str:
    """An RRULE's text with its parts in the RFC's order and their names in capitals.

    Only what the rule's reader cannot take safely is checked here (INTERVAL).
    """
    parts = [part.strip() for part in value.strip().split(";") if part.strip()]
    named = []
    for part in parts:
        key, _, rest = part.partition("=")
        named.append((key.strip().upper(), rest.strip()))
    named.sort(key=lambda item: _RULE_RANK.get(item[0], len(_RULE_RANK)))
    for key, rest in named:
        if key == "INTERVAL" and not (rest.isascii() and rest.isdigit() and rest.strip("0")):
            # dateutil loops for ever on INTERVAL=0.
            raise IcsValueError(f"INTERVAL={rest} is not a positive whole number")
    return ";".join(f"{key}={rest}" for key, rest in named)
