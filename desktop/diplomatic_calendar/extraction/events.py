"""Meetings, calls, visits, summits and signings, one candidate per sentence, merged by identity."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise

from diplomatic_calendar.extraction.candidates import Candidate, close_to, draft, union
from diplomatic_calendar.extraction.context import Context, place_in
from diplomatic_calendar.extraction.dates import FUTURE, PAST, DateMention, tense_at
from diplomatic_calendar.extraction.drafts import EventDraft, Location
from diplomatic_calendar.extraction.event_absorb import absorb
from diplomatic_calendar.extraction.event_dates import (
    day_of_event,
    ordinal_day,
    planned_date,
    postponed_to,
)
from diplomatic_calendar.extraction.event_gatherings import gathering
from diplomatic_calendar.extraction.geo import place_country
from diplomatic_calendar.extraction.participants import (
    Party,
    heads,
    mentions_plural,
    parties,
    plural_subject,
    plural_within,
    reports,
)
from diplomatic_calendar.extraction.text import Sentence
from diplomatic_calendar.extraction.words import (
    arranged,
    hosts_guests,
    met_others,
    reported_date,
)

# Trigger phrases by kind; the earliest trigger in a sentence decides its kind.
_TRIGGERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "call",
        re.compile(
            r"\b(?:spoke|spoken|speak|speaks|talked|talks?)\s+(?:by|over the|on the)\s+"
            r"(?:tele)?phone\b"
            r"|\b(?:phone|telephone|video)\s+(?:call|conversation|conference)s?\b"
            r"|\bspok(?:e|en)\s+(?:with|to)\b|\bcall(?:ed)?\s+with\b"
            r"|\b(?:by|over the)\s+(?:tele)?phone\b"
            # "X telephoned Y to congratulate him"
            r"|\b(?:tele)?phon(?:ed|es)\s+(?=(?-i:[A-Z])|(?:his|her)\s)",
            re.IGNORECASE,
        ),
    ),
    (
        "signing",
        re.compile(
            r"\bsign(?:ed|s|ing)?\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,3}"
            r"(?:agreement|memorandum|deal|accord|treaty|pact|declaration|communiqu[eé])\b[^.]{0,80}?\bwith\b"
            # "Indonesia and the EU signed their trade agreement": both sides sign
            r"|\bsign(?:ed|s|ing)?\s+their\s+(?:[\w()-]+\s+){0,6}?"
            r"(?:agreement|memorandum|accord|treaty|pact|declaration)\b"
            r"|\bput\s+their\s+signatures\s+(?:to|on)\b"
            # "X and Y presided over the signing of agreements": the leaders of both sides
            r"|\b(?:presided\s+over|oversaw|overseen|witnessed)\s+the\s+signing\s+of\b"
            # "is expected to fly in to sign alongside President X": one signatory beside another
            r"|\bsign(?:ed|s|ing)?\s+(?:it\s+|them\s+)?(?:alongside|together\s+with)\s"
            # "X, with whom he signed a trade pact in Ottawa on Monday"
            r"|\bwith\s+whom\s+(?:he|she|they|it)\s+(?:also\s+)?signed\b"
            # "The deal was signed on 17 January in Asunción by X and Y": the signatories last
            r"|\b(?:was|were)\s+(?:formally\s+)?signed\b(?=[^.;]{0,80}?\bby\s)"
            # "X and Y signed the agreement at the palace": the signatories are the subject
            # ("X and Y signed a Memorandum of Understanding on migration": the same)
            r"|\bsigned\s+(?:the|an?)\s+(?:[\w()-]+\s+){0,4}?(?:agreement|memorandum|accord|treaty"
            r"|pact)\b"
            r"(?!\s+(?:into|with)\b)"
            # "the agreement, which X and Y signed in Bali last September"
            r"|\b(?:which|that)\s+(?:[\w.'’-]+\s+){2,14}?signed\s+(?=(?:in|at|on|last|earlier)\s)",
            re.IGNORECASE,
        ),
    ),
    (
        "meeting",
        re.compile(
            # (not "meet the region's security needs": a thing met, words before it)
            r"\b(?:met|meet|meets)\b(?!\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:[\w'’-]+\s+){0,3}?"
            r"(?:deadline|target|goal|demands?"
            r"|criteria|needs?|commitments?|obligations?|requirements?|expectations?|standards?)"
            r"|\s+with\s+(?:\w+\s+)?(?:criticism|skepticism|scepticism|resistance|opposition|protests?"
            r"|anger|dismay|concern|approval|praise|silence|derision|backlash|applause|calls))"
            r"|\bmeeting\s+(?:with|between)\b|\b(?:is|are|was|were|be)\s+meeting\b|\b(?:their|first|second|bilateral|a)\s+(?:\w+\s+)?meeting\b"
            # "will call on Prime Minister X": a courtesy meeting, not a telephone call
            r"|\bcall(?:s|ed|ing)?\s+on\s+(?=(?-i:(?:the\s+)?[A-Z])|the\s+visiting\b)"
            # "is scheduled to see Trade Representative X on Thursday": an appointment
            r"|\b(?:scheduled|due|set|expected|slated|going|plans?|planning)\s+to\s+see\s+"
            r"(?=(?-i:[A-Z]))"
            # ("had held last-minute talks": a hyphened word among those between)
            r"|\b(?:held|hold|holds|holding)\s+(?:[\w-]+\s+){0,3}(?:talks|meeting)\b"
            r"|\btalks\s+(?:with|between)\b"
            # "X and Y co-chaired a session of the joint commission": the two preside together
            r"|\bco-?chair(?:ed|s|ing)?\s+(?=(?:a|an|the|their)\s)"
            # "the council, which will be co-chaired by President X and President Y"
            r"|\bco-?chaired\s+by\s+(?=(?-i:(?:the\s+)?[A-Z]))"
            # "will co-chair the strategic dialogue with X", "for consultations with Y"
            r"|\b(?:dialogue|consultations)\s+with\s+(?=(?-i:[A-Z]))"
            # "held a separate bilateral with X": the noun stands for the meeting
            # "held a separate session on consular cooperation": their own sitting
            r"|\b(?:held|hold|holds|holding)\s+(?:a|an|their)\s+(?:\w+\s+)?(?:bilateral|session)\s+"
            r"(?=with|on|in|at)\b"
            # "was received by President X": the guest's meeting told from the host's side
            # ("was then received by", "was later welcomed by": an adverb between)
            r"|\b(?:was|were|been|being)\s+(?:(?:\w+ly|then|also|later|first|next|afterwards)\s+)?"
            r"(?:received|welcomed|hosted)\s+(?:\w+\s+)?by\b"
            # "reached the deal with X during talks in Washington"
            r"|\b(?:during|at)\s+(?:the\s+)?(?:\w+\s+)?talks\s+in\s+(?=(?-i:[A-Z]))"
            r"|\bface[- ]to[- ]face\b|\bsat down with\b|\bencounter\b"
            # "looks forward to meeting Prime Minister X": a meeting hoped for
            r"|\blook(?:s|ed|ing)?\s+forward\s+to\s+meeting\s+(?=(?-i:[A-Z])|(?:his|her|their)\s)"
            # "speaking at a joint press conference with his Peruvian counterpart"
            r"|\bjoint\s+(?:press\s+|news\s+)?(?:conference|appearance|briefing)\s+with\b"
            # "hosted Prime Minister X", not "received a letter" or "welcomed the decision"
            # ("said after hosting his Ukrainian counterpart, X, in Warsaw")
            r"|\b(?:host(?:ed|s|ing)?|receive[ds]?|receiving|welcome[ds]?|welcoming)\s+"
            # "received on Sunday the Minister of Trade, X": the day before the guest
            r"(?:(?:on\s+(?-i:[A-Z][a-z]+day)|yesterday|today)\s+)?"
            # (not "hosts the APEC leaders' meeting": an occasion, not a guest)
            r"(?!the\s+(?:[\w'’-]+\s+){0,4}?(?:meeting|summit|talks|conference|forum|session|games)\b)"
            # "received von der Leyen", "a delegation led by X", "the bloc's leaders"
            r"(?=(?-i:(?:the\s+)?(?:(?:von|van|de|der|den|da|di|du|al|el|bin|ibn)\s+)*[A-Z])"
            r"|(?:his|her|their)\s|an?\s+delegation\s+(?:led|headed)\s+by\b"
            r"|the\s+(?:bloc|group|alliance|union)['’]s\s+leaders\b"
            # "will host leaders of the Group of Seven"
            r"|leaders\s+of\s+(?:the\s+)?(?-i:[A-Z]))",
            re.IGNORECASE,
        ),
    ),
    (
        "visit",
        re.compile(
            r"\bvisit(?:s|ed|ing)?\b|\barriv(?:ed|es|ing)\s+in\b|\btrip\s+to\b"
            r"|\btravel(?:l?ed|l?ing|s)\s+to\b"
            # bare "travel to" is a verb only after a modal or "to": not "a warning against travel"
            r"|(?:(?<=\bto\s)|(?<=\bwill\s)|(?<=\bwould\s)|(?<=\bshall\s)|(?<=\bmay\s)|(?<=\bmight\s)"
            r"|(?<=\bcould\s)|(?<=\bshould\s)|(?<=\bdid\s)|(?<=\bnot\s)|(?<=\balso\s)|(?<=\bthen\s)"
            r"|(?<=['’]ll\s))travel\s+to\b"
            # "is expected in Brussels next month", "is due in New Delhi in April"
            r"|\b(?:is|are|was|were|be)\s+(?:also\s+)?(?:expected|due)\s+in\s+"
            r"(?=(?-i:[A-Z]))(?!(?:January|February|March|April|May|June|July|August|September"
            r"|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            r"|Sunday|the\b)\b)",
            re.IGNORECASE,
        ),
    ),
    ("summit", re.compile(r"\bsummit\b", re.IGNORECASE)),
)
# One pass finds the earliest trigger of any kind; its group name is the kind. Every trigger
# starts a word, and testing that once before the alternatives keeps the scan fast.
_ANY_TRIGGER = re.compile(
    r"\b(?=[A-Za-z])(?:"
    + "|".join(f"(?P<{kind}>{pattern.pattern})" for kind, pattern in _TRIGGERS)
    + ")",
    re.IGNORECASE,
)
_TENTATIVE = re.compile(
    # "may" in lower case only: "in May" is a month.
    r"\b(?:(?-i:may)|likely|might|could|possibl[ey]|potential(?:ly)?|hopes?|considering|mulling|"
    r"proposed|wants?|would like|ready|willing|open to|offered|invited|invitation|"
    r"look(?:s|ed|ing)?\s+forward\s+to\s+meeting)\b",
    re.IGNORECASE,
)
_DELEGATION = re.compile(
    r"\b(?:accompanied by|delegation|led by|will include|joined by|along with)\b", re.IGNORECASE
)
_GATHER = re.compile(
    r"(?:meet|meets|met|convene[sd]?|gather(?:s|ed)?|host(?:s|ed)?)\b", re.IGNORECASE
)
# "but no meeting was scheduled": the sentence denies the event it mentions
_NONE_SET = re.compile(
    r"\bno\s+(?:\w+\s+)?(?:meetings?|talks|visit|summit)\s+(?:was|were|is|are|has\s+been|had\s+been)"
    r"\s+(?:yet\s+)?(?:scheduled|planned|arranged|set|fixed|confirmed)\b",
    re.IGNORECASE,
)
# "The new joint body, made up of officials from both countries, is to meet": a body's sitting
_BODY_SUBJECT = re.compile(
    r"[\s“\"'‘]*The\s+(?:[\w-]+\s+){0,3}?(?:body|committee|commission|council|panel|board"
    r"|working\s+group|task\s+force)\b",
    re.IGNORECASE,
)
# "…agreed that a technical committee would meet in May": a body meets, not those named
_BODY_MEETS = re.compile(
    r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:body|committee|commission|panel|board"
    r"|working\s+group|task\s+force)\s+(?:(?:will|would|shall|could|should|is\s+to|are\s+to|to"
    r"|also|again|next|then|first)\s+){0,2}$",
    re.IGNORECASE,
)
# "…said that his economy minister would travel to Washington": another, unnamed, travels
_OTHER_TRAVELS = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:minister|secretary|envoy|ambassador|deputy"
    r"|delegation|negotiators?|officials|aides?|team)\s+(?:(?:will|would|is|are|was|were|also"
    r"|then|soon|plans?\s+to|is\s+due\s+to|is\s+set\s+to)\s+){0,2}$",
    re.IGNORECASE,
)
# (a word the pattern of each kind above needs, looked for first)
_SUBJECT_HINT = {
    "meeting": re.compile(r"body|committee|commission|panel|board|group|force", re.IGNORECASE),
    "visit": re.compile(r"\b(?:his|her|their)\s", re.IGNORECASE),
}
_CO_CHAIRED_BY = re.compile(r"co-?chaired\s+by\s", re.IGNORECASE)
_SIDELINES = re.compile(r"\bsidelines of\b", re.IGNORECASE)
_TO_CITY = re.compile(r"\w+\s+(?:to\s+)?(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_ANAPHORIC_NOUN = re.compile(r"\b(?:the|this|that|these|those)\s+$", re.IGNORECASE)
_ANAPHORIC_SUMMIT = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?summit\b", re.IGNORECASE)
_EXPECTED_IN = re.compile(r"(?:is|are|was|were|be)\s+(?:also\s+)?(?:expected|due)\s+in\b")
_TO_TALK = re.compile(r"\b(?:meeting|summit|talks)\b", re.IGNORECASE)
_VISIT_GAP = re.compile(r"\w+(?:\s+(?:to|in))?\s+(?:the\s+)?", re.IGNORECASE)
_SINCE_CLAUSE = re.compile(r"\bsince\s[^,;.]*$", re.I)
# a relative clause telling what happened to something else ('which was revived in 2023'),
# not one telling the event's own day ('which was held on Monday', 'that had been set for')
_OTHER_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?!(?:held|scheduled|planned|set|expected|due|slated|pencilled|penciled|called|convened|"
    r"hosted|originally)\b)[a-z]+ed\s+(?:in|on|at)?\s*$",
    re.IGNORECASE,
)
_BEFORE = re.compile(r"\bbefore\s+$", re.I)
_REFERENCE_POINT = re.compile(r"\b(?:since|until|till|before|after)\b", re.I)
_NAMED_SUMMIT = re.compile(r"\W{0,3}(?:\(\w+\)\s*)?(?:[A-Z]\w*\s+){0,2}summit", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:has|have|had|'ve)\s+(?:\w+\s+)?$", re.IGNORECASE)
_REPEATED = re.compile(
    r"\b(?:several|many|multiple|numerous)\s+times\b|\brepeatedly\b|\btwice\b|\boften\b"
    r"|\bpreviously\b|\bbefore\s*(?:[.,;]|$)",
    re.IGNORECASE,
)
_VISITING = re.compile(
    r"\bthe\s+visiting\s+(?:prime\s+minister|(?:foreign\s+|trade\s+)?minister|president|"
    r"premier|leader|chancellor|king|emir|dignitary|head\s+of\s+state)\b",
    re.I,
)
_NEGATED = re.compile(
    r"\b(?:not|never|n['’]t|yet\s+to)\s+(?:(?:yet|once|even|been)\s+)?$"
    # "he had no plans to meet Trump": no meeting planned
    r"|\bno\s+(?:immediate\s+|current\s+)?(?:plans?|intention|intentions)\s+to\s+$",
    re.I,
)
_APART = re.compile(
    r"\b(?:one[- ]on[- ]one|separate(?:ly)?|privately|t[eê]te[- ][àa][- ]t[eê]te)\b", re.IGNORECASE
)
# "It was their third face-to-face meeting this year.": counts the meeting just told
_COUNTED = re.compile(
    r"[\s“\"'‘]*(?:It|This|That)\s+(?:was|is|marked)\s+(?:their|the)\s+"
    r"(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|encounter|visit|summit|round)\b",
    re.IGNORECASE,
)
# "The visit of X reaffirmed …", "The talks underlined …": what the event told already achieved
# ("The visit, the minister's first to Nigeria, forms part of …")
_RESTATED = re.compile(
    r"[\s“\"'‘]*The\s+(?:visit|meeting|talks)(?:\s+(?:of|by)\s+[\w.'’ -]{1,40}?|,[^,.]{1,80},)\s+"
    r"(?:reaffirmed|underlined|underscored|reflected|marked|demonstrated|highlighted|showed"
    r"|forms|formed)\b"
)
_RECENT_SENTENCES = 4
_NEXT_LINES = 2
_MERGE_WINDOW = 30


def find_events(ctx: Context) -> list[EventDraft]:
    """Every event the article reports, after merging repeated mentions of the same one."""
    events: list[Candidate] = []
    for sentence in ctx.sentences:
        kind, at = _trigger(sentence)
        aside: tuple[str, int] | None = None
        after = (
            _aside(sentence, at)
            if kind is not None and kind != "visit" and ", wh" in sentence.text
            else None
        )
        if kind is not None and after is not None:
            # "X, who spoke by phone with Y last month, is expected to visit China": the
            # sentence's own verb tells its event; the aside's is told after it
            aside, (kind, at) = (kind, at), after
        if (
            "attend" in sentence.text
            or "including" in sentence.text
            or "hosting" in sentence.text
            or "among" in sentence.text
        ):
            _attend(ctx, events, sentence)
        hosting = hosts_guests().search(sentence.text) if "host" in sentence.text else None
        if hosting is not None and _host_summit(ctx, events, sentence, hosting.start()):
            continue  # "X will host a dinner for the visiting leaders": X is at the summit
        if "eaders" in sentence.text or "eads of state" in sentence.text:
            summit = _gathered_body(ctx, sentence, events)
            if summit is not None:
                same = next(
                    (e for e in events if e.kind == "summit" and e.group == summit.group), None
                )
                if same is None:
                    events.append(summit)
                else:  # a headline's gathering, then the story's, which tells it in full
                    same.sentence = sentence
                    same.extra = union(
                        same.extra, [p for p in summit.parties if p.label not in same.names()]
                    )
                    if same.date is None and summit.date is not None:
                        same.date, same.date_value = summit.date, summit.date_value
                        same.end_date, same.status = summit.end_date, summit.status
                continue
        if kind is None:
            joined = _JOINED.search(sentence.text)
            host = _HOSTS_HIM.search(sentence.text)
            if joined is not None:
                _join(ctx, events, sentence, joined)
            elif host is not None:
                _host_traveller(ctx, events, sentence, host)
            elif _DELEGATION.search(sentence.text):
                _extend_recent(ctx, events, sentence)
            named = _NAMED_MEETING.search(sentence.text) if "eeting" in sentence.text else None
            body = _chaired_body(ctx, sentence, named.start(), events) if named else None
            if body is not None:
                _add(events, body)  # "The ASEAN Foreign Ministers' Meeting, chaired by X, …"
            continue
        if _NEGATED.search(sentence.text, max(0, at - 24), at):
            # "She has not travelled to Washington since, though the two leaders met briefly
            # in December": the event the contrast tells
            kind, at = _despite(sentence, at)
        if kind is None or _NONE_SET.search(sentence.text):
            continue  # "the two leaders have not met since": no event
        if _COUNTED.match(sentence.text):
            continue  # "It was their third face-to-face meeting this year": the one just told
        if _RESTATED.match(sentence.text) and len(_scan(sentence)) == 1:
            continue  # "The visit of X reaffirmed the momentum…": the visit told already
        if kind == "meeting" and _GATHER.match(sentence.text, at) and _leaders_of(ctx, sentence):
            kind = "summit"  # "AU heads of state will meet in Addis Ababa": the bloc's summit
        several: list[Candidate | None] = list(_several(ctx, sentence, kind, at, events))
        found = several or _each_apart(sentence, at, _candidate(ctx, sentence, kind, at, events))
        if found == [None] and kind == "meeting":
            found = [_chaired_body(ctx, sentence, at, events)]
        if kind == "visit" and ("summit" in sentence.text or "inisterial" in sentence.text):
            _visit_for_summit(ctx, sentence, at, found)
        if kind == "summit":
            found.append(_after_summit(ctx, sentence, at, events))
        if (
            aside is not None
            and aside[0] != "summit"
            and not _NEGATED.search(sentence.text, max(0, aside[1] - 24), aside[1])
        ):
            found.append(_candidate(ctx, sentence, aside[0], aside[1], events))
        for candidate in found:
            if candidate is not None:
                _add(events, candidate)
        if _SIDELINES.search(sentence.text):
            _summit_alongside(ctx, sentence, events)
        elif "on the" in sentence.text and _MARGINS.search(sentence.text):
            _body_alongside(sentence, found, events)
    return [draft(ctx, event) for event in absorb(events)]


# ", who hosted last year's summit in Kananaskis,": a relative clause set off by commas
_ASIDE = re.compile(r",\s+(?:who|which)\s+[^,;:()]{3,120},\s+", re.IGNORECASE)


def _aside(sentence: Sentence, at: int) -> tuple[str, int] | None:
    """The first trigger after the relative clause the sentence's first trigger sits in, if
    that trigger sits in one set off by commas."""
    opened = sentence.text.rfind(", wh", 0, at)
    if opened < 0:
        return None
    clause = _ASIDE.match(sentence.text, opened)
    if clause is None or clause.end() <= at:
        return None
    return next(
        ((kind, start) for kind, start, _ in _triggers(sentence) if start >= clause.end()), None
    )


# "met X and Y separately", "held separate talks with X and Y": one meeting with each
_EACH_APART = re.compile(
    r"\b(?:separately|individually|in\s+separate\s+(?:meetings|talks)|one\s+after\s+the\s+other)\b"
    r"|\b(?:held|hold|holds|holding|had|have|has)\s+separate\s+(?:\w+\s+)?(?:talks|meetings)\b",
    re.IGNORECASE,
)


def _each_apart(sentence: Sentence, at: int, found: Candidate | None) -> list[Candidate | None]:
    """'X met Y and Z separately': X's meeting with Y and X's meeting with Z, never one of
    the three; the subject named before the verb meets each named after it in turn."""
    if found is None or found.kind != "meeting" or not _EACH_APART.search(sentence.text, at):
        return [found]
    subject = [p for p in found.parties if p.position - sentence.start < at]
    objects = [p for p in found.parties if p.position - sentence.start >= at]
    if not subject or len(objects) < 2 or any(p.person is None for p in objects):
        return [found]
    return [replace(found, parties=[*subject, other], extra=[]) for other in objects]


# "will visit Brussels for an EU-Indonesia summit": the trip is to the bloc's summit
_FOR_SUMMIT = re.compile(
    r"\b(?:for|to\s+attend)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
    # "for the EU-AU ministerial meeting": a bloc's meeting of ministers
    r"(?P<noun>summit|ministerial(?:\s+meeting)?)\b",
    re.IGNORECASE,
)


def _visit_for_summit(
    ctx: Context, sentence: Sentence, at: int, found: list[Candidate | None]
) -> None:
    """'X is expected to visit Brussels for an EU-Indonesia summit': X meets the bloc there."""
    purpose = _FOR_SUMMIT.search(sentence.text, at)
    if purpose is None:
        return
    name = _summit_name(ctx, sentence)
    if purpose.group("noun").casefold() != "summit":
        lo, hi = sentence.start + purpose.start(), sentence.start + purpose.end()
        name = next(
            (
                m.code
                for m in ctx.mentions_in(sentence)
                if (m.is_bloc or m.code == "EU") and lo <= m.start < hi
            ),
            None,
        )
    for candidate in found:
        if candidate is not None and candidate.kind == "visit" and candidate.group is None:
            candidate.group = name


# "…, chaired by Foreign Minister X", "The meeting, hosted by X, …": who presides over it
_CHAIRED = re.compile(
    r"\b(?:chaired|co-chaired|hosted|presided\s+over|convened)\s+by\s+", re.IGNORECASE
)
_CHAIR_REACH = 90
_CHAIRS = re.compile(
    r"\b(?:will\s+|to\s+)?(?:chair|chairs|chaired|co-chair)\s+(?:the|this)\s+"
    r"(?:talks|meeting|session|gathering|discussions)\b",
    re.IGNORECASE,
)
# "the ASEAN Foreign Ministers' Meeting": a bloc's ministers' gathering by its own name
_NAMED_MEETING = re.compile(r"(?<=\s)(?:Ministers['’]?|Ministerial)\s+Meeting\b")


def _chaired_body(
    ctx: Context, sentence: Sentence, at: int, events: list[Candidate]
) -> Candidate | None:
    """'BRICS foreign ministers met in New York … The meeting, chaired by X, …': a bloc's
    ministers meeting as a body, with the official this or the next sentence says chairs it."""
    who = parties(ctx, sentence)
    bodies = [p for p in who if p.bloc is not None and p.person is None]
    if len(bodies) != 1 or bodies[0].position - sentence.start > at:
        return None
    chair: Party | None = None
    for index in (sentence.index, sentence.index + 1):
        if index >= len(ctx.sentences) or chair is not None:
            break
        here = ctx.sentences[index]
        found = _CHAIRED.search(here.text)
        if found is None:
            chairs = _CHAIRS.search(here.text) if "chair" in here.text else None
            if chairs is not None:
                # "X, whose country holds the presidency, will chair the talks": the subject
                chair = next(
                    (
                        p
                        for p in reversed(parties(ctx, here))
                        if p.person is not None and p.position - here.start < chairs.start()
                    ),
                    None,
                )
            continue
        chair = next(
            (
                p
                for p in parties(ctx, here)
                if p.person is not None
                and 0 <= p.position - here.start - found.end() <= _CHAIR_REACH
            ),
            None,
        )
    if chair is None or any(p is not bodies[0] and p.label != chair.label for p in who):
        return None  # (anyone else named takes part in another way the rules above read)
    status = _status(sentence.text, at)
    date = _sentence_date(ctx, sentence, at, status)
    value, end = _date_values(ctx, sentence, date, status, events)
    return Candidate(
        "meeting", sentence, [bodies[0], chair], date, value, end, status, place_in(sentence)
    )


# "held bilateral talks on the margins": beside the gathering just told, named no further
_MARGINS = re.compile(
    r"\bon\s+the\s+(?:sidelines|margins)\b(?!\s+of\s+(?!the\s+(?:gathering|meeting|session)\b))",
    re.IGNORECASE,
)
_BODY_REACH = 6


def _body_alongside(
    sentence: Sentence, found: list[Candidate | None], events: list[Candidate]
) -> None:
    """A bilateral 'on the sidelines' of a bloc's ministers meeting: both sides attend it."""
    meetings = [c for c in found if c is not None and c.kind == "meeting"]
    body = next(
        (
            e
            for e in reversed(events[-_MERGE_WINDOW:])
            if e.kind == "meeting" and any(p.bloc and p.person is None for p in e.parties)
        ),
        None,
    )
    if not meetings or body is None or sentence.index - body.sentence.index > _BODY_REACH:
        return
    for meeting in meetings:
        if meeting is body or meeting.status != body.status:
            continue
        named = [p for p in meeting.parties if p.person is not None]
        body.extra = union(body.extra, [p for p in named if p.label not in body.names()])


# "Indian Petroleum Minister X is due to host him": the host of the trip just reported
_HOSTS_HIM = re.compile(r"\b(?:host|receive|welcome)(?:s|d|ed|ing)?\s+(?:him|her)\b", re.I)


def _host_traveller(
    ctx: Context, events: list[Candidate], sentence: Sentence, hosting: re.Match[str]
) -> None:
    """'X will host him': X takes part in the visit the last sentences reported."""
    trip = events[-1] if events else None
    if trip is None or trip.kind != "visit" or sentence.index - trip.sentence.index > _NEXT_LINES:
        return
    who = [
        p
        for p in parties(ctx, sentence)
        if p.person is not None and p.position - sentence.start < hosting.start()
    ]
    trip.extra = union(trip.extra, [p for p in who if p.label not in trip.names()])


@lru_cache(maxsize=64)
def _scan(sentence: Sentence) -> tuple[tuple[str, int, int, bool], ...]:
    """Every trigger phrase of a sentence: kind, span, and whether 'the'/'this' names it."""
    text = sentence.text
    return tuple(
        (
            match.lastgroup or "",
            match.start(),
            match.end(),
            _ANAPHORIC_NOUN.search(text, max(0, match.start() - 12), match.start()) is not None,
        )
        for match in _ANY_TRIGGER.finditer(text)
    )


def _trigger(sentence: Sentence) -> tuple[str | None, int]:
    """The kind of the earliest trigger phrase in the sentence, and where it is."""
    found = _scan(sentence)
    for kind, start, _, anaphoric in found:
        if not anaphoric:
            return kind, start
        # "The visit comes days after X travelled to Y": the later verb reports the event.
    return (found[0][0], found[0][1]) if found else (None, -1)


@dataclass(frozen=True, slots=True)
class _Clause:
    """The words of a sentence about one of the several events it reports."""

    kind: str
    at: int  # where its trigger (or, for a second object of one verb, its words) begins
    lo: int
    hi: int


def _several(
    ctx: Context, sentence: Sentence, kind: str, at: int, events: list[Candidate]
) -> list[Candidate]:
    """'X met Y on Monday and Z on Tuesday', 'X called Y, a day after he met Z': one event each."""
    if kind == "summit":
        return []
    clauses = _one_trip(
        sentence,
        [c for whole in _clauses(sentence, at) for c in _dated_objects(ctx, sentence, whole)],
    )
    if len(clauses) < 2:
        return []
    who = parties(ctx, sentence)
    subject = [p for p in who if p.position - sentence.start < clauses[0].at]
    out: list[Candidate] = []
    seen: set[str] = set()
    for clause in clauses:
        mine = [p for p in who if clause.lo <= p.position - sentence.start < clause.hi]
        own = [p for p in mine if p.position - sentence.start < clause.at]
        objects = [p for p in mine if p.position - sentence.start >= clause.at]
        people = union(own or subject, objects)
        new = {p.label for p in objects} - seen
        if not out and not objects:
            new = {p.label for p in own}  # "X and Y are expected to meet again, and …"
        if clause.kind == "visit" and out:
            # "X will visit Y next week, and Z will travel to Y in December": another traveller,
            # the subject of a verb of its own
            done = {n for earlier in out for n in earlier.names()}
            new |= {
                p.label
                for p in own
                if p.label not in done
                and _OWN_VERB.search(sentence.text, p.position - sentence.start, clause.at)
                and clause.at - (p.position - sentence.start) < 60
            }
        previous = out[-1] if out else None
        # "…, and the two leaders agreed to meet in Beijing": the same people, another event
        again = previous is not None and plural_within(sentence, clause.lo, clause.at)
        if again and clause.kind == "signing" and previous is not None and previous.kind != "call":
            continue  # "X held talks with Y, and the two signed a memorandum": those talks
        if again and previous is not None:
            people = union(previous.parties, people)
        candidate = _clause_candidate(ctx, sentence, clause, people, events, previous)
        if candidate is None:
            continue
        # "X spoke with Y by phone last Friday and will travel to Washington later this month
        # to meet Y": the same people again, on a day of its own
        later = (
            previous is not None
            and candidate.date is not None
            and candidate.date_value != previous.date_value
            and candidate.kind != previous.kind
        )
        if later and previous is not None and len(candidate.parties) < 2:
            # (named again in the clause by surname: "to meet Y in person")
            words = set(sentence.text[clause.at : clause.hi].split())
            candidate.parties = union(
                candidate.parties,
                [p for p in previous.parties if p.label.split()[-1] in words],
            )
        if not new and not again and not later and (clause.kind != "visit" or out):
            continue  # a later clause must add someone: "…, who was on her first trip to X"
        seen |= {p.label for p in objects}
        out.append(candidate)
    return out if len(out) > 1 else []


# "visited Baku and met": one verb's trip ending where the next verb's meeting happens
# "will travel to Hanoi, where he is scheduled to meet": the same, with the meeting's place first
_TRIP_THEN = re.compile(
    # ("visited Tashkent in November and met": the trip's day before the meeting)
    r"\w+\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:in|on|last|early|late)\s+(?:[\w.]+\s+){1,3}?)?"
    r"and\s+(?:also\s+)?$"
    r"|\w+\s+(?:to\s+)?(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*,\s+where\s+(?:[\w'’-]+\s+){0,6}$"
)


def _one_trip(sentence: Sentence, clauses: list[_Clause]) -> list[_Clause]:
    """'X visited Baku and met Y': the trip and the meeting are one clause, one event."""
    out: list[_Clause] = []
    for clause in clauses:
        if out and _trip_for(sentence, out[-1], clause):
            out[-1] = replace(clause, lo=out[-1].lo)
        else:
            out.append(clause)
    return out


def _trip_for(sentence: Sentence, trip: _Clause, meeting: _Clause) -> bool:
    """Whether a visit only brings its traveller to the meeting the next clause reports."""
    return (
        trip.kind == "visit"
        and meeting.kind != "visit"
        and _TRIP_THEN.fullmatch(sentence.text, trip.at, meeting.at) is not None
    )


_CLAUSE_BREAK = re.compile(r"[,;]\s*|\s+(?:and|before|after|then|while)\s+")
_COMMA_AND = re.compile(r"[,;]\s*(?:and|but|while)\s")


def _clauses(sentence: Sentence, first: int) -> list[_Clause]:
    """One clause per trigger, cut at the last break before the next trigger."""
    found = [t for t in _triggers(sentence) if t[1] >= first and t[0] != "summit"]
    if not found:
        return []
    clauses: list[_Clause] = []
    kind, at, end = found[0]
    lo = 0
    for next_kind, next_at, next_end in found[1:]:
        breaks = list(_CLAUSE_BREAK.finditer(sentence.text, end, next_at))
        if breaks:
            # "…, and Saudi Arabia's foreign minister, Prince X, travelled to Y": the clause
            # starts at ', and', not at the comma closing the apposition after it
            cut = next(
                (b for b in reversed(breaks) if _COMMA_AND.match(sentence.text, b.start())),
                breaks[-1],
            )
            clauses.append(_Clause(kind, at, lo, cut.start()))
            kind, at, lo = next_kind, next_at, cut.start()
        # with no break between them, two triggers are one clause ("spoke to X by phone")
        end = next_end
    clauses.append(_Clause(kind, at, lo, len(sentence.text)))
    return clauses


def _triggers(sentence: Sentence) -> list[tuple[str, int, int]]:
    """Every trigger phrase of a sentence that reports an event itself, with its kind."""
    return [(kind, start, end) for kind, start, end, anaphoric in _scan(sentence) if not anaphoric]


def _dated_objects(ctx: Context, sentence: Sentence, clause: _Clause) -> list[_Clause]:
    """'met Y in Riyadh on Monday and Z in Doha on Tuesday': each object with its own day."""
    days = [
        d
        for d in ctx.dates[sentence.index]
        if d.is_day and clause.at <= d.start - sentence.start < clause.hi
    ]
    if len(days) < 2 or len({d.value for d in days}) < len(days):
        return [clause]
    cuts = [d.end - sentence.start for d in days[:-1]]
    bounds = [clause.lo, *cuts, clause.hi]
    return [
        _Clause(clause.kind, clause.at if number == 0 else lo, lo, hi)
        for number, (lo, hi) in enumerate(pairwise(bounds))
    ]


_OWN_VERB = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|plans?)\s", re.IGNORECASE)

_DAYS_APART = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<rel>after|before)\b", re.I
)


def _clause_candidate(
    ctx: Context,
    sentence: Sentence,
    clause: _Clause,
    who: list[Party],
    events: list[Candidate],
    previous: Candidate | None,
) -> Candidate | None:
    """One clause's event; what it leaves unsaid (when, where) is the previous clause's."""
    if clause.kind == "visit":
        location = _destination(ctx, sentence, clause.at)
        if not who or location is None:
            return None
    else:
        location = place_in(sentence, clause.lo, clause.hi)
        if len(who) < 2:
            return None
    text = sentence.text[: clause.hi]
    status = _status(text, clause.at)
    # "…and hold talks with Y, the ministry announced on Monday": the day of the announcement,
    # not of the talks, which take the day the clause before gave
    told = previous is None or previous.date_value is None
    date = _sentence_date(ctx, sentence, clause.at, status, (clause.lo, clause.hi), told)
    if date is not None and status == "held" and date.value > ctx.published.isoformat():
        status = "planned"  # under a heading for a day still to come
    value: str | None
    end: str | None
    day = ordinal_day(ctx, sentence, clause.lo, clause.hi) if date is None else None
    if day is not None:
        value, end = day, None  # "met X on the first day and Y on the last"
    elif date is None and previous is not None and previous.date_value:
        value, end = previous.date_value, previous.end_date
        apart = _DAYS_APART.search(sentence.text, max(0, clause.lo - 16), clause.at)
        if apart is not None:
            # "X called Y on Wednesday, a day after he met Z": Z was met on Tuesday.
            value, end = _shift(value, apart.group("n"), apart.group("rel")), None
    else:
        value, end = _date_values(ctx, sentence, date, status, events)
        names = {p.label for p in who}
        context = planned_date(ctx, sentence, location, events, names) if value is None else None
        if context is not None and status != "held":
            value, end = context[0], context[1]  # "hoping to meet X in Miami": Miami's day
    if location is None and clause.kind != "visit":
        location = _gone_to(sentence, clause.at)  # "will travel to Hanoi, where he will meet"
    if previous is not None and location is None:
        location = previous.location
    return Candidate(clause.kind, sentence, who, date, value, end, status, location)


_NEXT_DAY = re.compile(
    r"[\s“\"'‘]*(?:The\s+(?:next|following)\s+(?:morning|afternoon|evening|day)"
    r"|(?:A|One)\s+day\s+later)\b"
)


def _next_day(sentence: Sentence, events: list[Candidate]) -> str | None:
    """The day after the last event the sentences just before dated to the day."""
    if not _NEXT_DAY.match(sentence.text) or not events:
        return None
    last = events[-1]
    if sentence.index - last.sentence.index > _NEXT_LINES or len(last.date_value or "") != 10:
        return None
    return _shift(last.date_value or "", "one", "before")


# "On the same day, the minister was received by X", "Later that day she met Y"
_SAME_DAY = re.compile(
    r"\b(?:the\s+same\s+(?:day|morning|afternoon|evening)|(?:later|earlier)\s+(?:that|the\s+same)"
    r"\s+(?:day|morning|afternoon|evening))\b",
    re.IGNORECASE,
)
_SAME_DAY_REACH = 12


def _same_day(sentence: Sentence, events: list[Candidate]) -> str | None:
    """The day of the latest event the article dated to the day, which 'the same day' names."""
    if "same" not in sentence.text and "that" not in sentence.text:
        return None
    if not _SAME_DAY.search(sentence.text):
        return None
    return next(
        (
            e.date_value
            for e in reversed(events[-_MERGE_WINDOW:])
            if len(e.date_value or "") == 10
            and sentence.index - e.sentence.index <= _SAME_DAY_REACH
        ),
        None,
    )


def _shift(value: str, count: str, relation: str) -> str:
    """The day a number of days before (for 'after') or after (for 'before') a given day."""
    if len(value) != 10:
        return value
    days = int(count) if count.isdigit() else _COUNTS[count.casefold()]
    step = -days if relation.casefold() == "after" else days
    return (dt.date.fromisoformat(value) + dt.timedelta(days=step)).isoformat()


_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _candidate(
    ctx: Context, sentence: Sentence, kind: str, at: int, events: list[Candidate]
) -> Candidate | None:
    who = parties(ctx, sentence)
    own = who
    if not who and _BODY_SUBJECT.match(sentence.text):
        return None  # "The new joint body … is to hold its first meeting": no one named meets
    if kind in ("meeting", "visit") and _SUBJECT_HINT[kind].search(
        sentence.text, max(0, at - 60), at
    ):
        subject = (_BODY_MEETS if kind == "meeting" else _OTHER_TRAVELS).search(
            sentence.text, max(0, at - 60), at
        )
        if subject is not None and not any(
            subject.start() <= p.position - sentence.start < at for p in who
        ):
            return None  # "a technical committee would meet", "his minister will travel"
    pair = _pair_before(ctx, sentence, events, who) if plural_subject(sentence) else []
    if pair:
        # "X and Y agreed on Wednesday to … The two ministers held talks in Tokyo": the two
        # the sentence before names, in no event of their own yet
        who = union(pair, who)
    elif events and (plural_subject(sentence) or (mentions_plural(sentence, at) and len(who) < 2)):
        # "The two leaders met ... before being joined by X": they are an earlier event's people.
        status = _status(sentence.text, at)
        before = _antecedent(ctx, sentence, events, status)
        if (
            kind in ("meeting", "signing")
            # "… during X's visit. The two leaders met for two hours": the visit's talks
            and before.kind in ("meeting", "signing", "visit")
            and before.status == status
            and {p.label for p in who} <= before.names()
            and _sentence_date(ctx, sentence, at, before.status) is None
        ):
            return None  # "they signed a memorandum": more of that same meeting
        who = union(before.parties + before.extra, who)
    if kind == "meeting" and _CO_CHAIRED_BY.match(sentence.text, at):
        # "…, which will be co-chaired by X and Y": the two chairs meet, not those before
        who = [p for p in who if p.position - sentence.start >= at]
    guest = _VISITING.search(sentence.text)
    if guest is not None and len(who) < 2:
        # "X called on the visiting leader": the one whose visit was reported last
        trip = next((e for e in reversed(events) if e.kind == "visit"), None)
        if trip is not None:
            who = union(who, trip.parties[:1])
    location = _destination(ctx, sentence, at) if kind == "visit" else place_in(sentence)
    if kind == "summit":
        # "…to expire after the summit, giving both sides leverage": 'both' is no subject here
        attending = who if plural_subject(sentence) else own
        return _summit(ctx, sentence, attending, location, events, at)
    if kind == "visit":
        who = _visitor_named(ctx, sentence, who, at)
        if not who or (location is None and len(who) < 2) or not _travellers(sentence, who, at):
            return None
        if (
            len(who) < 2
            and _EXPECTED_IN.match(sentence.text, at)
            and not _TO_TALK.search(sentence.text, at)
        ):
            return None  # "X is due in Washington to finalise the text": no one met, no event
        location = location or Location()  # a visit's place is where it goes, never the dateline
    elif len(who) < 2 or (
        kind == "meeting"
        and (
            _met_others(sentence, who, at)
            or _objects_only(sentence, who, at)
            or _no_guest(sentence, who, at)
            or _nobody_hosted(sentence, who, at)
        )
    ):
        return None
    if kind == "signing":
        # "…will sign their agreement in Jakarta on June 10, minister X said": X reports it
        who = [p for p in who if not reports(ctx, p)]
        signed = _SIGNED_THE.match(sentence.text, at)
        passive = _SIGNED_BY.match(sentence.text, at)
        if passive is not None:
            who = [p for p in who if p.position - sentence.start >= passive.end()]
        elif signed is not None and signed.group("with") is None:
            who = _signatories(sentence, who, at)
        elif signed is None and sentence.text.startswith(("which", "that"), at):
            who = _signed_which(sentence, who, at)
        if len(who) < 2:
            return None
    if location is None and kind != "summit":
        location = _gone_to(sentence, at)
    if kind == "meeting":
        at = _met_where(sentence, who, at)
    status = _status(sentence.text, at)
    date = _sentence_date(ctx, sentence, at, status)
    around = _around_event(sentence, events) if date is None else None
    if around is not None:
        # "After the signing, he and Y held talks": the day of the signing just told
        return Candidate(kind, sentence, who, None, around, None, status, location)
    following = _next_day(sentence, events) or _same_day(sentence, events) if date is None else None
    if following is not None:
        # "…on 2 April. The next morning she met Y": the day after the event just told
        return Candidate(kind, sentence, who, None, following, None, status, location)
    date = date or _named_before(ctx, sentence, status)
    put_off = postponed_to(ctx, sentence)
    if put_off is not None and put_off.value >= ctx.published.isoformat()[: len(put_off.value)]:
        date, status = put_off, "planned"  # "has been postponed until February"
    if (
        date is not None
        and status == "held"
        and date.value > ctx.published.isoformat()
        and tense_at(sentence.text, at, at) != PAST
    ):
        # "MONDAY, APRIL 13 … ministers meet in Luxembourg", read on Friday; but "met on
        # 20 November 2026" was held, whatever the publication date says
        status = "planned"
    if date is None and _PERFECT.search(sentence.text[max(0, at - 25) : at]):
        # "they have spoken by phone several times": a habit, not one event to date.
        if _REPEATED.search(sentence.text[at:]):
            return None
        return Candidate(kind, sentence, who, None, None, None, status, location)
    if date is None and status in ("held", "planned") and location is not None and location.city:
        # "In Riyadh, X also sat down with Y": the day of the earlier event in Riyadh; "X will
        # also meet Z in Hanoi": the day of the trip's talks there.
        there = next((e for e in reversed(events) if _same_city(e.location, location)), None)
        if there is not None and there.date_value and there.status == status:
            return Candidate(kind, sentence, who, None, there.date_value, None, status, location)
    day_of = day_of_event(sentence, events) if date is None else None
    if day_of is not None:
        # "hopes to meet Y on the first day of the summit": that day of the summit told before
        return Candidate(kind, sentence, who, None, day_of, None, status, location)
    if date is None and status != "held":
        context = planned_date(ctx, sentence, location, events, {p.label for p in who})
        if context is not None:
            return Candidate(kind, sentence, who, None, context[0], context[1], status, context[2])
    if date is None and status == "held":
        day = ordinal_day(ctx, sentence, 0, len(sentence.text))
        if day is not None:
            return Candidate(kind, sentence, who, None, day, None, status, location)
    value, end = _date_values(ctx, sentence, date, status, events)
    return Candidate(kind, sentence, who, date, value, end, status, location)


_CONTRAST = re.compile(r"[,;]\s+(?:though|although|but|however|yet)\s", re.IGNORECASE)


def _despite(sentence: Sentence, at: int) -> tuple[str | None, int]:
    """After a denied event, the trigger a contrast (', though', ', but') brings, if any."""
    turn = _CONTRAST.search(sentence.text, at)
    if turn is None:
        return None, -1
    for kind, start, _ in _triggers(sentence):
        if start > turn.end() and not _NEGATED.search(sentence.text, max(0, start - 24), start):
            return kind, start
    return None, -1


def _met_where(sentence: Sentence, who: list[Party], at: int) -> int:
    """'X met business leaders before flying to Y, where he is due to meet Z on Wednesday':
    when no one named is met before ', where', the meeting after it is the one told."""
    where = sentence.text.find(", where ", at) if ", where " in sentence.text else -1
    if where < 0 or any(at <= p.position - sentence.start < where for p in who):
        return at
    return next(
        (
            start
            for kind, start, _ in _triggers(sentence)
            if start > where
            and kind == "meeting"
            and any(p.position - sentence.start > start for p in who)
        ),
        at,
    )


def _pair_before(
    ctx: Context, sentence: Sentence, events: list[Candidate], who: list[Party]
) -> list[Party]:
    """The officials the sentence before names, when no event holds them yet and this one
    names fewer than two: those 'the two ministers' or 'they' stand for."""
    if len(who) > 1 or sentence.index == 0:
        return []
    before = ctx.sentences[sentence.index - 1]
    if any(e.sentence.index == before.index for e in events[-_MERGE_WINDOW:]):
        return []
    named = [p for p in parties(ctx, before) if p.person is not None]
    return named if len(named) > 1 else []


# "signed the agreement at the palace" (no "with Y": the signatories are the subject)
_SIGNED_THE = re.compile(
    r"signed\s+(?:the|an?)\s+(?:[\w()-]+\s+){0,4}?(?:agreement|memorandum|accord|treaty|pact)\b"
    r"(?P<with>[^.]{0,80}?\bwith\b)?",
    re.IGNORECASE,
)
# "…, in a ceremony attended by President X", "in the presence of X": a witness of the signing
_WITNESSED = re.compile(
    r"\b(?:attended|witnessed|overseen)\s+by\b|\bin\s+the\s+presence\s+of\b", re.IGNORECASE
)
_AND_BEFORE = re.compile(r"\band\b|,")
_SIGNED_BY = re.compile(r"(?:was|were)\s+(?:formally\s+)?signed\b[^.;]{0,80}?\bby\s", re.I)


_SIGNED = re.compile(r"\bsigned\s")


def _signed_which(sentence: Sentence, who: list[Party], at: int) -> list[Party]:
    """'the agreement, which X and Y signed in Bali': those named between the relative word
    and the verb sign what the clause refers to."""
    verb = _SIGNED.search(sentence.text, at)
    if verb is None:
        return []
    inside = [p for p in who if p.person is not None and p.position - sentence.start >= at]
    return _signatories(sentence, inside, verb.start(), at)


def _signatories(sentence: Sentence, who: list[Party], at: int, lo: int = 0) -> list[Party]:
    """'X and Y signed the agreement': two or more joined subjects sign it, with those said to
    witness it; one subject alone ('X signed the agreement, which Y had opposed') signs no
    agreement with anyone the sentence names."""
    before = [p for p in who if lo <= p.position - sentence.start < at]
    if len(before) < 2 or not _AND_BEFORE.search(
        sentence.text, before[0].position - sentence.start, at
    ):
        return []
    witness = _WITNESSED.search(sentence.text, at)
    if witness is None:
        return before
    return before + [p for p in who if p.position - sentence.start > witness.start()]


# "After the signing, …", "Prior to the meeting, …": an event told by its place beside another
_AROUND = re.compile(
    r"[\s“\"'‘]*(?:After|Following|Before|Prior\s+to|Ahead\s+of|During|At)\s+the\s+"
    r"(?:[\w-]+\s+)?(?P<noun>signing|meeting|talks|summit|ceremony)\s*,",
    re.IGNORECASE,
)
_AROUND_KINDS = {
    "signing": ("signing",),
    "ceremony": ("signing",),
    "meeting": ("meeting",),
    "talks": ("meeting",),
    "summit": ("summit",),
}


def _around_event(sentence: Sentence, events: list[Candidate]) -> str | None:
    """The day of the event a sentence opens by placing itself beside ('After the signing,')."""
    found = _AROUND.match(sentence.text)
    if found is None:
        return None
    kinds = _AROUND_KINDS[found.group("noun").casefold()]
    for event in reversed(events[-_MERGE_WINDOW:]):
        if event.kind in kinds and event.date_value and len(event.date_value) == 10:
            return event.date_value  # (one only hoped for, with no day, is not the one told)
    return None


# "as Luxon visit looms", "Lee's state visit": the name right before the noun is the visitor
_VISITOR_BEFORE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.-]*(?:['’]s)?\s+(?:state\s+)?")


def _visitor_named(ctx: Context, sentence: Sentence, who: list[Party], at: int) -> list[Party]:
    """Those a visit involves, when a name right before its noun says whose visit it is:
    that visitor and those named after (the hosts), not others the sentence names before."""
    for party in who:
        if party.person is not None and _VISITOR_BEFORE.fullmatch(
            ctx.text, party.position, sentence.start + at
        ):
            return [p for p in who if p is party or p.position > party.position]
    return who


_AT_THE_SUMMIT = re.compile(r"\b(?:where|when|at\s+which|during\s+which)\b", re.IGNORECASE)


def _after_summit(
    ctx: Context, sentence: Sentence, at: int, events: list[Candidate]
) -> Candidate | None:
    """'…commitments made at the AU-EU summit in November, and that AU and EU foreign ministers
    would meet in Brussels next year': a meeting told in a later clause of a summit's sentence."""
    for kind, start, _, anaphoric in _scan(sentence):
        if kind not in ("meeting", "signing") or anaphoric or start <= at:
            continue
        if _CLAUSE_BREAK.search(sentence.text, at, start) is None:
            return None
        if _AT_THE_SUMMIT.search(sentence.text, at, start):
            return None  # "a summit in Beijing, where X and Y are due to meet Z": the summit itself
        if _NEGATED.search(sentence.text, max(0, start - 24), start):
            return None
        return _candidate(ctx, sentence, kind, start, events)
    return None


def _travellers(sentence: Sentence, who: list[Party], at: int) -> list[Party]:
    """Who makes a trip: not those only named as met ('travel to X to meet Y': Y stays home)."""
    met = next((s for k, s, _, _ in _scan(sentence) if k == "meeting" and s > at), None)
    if met is None:
        return who
    return [p for p in who if p.position - sentence.start < met]


# "While there, he will meet with X and with Y": a subject the sentence does not name
_PRONOUN_SUBJECT = re.compile(r"\b(?:he|she|I|we)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


def _objects_only(sentence: Sentence, who: list[Party], at: int) -> bool:
    """Whether everyone named is met by someone the sentence calls only 'he' or 'she':
    those met do not meet each other."""
    if any(p.position - sentence.start < at for p in who):
        return False
    return _PRONOUN_SUBJECT.search(sentence.text, max(0, at - 40), at) is not None


_RECEIVED_BY = re.compile(
    r"(?:was|were|been|being)\s+(?:(?:\w+ly|then|also|later|first|next|afterwards)\s+)?"
    r"(?:received|welcomed|hosted)\b"
)


def _no_guest(sentence: Sentence, who: list[Party], at: int) -> bool:
    """'The proposal was received by X with scepticism': a thing, not a guest, was received."""
    if _RECEIVED_BY.match(sentence.text, at) is None:
        return False
    return not any(p.person is not None and p.position - sentence.start < at for p in who)


_HOSTS = re.compile(r"(?:host(?:ed|s)?|receive[ds]?|welcome[ds]?)\s", re.IGNORECASE)


def _nobody_hosted(sentence: Sentence, who: list[Party], at: int) -> bool:
    """'A heads to X, B in Y, C hosts Balkan leaders': a host whose guests the sentence does
    not name meets none of those named before it."""
    hosting = _HOSTS.match(sentence.text, at)
    if hosting is None:
        return False
    if _GUEST_PRONOUN.match(sentence.text, hosting.end()):
        return False  # "X was in Ankara, where Y hosted her": the guest named before
    return not any(p.position - sentence.start > at for p in who)


_GUEST_PRONOUN = re.compile(r"(?:him|her|them)\b(?!\s+(?:[a-z]+\s+)?(?:counterparts?|\w+['’]s))")


def _met_others(sentence: Sentence, who: list[Party], at: int) -> bool:
    """'X and Y met representatives of a carmaker': the two named are one side of a meeting
    with people nobody names, not a meeting between them."""
    if any(p.position - sentence.start > at for p in who):
        return False
    return met_others().match(sentence.text, at) is not None


def _antecedent(
    ctx: Context, sentence: Sentence, events: list[Candidate], status: str
) -> Candidate:
    """The latest event, held or not as this one is, with someone named here or just before."""
    named: set[str] = set()
    for index in (sentence.index - 1, sentence.index):
        if index >= 0:
            named |= {person.name for _, person in ctx.references(ctx.sentences[index])}
    held = status == "held"
    recent = events[-_MERGE_WINDOW:]
    # "they", "the two leaders" are two or more: not a lone traveller's trip
    several = [e for e in reversed(recent) if len(e.names()) > 1]
    if _TWO_LEADERS.search(sentence.text):
        # "the two leaders": the heads of state or government who met, not their deputies
        several = [e for e in several if _all_heads(e)] + [e for e in several if not _all_heads(e)]
    for event in several:
        if (event.status == "held") == held and named & event.names():
            return event
    for event in several:
        if named & event.names():
            return event  # "…met on Tuesday. The two leaders agreed to meet again in September"
    return several[0] if several else events[-1]


_TWO_LEADERS = re.compile(
    r"\b(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|heads\s+of\s+state)\b",
    re.IGNORECASE,
)


def _all_heads(event: Candidate) -> bool:
    people = [p.person for p in event.parties + event.extra if p.person is not None]
    return bool(people) and all(heads(person) for person in people)


def _same_city(first: Location | None, second: Location) -> bool:
    return first is not None and first.city is not None and first.city == second.city


def _destination(ctx: Context, sentence: Sentence, at: int) -> Location | None:
    """The place right after 'visit', 'trip to' or 'arrived in'."""
    place = place_in(sentence, at, at + 40)
    if place is not None:
        return place
    found = _TO_CITY.match(sentence.text, at)
    if found is not None and place_country(found.group("city")):
        return Location(found.group("city"), place_country(found.group("city")))
    for mention in ctx.mentions_in(sentence):
        if not 0 < mention.start - sentence.start - at <= 24:
            continue
        gap = sentence.text[at : mention.start - sentence.start]
        if _VISIT_GAP.fullmatch(gap) and not mention.is_bloc:
            city = mention.text if mention.kind == "capital" else None
            return Location(city, mention.code)
    return None


# "is due to return to Washington on Monday for talks with X": the talks are held there.
_GONE_TO = re.compile(
    r"\b(?:travel\w*|fl(?:y|ies|ying|ew|own)|return\w*|go(?:es|ing)?|went|head(?:s|ed|ing)?|"
    r"com(?:e|es|ing)|came)\s+(?:back\s+)?to\s+(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)


def _gone_to(sentence: Sentence, at: int) -> Location | None:
    """The city someone goes to before the meeting word: where the meeting takes place."""
    for found in _GONE_TO.finditer(sentence.text, 0, max(0, at)):
        code = place_country(found.group("city"))
        if code is not None:
            return Location(found.group("city"), code)
    return None


def _elsewhere(first: Location | None, second: Location | None) -> bool:
    """Whether two places named for events are plainly different ones."""
    if first is None or second is None:
        return False
    if first.city and second.city:
        return first.city != second.city
    return bool(first.country and second.country and first.country != second.country)


def _nested(first: set[str], second: set[str]) -> bool:
    return first <= second or second <= first


# "…, which had been scheduled for next Thursday, was cancelled": the event will not take place
_CALLED_OFF = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:\w+\s+)?"
    r"(?P<how>cancel(?:l)?ed|called\s+off|scrapped|postponed|put\s+off|pushed\s+back|delayed)"
    r"|did\s+not\s+go\s+ahead|(?P<off>postponed\s+indefinitely))\b",
    re.IGNORECASE,
)
_CALLED_OFF_REACH = 160
_RELATIVE_OPEN = re.compile(r"\b(?:which|that|who)\b[^,;]*$", re.IGNORECASE)


def _called_off_elsewhere(text: str, at: int, where: int) -> bool:
    """Whether 'was cancelled' at ``where`` tells of another event than the one at ``at``:
    one a relative clause names ('…the annual meeting, which was postponed in April') or one
    a later trigger reports ('X met Y after a planned meeting with Z was called off')."""
    if _RELATIVE_OPEN.search(text, at, where):
        return True
    own = _ANY_TRIGGER.match(text, at)
    return _ANY_TRIGGER.search(text, own.end() if own else at + 1, where) is not None


def _status(text: str, at: int) -> str:
    clause = text[max(0, at - 60) : at + 60]
    off = _CALLED_OFF.search(text, at, at + _CALLED_OFF_REACH)
    if off is not None and not _called_off_elsewhere(text, at, off.start()):
        how = (off.group("how") or off.group("off") or "").casefold()
        put_off = how and not how.startswith(("cancel", "called", "scrapped"))
        return "postponed" if put_off else "cancelled"
    if _TENTATIVE.search(clause):
        return "tentative"
    if arranged().search(text, max(0, at - 40), at):
        return "planned"  # "discussed arrangements for a summit": one still to come
    return "planned" if tense_at(text, at, at) == FUTURE else "held"


def _sentence_date(
    ctx: Context,
    sentence: Sentence,
    at: int = 0,
    status: str | None = None,
    within: tuple[int, int] | None = None,
    told: bool = True,
) -> DateMention | None:
    """The date nearest the trigger that fits the tense; 'since January' dates nothing.

    Without ``told``, a date that only says when something was said is no candidate.
    """
    best: tuple[int, DateMention] | None = None
    published = ctx.published.isoformat()
    lo, hi = within or (0, len(sentence.text))
    said = reported_date()
    asides = (
        [m.span() for m in _ASIDE.finditer(sentence.text)]
        if status in ("planned", "tentative") and ", wh" in sentence.text
        else []
    )
    where = sentence.text.rfind(", where ", 0, at) if ", where " in sentence.text else -1
    for date in ctx.dates[sentence.index]:
        if not lo <= date.start - sentence.start < hi:
            continue
        if asides and any(
            a < date.start - sentence.start < b and not a < at < b for a, b in asides
        ):
            continue  # "X, who met Y last month, will visit Z": the aside's day, not the visit's
        lead = ctx.text[max(sentence.start, date.start - 12) : date.start + 6]
        if _REFERENCE_POINT.search(lead) and not (
            # "is expected to meet Y before the end of the month": within that month
            status in ("planned", "tentative")
            and _BEFORE.search(ctx.text, max(sentence.start, date.start - 8), date.start)
            and ctx.text.startswith("the end of", date.start)
        ):
            continue
        if _OTHER_CLAUSE.search(ctx.text, max(sentence.start, date.start - 60), date.start) and (
            not date.start - sentence.start < at
        ):
            continue  # "…, the practice that was revived in 2023": when something else happened
        since = _SINCE_CLAUSE.search(ctx.text, max(sentence.start, date.start - 70), date.start)
        if since is not None and not since.start() < sentence.start + at < date.start:
            # "their first talks since a row erupted in November": not when they met; but
            # "his second since they met at the White House last October" dates that meeting
            continue
        if (
            status == "held"
            and len(date.value) == 4
            and ctx.text.startswith(("'s", "’s"), date.end)
        ):
            continue  # "received X, this year's guest of honour": the guest's year, not a day
        day = published[: len(date.value)]
        if status == "held" and date.value > day and not _written_in_full(ctx, date):
            # "met ahead of the Aug. 1 deadline": not when they met. A day written with its
            # year ("met on 20 November 2026") is kept: the publication date is more likely
            # wrong than the article.
            continue
        if status in ("planned", "tentative"):
            date = _ahead(ctx, date)
        if status in ("planned", "tentative") and date.value < day and not date.is_day:
            continue  # "will visit ... after the clashes of 2020"
        distance = abs(date.start - sentence.start - at)
        if where > 0 and date.start - sentence.start < where < at:
            # "leaves Tokyo on Thursday for Seoul, where she will meet Y on Friday": the day
            # before 'where' is the departure's
            distance += len(sentence.text)
        if said.search(ctx.text, max(sentence.start, date.start - 60), date.start):
            # "said on Tuesday that he would meet Y on Friday": Tuesday is when it was said,
            # the event's own date (any other) comes first
            if not told:
                continue
            distance += len(sentence.text)
        if best is None or distance < best[0]:
            best = (distance, date)
    if best is None:
        return ctx.headed.get(sentence.index)  # the day of the heading the sentence sits under
    return best[1] if best else None


_YEAR = re.compile(r"\b\d{4}\b")


def _written_in_full(ctx: Context, date: DateMention) -> bool:
    """A day the article writes with its year, which no reading of the tense can move."""
    return date.is_day and _YEAR.search(ctx.text, date.start, date.end) is not None


def _ahead(ctx: Context, date: DateMention) -> DateMention:
    """'will meet … in December': a month named without its year is the next one to come."""
    if len(date.value) != 7 or _YEAR.search(ctx.text, date.start, date.end):
        return date
    month = int(date.value[5:])
    year = ctx.published.year + (month < ctx.published.month)
    return DateMention(date.start, date.end, f"{year:04d}-{month:02d}", None, date.tense)


def _date_values(
    ctx: Context, sentence: Sentence, date: DateMention | None, status: str, events: list[Candidate]
) -> tuple[str | None, str | None]:
    if date is not None:
        return date.value, date.end_value
    if status != "held":
        return None, None
    for distance in (1, 2, None, -1, -2):
        if distance is None:
            # "In a separate ceremony, …": the day of the event the line before told, before
            # any day the lines after give
            last = events[-1] if events else None
            day = last.date_value if last is not None else None
            if (
                last is not None
                and day is not None
                and len(day) == 10
                and sentence.index - last.sentence.index <= _NEXT_LINES
                and day <= ctx.published.isoformat()
                and close_to(ctx.published, day)
            ):
                return day, None
            continue
        index = sentence.index - distance
        if 0 <= index < len(ctx.sentences) and not _date_line(ctx, index):
            near = [
                d
                for d in ctx.dates[index]
                if d.is_day and d.tense != FUTURE and d.value <= ctx.published.isoformat()
            ]
            if near and close_to(ctx.published, near[0].value):
                return near[0].value, None
    for event in reversed(events):
        if (
            event.date_value
            and len(event.date_value) == 10
            and event.date_value <= ctx.published.isoformat()
            and close_to(ctx.published, event.date_value)
        ):
            return event.date_value, None
    return ctx.published.isoformat(), None


# What a byline's date line may hold besides the date: "Updated: Thursday, July 10, 2025 9:14 AM".
_DATE_LINE_REST = re.compile(
    r"(?:updated|published|posted|last|modified|on|at|[a-z]+day|\d{1,2}[:.]\d{2}|[ap]\.?m\.?|"
    r"[A-Z]{2,4}T|GMT|UTC|IST|[|,:()–—-]|\s)*",
    re.IGNORECASE,
)


def _date_line(ctx: Context, index: int) -> bool:
    """Whether sentence ``index`` is only a date (a byline's), which dates the story, not the
    events a neighbouring headline names."""
    dates = ctx.dates[index]
    text = ctx.sentences[index].text
    if not dates or len(text) > 60:
        return False
    rest = text
    for date in dates:
        rest = rest.replace(ctx.text[date.start : date.end], " ")
    return _DATE_LINE_REST.fullmatch(rest) is not None


def _summit(
    ctx: Context,
    sentence: Sentence,
    who: list[Party],
    location: Location | None,
    events: list[Candidate],
    trigger: int,
) -> Candidate | None:
    at = sentence.text.casefold().find("summit")
    at = trigger if at < 0 else at
    if _SUMMIT_TOPIC.search(sentence.text, max(0, at - 60), at):
        # "they discussed preparations for a summit": who prepares it need not attend; only
        # those named after it do ("…, where X and Y are due to meet")
        who = [p for p in who if p.position - sentence.start > at]
    # "…, X said, as Y prepares to host a summit that Z has said he will not attend": neither
    # the one reporting it nor one staying away attends
    who = [
        p
        for p in who
        if not reports(ctx, p)
        and not _STAYS_AWAY.search(ctx.text, p.position, min(sentence.end, p.position + 60))
    ]
    name = _summit_name(ctx, sentence)
    gathered = _leaders_of(ctx, sentence) if name is None else None
    date = _sentence_date(ctx, sentence)
    previous = next((e for e in reversed(events) if e.kind == "summit"), None)
    if name is None and previous is None and _LEADERS_SUMMIT.match(sentence.text):
        name = _last_bloc(ctx, sentence)  # "…the G20 presidency… The leaders' summit is set for"
    if name is None and previous is not None and _ANAPHORIC_SUMMIT.search(sentence.text):
        already = previous.names()
        named = [p for p in who if p.person is not None and p.label not in already]
        if not _STAYS_AWAY.search(sentence.text):  # "is not expected to attend the summit"
            previous.extra = union(previous.extra, named)
        if date is not None and (previous.date_value is None or date.end_value):
            previous.date_value, previous.end_date = date.value, date.end_value
        return None
    named = [p for p in who if p.person is not None]
    if gathered is not None and (
        not named or previous is None or _ANAPHORIC_SUMMIT.search(sentence.text) is None
    ):
        # "EU leaders …, as a two-day summit in Brussels …": the bloc's leaders meet; those
        # named later at "the summit" join it ("X will host G7 leaders …, hoping to keep the
        # summit focused on …": with no summit told before, 'the summit' is theirs)
        name = gathered
    # A bloc's summit needs one named attendee; "a summit with Putin" needs both sides named;
    # "the EU-Central Asia summit has been postponed until next year" is news of its own.
    elif (
        not named
        and (
            name is None
            or not (
                _CALLED_OFF.search(sentence.text, at)
                or _LEADERS_GATHER.search(sentence.text, 0, at)
            )
        )
    ) or (name is None and len(named) < 2):
        return None
    if name is not None and name == gathered:
        at = trigger  # "X will host G7 leaders …": the verb gathering them tells when
    status = _status(sentence.text, at)
    # "…, minister X said on Thursday, as Pretoria prepares to host a summit": the day it was
    # said is not the day of a summit still to come
    told = status == "held"
    date = _sentence_date(ctx, sentence, at, status, None, told) or _named_before(
        ctx, sentence, status
    )
    put_off = postponed_to(ctx, sentence)
    if put_off is not None and put_off.value >= ctx.published.isoformat()[: len(put_off.value)]:
        date, status = put_off, "planned"  # "has been postponed until the first half of 2027"
    value, end = _date_values(ctx, sentence, date, status, events)
    return Candidate("summit", sentence, who, date, value, end, status, location, group=name)


# "Gulf leaders gather in Manama for GCC summit": the bloc's leaders, named or not, meet
_LEADERS_GATHER = re.compile(
    r"\bleaders\s+(?:will\s+|are\s+|were\s+)?(?:gather|gathering|gathered|convene|convening"
    r"|convened|meet|meeting|met)\b(?:\s+[\w'’-]+){0,4}?\s+for\s+(?:the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)


# "for the Tokyo summit", "will sign the agreement": an event the article named before
_ANAPHOR = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w()-]+\s+){0,8}?"
    r"(?P<noun>summit|agreement|pact|accord|talks|meeting)\b",
    re.IGNORECASE,
)
_ANAPHOR_REACH = 30
_ANAPHOR_NOUN = re.compile(r"(?:summit|agreement|pact|accord|talks|meeting)\b", re.IGNORECASE)


def _named_before(ctx: Context, sentence: Sentence, status: str) -> DateMention | None:
    """The date an earlier sentence gives the summit, agreement or talks this one calls 'the'."""
    if _ANAPHOR_NOUN.search(sentence.text) is None:
        return None  # a cheap test first: no such noun at all
    found = _ANAPHOR.search(sentence.text)
    if found is None:
        return None
    noun = found.group("noun").casefold()
    for index in range(sentence.index - 1, max(-1, sentence.index - _ANAPHOR_REACH), -1):
        earlier = ctx.sentences[index]
        at = earlier.text.casefold().find(noun)
        if at >= 0 and ctx.dates[index]:
            date = _sentence_date(ctx, earlier, at, status, (0, len(earlier.text)))
            if date is not None:
                return date
    return None


_STAYS_AWAY = re.compile(
    r"\b(?:not|never|n['’]t)\s+(?:\w+\s+){0,3}?(?:attend|join|go|travel|take\s+part)\b"
    # "said that no U.S. official would attend"
    r"|\bno\s+(?:[\w.'’-]+\s+){0,3}?(?:would|will|is\s+to|was\s+to)\s+(?:\w+\s+)?attend\b",
    re.I,
)
_SUMMIT_TOPIC = re.compile(
    r"\b(?:prepar(?:ations?|ing)(?:\s+(?:for|of))?|(?:plans?|planning|agenda)\s+(?:for|of)"
    r"|prepar(?:e|es|ed)\s+for|discuss(?:ed|es|ing)?|talked\s+about)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _summit_name(ctx: Context, sentence: Sentence) -> str | None:
    for mention in ctx.mentions_in(sentence):
        if mention.is_bloc or mention.code == "EU":
            local = mention.end - sentence.start
            tail = sentence.text[local : local + 40]
            if _NAMED_SUMMIT.match(tail):
                return mention.code
    return None


# "EU leaders", "the bloc's leaders", "ASEAN heads of state": a bloc gathered at its top
_LEADERS = re.compile(
    r"(?:['’]s)?\s+(?:leaders|heads\s+of\s+(?:state|government)|heads\s+of\s+state\s+and\s+"
    r"government)\b"
)
_LEADERS_OF = re.compile(r"\bleaders\s+of\s+(?:the\s+)?$")
_BLOC_LEADERS = re.compile(r"\bthe\s+(?:[\w-]+\s+)?bloc['’]s\s+leaders\b", re.IGNORECASE)


def _leaders_of(ctx: Context, sentence: Sentence) -> str | None:
    """The bloc whose leaders the sentence gathers, if it names them as a body."""
    for mention in ctx.mentions_in(sentence):
        if (mention.is_bloc or mention.code == "EU") and (
            _LEADERS.match(ctx.text, mention.end - (2 if mention.possessive else 0))
            # "leaders of the Group of Seven": the same body, named after them
            or _LEADERS_OF.search(ctx.text, max(sentence.start, mention.start - 20), mention.start)
        ):
            return mention.code
    anaphor = _BLOC_LEADERS.search(sentence.text)
    if anaphor is None:
        return None
    for mention in reversed(ctx.mentions.between(0, sentence.start + anaphor.start())):
        if mention.is_bloc or mention.code == "EU":
            return mention.code
    return None


# "The leaders' summit is scheduled for Dec. 14-15": the summit of the bloc the story is about
_LEADERS_SUMMIT = re.compile(r"\W*The\s+leaders['’]?\s+summit\b")
_BLOC_REACH = 1500


def _last_bloc(ctx: Context, sentence: Sentence) -> str | None:
    """The bloc the text before a sentence named last, if it named one not long before."""
    before = ctx.mentions.between(max(0, sentence.start - _BLOC_REACH), sentence.start)
    return next((m.code for m in reversed(before) if m.is_bloc), None)


_SIDELINES_OF_THE_SUMMIT = re.compile(r"\bsidelines\s+of\s+(?:the|this|that)\s+summit\b", re.I)


def _summit_alongside(ctx: Context, sentence: Sentence, events: list[Candidate]) -> None:
    """A bilateral 'on the sidelines of' a summit means both sides attend that summit."""
    name = _summit_name(ctx, sentence)
    meeting = next((e for e in reversed(events) if e.kind != "summit"), None)
    if meeting is None or sentence.index - meeting.sentence.index > 2:
        return
    if name is None and _SIDELINES_OF_THE_SUMMIT.search(sentence.text):
        # "On the sidelines of the summit, X held talks with Y": both attend the summit just told
        summit = next((e for e in reversed(events) if e.kind == "summit"), None)
        if summit is not None and summit.status == meeting.status:
            already = summit.names()
            named = [p for p in meeting.parties if p.person is not None]
            summit.extra = union(summit.extra, [p for p in named if p.label not in already])
        return
    if name is None:
        return
    if any(e.group == name or name in {p.bloc for p in e.parties} for e in events):
        return
    events.append(
        Candidate(
            "summit",
            sentence,
            list(meeting.parties),
            meeting.date,
            meeting.date_value,
            meeting.end_date,
            meeting.status,
            meeting.location,
            group=name,
        )
    )


def _extend_recent(ctx: Context, events: list[Candidate], sentence: Sentence) -> None:
    """'accompanied by', 'the delegation will include': more participants for the last meeting."""
    if not events or sentence.index - events[-1].sentence.index > _RECENT_SENTENCES:
        return
    named = [
        p
        for p in parties(ctx, sentence)
        if p.person is not None
        and not _STANDS_IN.search(ctx.text, max(sentence.start, p.position - 40), p.position)
    ]
    already = events[-1].names()
    events[-1].extra = union(events[-1].extra, [p for p in named if p.label not in already])


# "X leads the delegation in place of President Y, who did not travel": Y stays away
_STANDS_IN = re.compile(
    r"\b(?:in\s+place\s+of|instead\s+of|rather\s+than|on\s+behalf\s+of)\s+"
    r"(?:[\w'’-]+\s+){0,4}[\w'’-]*$",
    re.IGNORECASE,
)


# "X and Y are both expected to attend": those coming to the summit just reported
_ATTEND = re.compile(
    r"\b(?:expected|due|set|scheduled|planning|plan|plans|going)\s+to\s+attend\b"
    r"|\b(?:will|would|shall)\s+(?:also\s+)?attend\b"
    r"|\bare\s+expected\s*,?\s+(?P<including>including)\b"
    # "X and Y are among the leaders who have landed": both come to the summit
    r"|\b(?:is|are)\s+(?P<among>among)\s+the\s+(?:[\w-]+\s+)?(?:leaders|heads\s+of\s+state)\b"
    # "X will host leaders including Y and Z": the host and the guests named
    r"|\bhost(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?(?:leaders|heads\s+of\s+state)\s+"
    r"(?P<hosted>including)\b"
    # "Prime Minister X is hosting.": the host of the gathering just told
    r"|\b(?:is|are)\s+hosting\s*[.;]",
    re.IGNORECASE,
)


def _gathered_body(ctx: Context, sentence: Sentence, events: list[Candidate]) -> Candidate | None:
    """'Leaders of the European Political Community gather in Yerevan': that body's summit."""
    summit = gathering(ctx, sentence, (None, None))
    if summit is None:
        return None
    date = _sentence_date(ctx, sentence, 0, summit.status)
    if date is not None and summit.status == "held" and date.value > ctx.published.isoformat():
        summit.status = "planned"  # under a heading for a day still to come
    summit.date = date
    summit.date_value, summit.end_date = _date_values(ctx, sentence, date, summit.status, events)
    return summit


# "has said he will attend “to defend…”": attend what the story is about, no object named
_BARE_ATTEND = re.compile(
    r"\b(?:he|she|they)\s+(?:will|would)\s+attend\b(?!\s+(?:the|a|an|his|her|their)\b)",
    re.IGNORECASE,
)


def _attend(ctx: Context, events: list[Candidate], sentence: Sentence) -> None:
    """'X and Y are both expected to attend': they join the summit the last lines reported."""
    found = _ATTEND.search(sentence.text)
    if found is None or _STAYS_AWAY.search(sentence.text):
        return
    # "Around 45 leaders are expected, including X": those named after 'including' come too
    including = found.group("including") is not None or found.group("hosted") is not None
    summit = next((e for e in reversed(events[-_MERGE_WINDOW:]) if e.kind == "summit"), None)
    if summit is None:
        return
    if (
        sentence.index - summit.sentence.index > _NEXT_LINES
        and not (summit.status == "planned" and _BARE_ATTEND.search(sentence.text))
        and found.group("among") is None  # ("are among the leaders": at the summit told)
    ):
        return  # (a summit told long before: only 'has said he will attend' points back to it)
    who = [
        p
        for p in parties(ctx, sentence)
        if p.person is not None and (including or p.position - sentence.start < found.start())
    ]
    summit.extra = union(summit.extra, [p for p in who if p.label not in summit.names()])


def _host_summit(ctx: Context, events: list[Candidate], sentence: Sentence, at: int) -> bool:
    """'X will host a dinner for the visiting leaders': X is among the last summit's people."""
    summit = next((e for e in reversed(events[-_MERGE_WINDOW:]) if e.kind == "summit"), None)
    if summit is None:
        return False
    who = [
        p
        for p in parties(ctx, sentence)
        if p.person is not None and p.position - sentence.start < at
    ]
    summit.extra = union(summit.extra, [p for p in who if p.label not in summit.names()])
    return True


_JOINED = re.compile(
    # "X, who hosted the talks, said": the host took part in them
    r"\b(?:join(?:ed|s|ing)?|hosted)\s+(?:the\s+)?(?:(?P<city>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+)?"
    # "will join the ministers for a working lunch": those just reported meeting
    r"(?:(?:talks|meetings?|discussions|negotiations)\b|(?:(?:foreign\s+)?ministers|leaders)"
    # (not "join the leaders in condemning …")
    r"\s+(?:for|at)\b)"
)


def _join(ctx: Context, events: list[Candidate], sentence: Sentence, joined: re.Match[str]) -> None:
    """'X joined the Doha talks': X takes part in the talks held there (or in the last ones)."""
    city = joined.group("city")
    if city and place_country(city):
        there = next((e for e in reversed(events) if e.location and e.location.city == city), None)
    elif (
        city is None and events and sentence.index - events[-1].sentence.index <= _RECENT_SENTENCES
    ):
        there = events[-1]
    else:
        there = None
    if there is None:
        return
    who = [
        p
        for p in parties(ctx, sentence)
        if p.person is not None and p.position - sentence.start < joined.start()
    ]
    there.extra = union(there.extra, [p for p in who if p.label not in there.names()])


def _same_summit(old: Candidate, new: Candidate) -> bool:
    """'…prepares to host a G20 summit … The G20 leaders' summit will take place on Nov. 22':
    one bloc's summit told twice, once without its day."""
    if old.kind != "summit" or new.kind != "summit" or old.group is None:
        return False
    if old.group != new.group:
        return False
    if old.sentence.index == 0 and old.date is None:
        return True  # a headline's summit, told without tense or day
    return (old.status == "held") == (new.status == "held") and (
        old.date_value is None or new.date_value in (None, old.date_value)
    )


def _headline_of(old: Candidate, new: Candidate) -> bool:
    """Whether the old mention is the headline's, with no day and no tense to trust, of the
    same people the story then tells meeting."""
    return old.sentence.index == 0 and old.date is None and old.names() == new.names()


def _add(events: list[Candidate], new: Candidate) -> None:
    # A repeated mention comes within a few events of the first; the bound keeps this linear.
    mine = new.names()
    for old in reversed(events[-_MERGE_WINDOW:]):
        if old.kind != new.kind and {old.kind, new.kind} != {"meeting", "visit"}:
            continue
        if "summit" in (old.kind, new.kind):
            if _same_summit(old, new):
                old.extra = union(old.extra, [p for p in new.parties if p.label not in old.names()])
                if old.date is None:
                    # the story tells the summit in full: its day, place and words
                    old.date, old.date_value, old.end_date = new.date, new.date_value, new.end_date
                    old.status, old.sentence = new.status, new.sentence
                    old.location = new.location or old.location
                return
            continue
        theirs = old.names()
        if mine != theirs and (min(len(mine), len(theirs)) < 2 or not _nested(mine, theirs)):
            continue
        if mine != theirs and _APART.search(new.sentence.text):
            continue  # "X and Y also met one-on-one beforehand": two of the three, on their own
        if new.date_value not in (None, old.date_value) and old.date_value is not None:
            continue
        if _elsewhere(old.location, new.location):
            continue
        if (old.status == "held") != (new.status == "held") and not _headline_of(old, new):
            continue  # one that happened and one still to come are two events
        if (old.status == "held") != (new.status == "held"):
            old.status, old.sentence = new.status, new.sentence  # the story's, not the headline's
        old.parties = union(old.parties, new.parties)
        old.location = old.location or new.location
        if (
            old.date_value is None
            and new.date_value is not None
            and (new.sentence.index - old.sentence.index <= _NEXT_LINES or _headline_of(old, new))
        ):
            # a headline gives no day; the story's first sentence does, or a later one
            old.date, old.date_value, old.end_date = new.date, new.date_value, new.end_date
        return
    events.append(new)
