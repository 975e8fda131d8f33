"""Countries for officials the text gives no cue for: from whom they serve, or their context."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from diplomatic_calendar.extraction.geo import Mention, MentionIndex, find_mentions, lookup
from diplomatic_calendar.extraction.lexicon import lexicon, office_countries, office_in
from diplomatic_calendar.extraction.names import Person, Resolver, fold
from diplomatic_calendar.extraction.text import Sentence

_MEETS = re.compile(
    r"\b(?:met|meet|meets|meeting|talks|spoke|call(?:s|ed)?|visit\w*|host\w*|receiv\w*|invit\w*|"
    r"with)\b",
    re.I,
)
# "A and President B", "A, and Prime Minister B": a second office-holder in a list.
_COORDINATED = re.compile(r"\band\s+(?:[A-Z][\w.'’-]*\s+){1,4}$")
# "Canadian goods", "Chinese imports": a demonym describing trade says nothing of a person.
_TRADE_NEXT = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:goods|imports?|exports?|products|shipments|steel|alumini?um|"
    r"autos?|cars|companies|firms|markets?|economy|producers|manufacturers|farmers|consumers|"
    r"tariffs?|duties|levies|oil|gas|metals?|copper|lumber|timber|coffee|beef|pork|wine|rice|"
    r"wheat|grain|soybeans|seafood|textiles|chips|semiconductors|pharmaceuticals|drugs|"
    r"vehicles|trucks|machinery|electronics|batteries|ports|mills|ships|vessels)\b",
    re.IGNORECASE,
)
_RATE = re.compile(r"\d\s*(?:%|per\s*cent\b|percent\b)", re.IGNORECASE)
_TARIFF_ON = re.compile(
    r"\b(?:tariffs?|dut(?:y|ies)|levy|levies|taxe?s?|curbs|ban|sanctions)\s+(?:on|against)\s+"
    r"(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_ROLE_NEXT = re.compile(
    r"(?:['’]s)?\s+(?:\w+\s+)?(?:minister|counterpart|official|envoy|leader|president|premier|"
    r"chancellor|secretary|ambassador|diplomat|negotiator|government|authoritie)s?\b",
    re.IGNORECASE,
)
# "the 25% rate X had threatened", "X threatened to raise tariffs": X sets a rate on others.
_SETS_RATE = re.compile(
    r"\s+(?:(?:has|had|have|then|also|has\s+also)\s+)?(?:threaten|impos|slap|levi|rais|doubl|"
    r"tripl|hik)\w*\b",
    re.IGNORECASE,
)
_TIME_NEXT = re.compile(r"\s+time\b", re.IGNORECASE)
_VISIT_TO = re.compile(
    r"[^.;]{0,60}?\b(?:visit(?:s|ed|ing)?|travel\w*\s+to|arriv\w*\s+in|"
    r"(?:fly|flies|flew|come|comes|came|go|goes|went)\s+to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_CALLED_ON = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+on|received\s+by|welcomed\s+by|hosted\s+by)\s+"
    r"(?:(?:the\s+)?[A-Z][\w.'’-]*\s+){0,5}$"
)
# "President X at State House, ": a name, then where they were found
_AT_PLACE = re.compile(r"(?:[\w.'’-]+\s+){1,6}?(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*,?\s+){0,4}")
_HOSTS = re.compile(r"\b(?:host|hosts|hosted|hosting|welcom\w*|receiv\w*)\b", re.IGNORECASE)
_REPORTED = re.compile(
    r"\b(?:said|says|told|tells|warned|warns|argued|argues|stated|claimed|claims|insisted|"
    r"declared|suggested|remarked)\b[^;]{0,80}?\bthat\b",
    re.IGNORECASE,
)
# A month or a day is when, not where: "passed in April, Brazil could …" names no place.
_WHEN_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
_LOCATION_LEAD = re.compile(
    r"(?:\bin|(?<!according )(?<!owing )(?<!due )\bto|\bvisit|\bfrom|\bat|\bnear"
    r"|\b(?:leav\w*|left|head\w*|bound|depart\w*)\s+for)"
    r"\s+(?:the\s+)?"
    rf"(?:(?!{_WHEN_WORD})[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s*,\s*|\s+and\s+))*$"
)
# "…, Development Minister X said": X reports what the sentence before the comma says.
_TRAILING_SPEAKER_BEFORE = re.compile(r",\s+(?:[A-Za-z][\w.'’-]*\s+){1,5}$")
_DATELINE_HEAD = re.compile(r"[A-Z][A-Z .'’-]+,[^-–—\n]{0,40}?[-–—]+\s*")
_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?")
_TITLED_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}")
_TRAILING_SPEAKER_AFTER = re.compile(r"[^,;]{0,40}?\s+(?:said|says|told)\b")


def fill_countries(
    people: list[Person], sentences: Sequence[Sentence], index: MentionIndex, claimed: list[int]
) -> None:
    """Officials without a country cue take one from whom they serve, or from their sentence."""
    resolver = Resolver(people)
    for person in people:
        if person.country is None and person.refers_to:
            boss = resolver.find(person.refers_to)
            person.country = boss.country if boss else None
    starts = [s.start for s in sentences]
    for person in people:
        if person.country is not None or _of_a_bloc(person):
            continue
        at = bisect.bisect_right(starts, person.position) - 1
        if at > 0 and _GOVERNMENT_VOICE.search(person.title or ""):
            # "… received by Prime Minister X. A government spokesman, Y, said …": Y speaks
            # for the government just named
            person.country = _head_before(person, sentences[at - 1], resolver)
            if person.country is not None:
                continue
        if at >= 0 and person.position < sentences[at].end:
            stated = _of_state_after_name(person, sentences[at], index)
            if stated is not None:
                person.country = stated  # "Foreign Minister X of Spain": said in so many words
                continue
            person.country = _country_from_context(
                person, person.position, sentences[at], index, resolver, claimed
            ) or (_visited_before(sentences, at, index) if at > 0 else None)
    _countries_from_later_mentions(people, sentences, index, resolver, claimed)
    for person in people:
        if person.country is None and person.title and not _of_a_bloc(person):
            person.country = _subject_before(person, sentences, starts, index, resolver)


_OF_AFTER_NAME = re.compile(r"\s+of\s+(?:the\s+)?")


def _of_state_after_name(person: Person, sentence: Sentence, index: MentionIndex) -> str | None:
    """The country named right after an official's name ("X of Spain"), the plainest cue of
    all: it outweighs what the rest of the sentence suggests (where the meeting is, who
    hosts)."""
    local = person.position - sentence.start
    written = sentence.text[local : local + len(person.name)]
    if fold(written) != fold(person.name):
        return None
    joint = _OF_AFTER_NAME.match(sentence.text, local + len(person.name))
    if joint is None:
        return None
    at = sentence.start + joint.end()
    for mention in index.between(at, at + 60):
        if mention.start == at and not mention.is_bloc and not mention.possessive:
            return mention.code
    return None


def _subject_before(
    person: Person,
    sentences: Sequence[Sentence],
    starts: list[int],
    index: MentionIndex,
    resolver: Resolver,
) -> str | None:
    """'Lesotho now faces a 15% tariff. Prime Minister X declared …', 'Y told reporters … .
    Finance Minister X accompanied him': an official whose own sentence names no country serves
    the country, or with the official, the sentence before opens with."""
    at = bisect.bisect_right(starts, person.position) - 1
    if at <= 0 or index.between(sentences[at].start, sentences[at].end):
        return None
    before = sentences[at - 1]
    code: str | None = None
    head = _OPENING_DATELINE.match(before.text)
    begin = head.end() if head else 0
    opening = index.between(before.start + begin, before.start + begin + 40)
    first = opening[0] if opening else None
    if (
        first is not None
        and not first.is_bloc
        # "The White House confirmed …. Press secretary X said": an institution of one state
        and first.kind in ("country", "alias", "institution")
        and _OPENING.fullmatch(before.text, begin, first.start - before.start)
    ):
        code = first.code
    else:
        named = resolver.references(before)
        sides = {other.country for _, other in named if other is not person}
        if named and named[0][1] is not person and len(sides) == 1:
            # only when the sentence before speaks of one side
            start, other = named[0]
            if _TITLED_OPENING.fullmatch(before.text, begin, start - before.start):
                code = other.country
    if code is None or code == "EU" or office_in(person.title or "", code) is False:
        return None
    return code


# "BUENOS AIRES - ", "DOHA, Nov 6 (Reuters) - ": where and when, before the sentence proper
_OPENING_DATELINE = re.compile(r"[A-Z][A-Z .'’-]*[A-Z](?:,[^-–—\n]{0,40}?)?\s*[-–—]+\s+")
_GOVERNMENT_VOICE = re.compile(r"^Government\s+Spokes(?:man|woman|person)$", re.IGNORECASE)
_HEADS_OF_GOVERNMENT = frozenset({"prime minister", "premier", "chancellor", "president"})


def _head_before(person: Person, sentence: Sentence, resolver: Resolver) -> str | None:
    """The country of the one head of government or state the sentence names, if only one."""
    found = {
        other.country
        for _, other in resolver.references(sentence)
        if other is not person and (other.title or "").casefold() in _HEADS_OF_GOVERNMENT
    }
    return found.pop() if len(found) == 1 else None


def _visited_before(sentences: Sequence[Sentence], at: int, index: MentionIndex) -> str | None:
    """'X will visit Japan from June 15. He will hold a summit with Prime Minister Y': Y is
    the host, of the country the sentence before has X visit."""
    if not _GUEST_OPENING.match(sentences[at].text):
        return None
    before = sentences[at - 1]
    for mention in index.between(before.start, before.end):
        local = mention.start - before.start
        if mention.kind in ("country", "alias") and _TRIP_TO.search(
            before.text, max(0, local - 30), local
        ):
            return mention.code
    return None


def fill_from_offices(people: list[Person], index: MentionIndex) -> str | None:
    """Officials still without a country whose office only one or two countries have.

    "Commerce Secretary X" in a story that names the United States and not India serves the
    United States. Returns the country such unlabelled offices point to when they all agree:
    a story that needs no "U.S." before its Commerce Secretary is told from Washington, and so
    is its bare "President Y".
    """
    named: set[str] | None = None
    homes: set[str] = set()
    for person in people:
        if person.country is not None or not person.title:
            continue
        few = office_countries(person.title)
        if not few:
            continue
        if named is None:
            named = {m.code for m in index.mentions if not m.is_bloc}
        found = [code for code in few if code in named] if len(few) > 1 else list(few)
        if len(found) == 1:
            person.country = found[0]
            homes.add(found[0])
    return homes.pop() if len(homes) == 1 else None


def fill_from_outlet(people: list[Person], home: str | None) -> None:
    """Last resort: in a wire's copy a bare 'President X' is usually the wire's own country's."""
    _fill_where_held(people, home)


def fill_from_dateline(people: list[Person], code: str | None) -> None:
    """After the wire's country: 'WARSAW, June 26 (PAP) - … Foreign Minister X' is filed where
    X serves."""
    _fill_where_held(people, code)


def fill_from_main_country(people: list[Person], index: MentionIndex) -> None:
    """Last of all: the country the article names far more often than any other is where its
    officials with no other cue serve ('Prime Minister X' in a story about Canada)."""
    if not any(p.country is None and p.title for p in people):
        return
    counts: dict[str, int] = {}
    for mention in index.mentions:
        if not mention.is_bloc and mention.code != "EU":
            counts[mention.code] = counts.get(mention.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked:
        return
    second = ranked[1][1] if len(ranked) > 1 else 0
    if ranked[0][1] >= 3 and ranked[0][1] >= 2 * second:
        _fill_where_held(people, ranked[0][0])


def _fill_where_held(people: list[Person], code: str | None) -> None:
    """Officials still without a country take ``code``, unless it has no such office (no
    'Prime Minister' of the United States)."""
    if code is None or code == "EU":
        return
    for person in people:
        if person.country is None and person.title and not _of_a_bloc(person):
            rule = lexicon().top_offices.get(person.title.casefold(), {})
            if code in rule.get("not_in", ()) or code not in rule.get("only_in", (code,)):
                continue
            person.country = code


def _of_a_bloc(person: Person) -> bool:
    """'NATO Secretary-General X' serves a bloc, which has no country to guess."""
    title = person.title or ""
    return any(m.is_bloc for m in find_mentions(title[:40]) if m.start == 0)


def _countries_from_later_mentions(
    people: list[Person],
    sentences: Sequence[Sentence],
    index: MentionIndex,
    resolver: Resolver,
    claimed: list[int],
) -> None:
    """'Modi's visit ..., as New Delhi and Beijing ...': a later sentence about them may tell."""
    missing = {id(p) for p in people if p.country is None and not _of_a_bloc(p)}
    # The starts of their names' words: a sentence with none of them names none of them.
    heads = {
        head
        for p in people
        if id(p) in missing
        for name in (p.name, *p.aliases)
        for word in name.split() + fold(name).title().split()
        if len(head := word[:3]) == 3
    }
    for sentence in sentences:
        if not missing:
            return
        if not any(head in sentence.text for head in heads):
            continue
        if _RATE.search(sentence.text):
            continue  # "Japan agreed to a 15% rate, down from the 25% X threatened": a target
        for start, person in resolver.references(sentence):
            if id(person) in missing and start > person.position:
                found = _country_from_context(person, start, sentence, index, resolver, claimed)
                if found is not None:
                    person.country = found
                    missing.discard(id(person))


def _country_from_context(
    person: Person,
    position: int,
    sentence: Sentence,
    index: MentionIndex,
    resolver: Resolver,
    claimed: list[int],
) -> str | None:
    """A country for an official the text gives none: from who or what surrounds the mention."""
    subject = _reporting_subject(person, position, sentence, index, resolver)
    if subject is not None:
        return subject
    # "the defence ministers, X and Y": the country of X, the other holder of the office, is
    # the one Y's is not
    theirs: set[str] = set()
    for start, other in resolver.references(sentence):
        if other is not person and start < position and other.country:
            between = sentence.text[start - sentence.start : position - sentence.start]
            if _MEETS.search(between):  # "X, who met Y": Y need not be X's compatriot
                continue
            if _visits(sentence, position, index, other.country):
                continue  # "Y said X would visit the White House": X is Y's guest
            if (
                _LISTED.fullmatch(between)
                and (other.title or "").casefold() == (person.title or "").casefold()
                and (person.title or "").casefold() not in _MANY_HOLDERS
            ):
                # "the defence ministers, X and Y": two holders of one office, two countries
                theirs.add(other.country)
                continue
            if _COORDINATED.search(between) and _own_country(other, person):
                # "Chinese President Xi and President Trump": two presidents, two countries;
                # "U.S. President Trump and Prime Minister Carney": two leaders, two countries;
                # "Chinese President Xi and Premier Li": one cue for both of its offices
                continue
            return other.country
    posted = _posted_to(person, sentence, resolver)
    if posted is not None:
        return posted
    usable: list[Mention] = []
    hosts: list[Mention] = []
    targets = _rate_targets(person, position, sentence, index)
    # "Secretary of State X … on the North Korean threat": an office only a few countries have
    few = office_countries(person.title) if person.title else ()
    # "signed by X and EU Trade Commissioner Y": a minister serves a state, never the Union
    national = _NATIONAL_OFFICE.search(person.title or "") is not None
    for mention in index.between(sentence.start, sentence.end):
        local = mention.start - sentence.start
        before = sentence.text[max(0, local - 40) : local]
        if mention.is_bloc or mention.code in targets or (few and mention.code not in few):
            continue
        if national and mention.code == "EU":
            continue
        if mention.end <= position and (
            _HOSTED_BY.fullmatch(
                sentence.text, mention.end - sentence.start, position - sentence.start
            )
            or _LED_BY.fullmatch(
                sentence.text, mention.end - sentence.start, position - sentence.start
            )
        ):
            # "gather in Yerevan, Armenia, hosted by Prime Minister X", "a delegation from Kenya
            # led by Trade Cabinet Secretary X"
            return mention.code
        if (
            mention.end <= position
            and mention.kind in ("country", "alias", "capital")
            and _TRIP_TO.search(before)
            and _MEETS.search(
                sentence.text, mention.end - sentence.start, position - sentence.start
            )
        ):
            # "will make a state visit to Mexico and hold talks with President X": X is the host
            return mention.code
        if _LOCATION_LEAD.search(before):
            guests_of = {o.country for _, o in resolver.references(sentence) if o is not person}
            if mention.kind == "institution" and mention.code not in guests_of:
                # "at the White House": the host's, as a last resort; not when the host is
                # another official of the sentence ("X met President Y at the White House")
                hosts.append(mention)
            elif _hosted_in(sentence, mention, position, guests_of):
                hosts.append(mention)
            continue  # a place someone goes to, not whose official they are
        if (
            mention.kind == "demonym"
            and mention.start > position
            and _REPORTED.search(sentence.text, position - sentence.start, local)
        ):
            continue  # "X told lawmakers that a Russian strike …": what X said, not who X is
        if _claimed_after(claimed, mention.end, person.position):
            continue  # the cue of another official
        if _TRADE_NEXT.match(sentence.text, mention.end - sentence.start) or _TARIFF_ON.search(
            before
        ):
            continue  # "Canadian goods", "a duty on Brazilian coffee": trade, not a person
        if _TIME_NEXT.match(sentence.text, mention.end - sentence.start):
            continue  # "on Wednesday (U.S. time)": a clock, not a nationality
        if mention.start > position and _ROLE_NEXT.match(
            sentence.text, mention.end - sentence.start
        ):
            continue  # "X will receive the Singaporean minister": someone else's country
        if (
            mention.end <= position < mention.end + 60
            and _ROLE_NEXT.match(sentence.text, mention.end - sentence.start)
            and _MEETS.search(
                sentence.text, mention.end - sentence.start, position - sentence.start
            )
        ):
            continue  # "The Indonesian minister called on X": the guest's country, not X's
        usable.append(mention)
    # "the State Department said" says more about an official than a country named in passing.
    # "X met President Y …, as the EU-India deal …": the other side's country is not X's.
    held = _counterparts(person, position, sentence, resolver)
    usable.sort(key=lambda m: m.kind != "institution")
    # A place the official hosts in says more than a country word of the one they meet.
    ordered = [m for m in usable if m.code not in held and m.code not in theirs] + hosts
    ordered += [m for m in usable if m.code in held and m.code not in theirs]
    ordered += [m for m in usable if m.code in theirs]
    return ordered[0].code if ordered else None


_NATIONAL_OFFICE = re.compile(r"\b(?:Minister|Premier|Chancellor)\b", re.IGNORECASE)
# "X and Y", "X, Y": names listed one after the other, with no office between them
_LISTED = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*(?:,\s+|,?\s+and\s+)")
# Offices a country has many holders of at once
_MANY_HOLDERS = frozenset({"", "minister", "secretary", "senator", "ambassador", "official"})
_TRIP_TO = re.compile(
    r"\b(?:(?:visit|trip|journey|tour|travel|travels|travelled|traveled|fly|flies|flew)\s+to"
    r"|(?:will|to|would)\s+visit)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "He is scheduled to hold a summit with Prime Minister X": the guest of the sentence before.
_GUEST_OPENING = re.compile(r"(?:He|She|They)\b[^.;]*?\b(?:summit|talks|meet\w*|met)\b")
_LED_BY = re.compile(r"\s+(?:was\s+|were\s+)?led\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,5}")
_HOSTED_BY = re.compile(r",?\s+hosted\s+by\s+(?:[A-Z][\w.'’-]*\s+){0,4}")


# "the British High Commissioner to Nigeria", "the US Ambassador to Chile": an envoy's post
_ENVOY_TO = re.compile(
    r"\b(?:Ambassador|High\s+Commissioner|Envoy)\s+to\s+(?:the\s+)?(?P<post>[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*){0,2})$",
    re.IGNORECASE,
)


_ENVOY = re.compile(r"\b(?:Ambassador|High\s+Commissioner|Envoy|Consul)\b", re.IGNORECASE)


def _posted_to(person: Person, sentence: Sentence, resolver: Resolver) -> str | None:
    """'Minister of Interior X and the British High Commissioner to Nigeria, Y, signed …': an
    official named beside a foreign envoy, with no cue of their own, serves the envoy's host."""
    if "to" not in sentence.text or _ENVOY.search(person.title or ""):
        return None  # another envoy there may come from anywhere
    for _, other in resolver.references(sentence):
        if other is person or not other.title:
            continue
        found = _ENVOY_TO.search(other.title)
        if found is None:
            continue
        post = lookup(found["post"])
        if post is not None and post != other.country:
            return post
    return None


def _counterparts(
    person: Person, position: int, sentence: Sentence, resolver: Resolver
) -> set[str | None]:
    """Countries of the officials a sentence has meeting or talking with ``person``."""
    held: set[str | None] = set()
    for start, other in resolver.references(sentence):
        if other is person or other.country is None:
            continue
        lo, hi = sorted((start, position))
        lead = sentence.text[max(0, lo - sentence.start - 30) : lo - sentence.start]
        if _MEETS.search(sentence.text, lo - sentence.start, hi - sentence.start) or (
            "between" in lead  # "a summit between Prime Minister X and President Y"
        ):
            held.add(other.country)
    return held


def _rate_targets(
    person: Person, position: int, sentence: Sentence, index: MentionIndex
) -> set[str]:
    """Countries an official's rate falls on: "X threatened tariffs on Mexican goods".

    The one who sets a rate is not of the country it is set on, wherever that is named in the
    sentence ("Japan agreed to 15%, down from the 25% rate X had threatened").
    """
    if not _RATE.search(sentence.text):
        return set()
    surname = person.name.split()[-1]
    end = sentence.text.find(surname, position - sentence.start)
    if end < 0 or not _SETS_RATE.match(sentence.text, end + len(surname)):
        return set()
    found: set[str] = set()
    for mention in index.between(sentence.start, sentence.end):
        local = mention.start - sentence.start
        if mention.is_bloc:
            continue
        if _TRADE_NEXT.match(sentence.text, mention.end - sentence.start) or _TARIFF_ON.search(
            sentence.text[max(0, local - 40) : local]
        ):
            found.add(mention.code)
    return found


def _reporting_subject(
    person: Person, position: int, sentence: Sentence, index: MentionIndex, resolver: Resolver
) -> str | None:
    """'Brazil will ask Washington …, Development Minister X said': X speaks for Brazil.

    The country that opens the sentence is the speaker's, not that of another official named in
    what the speaker reports.
    """
    local = position - sentence.start
    if not _TRAILING_SPEAKER_BEFORE.search(sentence.text, 0, local):
        return None
    if not _TRAILING_SPEAKER_AFTER.match(sentence.text, local):
        return None
    head = _DATELINE_HEAD.match(sentence.text)
    begin = sentence.start + (head.end() if head else 0)
    for start, other in resolver.references(sentence):
        # "Prime Minister X will host Y …, government spokesman Z said": Z speaks for X
        if other is not person and other.country and start < position:
            if _TITLED_OPENING.fullmatch(
                sentence.text, begin - sentence.start, start - sentence.start
            ):
                return other.country
            break
    opening = index.between(begin, begin + 40)
    if not opening or opening[0].is_bloc or opening[0].kind == "demonym":
        return None
    first = opening[0]
    if not _OPENING.fullmatch(sentence.text, begin - sentence.start, first.start - sentence.start):
        return None
    return first.code


def _visits(sentence: Sentence, position: int, index: MentionIndex, code: str) -> bool:
    """Whether the official named at ``position`` goes on to visit a place of ``code``."""
    found = _VISIT_TO.match(sentence.text, position - sentence.start)
    if found is None:
        return False
    place = sentence.start + found.end()
    return any(m.code == code and m.start - place <= 4 for m in index.between(place, place + 30))


_WHERE = re.compile(r",\s+where\b")


def _hosted_in(sentence: Sentence, place: Mention, position: int, guests: set[str | None]) -> bool:
    """'Y flies to Tokyo for talks with X', 'X will host Y in Tokyo': X is at home there.

    Only when the others of the sentence come from elsewhere.
    """
    here = place.start - sentence.start
    # "The tour began in Kuwait, where X held talks with Emir Y": the country the clause is set in
    where = place.kind in ("country", "alias") and _WHERE.match(
        sentence.text, place.end - sentence.start
    )
    if not (place.kind == "capital" or where) or not guests - {None} or place.code in guests:
        return False
    if position >= place.end:
        # "Y flies to Tokyo for talks with X"; "In Tokyo, X held talks with Y"
        return _MEETS.search(sentence.text, here) is not None
    local = position - sentence.start
    if _CALLED_ON.search(sentence.text, max(0, local - 60), local) and _AT_PLACE.fullmatch(
        sentence.text, local, here
    ):
        return True  # "Y called on President X at State House, Nairobi": X is at home there
    return _HOSTS.search(sentence.text, local, here) is not None


def _own_country(first: Person, second: Person) -> bool:
    """Whether ``second``, listed after ``first``, leaves the country word to ``first`` alone.

    It does when both hold the same office, or when that country has no such office as the
    second's ("U.S. President Trump and Prime Minister Carney"); "Chinese President Xi and
    Premier Li" share it.
    """
    title = (second.title or "").casefold()
    return title == (first.title or "").casefold() or office_in(title, first.country) is False


def _claimed_after(claimed: list[int], end: int, own: int) -> bool:
    """Whether another official's name starts within a title's length after ``end``."""
    lo = bisect.bisect_left(claimed, end)
    hi = bisect.bisect_left(claimed, end + 40)
    return any(pos != own for pos in claimed[lo:hi])
