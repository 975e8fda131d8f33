"""Dates written in a sentence, resolved against the publication date at the precision given."""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from dateutil.relativedelta import FR, MO, SA, SU, TH, TU, WE, relativedelta, weekday

PAST, FUTURE = "past", "future"
_MONTHS = tuple(calendar.month_name[1:])
_MONTH_RE = (
    r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
# "in July last year", "on March 3 next year": the year said in words, after the month
_YEAR_WORDS = r"|\s+(?P<yw>last|next|this)\s+year\b"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_OBJ: tuple[weekday, ...] = (MO, TU, WE, TH, FR, SA, SU)
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_PATTERNS = {
    "iso": re.compile(r"\b(?P<y>\d{4})-(?P<mo>\d{2})-(?P<dd>\d{2})\b"),
    "mdy": re.compile(
        rf"\b{_MONTH_RE}\s+{_DAY}(?!\s*%)"
        r"(?:\s*(?:[-–]|to|until|through|and)\s*(?P<d2>[0-3]?\d)\b"
        r"(?!\s*(?:%|per|million|billion|[A-Z])))?(?!\d|\s*%|\.\d)"
        rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b{_YEAR_WORDS})?"
    ),
    "dmy": re.compile(
        # "from 25 to 27 May", "15-17 September": a range of days before its month
        rf"\b{_DAY}(?:\s*(?:[-–]|to|until|through|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?)?"
        rf"\s+(?:of\s+)?{_MONTH_RE}(?:,?\s+(?P<y>(?:19|20)\d{{2}})\b{_YEAR_WORDS})?"
    ),
    "month": re.compile(
        rf"\b(?:(?:in|since|by|until|from|through|during|early|late|mid|last|next|this|of)[\s-]+)"
        rf"(?:the\s+)?{_MONTH_RE}(?!\.?\s*[0-3]?\d(?!\d))(?:,?\s+(?P<y>(?:19|20)\d{{2}}){_YEAR_WORDS})?\b"
    ),
    # "on the 18th", "until the 21st": a day of a month the reader already knows (wire style)
    "dayonly": re.compile(
        # "on Monday the 14th": the weekday goes with the day
        r"\b(?:on|by|from|until|till|since|through|(?-i:[A-Z][a-z]{2,5}day),?)\s+the\s+"
        r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b"
        r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|to|through|before|after|for|in|at|with|when|while|as"
        r"|that|during|ahead|amid|local|morning|afternoon|evening|night|between|among)\b)"
    ),
    # "on the 8th of next month", "by the 20th of this month": a day of a month named relative
    # to the story's
    "dayofmonth": re.compile(
        r"\bthe\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+(?P<which>next|this|last|the)\s+month\b"
    ),
    # "In May, X met Y": the same, opening the sentence (tried at its start only, which is cheap)
    "monthstart": re.compile(
        rf"\A(?:In|Since|By|Until|From|Through|During|Early|Late|Mid|Last|Next|This)[\s-]+"
        rf"(?:the\s+)?{_MONTH_RE}(?!\.?\s*[0-3]?\d(?!\d))(?:,?\s+(?P<y>(?:19|20)\d{{2}}){_YEAR_WORDS})?\b"
    ),
    "yearstart": re.compile(
        r"\A(?:In|Since|By|Until|From|During|Early|Late|Mid)[\s-]+(?P<y>(?:19|20)\d{2})\b(?!\s*%)"
    ),
    "monthyear": re.compile(rf"\b{_MONTH_RE}\s+(?P<y>(?:19|20)\d{{2}})\b"),
    "year": re.compile(
        r"\b(?:in|since|by|until|from|during|of|early|late|mid)[\s-]+(?P<y>(?:19|20)\d{2})\b(?!\s*%)"
    ),
    # "in the autumn", "next spring", "in the fall of 2026": a season gives the year it falls in
    "season": re.compile(
        r"\b(?<!the\s)(?P<lead>in|this|next|last|by|until|during|over|early|late|mid)[\s-]+"
        r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<season>spring|summer|autumn|fall)\b"
        r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})\b|(?!\s+of\b))",
        re.IGNORECASE,
    ),
    "weekday": re.compile(r"\b(?P<wd>[A-Z][a-z]{2,6}day)(?:['’]s)?\b"),
    # "this year's guest of honour" picks one of a yearly series, not when anything happens
    "relative": re.compile(
        r"\b(?P<rel>today|tonight|yesterday|tomorrow|last night"
        r"|(?:last|this|next) (?:week|month|year)(?<!this year(?=['’]s\b))"
        r"|(?:earlier|later)\s+(?:in\s+the|this)\s+(?:week|month)"
        # "later in the year": the rest of the story's year
        r"|(?:earlier|later)\s+in\s+the\s+year)\b",
        re.IGNORECASE,
    ),
    # "this weekend", "over the weekend": the Saturday and Sunday nearest in the verb's tense
    "weekend": re.compile(r"\b(?P<which>this|last|next|the|past|coming)\s+weekend\b", re.I),
    # "at the end of the month", "in the second half of next year" (a literal start keeps it
    # cheap)
    "endof": re.compile(
        r"the (?P<edge>end|start|beginning|middle|(?:first|second) half) of "
        r"(?P<which>the|this|next|last) (?P<unit>month|year)\b"
    ),
    # "published on Wednesday and in force the following day": a day after the day named
    "dayafter": re.compile(
        r"\b(?:the\s+(?P<after>following|next|previous)\s+day|a\s+day\s+(?P<later>later|earlier)"
        r"|the\s+day\s+(?P<side>after|before)(?!\s+(?:\w+day|tomorrow|yesterday|the|a|an|\d)))\b"
    ),
    # "in two weeks", "in 10 days": counted ahead from the day of the story
    "within": re.compile(
        r"\bin\s+(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
        r"(?P<unit>day|week|month|year)s?(?!['’\w])(?!\s+(?:of|ago|after|before|since|from)\b)",
        re.IGNORECASE,
    ),
    "ago": re.compile(
        r"\b(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
        r"(?P<unit>day|week|month|year)s?\s+ago\b",
        re.IGNORECASE,
    ),
}
_AT_START = frozenset({"monthstart", "yearstart"})
# The months a season starts and ends in, as news of the northern hemisphere uses them
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
# Words some patterns cannot match without, tested in the lower-cased sentence before the
# costlier scan.
_NEEDS = {
    "iso": ("-",),
    "dayonly": ("the ",),
    "dayofmonth": (" month",),
    "weekend": ("weekend",),
    "season": ("spring", "summer", "autumn", "fall"),
    "endof": (" of ",),
    "ago": ("ago",),
    "within": (" day", " week", " month", " year"),
    "weekday": ("day",),
    "dayafter": (" day",),
    "year": ("19", "20"),
    "yearstart": ("19", "20"),
    "monthyear": ("19", "20"),
    "relative": ("today", "tonight", "yesterday", "tomorrow", "night", "week", "month", "year"),
}
# Patterns that cannot match without a month's name
_MONTH_KINDS = frozenset({"mdy", "dmy", "month", "monthstart", "monthyear"})
_MONTH_WORD = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NUMBERS.update({"seven": 7, "eight": 8, "nine": 9, "ten": 10})
_TENSE_REACH = 160
# Searched in the lower-cased sentence: a plain scan is several times quicker than one
# ignoring case.
_HINT = re.compile(
    r"\d|day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|night|tomorrow|week|month|year"
    r"|spring|summer|autumn|fall"
)
_Raw = tuple[int, int, str, str | None, str | None]
_COORDINATED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*(?:on\s+)?")
_RANGE_GAP = re.compile(r"\s*(?:to|until|till|through|-|–|—)\s*")
_RANGE_LEAD = re.compile(r"(?:from|between)\s+(?:\w+\s+)?$", re.IGNORECASE)
_FUTURE_CUES = re.compile(
    # "will be held", "would now be held"
    r"(?i)\b(?:(?:will|would|shall|to)\s+(?:not\s+|now\s+|also\s+|still\s+|then\s+)?be\s+[a-z]+|"
    r"(?:is|are)\s+(?:due|set|scheduled|expected|(?:meet|visit|host|travel|hold|head|fly|go)\w*ing)|"
    r"will|won['’]t|shall|would|going to|set to|due to|scheduled|expected to|plans? to|"
    r"planned|planning|slated|upcoming|next|is to|are to|"
    r"to (?:meet|visit|hold|travel|host|sign|attend)|"
    r"hopes? to|intends? to|aims? to|starting|"
    # "invited Lula to the summit on November 22": what one is invited to lies ahead
    r"invited|invites|"
    # "Merz receives Tusk on Tuesday", "X travels to Delhi on Friday": a trip or a visit in the
    # present tense is one on the schedule
    r"(?-i:travels|flies|receives)(?=\s+(?:to\s+)?(?-i:[A-Z])))\b|['’]ll\b"
    # "had postponed until Dec. 1", "was delayed to next month": what is put off lies ahead.
    r"|\b(?:postponed|delayed|deferred|pushed\s+back|put\s+off|extended)\s+(?:\w+\s+){0,2}?"
    r"(?:until|till|to)\b"
    # "from Aug. 1", "from next month": a start to come; "from La Paz" is only a place.
    # "from 6%" is an old rate, not a start.
    r"|\bfrom\s+(?=(?:(?:next|early|mid|late|the)[\s-]+)?(?:\d(?![\d.,]*\s*(?:%|per\s*cent|percent))|today|tomorrow|tonight|week|month|"
    r"year|(?-i:[A-Z][a-z]+day\b|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b)))"
)
_PAST_CUES = re.compile(
    r"\b(?:[a-z]{3,}ed|(?i:said|met|held|spoke|told|took|was|were|had|sent|made|came|went|gave|began|"
    r"left|saw|hit|struck|won|lost|earlier|ago|yesterday|last))\b"
)


# A measure's start in the present tense is one on the schedule ("a duty that takes effect in
# May"); "effective in June" says nothing of which side of the story the day lies on, so it only
# keeps a verb further off ("announced") from deciding.
_IN_EFFECT_CUES = re.compile(
    r"(?i)\b(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|enters?\s+into\s+force|"
    r"goes\s+into\s+effect|kicks?\s+in)\b"
)
_NEUTRAL_CUES = re.compile(r"(?i)\beffective\b")
NEUTRAL = "neutral"


_DONE_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|took effect|came into (?:force|effect))\s+$")
_SINCE = re.compile(r"\bsince\s+(?:early\s+|mid-?|late\s+)?$", re.IGNORECASE)
_REPORTING = frozenset({"said", "told", "added", "noted", "reported", "stated", "confirmed"})


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date in the text with its resolved value ('2025-07-10', '2025-02' or '2025')."""

    start: int
    end: int
    value: str
    end_value: str | None
    tense: str | None

    @property
    def is_day(self) -> bool:
        """Whether the text gave the day, not only the month or the year."""
        return len(self.value) == 10


# "Astana, 20 May 2025" or "WASHINGTON, March 3, 2025 -" opening a release: the day it was
# written, with its year
_FILED_LINE = re.compile(
    r"^[ \t]*(?:[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3},[ \t]*)?"
    rf"(?:(?P<d>[0-3]?\d)[ \t]+{_MONTH_RE}"
    rf"|{_MONTH_RE.replace('?P<m>', '?P<m2>')}[ \t]+(?P<d2>[0-3]?\d))"
    r",?[ \t]+(?P<y>(?:19|20)\d{2})[ \t]*(?:$|[-–—]+[ \t])",
    re.MULTILINE,
)
_FILED_LINES = 6
# How long after the day it was written a text may go out and still speak of that day as today
_FILED_REACH = dt.timedelta(days=7)


def filed_day(text: str, published: dt.date) -> dt.date:
    """The day the text's 'today' and weekdays count from: the day a release's opening line
    gives when it went out a few days later, or else the day it was published."""
    head = "\n".join(text[:2000].lstrip().splitlines()[:_FILED_LINES])
    found = _FILED_LINE.search(head)
    if found is None:
        return published
    month = _month_number(found["m"] or found["m2"])
    try:
        day = dt.date(int(found["y"]), month, int(found["d"] or found["d2"]))
    except ValueError:
        return published
    return day if published - _FILED_REACH <= day < published else published


def find_dates(text: str, offset: int, published: dt.date) -> list[DateMention]:
    """Dates in one sentence, offsets shifted by ``offset`` into the article."""
    low = text.lower()
    if _HINT.search(low) is None:
        return []  # most sentences name no date; one cheap scan rules them out
    month_named = _MONTH_WORD.search(low) is not None
    raw: list[tuple[int, int, str, re.Match[str]]] = []
    for kind, pattern in _PATTERNS.items():
        if kind in _MONTH_KINDS and not month_named:
            continue
        needs = _NEEDS.get(kind)
        if needs is not None:
            for word in needs:
                if word in low:
                    break
            else:
                continue  # a word the pattern cannot do without is missing: no scan
        if kind in _AT_START:
            opening = pattern.match(text)  # tried once, at the sentence's start
            if opening is not None:
                raw.append((opening.start(), opening.end(), kind, opening))
            continue
        raw.extend((m.start(), m.end(), kind, m) for m in pattern.finditer(text))
    raw.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    found: list[_Raw] = []
    for start, end, kind, match in raw:
        if found and start < found[-1][1]:
            continue
        tense = tense_at(text, start, end)
        if found and _COORDINATED.fullmatch(text[found[-1][1] : start]):
            tense = found[-1][4]  # "on Monday and Wednesday": one verb governs both
        if kind == "endof":
            tense = None  # "the start of the year" holds the day of the story: no side of it
        if "ince" in text[max(0, start - 12) : start + 5] and (
            _SINCE.search(text, max(0, start - 12), start) or text.startswith("since", start)
        ):
            tense = PAST  # "in force since August 7": a start already behind us
        if kind == "dayafter":
            before = found[-1][2] if found else ""
            if len(before) != 10:
                continue  # no day named before it in the sentence to count from
            back = "earlier" in (match["later"], match["after"]) or match["side"] == "before"
            back = back or match["after"] == "previous"
            day = dt.date.fromisoformat(before) + dt.timedelta(days=-1 if back else 1)
            found.append((start, end, day.isoformat(), None, found[-1][4]))
            continue
        try:
            resolved = _resolve(kind, match, published, tense)
        except (OverflowError, ValueError):
            resolved = None  # a weekday or a year beyond the calendar's ends
        if resolved is not None:
            found.append((start, end, resolved[0], resolved[1], tense))
    if len(found) > 1:
        found = _join_ranges(text, _named_days(text, found))
    return [DateMention(s + offset, e + offset, v, ev, t) for s, e, v, ev, t in found]


_WEEKDAY_WORD = re.compile(r"[A-Z][a-z]{2,6}day")
_DAY_GAP = re.compile(r",?\s*(?:the\s+)?")


def _named_days(text: str, items: list[_Raw]) -> list[_Raw]:
    """'on Monday, March 9': the weekday names the day its date gives, not a day of its own."""
    out: list[_Raw] = []
    for item in items:
        if out:
            prev = out[-1]
            if (
                len(item[2]) == 10
                and any(c.isdigit() for c in text[item[0] : item[1]])
                and _WEEKDAY_WORD.fullmatch(text, prev[0], prev[1])
                and _DAY_GAP.fullmatch(text, prev[1], item[0])
            ):
                out[-1] = (prev[0], item[1], item[2], item[3], item[4])
                continue
        out.append(item)
    return out


def _join_ranges(text: str, items: list[_Raw]) -> list[_Raw]:
    out: list[_Raw] = []
    for item in items:
        if out:
            prev = out[-1]
            gap = text[prev[1] : item[0]]
            lead = text[max(0, prev[0] - 20) : prev[0]]
            joined = _RANGE_GAP.fullmatch(gap) and (gap.strip() in "-–" or _RANGE_LEAD.search(lead))
            if joined and prev[3] is None and len(prev[2]) == len(item[2]):
                out[-1] = (prev[0], item[1], prev[2], item[2], prev[4])
                continue
        out.append(item)
    return out


def tense_at(text: str, start: int, end: int) -> str | None:
    """Past or future around a phrase: the nearest verb cue, preferring those before it."""
    starts, cues = _cues(text)
    lo = bisect.bisect_left(starts, start - _TENSE_REACH)
    hi = bisect.bisect_right(starts, end + _TENSE_REACH)
    best: tuple[int, str] | None = None
    reported: tuple[int, str] | None = None
    reporting = False
    for cue_start, cue_end, tense in cues[lo:hi]:
        if start <= cue_start < end:
            continue
        if cue_start >= end and text[cue_start:cue_end].casefold() in _REPORTING:
            reporting = True
            continue  # "… on Wednesday, officials said": the report's tense, not the event's
        if reporting:
            # "X, who met Y on Tuesday, said they would…": what is reported is another clause,
            # heard only when nothing before the phrase gives its tense.
            if reported is None:
                reported = (3 * (cue_start - end), tense)
            continue
        if cue_end <= start:
            distance = start - cue_end
        elif cue_start < start:
            distance = 0  # the phrase sits inside the cue: "are meeting" asked at "meeting"
        else:
            distance = 3 * (cue_start - end)
        if distance >= 0 and (best is None or distance < best[0]):
            best = (distance, tense)
    if best is None:
        best = reported
    return best[1] if best and best[1] != NEUTRAL else None


def _ahead(text: str, cue: re.Match[str]) -> bool:
    """Whether a future cue holds: 'applied from Nov. 1' is a start a past verb has reached."""
    start = cue.start()
    if text.startswith("expected", start) and _WAS.search(text, max(0, start - 8), start):
        return False  # "the talks, which were expected to take place on Sunday, …": a past plan
    return not (
        text.startswith("from", start) and _DONE_BEFORE.search(text, max(0, start - 30), start)
    )


_WAS = re.compile(r"\b(?:was|were)\s+$")


@lru_cache(maxsize=64)
def _cues(text: str) -> tuple[list[int], list[tuple[int, int, str]]]:
    """Every tense cue of a sentence in order, found once however many phrases ask."""
    found = [(m.start(), m.end(), FUTURE) for m in _FUTURE_CUES.finditer(text) if _ahead(text, m)]
    found += [(m.start(), m.end(), PAST) for m in _PAST_CUES.finditer(text)]
    found += [(m.start(), m.end(), FUTURE) for m in _IN_EFFECT_CUES.finditer(text)]
    found += [(m.start(), m.end(), NEUTRAL) for m in _NEUTRAL_CUES.finditer(text)]
    found.sort()
    return [cue[0] for cue in found], found


def _resolve(
    kind: str, match: re.Match[str], published: dt.date, tense: str | None
) -> tuple[str, str | None] | None:
    if kind == "iso":
        return _iso_day(int(match["y"]), int(match["mo"]), int(match["dd"]))
    if kind in ("mdy", "dmy"):
        return _month_day(match, published, tense)
    if kind in ("month", "monthstart", "monthyear"):
        year = _year_said(match, published)
        month = _month_number(match["m"])
        if year:
            return f"{year:04d}-{month:02d}", None
        lead = match.group().split()[0].casefold()
        if lead in ("last", "next"):
            # "last August" in an August story is a year ago; "next March" in March a year on
            step = -1 if lead == "last" else 1
            ahead = month > published.month if step > 0 else month < published.month
            return f"{published.year + (0 if ahead else step):04d}-{month:02d}", None
        return _month_in_year(month, published, tense), None
    if kind in ("year", "yearstart"):
        return match["y"], None
    if kind == "dayonly":
        return _day_of_month(int(match["d"]), published, tense)
    if kind == "dayofmonth":
        step = {"next": 1, "last": -1}.get(match["which"], 0)
        first = dt.date(published.year, published.month, 1) + relativedelta(months=step)
        return _iso_day(first.year, first.month, int(match["d"]))
    if kind == "weekday":
        index = weekday_index(match["wd"])
        if index is None:
            return None
        before = match.string[max(0, match.start() - 5) : match.start()].casefold()
        if before.endswith(("last ", "past ")):  # never the publication day itself
            day = published - relativedelta(days=1, weekday=_WEEKDAY_OBJ[index](-1))
        elif before.endswith("next "):
            day = published + relativedelta(days=1, weekday=_WEEKDAY_OBJ[index](+1))
        else:
            step = 1 if tense == FUTURE else -1
            day = published + relativedelta(weekday=_WEEKDAY_OBJ[index](step))
        return day.isoformat(), None
    if kind == "endof":
        step = {"next": 1, "last": -1}.get(match["which"], 0)
        if match["unit"] == "month":
            moved = published + relativedelta(months=step)
            return f"{moved.year:04d}-{moved.month:02d}", None
        return str(published.year + step), None
    if kind == "weekend":
        return _weekend(match["which"].casefold(), published, tense), None
    if kind == "season":
        return _season(match, published, tense), None
    if kind == "ago":
        return _ago(match["n"].lower(), match["unit"].lower(), published)
    if kind == "within":
        return _ago(match["n"].lower(), match["unit"].lower(), published, ahead=True)
    return _relative(match["rel"].lower(), published)


def _ago(number: str, unit: str, published: dt.date, ahead: bool = False) -> tuple[str, str | None]:
    """'three days ago' is a day; weeks and months ago name only the month, years the year.
    ``ahead`` counts forward instead ('in three days')."""
    count = int(number) if number.isdigit() else _NUMBERS[number]
    count = -count if ahead else count
    if unit == "day":
        return (published - dt.timedelta(days=count)).isoformat(), None
    if unit == "year":
        return str(published.year - count), None
    moved = published - (
        dt.timedelta(weeks=count) if unit == "week" else relativedelta(months=count)
    )
    return f"{moved.year:04d}-{moved.month:02d}", None


def _year_said(match: re.Match[str], published: dt.date) -> int | None:
    """The year a date gives after its month, in figures or in words ('July last year')."""
    if match["y"]:
        return int(match["y"])
    words = match.groupdict().get("yw")
    return published.year + {"last": -1, "this": 0, "next": 1}[words] if words else None


def _iso_day(year: int, month: int, day: int) -> tuple[str, str | None] | None:
    try:
        return dt.date(year, month, day).isoformat(), None
    except ValueError:
        return None


# How far a date without a year may lie on the wrong side of publication for its tense before
# it is read as next (or last) year's: "will meet on February 10" in a July story is next year's.
_TENSE_SLACK = dt.timedelta(days=31)


def _against_tense(day: dt.date, published: dt.date, tense: str | None) -> bool:
    """Whether ``day`` lies well on the wrong side of publication for the verb's tense."""
    if tense == FUTURE:
        return day < published - _TENSE_SLACK
    if tense == PAST:
        return day > published + _TENSE_SLACK
    return False


def _month_day(
    match: re.Match[str], published: dt.date, tense: str | None = None
) -> tuple[str, str | None] | None:
    month, day = _month_number(match["m"]), int(match["d"])
    second = match.groupdict().get("d2")
    if second and int(second) <= day:
        if match.start("d") < match.start("m"):
            day = int(second)  # "fell 10 to 3 May": the day before the month is the date
        second = None
    elif (
        second
        and " and " in match.group()
        and int(second) > day + 1
        and not match.string[max(0, match.start() - 8) : match.start()].lower().endswith("between ")
    ):
        second = None  # "between March 3 and 6" is a span; "on March 3 and 6" two days apart
    said = _year_said(match, published)
    years = [said] if said else [published.year - 1, published.year, published.year + 1]
    best: dt.date | None = None
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if not said and _against_tense(candidate, published, tense):
            continue
        if best is None or abs(candidate - published) < abs(best - published):
            best = candidate
    if best is None:
        return None
    end = None
    if second and int(second) > day:
        found = _iso_day(best.year, month, int(second))
        end = found[0] if found else None
    return best.isoformat(), end


def _day_of_month(day: int, published: dt.date, tense: str | None) -> tuple[str, str | None] | None:
    """'on the 18th': that day of the publication month, or of the next (or last) month when
    the verb's tense puts it on the other side of publication."""
    month = dt.date(published.year, published.month, 1)
    if tense == FUTURE and day < published.day:
        month += relativedelta(months=1)
    elif tense == PAST and day > published.day:
        month -= relativedelta(months=1)
    return _iso_day(month.year, month.month, day)


def _month_in_year(month: int, published: dt.date, tense: str | None) -> str:
    year = published.year
    if tense == PAST and month > published.month:
        year -= 1
    elif tense == FUTURE and month < published.month:
        year += 1
    elif tense is None and month - published.month > 6:
        year -= 1
    elif tense is None and published.month - month > 6:
        year += 1
    return f"{year:04d}-{month:02d}"


def _relative(word: str, published: dt.date) -> tuple[str, str | None]:
    words = word.split()
    if words[0] in ("earlier", "later"):
        return _part_of(words[0], words[-1], published), None
    shift = {"yesterday": -1, "last night": -1, "tomorrow": 1}.get(word, 0)
    if word in ("today", "tonight", "yesterday", "last night", "tomorrow"):
        return (published + dt.timedelta(days=shift)).isoformat(), None
    step = {"last": -1, "this": 0, "next": 1}[word.split()[0]]
    unit = word.split()[1]
    if unit == "year":
        return str(published.year + step), None
    if unit == "month":
        moved = published + relativedelta(months=step)
    else:
        moved = published + dt.timedelta(weeks=step)
    # A week is not a day: keep the month it falls in rather than invent one.
    return f"{moved.year:04d}-{moved.month:02d}", None


def _weekend(which: str, published: dt.date, tense: str | None) -> str:
    """'this weekend': the month of its Saturday and Sunday (or only their year when they part
    two months); 'last weekend' the one before, 'next weekend' the one after."""
    saturday = published + dt.timedelta(days=5 - published.weekday())  # this week's
    if which in ("last", "past") or (which == "the" and tense == PAST and published.weekday() < 5):
        saturday -= dt.timedelta(weeks=1)
    elif which == "next":
        saturday += dt.timedelta(weeks=1)
    sunday = saturday + dt.timedelta(days=1)
    if saturday.month == sunday.month:
        return f"{saturday.year:04d}-{saturday.month:02d}"
    return f"{sunday.year:04d}" if saturday.year == sunday.year else f"{published.year:04d}"


def _season(match: re.Match[str], published: dt.date, tense: str | None) -> str:
    """'in the autumn': the year of the season meant, this year's unless it is over and still to
    come; 'next spring' the first to start after the story, 'last summer' the last one over."""
    if match["y"]:
        return match["y"]
    first, last = _SEASONS[match["season"].casefold()]
    lead, year = match["lead"].casefold(), published.year
    if lead == "next":
        return str(year if published.month < first else year + 1)
    if lead == "last":
        return str(year if published.month > last else year - 1)
    if lead != "this" and tense == FUTURE and published.month > last:
        return str(year + 1)
    return str(year)


def _part_of(side: str, unit: str, published: dt.date) -> str:
    """'earlier in the week': the days of the week before publication, at the precision they
    share (their month, or only their year)."""
    if unit == "year":
        return f"{published.year:04d}"
    if unit == "month":
        return f"{published.year:04d}-{published.month:02d}"
    if side == "earlier":
        first = published - dt.timedelta(days=published.weekday())
        last = max(first, published - dt.timedelta(days=1))
    else:
        last = published + dt.timedelta(days=6 - published.weekday())
        first = min(last, published + dt.timedelta(days=1))
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}" if first.year == last.year else f"{published.year:04d}"


def _month_number(name: str) -> int:
    key = name.rstrip(".")[:3].casefold()
    return [m[:3].casefold() for m in _MONTHS].index(key) + 1


@cache
def weekday_index(word: str) -> int | None:
    """Monday=0 … Sunday=6 for a weekday name, forgiving one typo ('Thurday')."""
    folded = word.casefold()
    for index, name in enumerate(_WEEKDAYS):
        if folded == name or _one_edit(folded, name):
            return index
    return None


def _one_edit(a: str, b: str) -> bool:
    if a == b or abs(len(a) - len(b)) > 1:
        return a == b
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        i = diffs[0] if diffs else 0
        return len(diffs) == 2 and diffs[1] == i + 1 and a[i] == b[i + 1] and a[i + 1] == b[i]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


_TIME = re.compile(
    r"\b(?P<h>[01]?\d)(?:[:.](?P<m>[0-5]\d))?\s*(?P<ampm>[ap])\.?m\.?(?![\w])"
    r"(?:\s+(?:\((?P<tz1>[A-Z]{2,5})\)|(?P<tz2>local time|[A-Z]{2,4}T|GMT|UTC|IST|MSK)))?"
)


# The 24-hour clock, as readouts and European and Asian outlets write it: "at 14:30", "10:00
# JST", and wire copy's "1430 GMT" (four figures only with a zone after them).
_TIME_24 = re.compile(
    r"(?<![\d:.,])(?:(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?![\d:.])"
    r"|(?P<wh>[01]\d|2[0-3])(?P<wm>[0-5]\d)(?=\s+(?:GMT|UTC|[A-Z]{2,4}T)\b))"
    r"(?!\s*[ap]\.?m\b)"
    r"(?:\s*(?:hrs?\b|hours\b))?"
    r"(?:\s+(?:\((?P<tz1>[A-Z]{2,5})\)|(?P<tz2>local time|[A-Z]{2,4}T|GMT|UTC|IST|MSK)\b))?"
)


def find_time(text: str) -> tuple[str, str | None] | None:
    """A clock time written in a sentence ('at 3:30 p.m. local time', 'at 14:30', '1430 GMT')
    as HH:MM and its zone."""
    match = _TIME.search(text)
    if match is not None:
        hour = int(match["h"])
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match["ampm"].lower() == "p" else 0)
        zone = match["tz1"] or match["tz2"]
        return f"{hour:02d}:{int(match['m'] or 0):02d}", zone
    clock = _TIME_24.search(text)
    if clock is None:
        return None
    hours, minutes = int(clock["h"] or clock["wh"]), int(clock["m"] or clock["wm"])
    return f"{hours:02d}:{minutes:02d}", clock["tz1"] or clock["tz2"]
