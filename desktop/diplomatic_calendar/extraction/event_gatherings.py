"""A named body's leaders gathering: 'Leaders of the European Political Community gather in
Yerevan, hosted by Prime Minister X', 'Pacific Islands Forum leaders will meet in Honiara'.

The body need not be a bloc the gazetteer knows: its capitalised name, right before or after
'leaders', is the summit's group; the host and those said to be expected are its people.
"""

from __future__ import annotations

import re

from diplomatic_calendar.extraction.candidates import Candidate
from diplomatic_calendar.extraction.context import Context, place_in
from diplomatic_calendar.extraction.participants import parties, reports
from diplomatic_calendar.extraction.text import Sentence

_NAME = r"(?P<{}>(?:[A-Z][\w'’-]+\s+){{0,4}}?[A-Z][\w'’-]+)"
_GATHER = (
    r"(?:will\s+|are\s+|were\s+)?"
    r"(?:gather|gathering|gathered|meet|meeting|met|convene|convening|convened)\b"
    # (not "met their obligations")
    r"(?!\s+(?:the|its|their|our)\s+(?:deadline|target|goal|obligations?|commitments?|"
    r"demands?|needs?|requirements?|expectations?|standards?)\b)"
)
_BODY_GATHERS = re.compile(
    r"\b(?:Leaders|Heads\s+of\s+state(?:\s+and\s+government)?)\s+(?:of|from)\s+(?:the\s+)?"
    + _NAME.format("body")
    + r"\s+"
    + _GATHER
    + r"|(?:^|(?<=[.;:—–-]\s))\W*(?:The\s+)?"
    + _NAME.format("named")
    + r"\s+leaders\s+"
    + _GATHER
)


def gathering(
    ctx: Context, sentence: Sentence, value: tuple[str | None, str | None]
) -> Candidate | None:
    """The summit of a named body whose leaders the sentence gathers, if it does."""
    found = _BODY_GATHERS.search(sentence.text)
    if found is None:
        return None
    group = "body" if found.group("body") else "named"
    body = found.group(group) or ""
    if len(body.split()) < 2 and not body.isupper():
        return None  # one ordinary word ("Leaders of Europe"): no named body
    start = sentence.start + found.start(group)
    if any(m.end - m.start >= len(body) for m in ctx.mentions.between(start, start + len(body))):
        return None  # a bloc or country the gazetteer knows: the bloc rules read it
    who = [p for p in parties(ctx, sentence) if p.person is not None and not reports(ctx, p)]
    status = "planned" if "will" in found.group(0) else "held"
    return Candidate(
        "summit",
        sentence,
        who,
        None,
        value[0],
        value[1],
        status,
        place_in(sentence, found.end()),
        group=body,
    )
