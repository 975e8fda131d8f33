"""Tariff rates: who imposes what on whom, from when, and whether threatened, agreed or in force."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, replace

from dateutil.relativedelta import relativedelta

from diplomatic_calendar.extraction.context import Context
from diplomatic_calendar.extraction.dates import FUTURE, PAST, DateMention
from diplomatic_calendar.extraction.drafts import Span, TariffDraft
from diplomatic_calendar.extraction.geo import Mention, geography
from diplomatic_calendar.extraction.text import Sentence
from diplomatic_calendar.extraction.words import hedged, trip_date

_TARIFF_WORDS = re.compile(
    r"\b(?:tariffs?|levy|levies|dut(?:y|ies)|tax(?:ed|es)?|rates?|surtax(?:es)?|surcharges?|anti-dumping)\b",
    re.I,
)
# "21.5%", and "38,6%" with a decimal comma (not "1,000%", whose comma parts thousands)
_NUMBER = r"\d{1,3}(?:\.\d+|,\d{1,2}(?!\d))?"
# "35-per-cent", "25-percent": the words joined to the number by hyphens
_PERCENT = re.compile(
    r"(?<![\d.,-])(?P<rate>" + _NUMBER + r")(?:\s*|-(?=per))(?:%|per\s*cent\b|per-cent\b|"
    r"percent\b|pc\b)",
    re.I,
)
# "Cambodia at 36%", "Japan: 25%", "Laos (40%)": a line of a list of rates.
_LIST_RATE = re.compile(
    r"[A-Z][\w.'’-]*(?:\s+at\s+|\s*[:(–—-]\s*)(?:between\s+|from\s+)?"
    + _NUMBER
    + r"\s*(?:%|per\s*cent|percent|pc\b)"
)
_CHANGE_BEFORE = re.compile(
    r"\b(?:rose|rise|rising|fell|fall|falling|grew|grow|gained|lost|dropped|declined|jumped|"
    r"surged|slumped|climbed|tumbled|up|down|by|increased|decreased|shrank|expanded)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|more than\s+|over\s+|as (?:much|little) as\s+)?$",
    re.I,
)
_TARIFF_NEXT = re.compile(r"\s*(?:-\s*)?(?:tariffs?|levy|levies|dut(?:y|ies)|rate)\b", re.I)
# "25% on Canada", not "fell 1.8% on Thursday": a day is when, not what the rate falls on.
_ON_NEXT = re.compile(
    r"\s+(?:on|against)\s(?!(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|news|day)\b)",
    re.I,
)
_FROM_RATE = re.compile(
    r"\b(?:up|down)?\s*from\s+(?:the\s+|a\s+)?(?:previous(?:ly)?\s+|earlier\s+|current\s+)?$", re.I
)
_TO_AFTER_RATE = re.compile(r"\d\s*(?:%|per\s*cent|percent|pc)\s+(?:to|up to)\s+$", re.I)
# "range from 20% to 30%", "between 15% and 20%", "China: 38.6% to 61.2%": a range, whose
# upper bound is the most a country's goods pay.
_RANGE = re.compile(
    r"(?:\b(?:ranges?|ranging|varying|between)\s+(?:from\s+)?|[:–—]\s*)(?P<low>" + _NUMBER + r")\s*"
    r"(?:%|per\s*cent|percent|pc)?\s*(?:to|and|-|–)\s*(?P<high>" + _NUMBER + r")\s*"
    r"(?:%|per\s*cent|percent|pc)",
    re.I,
)
_DEAL_DONE = re.compile(
    # not "under an order signed by the president", which is no deal
    r"\b(?:agreed|secured|reached|struck|sealed|(?<!order\s)(?<!proclamation\s)(?<!decree\s)signed)\b"
    # "remain at 19% after their July deals": the deals set the rate
    r"|^\S*\s+(?:after|under)\s+(?:their|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:deals?|agreements?|pacts?)\b",
    re.I,
)
# "Indonesia's 19% deal": the rate a trade deal set
_DEAL_NEXT = re.compile(r"\s+(?:trade\s+)?deal\b", re.I)
_RATE_DEAL = re.compile(_NUMBER + r"\s*(?:%|per\s*cent|percent)\s+(?:trade\s+)?deal\b", re.I)
_CEILING_NEXT = re.compile(r"\s+(?:tariff\s+)?(?:ceiling|cap)\b", re.I)
_CEILING_RATE = re.compile(
    _NUMBER + r"\s*(?:%|per\s*cent|percent)\s+(?:tariff\s+)?(?:ceiling|cap)\b", re.I
)
_THE_COMBINED = re.compile(r"\bthe\s+combined\s+$", re.I)
_REMAINS_AT = re.compile(r"\b(?:remains?|remained|stays?|stayed)\s+at\s+$", re.I)
_REMAIN_AT = re.compile(
    r"\b(?:remains?|remained|stays?|stayed)\s+at\s+\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)",
    re.I,
)
_RANGE_BEFORE = re.compile(r"\d\s*(?:[-–]|to)\s*$")
_AT = re.compile(r"(?:\b(?:at|of|to)|[:(–—])\s*(?:about\s+|around\s+|roughly\s+)?$")
_ON = re.compile(
    # "33% safeguard tariff on", "25% anti-dumping duties on": a kind of duty, then its target
    # (a word in quotes too: 'the 20% "reciprocal" rate on')
    r"^\s*(?:[\"“]?[a-z-]+[\"”]?\s+){0,2}?"
    r"(?:(?:[a-z]+-)?(?:tariffs?|levy|levies|duty|duties|surcharges?))?"
    # "the 17% duty imposed in 2022 on steel from X"
    r"\s*(?:(?:already\s+)?(?:imposed|levied|charged|applied|applies|apply)"
    r"(?:\s+(?:in|last|since)\s+[\w-]+)?\s+(?:on|against|to)\s+"
    # "could raise it to 24% for Malaysia", "25% counter-tariffs hit U.S. furniture"
    r"|(?:on|against|for|hit|hits|hitting|target|targets|targeting)\s+"
    # "the 25% tariff Washington had set for Korean goods": the imposer between rate and target
    # "the 50% duty the United States charges on European metals"
    r"|(?:the\s+)?(?:[A-Z][\w.'’]*\s+){1,3}(?:(?:has|had|have)\s+)?"
    # "the 10% tariff Washington applies to most Chilean goods", "the 25% duty the US has kept on"
    r"(?:(?:set|imposed|levied|slapped|placed|charges|imposes|levies|kept|keeps|maintains|"
    r"maintained)\s+(?:for|on|against)|(?:applied|applies)\s+(?:for|on|against|to))\s+"
    # "the 10% tariff that has applied to Kenyan goods since April"
    r"|(?:(?:that|which)\s+)?(?:(?:has|have|had)\s+(?:been\s+)?|(?:is|are|was|were)\s+)"
    r"(?:applied|imposed|levied|charged)\s+(?:to|on|against)\s+"
    # "a 50% tariff that President X has threatened to impose on Brazilian goods"
    r"|(?:that|which)\s+(?:[\w.'’]+\s+){1,8}(?:impose|levy|apply|slap|place|charge)\s+"
    r"(?:on|against)\s+"
    # "the 20% rate that had been due to hit European goods": a rate set for a day to come
    r"|(?:that|which)\s+(?:(?:had\s+been|has\s+been|was|were|is|are)\s+)?"
    r"(?:due|set|scheduled|expected)\s+to\s+(?:hit|apply\s+to)\s+"
    # "The 40% tariff, imposed in August, remains in force on most other X goods"
    r"|(?:,\s*[^,;%]{1,40},\s*)?(?:remains?|remained|stays?|stayed|is|are)\s+(?:still\s+)?"
    r"in\s+(?:force|place|effect)\s+(?:on|for|against)\s+"
    # "applies a 50% tariff to EU metals": after the duty's own word, 'to' leads to whose goods
    r"|(?:(?<=tariff\s)|(?<=tariffs\s)|(?<=duty\s)|(?<=duties\s)|(?<=levy\s))to\s+"
    # "18.5% will apply to imports from A and 12% to imports from B": the verb left unsaid
    r"|to\s+(?=(?:[a-z-]+\s+){0,2}?(?:imports|goods|products|exports|shipments)\s+(?:from|of)\s)"
    # "a 25% surcharge it imposed last year on Turkish goods", "the tariff it announced on"
    r"|(?:(?:that|which)\s+)?(?:it|they|[A-Z][\w.'’]*)\s+(?:(?:has|had|have)\s+)?"
    r"(?:imposed|announced|levied|placed|slapped|applied|threatened)"
    # "the 100% tariff Trump had threatened to impose on Chinese goods"
    r"(?:\s+to\s+(?:impose|levy|apply|slap|place|charge))?"
    r"(?:\s+(?:last|this|in|earlier|late|early)(?:\s+[\w-]+)?)?\s+(?:on|against|(?<=applied\s)to)\s+)"
    # "on about C$20 billion ($14.5 billion) of U.S. goods": an amount, then whose goods
    r"(?:(?:about|around|roughly|some|nearly|almost|up\s+to|more\s+than|over)\s+)?"
    r"(?:(?:(?:[A-Z]{0,3}[$€£¥]|US\$)\s?\d[\d.,]*(?:\s*(?:trillion|billion|million|bn|mn|m|b)\b)?"
    # "on about 93 billion euros of U.S. goods": the amount in words
    r"|\d[\d.,]*\s+(?:trillion|billion|million)\s+(?:euros|dollars|pounds|yuan|yen))"
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:worth\s+)?of\s+)?"
    # "on a list of 23 Peruvian products": the goods, then whose
    # "on goods originating in India"
    r"(?:(?:all\s+)?(?:[a-z-]+,?\s+){1,6}(?:from|of|(?:made|originating|produced)\s+in)\s+"
    r"(?:\d[\d,]*\s+)?)?"
    r"(?:the\s+)?(?:(?:all|most|many|some|remaining|other|certain|selected)\s+){0,2}"
    # "on non-USMCA Canadian goods": goods a pact leaves out, then whose
    r"(?:non-[\w.]+\s+)?$",
)
# "the EU's new steel import regime", "Brazil's import tax": whose regime sets the rate
_REGIME_AFTER = re.compile(r"\s*(?:[a-z-]+\s+){0,3}(?:regime|safeguard|import\s+tax(?:es)?)\b")
_JOIN = re.compile(r"^\s*(?:,|,?\s*and|,?\s*or)?\s*(?:the\s+)?$")
_IMPOSER_AFTER = re.compile(
    # "Argentina, which has pushed for …, wants to cut the tariff": past a relative clause
    r"^\s*(?:,\s+(?:which|who)\s+[^,;]{1,80},\s*)?"
    # "U.S. officials have warned that the rate could return to 25%": whose officials warn
    r"(?:(?:officials|authorities|negotiators)\s+)?"
    r"(?:(?:will|would|has|have|had|is|was|plans to|could|wants? to|seeks? to)\s+)?"
    r"(?:also\s+|already\s+|still\s+|later\s+)?"
    # "the EU would open a tariff-rate quota": who opens a quota charges its duty
    r"(?:(?:imposes?|imposed|slap(?:s|ped)?|levy|levies|levied|charge[sd]?|administration|opens?|opened|"
    # "the 25% duty the US has kept on Mexican goods": who keeps a duty charges it
    r"ke(?:pt|eps)|maintain(?:s|ed)|"
    # "Nigeria will phase out its 20% duty on goods from member states": its own duty
    r"phas(?:e|es|ed|ing)\s+out|scrap(?:s|ped)?|abolish(?:es|ed)?|"
    r"announced|announces|said|says|clarified|confirmed|warned|threatened|decided|retaliat\w*|"
    r"cut|cuts|raised?|"
    r"doubl(?:ed|es)|tripl(?:ed|es)|hike[ds]|increase[ds]|"
    r"raises|lowered|lowers?|appl(?:y|ies|ied)|proposal|plan)\b|(?<=ha[sd] )set\b|(?<=have )set\b|"
    # "China's 34% tariffs": whose rate, however high
    r"(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+)?"
    r"(?:(?:new|additional|reciprocal|retaliatory|average|baseline|blanket|import|existing|current|"
    r"higher|lower|proposed|steel|auto|sectoral|punitive|export)\s+)?"
    # "US Section 232 duties on steel": the law named, then the duty
    r"(?:Section\s+\d+\s+)?"
    # "the Canadian counter-tariffs would be set at 25%": whose reply
    r"(?:counter-?)?(?:tariffs?|duty|duties|levy|levies)\b)",
    re.I,
)
# "imposed by X", "exports to X", "a deal with X": X charges the tariff.
_IMPOSER_BEFORE = re.compile(
    # "a 19% tariff in the United States": where a rate is charged is who charges it
    r"\b(?:by|(?:exports?|shipments?|sales|goods|products)\s+(?:\w+\s+)?to|with"
    # "British cars enter the US at a 10% tariff": the market entered charges the rate
    r"|(?:enter|enters|entered|entering)"
    r"|(?:tariffs?|dut(?:y|ies)|levy|levies|rate)\s+in)\s+(?:the\s+)?$",
    re.I,
)
# "wine sold in the US now pays 15%": the market goods are sold in charges the rate
_SOLD_IN = re.compile(r"\b(?:sold|imported)\s+in(?:to)?\s+(?:the\s+)?$", re.I)
_BLOC_ANAPHOR = re.compile(r"(?<!outside )\b[Tt]he (?:[\w-]+\s+)?bloc\b(?!['’])")
_START_CUE = re.compile(
    r"\b(?:starting|start|starts|from|effective|by|as of|beginning|begin|begins|until|deadline|"
    r"take effect|takes effect|took effect|went into effect|came into (?:force|effect)|"
    r"entered into force|kicked in|kick in|kicks in|imposed|"
    r"in effect since|since|backdated to|retroactive(?:ly)? to|"
    # "those duties became definitive in March"
    r"(?:became|become|becomes|made)\s+(?:final|definitive|permanent))\b(?:\s+(?:on|in))?"
    # "from the same 7 August date": the day another rate began
    r"(?:\s+the\s+same)?\s*$",
    re.I,
)
_PAST_CHANGE = re.compile(
    # "U.S. tariffs on Canadian goods rose to 35% on Aug. 1": a change already made
    r"\b(?:raised|hiked|increased|doubled|tripled|halved|slapped|levied|placed|lowered|reduced|"
    r"slashed|"
    r"rose|climbed|fell|dropped|"
    # "tariffs on X were cut to 15% from 39% on Nov. 14": a cut already made
    r"(?<=was\s)cut|(?<=were\s)cut|(?<=been\s)cut|"
    # "X, which retaliated in January with its own 30% tariff": a reply already made
    r"retaliated|responded|hit\s+back|"
    # "Beijing cut its tariff …": a bare "cut" is past only before what it cuts
    r"cut(?=\s+(?:its|their|the)\b))\b",
    re.I,
)
_INHERIT_WINDOW = 20
_REACH = 300
_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
_CLAUSE_END = re.compile(r",\s+(?:while|but|whereas|and|though|although)\b|;|—", re.I)
_DEAL = re.compile(
    r"\b(?:deals?|agree(?:d|s|ing|ment)?|pacts?|secured|proposal|accord|settled\s+on"
    # "under a trade understanding, X cuts its duty"
    r"|understanding(?:(?<=\ba understanding)|(?<=\ban understanding)|(?<=\bthe understanding)"
    r"|(?<=\btrade understanding)))\b",
    re.I,
)
# "Kenya faces a 10% duty": present tense, no modal, right before the rate
_FACING = (
    r"(?<!could )(?<!would )(?<!will )(?<!may )(?<!might )(?<!to )"
    r"\b(?:faces|face|is\s+facing|are\s+facing)\s+"
)
_MONEY_RATE = re.compile(
    r"\b(?:key|interest|policy|benchmark|lending|deposit|repo|unemployment|jobless|inflation|"
    r"growth|mortgage|savings|exchange|tax|vat)\s+rates?\b",
    re.I,
)
_MONEY_AFTER = re.compile(
    r"\s+(?:interest|yields?|growth|inflation|unemployment|annual\s+growth|of\s+(?:GDP|gross))\b",
    re.I,
)
_SHARE_AFTER = re.compile(
    r"\s+of\s+(?:(?:its|their|the|all|[\w-]+)\s+){0,3}?"
    r"(?:goods|exports|imports|products|shipments|trade|tariff\s+lines)\b",
    re.I,
)
_FREE_AFTER = re.compile(r"\s+(?:of\s+\w+\s+)?(?:tariff|duty)-free\b", re.I)
_DUTY_WORD = re.compile(r"\b(?:tariffs?|levy|levies|dut(?:y|ies)|surtax(?:es)?)\b", re.I)
_GOODS = re.compile(r"\b(?:goods|imports|exports|products|shipments)\b", re.I)
_FACED_RATE = re.compile(
    r"\b(?:faces?|facing|faced|charged|pays?|paid)\s+(?:[\w-]+\s+){0,4}?"
    + _NUMBER
    + r"(?:\s*|-)(?:%|per[\s-]*cent\b|percent\b)",
    re.I,
)
_REACHES_BEFORE = re.compile(
    r"\b(?:which|that)\s+(?:reach|reaches|reached|top|tops|topped)\s+(?:up\s+to\s+)?$", re.I
)
_RATE_ON_GOODS = re.compile(
    _NUMBER + r"(?:\s*|-)(?:%|per[\s-]*cent\b|percent\b)\s+on\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:goods|imports|exports|products)\b",
    re.I,
)
_FACED_BEFORE = re.compile(
    r"\b(?:faces?|facing|faced|charged|pays?|paid)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I
)
_FACES_NOW = re.compile(_FACING + r"(?:only\s+)?(?:(?:a|an|the)\s*)?$", re.I)
_PAUSED = re.compile(
    r"\bpaus|\bsuspen(?:d|sion)|\bpostpone|\bput on hold\b|\bput\s+off\b"
    # "will hold off on the 25% tariff", "held off for 90 days on raising the rate", not "has
    # held off on new retaliation"
    r"|\b(?:hold|holds|holding|held)\s+off\s+(?:for\s+[\w-]+\s+(?:days?|weeks?|months?)\s+)?"
    r"on\s+(?:(?:raising|imposing|increasing|hiking|applying)\s+)?(?:the|its|their|an?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:\d|tariff|dut(?:y|ies)|levy|levies|rates?\b|$)"
    r"|\bdelay(?:ed|s|ing)\s+until\b"
    # "will delay its retaliatory tariffs of 25% until Feb. 7"
    r"|\bdelay(?:ed|s|ing)?\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|"
    r"counter-?measures|rates?)\b",
    re.I,
)
_CHARGED_BY = (
    r"[\d.,]+\s*(?:%|per[\s-]*cent|percent)\s+(?:[\w-]+\s+)?"
    r"(?:tariffs?|dut(?:y|ies)|levy|levies|rate)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’]*\s+){1,3}(?:charges|levies|imposes|applies)\b"
)
_CHARGED_NOW = re.compile(_CHARGED_BY)
# Words right before a rate that say it is charged now (only before it: after a rate, they
# speak of the next one, as in "to 50%, doubling the current 25%")
_IN_FORCE_LEAD = re.compile(
    r"\bcurrent\s+$"
    # "The U.S. tariff on X lumber, now 45%, could rise": what it stands at
    r"|,\s*now\s+$"
    # "The combined 50% U.S. duty on X goods remains": the sum of duties charged now
    r"|\bthe\s+combined\s+$"
    # "Switzerland, hit with a 39% rate in August, …": a rate already applied
    r"|(?:,\s*|\b(?:was|were)\s+)hit\s+with\s+(?:a|an|the)\s+$"
    # "Chile faces only the 10% baseline rate": what it pays now, not what it could
    r"|" + _FACING + r"only\s+(?:a|an|the)\s*$",
    re.I,
)
# "Britain, which stays at 25%": a rate left as it is, charged now
_STAYS_AT = re.compile(
    r"\b(?:which|that|who)\s+(?:remains?|remained|stays?|stayed)\s+at\s+(?:the\s+)?$", re.I
)
_STATUS_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "struck_down",
        # "the court annulled the 17% duty", "a ruling that quashed the tariff"
        re.compile(r"\bstruck down\b|\b(?:illegal|unlawful)\b|\binvalidat|\bannul|\bquash", re.I),
    ),
    (
        "paused",
        _PAUSED,
    ),
    (
        "superseded",
        re.compile(r"\breplac|\bsupersed|\binstead of\b|\b(?:lowered|reduced|cut) from\b", re.I),
    ),
    (
        "in_force",
        re.compile(
            r"\b(?:was|were|has been|have been|had been|has|have|had)\s+(?:\w+\s+)?imposed\b"
            r"|(?<!be )(?<!to )\bimposed\b(?!\s+(?:on|by)\b)"
            r"|\balready\b|\bnow\s+(?:charged|levied|applied|paid)\b"
            # "will eliminate its tariffs …, including the 50% duty on cars": the duty stands now
            r"|\b(?:eliminat(?:e|es|ing)|remov(?:e|es|ing)|scrap(?:s|ping)?|abolish(?:es|ing)?)\b"
            r"|\bin effect\b|\bin force\b|\bin place\b|\btook effect\b|\bwent into effect\b"
            # "made its provisional 35% duties final on Tuesday": confirmed, and so charged
            r"|\bmade\s+(?:[\w.%-]+\s+){0,8}?(?:final|definitive|permanent)\b"
            r"|\bkicked in\b|\bcame into (?:force|effect)\b|\bentered into force\b"
            r"|\bexisting\b|\bcurrently\b|\b(?:stands?|stood)\s+at\b"
            # "the 50% duty the United States charges on European metals": charged now
            r"|^"
            + _CHARGED_BY
            + r"|\bstill\s+(?:faces?|pays?|subject|appl(?:y|ies)|charges?|levies)\b"
            # "while retaining the remaining 10%": what a cut leaves standing
            r"|\bretain(?:s|ed|ing)?\b|\bremaining\b|\bkept\b|\bkeeps\b"
            # "goods … have faced a 35% tariff since Aug. 1"
            r"|\b(?:has|have|had)\s+(?:been\s+)?(?:faced|facing|paid|paying|subject(?:ed)?\s+to|"
            r"hit\s+with)\b",
            re.I,
        ),
    ),
    (
        "threatened",
        re.compile(
            r"\bunless\b|\bif\b|\bthreat|\bwarn"
            # "has until 15 December to decide whether to impose a 10% duty": not decided yet
            r"|\bwhether\s+(?:or\s+not\s+)?to\b|\bconsider(?:s|ed|ing)?\s+(?:imposing|raising)\b"
            r"|\b(?:weigh|mull)(?:s|ed|ing)?\s+(?:an?\s+|imposing\s+)"
            # "has until June 1 to reach a deal or face a 35% tariff"
            r"|\bor\s+(?:else\s+)?(?:face|be\s+hit\s+with)\b"
            # "any retaliation would be met with a further 10% tariff"
            r"|\bany\s+(?:\w+\s+)?(?:retaliat\w*|counter-?measures?|reprisals?|response)\b"
            r"|\bwould\s+be\s+met\s+with\b"
            # not "countries without a trade agreement with Mexico", which only says whose goods
            r"|\b(?:without(?<!countries without)(?<!nations without)(?<!partners without)"
            r"|absent|failing)\s+(?:an?\s+)?(?:trade\s+)?(?:deal|agreement|accord)\b",
            re.I,
        ),
    ),
    ("deal", _DEAL),
)


@dataclass(frozen=True, slots=True)
class _Rate:
    start: int
    end: int
    rate: float
    ranged: bool = False  # the upper bound of a range: one country's most, not a list's


def find_tariffs(ctx: Context) -> list[TariffDraft]:
    """Every tariff with a target country and a rate, one per target and rate."""
    seen = _ROLES.set({})  # each country word's role, worked out once per article
    try:
        return _find_tariffs(ctx)
    finally:
        _ROLES.reset(seen)


def _find_tariffs(ctx: Context) -> list[TariffDraft]:
    found: dict[tuple[str, float], TariffDraft] = {}
    # Without an imposer of its own, a rate belongs to the one the article names most often.
    imposers: Counter[str] = Counter()
    starts = _StartDates(ctx)
    # In a story about tariffs, "Vietnam faces 20%" is a rate even without a tariff word.
    story = starts.tariff.count(True) >= 2
    topic = False
    heading: list[str] = []
    carried: list[str] = []  # whose goods a sentence without a rate put duties on
    before: list[TariffDraft] = []  # the rates of the sentence before
    borrowed: set[tuple[str, float]] = set()  # rates whose first date came from elsewhere
    stacked: list[TariffDraft] = []  # further charges as high as one the target already pays
    for sentence in ctx.sentences:
        line = starts.headings.get(sentence.index)
        if line is not None:
            heading, topic = line, False  # "CANADA" over a list of Canada's rates
            continue
        # A list of rates may run on in the sentence after the one that names the tariffs.
        text = sentence.text
        rated = story and ("%" in text or "cent" in text)  # a cheap test before the patterns
        topic = (
            starts.tariff[sentence.index]
            or (topic and _LIST_RATE.search(text) is not None)
            or (rated and _FACED_RATE.search(text) is not None)
            # "… on top of the current 35% on Canadian goods": a rate on goods needs no duty word
            or (rated and _RATE_ON_GOODS.search(text) is not None)
            # Under "MEXICO" in a story of rates, "an increase to 30%" is Mexico's rate.
            or (rated and bool(heading) and _PERCENT.search(text) is not None)
            # "… could raise it to 24% for Malaysia": 'it' is the rate the story is about
            or (rated and _RATE_IT.search(text) is not None)
            # "Both remain at 19% after their deals": in a story of rates, a rate held
            or (rated and _REMAIN_AT.search(text) is not None)
            # "a 15% ceiling applies to most EU goods": a cap on the rates a deal set
            or (rated and _CEILING_RATE.search(text) is not None)
            # "Indonesia's 19% deal set the pattern": in a story of rates, the rate a deal set
            or (rated and "deal" in text and _RATE_DEAL.search(text) is not None)
            # "… duties of up to 41%. The reciprocal 34% remains suspended": the same story
            or (bool(before) and _DEFINITE_RATE.match(text) is not None)
        )
        if not topic:
            carried = []
            continue
        mentions = [m for m in ctx.mentions_in(sentence) if not m.is_bloc or m.code == "EU"]
        own = _imposers(ctx, sentence, mentions)
        explicit = [m.code for m in mentions if _is_imposer(sentence, m)]
        if explicit:
            imposers[explicit[0]] += 2  # "U.S. duties on …" says who charges more surely
        for code in own:
            if code not in explicit[:1]:
                imposers[code] += 1  # than whose official happens to be named
        # Two, so that a rate on the usual imposer itself ("counter-tariffs on American steel")
        # can fall to the other party.
        usual = [code for code, _ in imposers.most_common(2)]
        named = heading if starts.section[sentence.index] in starts.rated else []
        if (
            not named
            and not carried
            # "… a 25% tariff on X goods. The tariff will rise to 50% in a week.": the same one
            and (_DEFINITE_RATE.match(text) or _RATE_OPENS.match(text) or _THAT_RATE.match(text))
        ):
            # "… Chinese goods carry duties of up to 41%. The reciprocal 34% that was
            # suspended remains suspended": the one country the sentence before spoke of
            carried = (
                list({d.target for d in before}) if len({d.target for d in before}) == 1 else []
            )
        lent_before, starts.lent = starts.lent, set()  # (this sentence's drafts only)
        if starts.further:
            starts.further.clear()
        drafts = _sentence_tariffs(ctx, sentence, own + usual, starts, named or carried)
        if before and _RATE_AGAIN.match(text) and not _PERCENT.search(text):
            # "The new rate also applies to Russian material": as dated as the rate it repeats
            # (and its date as much borrowed from elsewhere)
            repeated = [(_as_before(draft, before), draft) for draft in drafts]
            drafts = [new for new, _ in repeated]
            starts.lent.update(
                id(new)
                for new, old in repeated
                if any(id(d) in lent_before for d in before if d.rate_percent == old.rate_percent)
            )
        before = drafts
        # "The pause on duties on European wine ends. The 15% rate rises to 30%.": the wine's
        carried = [] if _PERCENT.search(text) else _duties_on(sentence, mentions)
        starts.targets[sentence.index] = {d.target for d in drafts}
        for draft in drafts:
            key = (draft.target, draft.rate_percent)
            if (
                starts.further
                and key not in borrowed
                and _stacked(draft, found.get(key), starts, stacked)
            ):
                # "X's 25% rate took effect on Thursday, and a further 25% penalty on X goods
                # starts on the 27th": a second charge of the same size, on top of the first
                stacked.append(draft)
                continue
            first = found.setdefault(key, draft)
            if draft.effective_date is not None and (
                # (a rate a deal set, dated by none of its own words, takes no day borrowed by
                # another mention of it)
                (
                    first.effective_date is None
                    and not (first.status == "deal" and id(draft) in starts.lent)
                )
                # "US raises duty on X to 35%" over a story that then says "effective March 16":
                # the day a later sentence gives the rate itself beats one borrowed for it
                or (key in borrowed and id(draft) not in starts.lent)
            ):
                # "Both secured a 15% rate. South Korea's 15% rate applied from Nov. 1."
                found[key] = replace(first, effective_date=draft.effective_date)
                if (
                    first.status == "announced"
                    and draft.status == "in_force"
                    and id(draft) not in starts.lent
                ):
                    # "X pushes for a cut as the 20% rate bites. … the 20% rate, in force
                    # since 7 August": a rate named plainly first is the one in force
                    found[key] = replace(found[key], status="in_force")
                borrowed.discard(key)
            if first is draft and id(draft) in starts.lent:
                borrowed.add(key)
    return [*found.values(), *stacked]


def _stacked(
    draft: TariffDraft, first: TariffDraft | None, starts: _StartDates, stacked: list[TariffDraft]
) -> bool:
    """Whether a further charge is one of its own beside an equal rate from another day."""
    return (
        first is not None
        and id(draft) in starts.further
        and draft.effective_date is not None
        and first.effective_date is not None
        and draft.effective_date != first.effective_date
        and not any(
            d.target == draft.target
            and d.rate_percent == draft.rate_percent
            and d.effective_date == draft.effective_date
            for d in stacked
        )
    )


_RATE_IT = re.compile(
    r"\b(?:raise|raises|raised|lower|lowers|lowered|cut|cuts|increase|increases|increased|"
    r"reduce|reduces|reduced|hike|hikes|hiked|set|sets)\s+it\s+(?:at|to)\s+\d",
    re.I,
)
_DEFINITE_RATE = re.compile(
    r"\W*The\s+(?:[a-z-]+\s+){0,2}\d{1,3}(?:\.\d+)?(?:\s*|-)(?:%|per[\s-]*cent\b|percent\b)"
)
_DUTIES_ON = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies)\s+on\s+(?:the\s+)?"
    # "a duty on welded steel pipes and tubes from China": the goods, then whose they are
    r"(?:(?:[a-z-]+\s+){0,2}|(?:[a-z-]+\s+){1,7}(?:from|of|made\s+in)\s+(?:the\s+)?)$",
    re.I,
)


def _duties_on(sentence: Sentence, mentions: list[Mention]) -> list[str]:
    """Countries whose goods a sentence puts duties on: 'the pause on duties on European wine'."""
    return [
        m.code
        for m in mentions
        if _DUTIES_ON.search(
            sentence.text, max(0, m.start - sentence.start - 80), m.start - sentence.start
        )
    ]


def _sentence_tariffs(
    ctx: Context,
    sentence: Sentence,
    imposers: list[str],
    starts: _StartDates,
    heading: list[str] | None = None,
) -> list[TariffDraft]:
    """The tariffs of one sentence: each rate with the countries it applies to.

    ``heading`` holds the countries a heading line above the sentence (or the sentence before,
    putting duties on their goods) names: whose rates a sentence that names no country lists.
    """
    out: list[TariffDraft] = []
    rates = _rates(sentence) or _rate_named_before(ctx, sentence)
    span = Span(sentence.start, sentence.end)
    paired = _respectively(ctx, sentence, rates)
    if paired:
        return _paired_tariffs(ctx, sentence, paired, imposers, starts)
    previous_end = 0
    last: list[str] = []
    last_status: str | None = None
    last_effective: str | None = None
    changed = rising = False
    older_made = 0  # how many drafts an older rate named first made: 'from 15% to 25%'
    cut_from: int | None = None
    older_from: int | None = None  # where the words about an older rate just named begin
    follow = _follow_up_start(ctx, sentence, rates) if rates else None
    halted = bool(rates) and (_halted_next(ctx, sentence) or _halted_before(ctx, sentence))
    # "Since the new regime replaced the safeguard on 1 July, X has faced 50%": the opening
    # clause says since when, not what became of the rate
    opening = _SINCE_OPENING.match(sentence.text) if rates else None
    for number, rate in enumerate(rates):
        # "The 25% tariff on X was lowered to 15% in September": the change's words lie
        # between the two rates, and tell what became of this one
        via_change = changed and number > 0
        targets = _targets(ctx, sentence, rate, previous_end, last)
        local = rate.start - sentence.start
        lead = sentence.text[max(0, local - 40) : local]
        older = _FROM_RATE.search(lead) is not None  # "to 30% from 145%", "down from the 25%"
        cut = _cut_to_next(sentence, rates, number, lead)
        next_older = not older and _older_next(sentence, rates, number)
        # "keep the rate at 25% rather than raising it to 30%": a rise put off
        forgone = bool(last) and _FORGONE.search(lead) is not None
        if older or changed or rising or forgone or _TO_AFTER_RATE.search(lead):
            targets = targets or last  # the same countries as the rate just named
        # "a 15% tariff on X cars, in line with the rate on Y cars, instead of the 25% duty":
        # the rate the one just named replaces is charged on the same goods
        instead = bool(last) and "instead" in lead and _INSTEAD_LEAD.search(lead) is not None
        if instead:
            targets = _targets(ctx, sentence, rate, local, last) or last
        change = _CHANGED_LEAD.search(lead) if last and not targets else None
        if change is not None:
            # "X's tariff, which Y doubled to 50% last year, was cut to 18%": the same
            # countries' rate, and the one before it gave way
            targets = last
            out[-len(last) :] = [replace(d, status="superseded") for d in out[-len(last) :]]
            previous_end = local - len(change.group())  # its own words begin here
        joined = False
        if not targets and last and _JOINED_RATE.fullmatch(sentence.text, previous_end, local):
            targets, joined = last, True  # "Vietnam faces 20%, and 40% on goods routed through it"
        gap = (
            (rate.end - sentence.start, rates[number + 1].start - sentence.start)
            if number + 1 < len(rates)
            else None
        )
        changed = gap is not None and _CHANGED_TO.fullmatch(sentence.text, *gap) is not None
        # "the 15% rate agreed last summer rises to 30%": the first rate stands until then
        rising = gap is not None and _RISES_TO.fullmatch(sentence.text, *gap) is not None
        if not targets and heading and not _names_goods_of(ctx, sentence):
            targets = heading
        if not targets and _BOTH.match(sentence.text):
            targets = _pair_before(ctx, sentence, imposers)  # "Both countries settled on 15%"
        imposer = next((c for c in imposers if c not in targets), None)
        targets = [t for t in targets if t != imposer]
        if rate.ranged and len(targets) > 1:
            targets = []  # "goods from A, B and C range up to 30%": no one country's rate
        if targets:
            lo, hi = _clause(sentence, rates, number, previous_end)
            # "agreed to lower the 25% tariff … to 15%": the new rate is what was agreed
            said_from = min(lo, cut_from) if cut_from is not None else lo
            verb = _CHANGED_LEAD.search(sentence.text, 0, local) if via_change else None
            if verb is not None:
                lo = said_from = min(said_from, verb.start())
            if opening is not None and opening.end() <= local:
                said_from = max(said_from, opening.end())
            said = sentence.text[said_from:local]
            # "would raise it to 45% from 35% on June 1 unless …": the words after the older
            # rate still speak of the change to this one
            status = _status(said, sentence.text[local:hi])
            # "held off on raising the rate from 25% to 30%": the words before the older rate
            # tell what became of the change to this one, and when
            wide = older_from if older_from is not None and _TO_AFTER_RATE.search(lead) else None
            if wide is not None and status == "announced":
                widened = _status(sentence.text[wide:local], sentence.text[local:hi])
                status = widened if widened != "superseded" else status
            if next_older and status == "announced":
                reach = _clause(sentence, rates, number + 1, 0)[1]
                if _status(said, sentence.text[local:reach]) == "threatened" and not (
                    # "cut to 20% from the 35% threatened in July": the older rate's threat
                    _OLDER_THREATENED.match(sentence.text, rates[number + 1].end - sentence.start)
                ):
                    status = "threatened"
            if (
                status == "announced"
                and _MADE_BEFORE.search(said)
                and _FINAL_AFTER.match(sentence.text, local, hi)
            ):
                status = "in_force"  # "made its provisional 35% duties on X final on Tuesday"
            left = _LEFT_AT.search(said) is not None
            if left:
                status = "in_force"  # "paused the increase, leaving the rate at 25%": it stands
            if status == "announced" and "unchanged" in sentence.text[local:hi]:
                status = "in_force"  # "Laos — 40% (unchanged)": the rate stands
            status = "superseded" if older or cut or changed else status
            if instead and _status("", sentence.text[local:hi]) == "threatened":
                status = "threatened"  # "instead of the 25% rate X had threatened from May 1"
            # "would raise it to 45% from 35% unless …": only threatened, so the 35% stands
            standing_older = older and last_status == "threatened" and not cut and not changed
            if older and _charged_until(ctx, sentence, rate, hi, out[-len(last) :] if last else []):
                status = "in_force"  # "to 50% from April 1, up from the 30% it has charged"
            # "Washington scrapped its 25% tariff on X from Oct. 1": a rate already ended
            ended = _ENDED_BEFORE.search(said) is not None
            status = "superseded" if ended else status
            # "Under the 2025 deal, British cars enter the US at a 10% tariff": a rate an older
            # deal set stands now, from no day the story gives
            standing = status == "deal" and _OLD_DEAL.search(said) is not None
            cut_from = lo if cut else None
            older_from = said_from if older else None
            clause = (sentence.start + (lo if wide is None else wide), sentence.start + hi)
            if next_older and _OLDER_THREATENED.match(
                sentence.text, rates[number + 1].end - sentence.start
            ):
                # "cut to 20% from the 35% threatened in July": July is the older rate's
                clause = (clause[0], rates[number + 1].end)
            elif _PAST_CHANGE.search(ctx.text, clause[0], clause[1]) and older is False:
                # "raised … to 35% from 25% on Aug. 1": the date after the old rate dates the
                # change itself, so the new rate's clause runs to the sentence's end.
                clause = (clause[0], sentence.end)
            elif next_older:
                # "threatened to raise … to 30% from 25% on Nov. 1": the day after the old rate
                # dates the change, not the old rate.
                clause = (clause[0], sentence.start + _clause(sentence, rates, number + 1, 0)[1])
            status = _in_force_since(ctx, sentence, status, clause)
            if status == "announced" and _APPLIES_NOW.match(ctx.text, rate.end, clause[1]):
                status = "in_force"  # "before a 25% out-of-quota tariff applies": a standing rule
            if status == "announced" and _imposed_on_past_day(ctx, sentence, rate, clause):
                status = "in_force"  # "the 10% tariff imposed on X goods on Feb. 4 will rise …"
            if status == "deal" and _applied_since_after(ctx, sentence, rate, clause):
                # "reached a deal in July, has seen the 15% rate applied since Tuesday"
                status, clause = "in_force", (rate.start, clause[1])
            if status == "in_force" and _starts_ahead(ctx, sentence, clause):
                status = "announced"  # "levies imposed in June become definitive from Friday"
            if status in ("announced", "deal") and _faced_beside_standing(ctx, sentence, lead):
                status = "in_force"  # "X has paid 19% since Aug. 7, while Y faces a 20% rate"
            if follow is not None and status == "announced" and follow.tense == PAST:
                status = "in_force"  # "… to 15%. The lower rate came into effect on Sept. 1."
            if status in ("announced", "deal") and _FACED_AFTER.match(ctx.text, rate.end):
                status = "in_force"  # "offset the 19% tariff Indonesian goods face"
            if status == "announced" and _cut_under_deal_before(ctx, sentence, said):
                status = "deal"  # "They announced a package under their trade pact. X will lower…"
            if status == "announced" and _sought_change(ctx, rate, said):
                status = "in_force"  # "they want the 19% rate cut further": it stands now
            if status in ("announced", "deal") and (
                _SEEK_TO_LOWER.search(said)
                or (" of " in said[-40:] and _SEEK_REMOVAL.search(said) is not None)
            ):
                status = "in_force"  # "in a fresh attempt to lower the 30% tariff": it stands now
            if halted and status in ("announced", "threatened"):
                status = "paused"  # "… duties of 50% on X. The Commission postponed it."
            mooted = status == "threatened" or hedged().search(ctx.text, clause[0], rate.start)
            kin = _Kin(rate.rate, tuple(targets)) if mooted else None
            effective = _effective(ctx, sentence, status, starts, clause, rate.start, follow, kin)
            borrowed = starts.borrowed
            if status == "announced" and (effective is None or borrowed):
                # "… 21.5%. The duties apply from the date of notification.": that day
                day = starts.notified(sentence.index)
                if day is not None:
                    effective = day
                    status = "in_force" if day <= ctx.published.isoformat() else status
            if last_status is not None and _ELLIPSIS.fullmatch(sentence.text, previous_end, local):
                # "X faces 35% and Indonesian footwear 30%": the verb, and so the rate's footing,
                # is the one before
                status, effective = last_status, last_effective
            elif (
                status == "announced"
                and effective is None
                and last_status is not None
                and _JOINED_RATE.fullmatch(sentence.text, previous_end, local)
            ):
                # "has charged 19% on goods from A and B, and 20% on goods from C": no verb of
                # its own, so the verb before, and its day, hold for it too
                status, effective = last_status, last_effective
            if rising:
                status, effective = "in_force", None
            if standing and not _start_date(ctx, sentence, "announced", True, clause):
                status, effective = "in_force", None
            if (
                status in ("deal", "in_force")
                and effective is None
                and not joined
                and not _PAYS_NOW.search(lead)
            ):
                # "settled on a 15% rate last year", "cut to 10% in a deal signed in February":
                # when the deal that set the rate was made (not for a rate a country just faces)
                effective = _deal_made_on(ctx, sentence, said, rate, clause)
            if ended and effective is None:
                ending = _start_date(ctx, sentence, "in_force", need_cue=True, within=clause)
                effective = ending.value if ending is not None else None
            if status == "in_force" and effective is None and opening is not None:
                effective = _opening_day(ctx, sentence, opening.end())
            if status == "paused" and effective is None:
                effective = _hit_on(ctx, sentence, rate, lead) or _held_until(ctx, sentence, rate)
            if status in ("superseded", "struck_down") and effective is None:
                # "annulled the 17% duty imposed in 2022 on …": when the duty was first charged
                effective = _imposed_when(ctx, sentence, rate, hi)
            if joined and last_effective is not None and (effective in (None, last_effective)):
                # "to 10% on Jan. 1 and to 5% a year later": a stage some time after the last
                effective = _later_stage(ctx.text, rate, last_effective) or effective
            if (
                status != "superseded"
                and (effective is None or borrowed)
                and "immediate" in ctx.text[rate.end : clause[1]]
            ):
                # "- May 20: X cuts its duty to 5pc with immediate effect": from that day
                day = _immediate_day(ctx, sentence, rate, clause[1])
                if (
                    day is None
                    and status == "announced"
                    and _PAST_CHANGE.search(said)
                    and _IMMEDIATE.search(ctx.text, rate.end, clause[1])
                ):
                    # "he raised the tariff on X to 125%, effective immediately": charged from
                    # the day the story last named, not from a later day it gives other rates
                    status, effective = "in_force", _day_just_named(ctx, sentence)
                else:
                    effective = day or effective
            if (
                status == "announced"
                and effective is not None
                and effective[:10] <= ctx.published.isoformat()
                and _PAYS_NOW.search(lead)
            ):
                status = "in_force"  # "… took effect on Thursday. Cars now pay 50%"
            if status == "announced" and effective is None:
                if _PAYS_NOW.search(lead) or _ITS_RATE.search(lead):
                    status = "in_force"  # "Vietnam faces 20%", with no start anywhere near
                elif _PAST_CHANGE.search(said) and not _AHEAD_WORD.search(said):
                    status = "in_force"  # "duties climbed to about 45% after the review"
                elif joined and last_status is not None:
                    status = last_status  # "…, and 40% on goods routed through it"
            if (
                status == "announced"
                and _UNDER_DEAL.match(ctx.text, rate.end, sentence.start + hi)
                and not _PAST_CHANGE.search(said)
            ):
                # "… and EU goods a 15% ceiling under the framework agreement": the rate a deal
                # set, dated by no other sentence's day
                status = "deal"
                if borrowed and not any(
                    rate.end <= d.start < sentence.start + hi for d in ctx.dates[sentence.index]
                ):
                    effective = None
            if joined and status == "deal" and last_status == "announced" and last == targets:
                # "… to 10% on Jan. 1 and to 5% a year later, under an agreement reached in
                # June": the agreement that closes the chain made each stage
                out[-len(last) :] = [replace(d, status="deal") for d in out[-len(last) :]]
            if standing_older:
                status = "in_force"  # (and dated, as an older rate, only by its own 'since')
            if status == "in_force" and effective is None and _PAYS_NOW.search(lead):
                effective = _since_step(ctx, sentence, rate)
            if forgone:
                status, effective = "paused", None
            elif left and status == "in_force" and effective is not None:
                # "agreed in July to keep the rate at 25%": July is when it was kept, not its start
                kept = _start_date(ctx, sentence, status, need_cue=True, within=clause)
                effective = kept.value if kept is not None else None
            if (
                effective is not None
                and "instead" in sentence.text
                and _replaces_next(ctx, sentence, rates, number, effective)
            ):
                effective = None  # "15% instead of the 25% due from May 1": the older rate's day
            scope = goods_named(
                sentence.text, rate.start - sentence.start, rate.end - sentence.start
            )
            made = [
                TariffDraft(target, imposer, rate.rate, effective, status, span, scope)
                for target in targets
            ]
            if borrowed and effective is not None:
                starts.lent.update(id(draft) for draft in made)
            if not borrowed and (
                (lead.endswith(" ") and _FURTHER_LEAD.search(lead) is not None)
                # (not "the 40% tariff … remains in force on other X goods": the same one)
                or (
                    _THE_BEFORE.search(lead) is None
                    and _on_other_goods(ctx, rate, targets, sentence.start + hi)
                )
            ):
                starts.further.update(id(draft) for draft in made)
            if (
                older_made
                and status in ("threatened", "announced")
                and effective is None
                and wide is not None
                and (status == "threatened" or _WOULD.search(sentence.text, wide, local))
            ):
                # "he would lift the tariff on X from 15% to 25%": only threatened, so the 15%
                # stands
                out[-older_made:] = [replace(d, status="in_force") for d in out[-older_made:]]
            out.extend(made)
            older_made = len(made) if older and last_status is None else 0
            last, last_status, last_effective = targets, status, effective
        previous_end = _stage_end(ctx, sentence, rate)
        if changed or rising:
            # "A 39% rate … was cut to 15%": the new rate's words begin after the change
            previous_end = rates[number + 1].start - sentence.start
    return out


def _replaces_next(
    ctx: Context, sentence: Sentence, rates: list[_Rate], number: int, effective: str
) -> bool:
    """Whether the rate's day is only one the words of an older rate it replaces give."""
    if number + 1 >= len(rates):
        return False
    following = rates[number + 1]
    lead = ctx.text[max(sentence.start, following.start - 20) : following.start]
    if "instead" not in lead or _INSTEAD_LEAD.search(lead) is None:
        return False
    days = [d.start for d in ctx.dates[sentence.index] if d.value == effective]
    return bool(days) and min(days) > following.start


# "10% from May 1, rising to 15% from Nov. 1": the day right after a rate starts that stage
_STAGE_CUE = re.compile(
    r"\s+(?:(?:from|starting|effective|as\s+of|beginning)(?:\s+on)?|on)\s+(?:the\s+)?", re.I
)


# "a further 25% penalty", "an additional 10% duty": a charge on top of one already paid
_FURTHER_LEAD = re.compile(r"\b(?:a|an)\s+(?:further|additional|extra)\s+$", re.I)


def _on_other_goods(ctx: Context, rate: _Rate, targets: list[str], hi: int) -> bool:
    """'25% duties on C$30 billion of other American goods': a measure beside one named before."""
    if "other" not in ctx.text[rate.end : min(hi, rate.end + 80)]:
        return False
    for mention in ctx.mentions.between(rate.end, hi):
        if mention.code in targets:
            return (
                _OTHER_BEFORE.search(ctx.text, max(rate.end, mention.start - 8), mention.start)
                is not None
            )
    return False


_OTHER_BEFORE = re.compile(r"\bother\s+$")
_THE_BEFORE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$", re.I)


def _stage_end(ctx: Context, sentence: Sentence, rate: _Rate) -> int:
    """Where the words of one stage of a rate end: after its own start day, if one follows."""
    for date in ctx.dates[sentence.index]:
        if date.start >= rate.end:
            if _STAGE_CUE.fullmatch(ctx.text, rate.end, date.start):
                return date.end - sentence.start
            break
    return rate.end - sentence.start


_LEFT_AT = re.compile(
    r"\b(?:leav(?:e|es|ing)|left|keep(?:s|ing)?|kept)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?"
    # "keep the rate on non-USMCA Mexican goods at 25%": whose goods, between rate and figure
    r"(?:rate|tariff|duty|levy)\s+(?:(?:on|for)\s+[^,;%]{1,60}?\s+)?(?:at|unchanged\s+at)\s+$",
    re.I,
)
_OLDER_THREATENED = re.compile(r"\s+(?:[\w-]+\s+)?(?:threatened|announced|imposed|set)\b", re.I)
_WOULD = re.compile(r"\b(?:would|could|might|may)\b", re.I)
_FORGONE = re.compile(
    r"\b(?:rather\s+than|instead\s+of)\s+(?:rais|increas|lift|hik|doubl)\w*\s+"
    r"(?:it|them|the\s+(?:rate|tariff|duty|levy))\s+to\s+$",
    re.I,
)
_MADE_BEFORE = re.compile(r"\bmade\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
_FINAL_AFTER = re.compile(r"(?:[^.;]|\.(?=\d)){0,80}?\b(?:final|definitive|permanent)\b")
_OLD_DEAL = re.compile(
    r"\b(?:under|through)\s+(?:the|a|an|its|their)\s+(?:(?:19|20)\d\d|last\s+year['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:deal|agreement|pact|accord)\b",
    re.I,
)
_ENDED_BEFORE = re.compile(
    r"\b(?:scrapped|removed|eliminated|lifted|abolished|repealed|dropped|withdrew|rolled\s+back)\s+"
    # "dropped most of its 25% counter-tariffs": the part dropped ended too
    r"(?:(?:most|all|some|many|much)\s+of\s+)?(?:its|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.I,
)
_SINCE_OPENING = re.compile(r"\W*Since\s+[^,;%]{5,160},")


def _opening_day(ctx: Context, sentence: Sentence, end: int) -> str | None:
    """The past day an opening 'Since …,' clause gives."""
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        if date.start - sentence.start < end and date.is_day and date.value <= published:
            return date.value
    return None


# "cutting its 30% tariff": a country's own rate as it stands
_ITS_RATE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:current\s+|existing\s+)?$", re.I)
_AHEAD_WORD = re.compile(
    r"\b(?:will|would|could|may|might|(?:plans?|set|is|are|due|expected)\s+to)\b", re.I
)
# "A 39% rate imposed in August was cut to 15%": the first rate gave way to the second
_CHANGED_TO = re.compile(
    r"(?:\s+[\w-]+){0,5}?\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:cut|lowered|reduced|slashed|trimmed|halved|raised|increased|hiked|doubled)\s+to\s+",
    re.I,
)
# "will lower its duty on X to": a cut, which a deal named just before made
_CUT_TO = re.compile(
    r"\b(?:lower|lowers|lowered|cut|cuts|reduce|reduces|reduced|slash|slashes|slashed|trim|"
    r"trims|trimmed)\b[^.;%]{0,80}\bto\s+$",
    re.I,
)
_DEAL_MADE = re.compile(
    r"\b(?:agreed|announced|reached|signed|struck|sealed|unveiled)\b[^.;%]{0,60}"
    r"\b(?:deal|agreement|package|pact|accord)\b",
    re.I,
)


def _cut_under_deal_before(ctx: Context, sentence: Sentence, said: str) -> bool:
    """Whether a rate cut follows a sentence that says a deal or package was made."""
    if sentence.index == 0 or not _CUT_TO.search(said):
        return False
    before = ctx.sentences[sentence.index - 1].text
    return not _PERCENT.search(before) and _DEAL_MADE.search(before) is not None


# "want the 19% rate cut further", "asked for the 25% tariff to be lifted"
_SOUGHT = re.compile(
    r"\b(?:wants?|wanted|seeks?|sought|asks?|asked|urges?|urged|push(?:es|ed)?\s+for|"
    r"calls?\s+for|called\s+for|hopes?|hoped)\b",
    re.I,
)
_CHANGE_AFTER = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:rates?|tariffs?|dut(?:y|ies)|levy|levies)\s+(?:to\s+be\s+)?"
    r"(?:cut|lowered|reduced|removed|lifted|scrapped|eased|waived)\b",
    re.I,
)


# "in a bid to lower the 30% tariff", "Seoul wants to get the 25% duty removed"
_SEEK_TO_LOWER = re.compile(
    r"\b(?:attempts?|bids?|efforts?|push(?:es|ed)?|hopes?|hoped|seeks?|sought|wants?|wanted|"
    r"asks?|asked|urges?|urged|aims?|aimed|trying|tries|tried|lobbied|lobbying|pressed|"
    r"pressing|expect(?:s|ed)?|plan(?:s|ned)?|promised|pledged|offered|vowed)\s+"
    r"(?:[\w-]+\s+){0,3}?to\s+(?:get\s+)?(?:lower|cut|reduce|remove|lift|ease|scrap)\s+"
    r"(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?$",
    re.I,
)
# "would push for the removal of the 25% tariff": the tariff is charged now
_SEEK_REMOVAL = re.compile(
    r"\b(?:push(?:es|ed|ing)?|call(?:s|ed|ing)?|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|lobb\w+|"
    r"seek(?:s|ing)?|sought|hop(?:e|es|ed|ing))\s+for\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?"
    r"(?:removal|lifting|elimination|repeal|reduction|scrapping|easing)\s+of\s+"
    r"(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?$",
    re.I,
)


def _sought_change(ctx: Context, rate: _Rate, said: str) -> bool:
    """Whether the clause seeks a change to the rate, which so stands now."""
    return _CHANGE_AFTER.match(ctx.text, rate.end) is not None and _SOUGHT.search(said) is not None


# "… face 35% and Indonesian footwear and textiles between 10% and": no verb of its own
_ELLIPSIS = re.compile(
    r",?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[a-z-]+){1,4}\s+(?:at\s+|between\s+"
    r"\d{1,3}(?:[.,]\d+)?\s*(?:%|per\s*cent|percent|pc)?\s+and\s+)?"
)
_CHANGED_LEAD = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:later\s+|then\s+|since\s+)?"
    r"(?:cut|lowered|reduced|slashed|trimmed|halved|raised|increased|hiked|doubled)\s+to\s+$",
    re.I,
)
_RISES_TO = re.compile(
    r",?(?:\s+[\w-]+){0,5}?\s+(?:rises|will\s+rise|would\s+rise|climbs|will\s+climb|increases|"
    r"will\s+increase|goes\s+up|will\s+go\s+up|falls|will\s+fall|drops|will\s+drop"
    # "The tariff on X, currently 150%, will be halved to 75%": it stands until then
    r"|(?:will|would)\s+be\s+(?:cut|lowered|reduced|halved|slashed|raised|increased|doubled))"
    r"\s+to\s+",
    re.I,
)
# "the 39% rate imposed in August": when an older rate was first charged
_IMPOSED_IN = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:imposed|introduced|levied)(?:\s+(?:in|on|since))?\s+", re.I
)
# "Energy is charged 10%", "Vietnam faces 20%": what is paid now, said plainly
_PAYS_NOW = re.compile(
    r"(?<!could )(?<!would )(?<!will )(?<!may )(?<!might )(?<!to )"
    r"\b(?:faces|face|is\s+facing|are\s+facing|(?:is|are)\s+charged|pays|pay|charges|levies"
    # "exporters are paying a 15% tariff", "Brazil is subject to a 50% tariff"
    r"|(?:is|are)\s+paying|(?:is|are)\s+(?:now\s+)?subject\s+to)\s+"
    # "India faces a combined 50%", "goods from X face rates of 40%"
    r"(?:only\s+)?(?:(?:a|an|the)\s*)?(?:(?:combined|total|flat)\s+)?"
    # "X goods generally face the US baseline tariff of 10%"
    r"(?:(?:tariffs|duties|rates)\s+of\s+|(?<=the\s)(?:[\w.-]+\s+){0,3}?(?:tariff|duty|rate|levy)\s+of\s+)?$",
    re.I,
)
# "… faces 50% after an extra 25% penalty took effect on": charged since that day
_AFTER_TOOK_EFFECT = re.compile(
    r"\s+after\s+[^.;]{0,80}?\b(?:took|came\s+into|went\s+into)\s+(?:effect|force)\s+(?:on\s+)?",
    re.I,
)


def _since_step(ctx: Context, sentence: Sentence, rate: _Rate) -> str | None:
    """The past day a step that brought the rate to its level took effect, said after it."""
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        if date.start < rate.end or date.value[:10] > published:
            continue
        if _AFTER_TOOK_EFFECT.fullmatch(ctx.text, rate.end, date.start):
            return date.value
    return None


# "the 30% it has charged since Feb. 1", "the 25% now in place": the older rate stands today
_STILL_CHARGED = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:(?:has|have)\s+(?:been\s+)?(?:charged|charging|applied|levied|"
    r"in\s+place|in\s+force)|(?:now|currently)\s+(?:in\s+(?:place|force)|charged|applied))\b",
    re.I,
)


def _charged_until(
    ctx: Context, sentence: Sentence, rate: _Rate, hi: int, newer: list[TariffDraft]
) -> bool:
    """Whether an older rate is still charged today, the newer one starting only later."""
    published = ctx.published.isoformat()
    return (
        bool(newer)
        and all(d.effective_date is not None and d.effective_date > published for d in newer)
        and _STILL_CHARGED.match(ctx.text, rate.end, sentence.start + hi) is not None
    )


def _imposed_when(ctx: Context, sentence: Sentence, rate: _Rate, hi: int) -> str | None:
    """The past date right after an older rate that says when it was imposed."""
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        if rate.end <= date.start < sentence.start + hi and date.value[:10] <= published:
            if _IMPOSED_IN.fullmatch(ctx.text, rate.end, date.start):
                return date.value
            return None
    return None


# "…, and 40% on goods", "…, as well as 50% on steel": a second rate for the same countries
_JOINED_RATE = re.compile(
    r"(?:(?!\b(?:while|but|whereas|although)\b)[^;]){0,80}?(?:,\s*|\s+)"
    r"(?:and|as\s+well\s+as|plus)\s+(?:(?:an?|the)\s+)?(?:(?:additional|extra|further)\s+)?"
    # "… to 10% on Jan. 1 and to 5% a year later": a further stage
    r"(?:(?:then\s+)?to\s+)?",
    re.I,
)
_LATER = re.compile(
    r"\s+(?P<n>a|an|one|two|three|six|\d{1,2})\s+(?P<unit>years?|months?)\s+later\b", re.I
)
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "six": 6}


def _later_stage(text: str, rate: _Rate, before: str) -> str | None:
    """The day 'a year later' than the stage before names, right after a rate."""
    found = _LATER.match(text, rate.end)
    if found is None or len(before) != 10:
        return None
    word = found.group("n").casefold()
    count = _COUNTS[word] if word in _COUNTS else int(word)
    day = dt.date.fromisoformat(before)
    if found.group("unit").casefold().startswith("year"):
        moved = day + relativedelta(years=count)
    else:
        moved = day + relativedelta(months=count)
    return moved.isoformat()


_IMMEDIATE = re.compile(r"\b(?:with\s+immediate\s+effect|effective\s+immediately)\b", re.I)


# "under a framework deal announced in October": the deal, then when it was made
_DEAL_MADE_ON = re.compile(
    r"\b(?:deal|agreement|pact|accord|understanding)\s+(?:was\s+)?"
    r"(?:reached|announced|signed|struck|sealed|agreed)\b(?:\s+with\s+[\w.'’-]+)?"
    r"(?:\s+(?:in|on|last))?\s*$",
    re.I,
)
_SETTLED = re.compile(r"\b(?:settled|agreed)\s+on\b", re.I)


def _deal_made_on(
    ctx: Context, sentence: Sentence, said: str, rate: _Rate, clause: tuple[int, int]
) -> str | None:
    """The past date a deal that set the rate was made, as the words after the rate give it."""
    published = ctx.published.isoformat()
    settled = _SETTLED.search(said) is not None
    for date in ctx.dates[sentence.index]:
        if not rate.end <= date.start < clause[1] or date.value[:10] > published:
            continue
        lead = ctx.text[max(rate.end, date.start - 60) : date.start]
        if settled or _DEAL_MADE_ON.search(lead):
            return date.value
    return None


def _day_just_named(ctx: Context, sentence: Sentence) -> str | None:
    """The last past day the sentence or the one before names, if any."""
    published = ctx.published.isoformat()
    for index in (sentence.index, sentence.index - 1):
        if index < 0:
            break
        days = [d for d in ctx.dates[index] if d.is_day and d.value <= published]
        if days:
            return days[-1].value
    return None


def _immediate_day(ctx: Context, sentence: Sentence, rate: _Rate, end: int) -> str | None:
    """The past day the sentence gives for a cut made 'with immediate effect'."""
    if not _IMMEDIATE.search(ctx.text, rate.end, end):
        return None
    published = ctx.published.isoformat()
    days = [
        d
        for d in ctx.dates[sentence.index]
        if d.start < rate.start and d.is_day and d.value <= published
    ]
    return days[-1].value if days else None


_HEADING_JOIN = re.compile(r"\s*(?:,|&|/|\bAND\b)\s*")


def _heading(ctx: Context, sentence: Sentence) -> list[str] | None:
    """The countries a capitalised heading line names ('JAPAN AND SOUTH KOREA'); an empty list
    for any other heading line ('KEY DATES'), None for a line that is no heading."""
    if len(sentence.text) > 64:
        return None  # most sentences are too long to be a heading: no copy made
    text = sentence.text.strip()
    if not text or len(text) > 60 or any(c.islower() for c in text) or text[-1] in ".!?":
        return None
    before = ctx.text[max(0, sentence.start - 1) : sentence.start]
    after = ctx.text[sentence.end : sentence.end + 1]
    if before not in ("", "\n") or after not in ("", "\n"):
        return None
    phrases = geography().phrases
    found = [phrases.get(part.title()) for part in _HEADING_JOIN.split(text)]
    # Only a country's own name heads its rates: "WASHINGTON" over a story is a dateline.
    codes = [entry[0] for entry in found if entry and entry[1] in ("country", "alias")]
    return codes if len(codes) == len(found) else []


# "Both countries settled on a 15% rate", "The two nations face …": the pair just named
_BOTH = re.compile(
    r"\W*(?:Both\s+(?:countries|nations|economies|governments|sides)|"
    r"The\s+two\s+(?:countries|nations|economies|governments|sides))\b"
)


def _pair_before(ctx: Context, sentence: Sentence, imposers: list[str]) -> list[str]:
    """The two countries the sentence before names, by name or by their officials."""
    if sentence.index == 0:
        return []
    before = ctx.sentences[sentence.index - 1]
    charging = {m.code for m in ctx.mentions_in(sentence) if _is_imposer(sentence, m)}
    found = [m.code for m in ctx.mentions_in(before) if not m.is_bloc]
    found += [p.country for _, p in ctx.references(before) if p.country]
    pair = [c for c in dict.fromkeys(found) if c not in charging]
    return pair if len(pair) == 2 else []


def _names_goods_of(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence names a country other than as the one charging."""
    return any(not _is_imposer(sentence, m) for m in ctx.mentions_in(sentence) if not m.is_bloc)


# "The new rate also applies to Russian-origin material": the rate the sentence before set
_RATE_AGAIN = re.compile(
    r"^\W*The\s+(?P<word>new|higher|lower|same|increased|reduced)\s+(?:rate|tariff|duty)\b"
)


def _as_before(draft: TariffDraft, before: list[TariffDraft]) -> TariffDraft:
    same = next((d for d in before if d.rate_percent == draft.rate_percent), None)
    if same is None:
        return draft
    # "The higher rate is in force.": what the sentence says of the rate beats what came before
    status = same.status if draft.status == "announced" else draft.status
    return replace(draft, effective_date=same.effective_date, status=status)


def _rate_named_before(ctx: Context, sentence: Sentence) -> list[_Rate]:
    found = _RATE_AGAIN.match(sentence.text)
    if found is None or sentence.index == 0:
        return []
    before = _rates(ctx.sentences[sentence.index - 1])
    if not before:
        return []
    word = found.group("word").casefold()
    # "raised … to 30% from 15%. The new rate …": the higher one, or the lower after a cut
    if word in ("lower", "reduced"):
        rate = min(r.rate for r in before)
    elif word == "same":
        rate = before[-1].rate
    else:
        rate = max(r.rate for r in before)
    return [_Rate(sentence.start + found.start(), sentence.start + found.end(), rate)]


_CUT_VERB = re.compile(
    r"\b(?:lower(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|cut(?:s|ting)?|slash(?:es|ed|ing)?|"
    r"trim(?:s|med|ming)?|halv(?:e|es|ed|ing))\s+(?:the|its|their|a|an)\s+$",
    re.I,
)
_TO_NEXT = re.compile(r"\bto\s+$", re.I)


def _faced_beside_standing(ctx: Context, sentence: Sentence, lead: str) -> bool:
    """Whether a rate a country plainly 'faces' sits beside rates paid 'since' a day.

    Next to rates in force since a date, the rate a country faces is one it pays now too; in a
    story of newly announced rates it is one of the new ones.
    """
    if _FACES_NOW.search(lead) is None:
        return False
    for index in (sentence.index - 1, sentence.index):
        if index < 0:
            continue
        start = ctx.sentences[index].start
        for date in ctx.dates[index]:
            if _SINCE_BEFORE.search(ctx.text, max(start, date.start - 12), date.start) or (
                _SINCE_OPENS.match(ctx.text, date.start)
            ):
                return True
    return False


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|mid-?|late\s+)?$", re.I)
_SINCE_OPENS = re.compile(r"since\b", re.I)


def _older_next(sentence: Sentence, rates: list[_Rate], number: int) -> bool:
    """Whether the rate after this one is the one it replaces: 'to 30% from 25%'."""
    if number + 1 >= len(rates):
        return False
    lo, hi = rates[number].end - sentence.start, rates[number + 1].start - sentence.start
    return hi - lo <= 40 and _FROM_RATE.search(sentence.text, lo, hi) is not None


def _cut_to_next(sentence: Sentence, rates: list[_Rate], number: int, lead: str) -> bool:
    """'lower the 25% tariff on X to 15%': the first rate is the one the second replaces."""
    if number + 1 >= len(rates) or not _CUT_VERB.search(lead):
        return False
    lo, hi = rates[number].end - sentence.start, rates[number + 1].start - sentence.start
    return _TO_NEXT.search(sentence.text, lo, hi) is not None


def _in_force_since(ctx: Context, sentence: Sentence, status: str, clause: tuple[int, int]) -> str:
    """'levy to 50 per cent from August 27' in a September story: the rate is in force."""
    if status != "announced":
        return status
    # "raised levies … to 35% on Aug. 1" in a later story: a past change needs no "from" cue.
    changed = _PAST_CHANGE.search(ctx.text, clause[0], clause[1]) is not None
    since = _start_date(ctx, sentence, "in_force", need_cue=not changed, within=clause)
    if (
        since is not None
        and since.value <= ctx.published.isoformat()
        and not _COMING.match(ctx.text, since.start)
    ):
        return "in_force"
    return status


# "to take effect next week": a coming week, month or year, never one already begun
_COMING = re.compile(r"(?:next|coming|the\s+coming)\b", re.I)


def _applied_since_after(
    ctx: Context, sentence: Sentence, rate: _Rate, clause: tuple[int, int]
) -> bool:
    """Whether the words after the rate say it has applied since a past day."""
    return _since_after(ctx, sentence, rate.end, clause[1]) is not None


def _since_after(ctx: Context, sentence: Sentence, lo: int, hi: int) -> DateMention | None:
    """A past day that words between ``lo`` and ``hi`` give with 'since'."""
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        if not lo <= date.start < hi or date.value[:10] > published:
            continue
        lead = ctx.text[max(lo, date.start - 12) : date.start]
        if _SINCE_BEFORE.search(lead) or _SINCE_OPENS.match(ctx.text, date.start):
            return date
    return None


# "a 25% out-of-quota tariff applies.": the rate, then a plain present 'applies' with no day
_APPLIES_NOW = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:tariffs?|duty|duties|rates?|levy|levies)\s+(?:applies|apply)"
    r"(?=\s*[.;,)]|\s+(?:to|on|for)\b(?![^.;]*\b(?:from|starting|as\s+of|effective)\b))",
    re.I,
)


# "the 10% tariff imposed on Chinese goods on": the rate, then the participle that dates it
_IMPOSED_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:imposed|levied|introduced|applied)\s+(?:on|against|to)\b", re.I
)


def _imposed_on_past_day(
    ctx: Context, sentence: Sentence, rate: _Rate, clause: tuple[int, int]
) -> bool:
    """Whether the words right after the rate say it was imposed on a day already past."""
    found = _IMPOSED_AFTER.match(ctx.text, rate.end, clause[1])
    if found is None:
        return False
    published = ctx.published.isoformat()
    return any(
        found.end() <= date.start < clause[1] and date.is_day and date.value <= published
        for date in ctx.dates[sentence.index]
    )


# "which was hit with a 50% rate in April, saw it suspended": the rate was paid before the pause
_HIT_WITH = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+hit\s+with\s+(?:a|an|the)?\s*$", re.I
)
_DAY_AFTER_RATE = re.compile(r"(?:\s+[\w-]+){0,2}?(?:\s+(?:in|on|since))?\s+", re.I)


# "the 20% rate that had been due to hit X goods on Wednesday": the day it was due
_DUE_ON = re.compile(
    r"(?:\s+[\w-]+){0,2}?\s+(?:that|which)\s+(?:had\s+been|has\s+been|was|were|is|are)\s+"
    r"(?:due|set|scheduled)\s+to\s+(?:hit|start|apply|take\s+effect)\b[^.;%]{0,60}?\s+"
    r"(?:on|from)\s+",
    re.I,
)


# "… remains suspended, and would stay on hold until at least 1 June": when the pause ends
_HELD_UNTIL = re.compile(
    r"\b(?:on\s+hold|suspended|paused|postponed|delayed|frozen|shelved)\b[^.;%]{0,40}?"
    r"\buntil\s+(?:at\s+least\s+)?$",
    re.I,
)


def _held_until(ctx: Context, sentence: Sentence, rate: _Rate) -> str | None:
    """The day to come a sentence says a paused rate stays on hold until."""
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        if date.start < rate.end or date.value[:10] <= published:
            continue
        if _HELD_UNTIL.search(ctx.text, max(rate.end, date.start - 60), date.start):
            return date.value
    return None


def _hit_on(ctx: Context, sentence: Sentence, rate: _Rate, lead: str) -> str | None:
    """The day a paused rate was first charged, or was due to be, when the words say so."""
    if _HIT_WITH.search(lead) is None:
        for date in ctx.dates[sentence.index]:
            if rate.end <= date.start and _DUE_ON.fullmatch(ctx.text, rate.end, date.start):
                return date.value
        return None
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        if rate.end <= date.start and date.value[:10] <= published:
            if _DAY_AFTER_RATE.fullmatch(ctx.text, rate.end, date.start):
                return date.value
            return None
    return None


# "that will apply for five years from Friday": a start still to come.
_AHEAD_CUE = re.compile(
    r"\b(?:from|starting|effective|as of|beginning|(?:take|takes|apply|applies)\s+(?:effect\s+)?)"
    r"(?:\s+on)?\s*$",
    re.I,
)


def _starts_ahead(ctx: Context, sentence: Sentence, clause: tuple[int, int]) -> bool:
    """Whether the clause gives a day still to come as the rate's start."""
    published = ctx.published.isoformat()
    for date in ctx.dates[sentence.index]:
        if clause[0] <= date.start < clause[1] and date.is_day and date.value > published:
            lead = ctx.text[max(sentence.start, date.start - 25) : date.start]
            if _AHEAD_CUE.search(lead):
                return True
    return False


def _paired_tariffs(
    ctx: Context,
    sentence: Sentence,
    paired: list[tuple[str, _Rate]],
    imposers: list[str],
    starts: _StartDates,
) -> list[TariffDraft]:
    imposer = next((c for c in imposers if c not in dict(paired)), None)
    status = _status(sentence.text, "")
    whole = (sentence.start, sentence.end)
    effective = _effective(ctx, sentence, status, starts, whole, paired[0][1].start)
    span = Span(sentence.start, sentence.end)
    return [
        TariffDraft(
            t,
            imposer,
            r.rate,
            effective,
            status,
            span,
            goods_named(sentence.text, r.start - sentence.start, r.end - sentence.start),
        )
        for t, r in paired
    ]


# Kinds of goods a tariff is often charged on, as news names them.
_GOODS_WORDS = (
    r"(?P<goods>steel(?:\s+and\s+alumin(?:i)?um)?|alumin(?:i)?um|copper|"
    r"(?:electric\s+)?(?:cars|vehicles|autos?|automobiles|trucks|EVs)|auto\s+parts|car\s+parts|"
    r"semiconductors|chips|pharmaceuticals|medicines|drugs|lumber|timber|softwood|furniture|"
    r"solar\s+panels|batteries|smartphones|electronics|machinery|aircraft|"
    r"textiles|apparel|clothing|garments|footwear|shoes|"
    r"wine|spirits|whisk(?:e)?y|bourbon|beer|dairy|cheese|beef|pork|poultry|chicken|seafood|fish|"
    r"rice|wheat|corn|soybeans|soya|sugar|coffee|cocoa|palm\s+oil|fruit|vegetables|"
    r"fertili[sz]ers?|chemicals|plastics|rare\s+earths|critical\s+minerals)"
)
# The noun phrase after "on": at most four words, no comma or clause between ("on Brazil,
# which sells coffee" names no goods).
_GOODS_AFTER = re.compile(
    r"\s*(?:(?!and\b|or\b|but\b)[a-z-]+\s+){0,3}?on\s+(?:(?:imports|exports|shipments)\s+of\s+)?"
    r"(?:[\w.’'-]+\s+){0,3}?" + _GOODS_WORDS + r"\b",
    re.I,
)
# "raised duties on U.S. soybeans to 20%": the goods before the rate
_GOODS_BEFORE = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|surtax|and)\s+on\s+(?:(?:imports|exports)\s+of\s+)?"
    r"(?:[\w.’'-]+\s+){0,3}?" + _GOODS_WORDS + r"(?:\s+(?:imports|exports|products|goods))?"
    r"\s+(?:(?:to|at|of|by)\s+)?(?:up\s+to\s+)?(?:an?\s+)?$",
    re.I,
)


def goods_named(text: str, start: int, end: int) -> str | None:
    """The kind of goods the rate at ``start``..``end`` is charged on ("a 25% tariff on
    Japanese steel imports", "duties on U.S. soybeans to 20%" → "steel", "soybeans")."""
    found = _GOODS_AFTER.match(text, end) or _GOODS_BEFORE.search(text, max(0, start - 90), start)
    return " ".join(found["goods"].lower().split()) if found else None


def _respectively(ctx: Context, sentence: Sentence, rates: list[_Rate]) -> list[tuple[str, _Rate]]:
    """'Japan and Korea face 25% and 30% tariffs, respectively': countries and rates in order."""
    if len(rates) < 2 or not _RESPECTIVELY.search(sentence.text):
        return []
    first = rates[0].start
    before = [
        m
        for m in ctx.mentions.between(max(sentence.start, first - _REACH), first)
        if not m.is_bloc or m.code == "EU"
    ]
    group = _coordinated_before(sentence, before) if before else []
    if len(group) != len(rates):
        return []
    return list(zip(group, rates, strict=True))


def _clause(
    sentence: Sentence, rates: list[_Rate], number: int, previous_end: int
) -> tuple[int, int]:
    """Where the words about one rate lie: from the previous rate to the next one or clause end."""
    rate = rates[number]
    stop = (
        rates[number + 1].start - sentence.start if number + 1 < len(rates) else len(sentence.text)
    )
    after = rate.end - sentence.start
    cut = _CLAUSE_END.search(sentence.text, after, stop)
    start = previous_end
    for match in _CLAUSE_END.finditer(sentence.text, previous_end, rate.start - sentence.start):
        start = match.end()  # the clause the rate sits in begins after the last break
    return start, cut.start() if cut else stop


def _rates(sentence: Sentence) -> list[_Rate]:
    """Percentages that are tariff rates: next to a tariff word, or listed with one."""
    out: list[_Rate] = []
    text = sentence.text
    ranges = [(m.start(), m.start("low"), m.end()) for m in _RANGE.finditer(text)]
    for match in _PERCENT.finditer(text):
        start, end = match.start(), match.end()
        ranged, head, low = False, None, start
        for lo, first, hi in ranges:
            if lo <= start < hi:
                ranged = True
                if hi == end and start > lo:
                    # The upper bound reads as if it stood where the range begins:
                    # "Japan: between 5% and 9%"
                    head, low = lo, first
        if ranged and head is None:
            continue  # the lower bound
        if _RANGE_BEFORE.search(text, max(0, start - 12), start):
            ranged = True  # "30-40% duties": the upper bound
        if _CHANGE_BEFORE.search(text, max(0, start - 25), start) and not _TARIFF_NEXT.match(
            text, end
        ):
            continue  # "exports rose 5%": a change, not a rate
        near = text[max(0, start - 45) : start]
        if (
            "rate" in near
            and _MONEY_RATE.search(near)
            and not (
                _DUTY_WORD.search(text, max(0, start - 45), start)
                or _DUTY_WORD.search(text, end, end + 30)
            )
        ):
            continue  # "kept its key rate at 2.75%": a central bank's rate, not a tariff
        if _BOUND_BEFORE.search(text, max(0, start - 25), start):
            continue  # "duties now well above 80%": a bound, not any one rate
        if _MONEY_AFTER.match(text, end):
            continue  # "pays 13% interest", "growth of 2% of GDP": money, not a duty
        if _FREE_AFTER.match(text, end):
            continue  # "with 85% tariff-free within a decade": a share of tariff lines
        if _SHARE_AFTER.match(text, end):
            continue  # "tariffs on about 98% of Peruvian exports": a share of trade, not a rate
        head = start if head is None else head
        attached = (
            _TARIFF_WORDS.search(text, max(0, head - 45), start)
            or _TARIFF_WORDS.search(text, end, end + 30)
            or _ON_NEXT.match(text, end)
            or _CEILING_NEXT.match(text, end)
            or _DEAL_NEXT.match(text, end)
            or _FACED_BEFORE.search(text, max(0, low - 20), low)
            # "the duties Brussels imposed on X cars, which reach 35.3% for one maker"
            or (
                _REACHES_BEFORE.search(text, max(0, low - 20), low) is not None
                and _DUTY_WORD.search(text, max(0, low - 120), low) is not None
            )
        )
        if not (
            attached
            or out
            or _AT.search(text, max(0, start - 10), start)
            or _AT.search(text, max(0, head - 10), head)
            or _AT.search(text, max(0, low - 10), low)
            or (not out and _DEFINITE_RATE.match(text, 0, end) is not None)
        ):
            continue
        rate = float(match.group("rate").replace(",", "."))
        if 0 < rate <= 1000:
            out.append(_Rate(sentence.start + start, sentence.start + end, rate, ranged))
    if out and "same" in text:
        # "Ghana faces a 15% tariff, while Nigeria faces the same rate": the rate named before
        for match in _SAME_RATE.finditer(text, out[0].end - sentence.start):
            before = [r for r in out if r.end - sentence.start <= match.start()]
            found = _Rate(
                sentence.start + match.start(), sentence.start + match.end(), before[-1].rate
            )
            out = sorted([*out, found], key=lambda r: r.start)
    return out


_BOUND_BEFORE = re.compile(
    # "to fall from over 100% to 10%": a bound, where a rate is cut from
    r"\b(?:above|(?:more|higher|greater|less|lower)\s+than|in\s+excess\s+of|exceeding"
    r"|(?<=from\s)over)\s+$",
    re.I,
)
_SAME_RATE = re.compile(r"\bthe\s+same\s+(?:rate|tariff|duty|levy)\b", re.I)


# Whether each country word of the article being read charges the rate, by where it sits.
_ROLES: ContextVar[dict[tuple[int, int, int], bool] | None] = ContextVar("_ROLES", default=None)


def _is_imposer(sentence: Sentence, mention: Mention) -> bool:
    """Whether the sentence names the country as the one charging a rate."""
    roles = _ROLES.get()
    if roles is None:
        return _imposing(sentence, mention)
    key = (sentence.start, mention.start, mention.end)
    found = roles.get(key)
    if found is None:
        found = roles[key] = _imposing(sentence, mention)
    return found


def _imposing(sentence: Sentence, mention: Mention) -> bool:
    end = mention.end - sentence.start + (2 if mention.possessive else 0)
    start = mention.start - sentence.start
    after = sentence.text[end : end + 80]
    before = sentence.text[max(0, start - 40) : start]
    if mention.possessive and _SET_BY_OTHER.match(after):
        return False  # "India's tariff, which Trump doubled to 50%": the rate India pays
    return bool(
        _IMPOSER_AFTER.match(after)
        or (
            ("regime" in after or " tax" in after or "safeguard" in after)
            and _REGIME_AFTER.match(after)
        )
        or ("imports" in after and _buyer(sentence, mention))
        or _IMPOSER_BEFORE.search(before)
        or ("in" in before[-9:] and _SOLD_IN.search(before) is not None)
        or (
            (sentence.text.find(" its ", end, end + 160) >= 0 or " their " in after)
            and _OWN_AFTER.match(sentence.text, end, end + 160)
        )
        or (mention.possessive and _BODY_RAISES.match(after) is not None)
    )


# "Mexico's 2026 budget package, sent to Congress, would raise tariffs": whose plan it is
_BODY_RAISES = re.compile(
    r"\s*(?:[\w-]+\s+){0,3}?(?:budget|plan|package|proposal|government|cabinet|decree|bill)\b"
    r"(?:\s*,[^,;%]{1,80},)?\s+(?:would|will|could|is\s+to|plans\s+to)\s+"
    r"(?:raise|impose|increase|hike|introduce|set)\s+(?:new\s+)?(?:tariffs|duties|levies)\b",
    re.I,
)


_SET_BY_OTHER = re.compile(
    # "India's 50% tariff, which Washington doubled": the rate India pays
    r"\s*(?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s+)?"
    r"(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|rate),\s+(?:which|that)\s+"
    r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:had\s+|has\s+)?"
    r"(?:raised|doubled|tripled|cut|set|imposed|lowered|hiked|halved|increased|reduced)\b"
)


# "the 50% tariff on US aluminium imports": the country named, not a demonym, is the buyer
_IMPORTS_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}imports\b")


def _buyer(sentence: Sentence, mention: Mention) -> bool:
    """'US aluminium imports': the country whose imports a rate falls on charges it."""
    end = mention.end - sentence.start + (2 if mention.possessive else 0)
    return mention.kind != "demonym" and _IMPORTS_AFTER.match(sentence.text, end) is not None


# "Brazil in December raised its tariff on …", "Argentina, for its part, cut its import duty",
# "Kenya would, under the EAC's rules, maintain its 35% duty": who changes its own duty charges it
# ("its US tariff" is the one the US charges it).
_OWN_AUX = (
    r"(?:\s+(?:will|would|could|may|might|must|has|have|had|also|is\s+to|"
    r"(?:plans|intends|wants|aims|seeks|is\s+set|is\s+due)\s+to))*"
)
_OWN_AFTER = re.compile(
    r"(?:\s+(?:in|on|last|this|earlier|later)\s+\w+)?"
    + _OWN_AUX
    + r"(?:\s*,[^,;%]{1,80},)?"
    + _OWN_AUX
    + r"\s+(?:rais(?:e|es|ed)|cut|cuts|lower(?:s|ed)?|reduc(?:e|es|ed)|maintain(?:s|ed)?|keeps?|"
    r"kept|re-?impos(?:e|es|ed)|scrap(?:s|ped)?|eliminat(?:e|es|ed)|remov(?:e|es|ed)|"
    r"replac(?:e|es|ed)|doubl(?:e|es|ed)|halv(?:e|es|ed)|hik(?:e|es|ed)|phas(?:e|es|ed)\s+out|"
    # "X would bind its average tariff at 11%": the ceiling X itself commits to charge
    r"bind(?:s)?|bound)"
    r"\s+(?:its|their)\s+(?:own\s+)?(?:(?-i:[a-z0-9%][\w%-]*)\s+){0,4}?"
    r"(?:tariffs?|dut(?:y|ies)|levy|levies|surtax|safeguards?)\b",
    re.I,
)


def _imposers(ctx: Context, sentence: Sentence, mentions: list[Mention]) -> list[str]:
    """Who may be charging: countries in the imposing role, then the officials' countries."""
    found = [m.code for m in mentions if _is_imposer(sentence, m)]
    found += [p.country for _, p in ctx.references(sentence) if p.country]
    return list(dict.fromkeys(found))


def _targets(
    ctx: Context, sentence: Sentence, rate: _Rate, previous_end: int, last: list[str] | None = None
) -> list[str]:
    local_start, local_end = rate.start - sentence.start, rate.end - sentence.start
    # Only words near the rate can be its target; the window also keeps long texts linear.
    near = ctx.mentions.between(max(sentence.start, rate.start - _REACH), rate.end + _REACH)
    if _ON_ANY_COUNTRY.match(sentence.text, local_end):
        return []  # "a 25% tariff on goods from any country that buys X oil": no one country
    region = _ON_REGION.match(sentence.text, local_end)
    if region is not None and not any(
        m.start == sentence.start + region.start("who") for m in near
    ):
        return []  # "tariffs of up to 50% on Asian imports": goods of no one country
    near = [m for m in near if m.end <= sentence.end]
    # "Mercosur's common external tariff, which averages 12%": a bloc's own tariff on the world
    lead = [m for m in near if previous_end <= m.start - sentence.start < local_start]
    if lead and lead[-1].is_bloc and lead[-1].code != "EU" and lead[-1].possessive:
        return []
    near = [m for m in near if (not m.is_bloc or m.code == "EU") and not _compound(ctx.text, m)]
    cues = _official_cues(ctx, sentence)
    after = [m for m in near if m.start >= rate.end and m.end not in cues]
    # "the 50% tariff on US aluminium imports": the US buys, and so charges the rate
    buyers = {m.code for m in after[:1] if _buyer(sentence, m)}
    listed = _listed_after(
        sentence, [m for m in after if m.code not in buyers] if buyers else after, local_end
    )
    if listed:
        return listed
    before = [m for m in near if previous_end <= m.start - sentence.start < local_start]
    if buyers:
        before = [m for m in before if m.code not in buyers]
    # "support for the EU's new steel regime, which doubles its tariff to 50%": the rate is the
    # regime's own, and no country named before its owner is its target.
    owners = [m for m in before if m.possessive and _is_imposer(sentence, m)]
    if owners:
        before = [m for m in before if m.start >= owners[-1].start]
    before = [
        m
        for m in before
        if not _is_imposer(sentence, m)
        and not _bought(sentence, m)
        and not _venue(sentence, m)
        and not _DEAL_NAMED.match(sentence.text, m.end - sentence.start)
        and m.end not in cues  # "Argentine Economy Minister X": whose official, not whose goods
    ]
    if last:
        # "a 10% tariff on A, B and C in April, and Y threatened to raise duties on aluminium
        # from the Gulf to 50%": the countries the rate before took are not this one's when a
        # new clause names goods of its own ('while retaining the remaining 10%' names none).
        before = [m for m in before if m.code not in last or not _new_goods(sentence, m, rate)]
    if before and _ON_ITS_GOODS.match(sentence.text, local_end):
        # "South Africa has sent Washington an offer to lower the 30% tariff on its exports":
        # 'its' is the subject's, the first country the clause names
        return [before[0].code]
    if before:
        return _coordinated_before(sentence, before)
    including = _included_after(sentence, after, local_end)
    if including:
        return including
    segment = sentence.text[max(previous_end, local_start - _REACH) : local_start]
    if _BLOC_ANAPHOR.search(segment):
        return _last_bloc(ctx, sentence)
    return []


_ON_REGION = re.compile(
    r"\s+(?:(?:tariffs?|dut(?:y|ies)|levy|levies|rate)\s+)?on\s+(?:all\s+)?(?P<who>[A-Z][a-z]+)\s+"
    r"(?:[a-z-]+\s+)?(?:imports|goods|products|exports)\b"
)
_ON_ANY_COUNTRY = re.compile(
    r"\s+(?:(?:tariffs?|dut(?:y|ies)|levy|levies|rate)\s*)?(?:,[^,;%]{1,40},\s*)?on\s+"
    r"(?:[a-z-]+\s+){0,2}?(?:goods|imports|products|exports)\s+from\s+(?:any|all|other|third)\s+"
    r"(?:countr|nation|partner)",
    re.I,
)
_ON_ITS_GOODS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:tariffs?|dut(?:y|ies)|levy|levies|rate)\s+)?on\s+(?:its|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:exports|goods|products|shipments)\b",
    re.I,
)


def _compound(text: str, mention: Mention) -> bool:
    """'the U.S.-Mexico-Canada Agreement', 'EU-India talks': a name inside a joined name."""
    after = text[mention.end : mention.end + 2]
    before = text[max(0, mention.start - 2) : mention.start]
    return (len(after) == 2 and after[0] in "-–" and after[1].isupper()) or (
        len(before) == 2 and before[1] in "-–" and (before[0].isalnum() or before[0] == ".")
    )


# "…, including China", "…, chiefly China", "…, such as Vietnam"
_INCLUDING = re.compile(
    r"\b(?:including|chiefly|mainly|mostly|notably|particularly|especially|such\s+as)\s+"
    r"(?:the\s+)?$"
)


def _included_after(sentence: Sentence, after: list[Mention], local_end: int) -> list[str]:
    """'tariffs of 50% on goods from countries without a pact, including China and India'."""
    for number, mention in enumerate(after):
        start = mention.start - sentence.start
        if _PERCENT.search(sentence.text, local_end, start):
            return []  # past the next rate: its countries, not this one's
        if _INCLUDING.search(sentence.text, max(local_end, start - 16), start):
            return _coordinated_after(sentence, after[number:])
    return []


def _coordinated_after(sentence: Sentence, after: list[Mention]) -> list[str]:
    group = [after[0]]
    for mention in after[1:]:
        gap = sentence.text[group[-1].end - sentence.start : mention.start - sentence.start]
        if not _JOIN.match(gap):
            break
        group.append(mention)
    return [m.code for m in group]


def _new_goods(sentence: Sentence, mention: Mention, rate: _Rate) -> bool:
    """Whether a clause between the mention and the rate names goods of its own ('on X')."""
    lo, hi = mention.end - sentence.start, rate.start - sentence.start
    ends = list(_CLAUSE_END.finditer(sentence.text, lo, hi))
    return bool(ends) and _GOODS_ON.search(sentence.text, ends[-1].end(), hi) is not None


_GOODS_ON = re.compile(r"\b(?:on|against)\s+(?!the\s+same\b)", re.I)


_TITLE_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w.'’-]*\s+){1,4}$")


def _official_cues(ctx: Context, sentence: Sentence) -> set[int]:
    """Where country words that introduce a titled official end ('U.S. President X')."""
    ends: set[int] = set()
    for seen in ctx.sightings(sentence):
        if seen.title is None:
            continue
        for mention in ctx.mentions.between(max(sentence.start, seen.start - 50), seen.start):
            if _TITLE_GAP.fullmatch(ctx.text, mention.end, seen.start):
                ends.add(mention.end)
    return ends


# "Taiwan signs US trade deal": a country that names a deal or talks is no target
_DEAL_NAMED = re.compile(r"\s+(?:trade\s+)?(?:deal|agreement|pact|accord|talks|negotiations)\b")
_IN_AT = re.compile(r"\b(?:in|at)\s+$")


def _venue(sentence: Sentence, mention: Mention) -> bool:
    """'met X in Brasilia': a capital named as where something happens, not whose goods; 'is
    due to meet X in Scotland': any other place named as where people meet or travel to."""
    start = mention.start - sentence.start
    if mention.kind not in ("capital", "alias"):
        return False
    if _IN_AT.search(sentence.text, max(0, start - 4), start) is None:
        return False
    return mention.kind == "capital" or (
        trip_date().search(sentence.text, max(0, start - 60), start) is not None
    )


# "a penalty over its purchases of Russian oil": the buyer is penalised, not the seller.
_BOUGHT = re.compile(r"\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing))\s+(?:of\s+)?$", re.I)


def _bought(sentence: Sentence, mention: Mention) -> bool:
    start = mention.start - sentence.start
    return _BOUGHT.search(sentence.text, max(0, start - 20), start) is not None


_TARIFF_ONLY = re.compile(
    r"^\s*(?:[\"“]?(?:reciprocal|additional|extra|import|blanket|baseline|retaliatory)[\"”]?\s+)?"
    # "the 30% tariff that Washington has applied to …": the imposer, then the target
    r"(?:tariffs?|levy|levies|duty|duties)\s+(?:(?:that|which)\s+)?(?:the\s+)?$",
    re.I,
)


_FACED_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:tariffs?|dut(?:y|ies)|rate)\s+(?:[A-Z][\w'’-]*\s+){1,2}"
    r"(?:[a-z-]+\s+){0,2}?(?:goods|exports|products|shipments)\s+(?:face|pay)\b"
)
_GOODS_FACE = re.compile(
    r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:goods|exports|products|shipments|steel|cars)\s+"
    r"(?:face|faced|pay|paid|are\s+charged|attract)\b"
)


def _listed_after(sentence: Sentence, after: list[Mention], local_end: int) -> list[str]:
    """'25% on Malaysia, Kazakhstan, and Tunisia': the countries right after 'on'."""
    out: list[str] = []
    cursor = local_end
    for number, mention in enumerate(after):
        gap = sentence.text[cursor : mention.start - sentence.start]
        if (
            not out
            and not gap.strip()
            and _TARIFF_NEXT.match(sentence.text, _end(sentence, mention))
        ):
            # "a 25% U.S. tariff on Mexican goods": the country charging, between rate and word
            cursor = _end(sentence, mention)
            continue
        if not (_ON.match(gap) if not out else _JOIN.match(gap)):
            if number == 0 and _TARIFF_ONLY.match(gap):
                if _GOODS_FACE.match(sentence.text, mention.end - sentence.start):
                    out.append(mention.code)  # "the 19% tariff Indonesian goods face"
                    break
                if _is_imposer(sentence, mention):
                    continue  # "the 25% tariff Washington set for …": the imposer, then target
            break
        out.append(mention.code)
        cursor = mention.end - sentence.start + (2 if mention.possessive else 0)
    return out


def _end(sentence: Sentence, mention: Mention) -> int:
    """Where a mention ends in its sentence, past any possessive 's."""
    return mention.end - sentence.start + (2 if mention.possessive else 0)


def _coordinated_before(sentence: Sentence, before: list[Mention]) -> list[str]:
    """The nearest country before the rate, with any joined to it ('Japan and South Korea')."""
    group = [before[-1]]
    for mention in reversed(before[:-1]):
        gap = sentence.text[mention.end - sentence.start : group[0].start - sentence.start]
        if not _JOIN.match(gap):
            break
        group.insert(0, mention)
    return [m.code for m in group]


def _last_bloc(ctx: Context, sentence: Sentence) -> list[str]:
    for mention in reversed(ctx.mentions.between(0, sentence.start)):
        if mention.code == "EU":
            return ["EU"]
        if mention.is_bloc:
            return []
    return []


def _status(before: str, after: str) -> str:
    """The tariff's status from the words of its clause, before and after the rate."""
    for status, pattern in _STATUS_RULES:
        if status == "deal":
            # A deal named before the rate made it; one after is often only sought.
            if pattern.search(before) or _DEAL_DONE.search(after) or _RATE_DEAL.match(after):
                return status
        elif (
            pattern.search(before)
            or pattern.search(after)
            or (
                status == "in_force"
                and (
                    _IN_FORCE_LEAD.search(before)
                    or (" at " in before[-10:] and _STAYS_AT.search(before) is not None)
                )
            )
        ):
            if status == "paused" and not pattern.search(before) and _paused_other(after):
                continue  # "its 30% tariff on X goods and suspended power sales": not the rate
            if (
                status == "superseded"
                and not pattern.search(before)
                and not _SUPERSEDED_AFTER.search(after)
            ):
                continue  # "15% (cut from 25%)": the rate a cut came from is the older one
            return status
    return "announced"


# "EU goods face a 15% ceiling under the framework agreement": the deal set the rate
_UNDER_DEAL = re.compile(
    r"\S*\s+(?:[\w-]+\s+){0,2}?under\s+(?:the|a|an|its|their|this|that)\s+(?:[\w.-]+\s+){0,3}?"
    r"(?:deal|agreement|pact|accord)\b",
    re.I,
)


# "… and suspended electricity sales": a verb joined after the rate tells what else was done
_PAUSED_OTHER = re.compile(
    r"\band\s+(?:also\s+)?(?:paused|suspended|postponed|delayed)\s+(?!(?:the|its|their|it|them)"
    r"\b(?:\s+[\w-]+){0,3}?\s*(?:tariffs?|dut(?:y|ies)|levy|levies|rates?|surcharges?)\b)",
    re.I,
)


def _paused_other(after: str) -> bool:
    """Whether the only pause after a rate is one of something else joined to the clause, or
    one made before: 'threatened a 50% tariff from July 9, after pausing it last month'."""
    first = _PAUSED.search(after)
    if first is not None and _AFTER_ING.search(after, max(0, first.start() - 12), first.start()):
        return True
    found = _PAUSED_OTHER.search(after)
    return found is not None and _PAUSED.search(after, 0, found.start()) is None


_AFTER_ING = re.compile(r"\b(?:after|following)\s+$", re.I)


_SUPERSEDED_AFTER = re.compile(r"\breplac|\bsupersed", re.I)
# "instead of the 25% rate": the rate that gave way to the one named just before
_INSTEAD_LEAD = re.compile(r"\binstead\s+of\s+(?:the|a|an|its|their)\s+$", re.I)


class _StartDates:
    """Each sentence's tariff start date, worked out once so that lookups stay linear."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.deal = [bool(_DEAL.search(s.text)) for s in ctx.sentences]
        self.tariff = [bool(_TARIFF_WORDS.search(s.text)) for s in ctx.sentences]
        self._paused: dict[int, bool] = {}
        self._notified: dict[int, str] | None = None
        # Heading lines part a list of rates into sections; no date is borrowed across them.
        self.headings: dict[int, list[str]] = {}
        self.section: list[int] = []
        for sentence in ctx.sentences:
            # (most sentences are too long to be a heading: no call for them)
            line = _heading(ctx, sentence) if len(sentence.text) <= 64 else None
            if line is not None:
                self.headings[sentence.index] = line
            self.section.append(len(self.headings))
        # Sections that speak of tariffs or of rates on goods: only there does a heading name
        # whose rates ("Support for the party faces 38%" under "UKRAINE" is no rate)
        self.rated: set[int] = set()
        self.sectioned = any(self.headings.values())  # some heading names a country
        if self.sectioned:
            self.rated = {
                self.section[i]
                for i, sentence in enumerate(ctx.sentences)
                if self.tariff[i]
                or (_GOODS.search(sentence.text) and _PERCENT.search(sentence.text))
            }
        self._cache: dict[tuple[int, bool], str | None] = {}
        self._no_day: dict[int, bool] = {}
        self.targets: dict[int, set[str]] = {}  # the targets of the sentences read so far
        self.borrowed = False  # whether the last start date found came from another sentence
        self.lent: set[int] = set()  # the drafts whose start date came from another sentence
        self.further: set[int] = set()  # the drafts of 'a further 25%' charged on top of another

    def notified(self, index: int) -> str | None:
        """The day of publication a nearby 'from the date of publication' sentence refers to."""
        if self._notified is None:
            self._notified = {}
            for sentence in self.ctx.sentences:
                if "date of" in sentence.text and _DATE_OF.search(sentence.text):
                    day = self._publication_day(sentence.index)
                    if day is not None:
                        self._notified[sentence.index] = day
        near = [
            (abs(other - index), day)
            for other, day in self._notified.items()
            if abs(other - index) <= _NOTICE_REACH
        ]
        return min(near)[1] if near else None

    def _publication_day(self, index: int) -> str | None:
        published = self.ctx.published.isoformat()
        for other in range(index, max(-1, index - 8), -1):
            sentence = self.ctx.sentences[other]
            verb = _PUBLISHED_VERB.search(sentence.text)
            if verb is None:
                continue
            days = [d for d in self.ctx.dates[other] if d.is_day and d.value <= published]
            if days:
                at = sentence.start + verb.start()
                return min(days, key=lambda d: abs(d.start - at)).value
        return None

    def paused(self, index: int) -> bool:
        """Whether sentence ``index`` speaks of a pause: when it ends starts no other rate."""
        if index not in self._paused:
            self._paused[index] = _PAUSED.search(self.ctx.sentences[index].text) is not None
        return self._paused[index]

    def undated(self, index: int) -> bool:
        """Whether sentence ``index`` or the next says that no start date was given."""
        if index not in self._no_day:
            near = self.ctx.sentences[index : index + 2]
            self._no_day[index] = any(_NO_DAY.search(s.text) for s in near)
        return self._no_day[index]

    def of(self, index: int, need_cue: bool) -> str | None:
        """The start date sentence ``index`` gives, if any."""
        key = (index, need_cue)
        if key not in self._cache:
            found = _start_date(self.ctx, self.ctx.sentences[index], "announced", need_cue)
            self._cache[key] = found.value if found else None
        return self._cache[key]

    def last_day(self, index: int) -> str | None:
        """The latest day an earlier tariff sentence gives as a start: what 'the same day' is."""
        for other in range(index - 1, max(0, index - _INHERIT_WINDOW) - 1, -1):
            found = self.of(other, True) if self.tariff[other] else None
            if found is not None and len(found) == 10:
                return found
        return None

    def inherited(
        self, index: int, status: str, kin: _Kin | None = None, reach: int = _INHERIT_WINDOW
    ) -> str | None:
        """A start date from nearby sentences, looking back before ahead, in a bounded window.

        A rate only threatened or mooted (``kin`` given) takes a day only from a sentence that
        names no rate, or names the same rate for one of its countries: not the day of another
        package it would answer.
        """
        lo = max(0, index - reach)
        hi = min(len(self.ctx.sentences), index + reach + 1)
        order = [*range(index - 1, lo - 1, -1), *range(index + 1, hi)]
        usable = [i for i in order if self.deal[i] or (status != "deal" and self.tariff[i])]
        if self.sectioned:
            usable = [i for i in usable if self.section[i] == self.section[index]]
        if kin is not None:
            usable = [i for i in usable if self._akin(i, kin)]
        for need_cue in (True,) if kin is not None else (True, False):
            for other in usable:
                found = self.of(other, need_cue)
                # "The suspension … was extended until Nov. 10": when a pause ends starts no
                # other rate
                if found is not None and (status == "paused" or not self.paused(other)):
                    return found
        return None

    def _akin(self, index: int, kin: _Kin) -> bool:
        sentence = self.ctx.sentences[index]
        rates = _rates(sentence)
        if not rates:
            return True
        if all(r.rate != kin.rate for r in rates):
            return False
        if index in self.targets:
            return not self.targets[index].isdisjoint(kin.targets)
        cues = _official_cues(self.ctx, sentence)  # "U.S. President X" names no target
        mentions = self.ctx.mentions_in(sentence)
        return any(m.code in kin.targets and m.end not in cues for m in mentions)


@dataclass(frozen=True, slots=True)
class _Kin:
    """What a hedged rate is: its percentage and the countries it is for."""

    rate: float
    targets: tuple[str, ...]


def _effective(
    ctx: Context,
    sentence: Sentence,
    status: str,
    starts: _StartDates,
    clause: tuple[int, int],
    rate_start: int,
    follow: DateMention | None = None,
    kin: _Kin | None = None,
) -> str | None:
    """The rate's own start date, else one its sentence or its neighbours give to the round.

    ``starts.borrowed`` tells afterwards whether the date came from another sentence.
    """
    starts.borrowed = False
    if status == "superseded":
        # The older rate's start is not what the sentence dates, unless its own words say so:
        # "down from the 25% that had applied since March".
        older = _since_after(ctx, sentence, rate_start, clause[1])
        return older.value if older is not None else None
    # "a deal reached in July under which goods face a 15% rate": the month is the deal's
    lead = (max(clause[0], rate_start - 40), rate_start)
    # "Bangkok wants its 19% rate brought in line": a country's rate as it stands
    faced = (
        _PAYS_NOW.search(ctx.text, *lead) is not None
        or (status == "announced" and _ITS_RATE.search(ctx.text, *lead) is not None)
        or _CHARGED_NOW.match(ctx.text, rate_start) is not None
        or _SEEK_TO_LOWER.search(ctx.text, *lead) is not None
        or (
            " of " in ctx.text[lead[0] : lead[1]]
            and _SEEK_REMOVAL.search(ctx.text, *lead) is not None
        )
        or _REMAINS_AT.search(ctx.text, *lead) is not None
        or _THE_COMBINED.search(ctx.text, *lead) is not None
    )
    own = _start_date(ctx, sentence, status, need_cue=faced, within=clause)
    if own is not None and not (follow and _finer(follow.value, own.value)):
        return own.value
    if follow is not None:
        return follow.value
    if status == "in_force" and faced:
        return _took_effect_before(ctx, sentence, starts)
    if status not in ("announced", "threatened", "deal"):
        return None
    if _SAME_DAY.search(ctx.text, clause[0], clause[1]):
        starts.borrowed = True
        return _day_ahead_before(ctx, sentence) or starts.last_day(sentence.index)
    same = starts.of(sentence.index, True)
    if same or starts.undated(sentence.index):
        return same
    published = ctx.published.isoformat()
    if status == "deal" and any(
        clause[0] <= d.start < clause[1] and d.value[:10] <= published
        for d in ctx.dates[sentence.index]
    ):
        return None  # "X's 19% deal, announced last week": dated as made, not as charged
    headed = ctx.headed.get(sentence.index)
    if headed is not None and headed.value > published:
        return headed.value  # a rate due on the day of the diary heading it sits under
    # "…, which pay 25%": a rate paid now borrows a start only from the sentence next to it
    reach = 1 if faced else _INHERIT_WINDOW
    found = starts.inherited(sentence.index, status, kin, reach)
    starts.borrowed = found is not None
    if found is None and faced:
        return _took_effect_before(ctx, sentence, starts)
    return found


# "The duties apply from the date of notification": the day the notice was published
_DATE_OF = re.compile(
    r"\bfrom\s+the\s+date\s+of\s+(?:its\s+|their\s+)?"
    r"(?:publication|notification|gazetting|promulgation)\b",
    re.I,
)
_PUBLISHED_VERB = re.compile(r"\b(?:publish|notifi|gazett|promulgat)\w*", re.I)
_NOTICE_REACH = 3
_TOOK_EFFECT = re.compile(
    r"\b(?:took|takes|went\s+into|came\s+into|entered\s+into|kicked)\s+(?:effect|force|in)\s+"
    r"(?:on\s+)?$",
    re.I,
)


def _took_effect_before(ctx: Context, sentence: Sentence, starts: _StartDates) -> str | None:
    """The past day the sentence before says tariffs took effect on, if it says so.

    "The new schedule took effect on Thursday. Cars now pay 50%": paid since that day.
    """
    index = sentence.index - 1
    if index < 0:
        return None
    before = ctx.sentences[index]
    if not _TARIFF_WORDS.search(before.text) or _PERCENT.search(before.text):
        return None
    published = ctx.published.isoformat()
    for date in ctx.dates[index]:
        lead = ctx.text[max(before.start, date.start - 30) : date.start]
        if date.is_day and date.value <= published and _TOOK_EFFECT.search(lead):
            starts.borrowed = True
            return date.value
    return None


def _day_ahead_before(ctx: Context, sentence: Sentence) -> str | None:
    """The last day still to come that the sentence before names: 'The pause was extended to
    August 1. X and Y were told to expect 25% rates from the same date.'"""
    if sentence.index == 0:
        return None
    published = ctx.published.isoformat()
    days = [d.value for d in ctx.dates[sentence.index - 1] if d.is_day and d.value > published]
    return days[-1] if days else None


# "counter-tariffs … starting the same day": the day of the rates named before
_SAME_DAY = re.compile(
    r"\b(?:starting|from|effective|beginning|on)\s+(?:the\s+)?(?:same|that)\s+(?:day|date)\b", re.I
)


# "The White House did not say when such a levy would take effect": the text gives no day.
_NO_DAY = re.compile(
    r"\b(?:did|does|would|could)\s*(?:not|n['’]t)\s+(?:say|specify|give|set|announce)\s+"
    r"(?:when|a\s+date|a\s+timeline|a\s+timetable)\b"
    r"|\bno\s+(?:date|timeline|timetable)\s+(?:was|has been|had been)\s+(?:set|given)\b",
    re.I,
)


# The next sentence speaks of the rate just named: "The lower rate came into effect on Sept. 1."
_RATE_ANAPHOR = re.compile(
    r"^\W*(?:It|They)\b|\b(?:the|this|that|these)\s+(?:(?:new|higher|lower|reduced|increased|"
    r"additional|extra|revised|latest|steeper|full)\s+)?(?:rates?|tariffs?|levy|levies|duty|duties|"
    r"increases|hikes)\b",
    re.I,
)
_BEGINS = re.compile(
    r"\b(?:take|takes|took|taking|taken|go|goes|went|come|comes|came|enter|enters|entered)\s+"
    r"(?:into\s+)?(?:effect|force)\b|\bkick(?:s|ed)?\s+in\b|\b(?:apply|applies|applied)(?=\s+from\b)"
    r"|\bin\s+(?:effect|force)\s+since\b",
    re.I,
)
_BEGUN = re.compile(r"\b(?:took|taken|went|came|entered|kicked|applied)\b|\bsince\b", re.I)


def _follow_up_start(ctx: Context, sentence: Sentence, rates: list[_Rate]) -> DateMention | None:
    """The day the next sentence says the rates just named start, when it names none of its own.

    A sentence further on that opens on 'The duty' counts too, when those between name no
    other rate: "… the 30% tariff. The 30% tariff hurts us, he said. The duty has been in force
    since Aug. 7." Its tense is PAST when the sentence says they have begun.
    """
    index = sentence.index + 1
    if index >= len(ctx.sentences):
        return None
    after = ctx.sentences[index]
    if not _RATE_ANAPHOR.search(after.text) or _PERCENT.search(after.text):
        return _later_follow_up(ctx, sentence, rates)
    # "… said the rate places us well. The new rate applies from Aug. 7."
    return _begins_on(ctx, index) or _later_follow_up(ctx, sentence, rates)


# "The duty, one of the highest, has been in force since …": the rate just spoken of
_RATE_OPENS = re.compile(
    r"\W*(?:The|This|That)\s+(?:(?:new|higher|lower|additional|extra|same)\s+)?"
    r"(?:tariff|duty|levy|rate)\b(?!\s+(?:on|of|for|against)\b)"
)
_THAT_RATE = re.compile(r"\W*(?:That|This)\s+(?:rate|tariff|duty|levy)\b")
_FOLLOW_REACH = 6


def _later_follow_up(ctx: Context, sentence: Sentence, rates: list[_Rate]) -> DateMention | None:
    """The start a sentence a little further on gives the rate, past sentences of the same rate."""
    same = {r.rate for r in rates}
    last = min(len(ctx.sentences), sentence.index + 1 + _FOLLOW_REACH)
    for index in range(sentence.index + 1, last):
        text = ctx.sentences[index].text
        if "%" in text or "cent" in text:
            named = _rates(ctx.sentences[index])
            if any(r.rate not in same for r in named):
                return None  # another rate: the sentences speak of it now
            if named:
                continue
        if _RATE_OPENS.match(text):
            return _begins_on(ctx, index) if index > sentence.index + 1 else None
    return None


def _begins_on(ctx: Context, index: int) -> DateMention | None:
    """The day sentence ``index`` says the rates start on, right after its verb of starting."""
    after = ctx.sentences[index]
    verb = _BEGINS.search(after.text)
    if verb is None:
        return None
    for date in ctx.dates[index]:
        if 0 <= date.start - after.start - verb.end() <= 12:
            begun = _BEGUN.search(verb.group()) is not None
            return DateMention(
                date.start, date.end, date.value, date.end_value, PAST if begun else FUTURE
            )
    return None


_HALTED = re.compile(
    r"\b(?:postponed|suspended|paused|delayed|shelved|froze)\s+(?:it|them|(?:the|those|these)\s+"
    r"(?:package|measures?|counter-?measures|tariffs?|duties|levy|levies))\b",
    re.I,
)


# "The package included 25% duties …": the package the sentence before put off
_PACKAGE_OPENS = re.compile(
    r"\W*(?:The|These|Those|Its|Their)\s+(?:[\w-]+\s+)?(?:package|counter-?measures|measures)\b"
)
_HALTS_PACKAGE = re.compile(
    r"\b(?:postpone|suspend|pause|delay|shelve|freeze)\w*\b[^.;]{0,60}?"
    r"\b(?:package|counter-?measures|measures)\b",
    re.I,
)


def _halted_before(ctx: Context, sentence: Sentence) -> bool:
    """Whether the sentence speaks of a package of duties the sentence before put off."""
    if sentence.index == 0 or not _PACKAGE_OPENS.match(sentence.text):
        return False
    before = ctx.sentences[sentence.index - 1].text
    return _HALTS_PACKAGE.search(before) is not None and _PERCENT.search(before) is None


def _halted_next(ctx: Context, sentence: Sentence) -> bool:
    """Whether the next sentence says the rates just named were put off ('postponed it')."""
    index = sentence.index + 1
    if index >= len(ctx.sentences):
        return False
    after = ctx.sentences[index].text
    return _HALTED.search(after) is not None and _PERCENT.search(after) is None


def _finer(value: str, than: str) -> bool:
    """Whether a date names a day (or month) inside a coarser one: 2025-08-27 in 2025-08."""
    return len(value) > len(than) and value.startswith(than)


_OWN_CUE = re.compile(r"since\b", re.I)
# "said on Wednesday that …": the day of the saying, not of what is said
_THAT_NEXT = re.compile(r"\s*,?\s+that\b", re.I)


def _start_date(
    ctx: Context,
    sentence: Sentence,
    status: str,
    need_cue: bool = False,
    within: tuple[int, int] | None = None,
) -> DateMention | None:
    """A date given as a tariff's start ('starting on Aug. 1', 'imposed in April')."""
    published = ctx.published.isoformat()
    lo, hi = within or (sentence.start, sentence.end)
    uncued: DateMention | None = None
    for date in ctx.dates[sentence.index]:
        if not lo <= date.start < hi:
            continue
        lead = ctx.text[max(sentence.start, date.start - 25) : date.start]
        # "in force since August": the month's own "since" is the cue
        cue = (
            _START_CUE.search(lead) is not None or _OWN_CUE.match(ctx.text, date.start) is not None
        )
        if status == "in_force" and cue:
            # "In August, X added a 75.8% deposit, effective August 14": the finer 14th
            return date if uncued is None or (date.is_day and not uncued.is_day) else uncued
        if (
            status == "in_force"
            and uncued is None
            and not need_cue
            and date.value[:10] <= published
            and (date.is_day or date.tense != FUTURE)
            # not "said after a call on Wednesday that talks on the remaining 40% would resume"
            and _THAT_NEXT.match(ctx.text, date.end) is None
        ):
            uncued = date  # not "will travel next week, where the EU still faces a 50% levy"
        if (
            status != "in_force"
            and date.value[:10] > published
            and (cue or (date.is_day and not need_cue and not trip_date().search(lead)))
        ):
            return date  # not "will fly to Washington on the 21st for talks on the deal"
    return uncued
