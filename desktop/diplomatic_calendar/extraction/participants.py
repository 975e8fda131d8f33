"""Who takes part in an event a sentence reports: named officials, counterparts, groups, 'they'."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from diplomatic_calendar.extraction.context import Context
from diplomatic_calendar.extraction.geo import Mention, lookup, place_country
from diplomatic_calendar.extraction.names import Person, fold
from diplomatic_calendar.extraction.text import Sentence

_COUNTERPART = re.compile(
    r"\b(?:his|her|their)\s+(?P<who>[A-Z][\w.-]+)\s+counterparts?\b(?!\s+(?-i:[A-Z][a-z]))"
)
_ROLE = re.compile(
    r"^(?:['’]s)?\s+(?P<role>(?:(?:foreign|prime|defen[cs]e|trade|finance|economy|commerce)\s+)?"
    r"(?:ministers?|presidents?|leaders?|officials?|counterparts?|delegation|delegates|envoys?|"
    r"negotiators?|representatives|diplomats|ambassadors"
    # "China's top diplomat", "the EU's foreign policy chief": who runs foreign affairs
    r"|top\s+diplomat|foreign\s+policy\s+chief))\b(?!\s+(?-i:[A-Z][a-z]))",
    re.IGNORECASE,
)
_GROUP_OF = re.compile(
    r"\b(?:representatives|officials|delegation|delegates|envoys|leaders|(?:foreign\s+|trade\s+)?"
    r"ministers|counterparts)\s+(?:of|from)\s+(?:the\s+)?$"
)
# "the Trump administration": a name used as an adjective does not take part.
_ATTRIBUTIVE = re.compile(
    r"(?:['’]s)?\s+(?:administration|government|team|campaign|era|tariffs?)\b"
)
_SOURCE = re.compile(
    # "…, though Iranian officials have not confirmed it": who speaks of it, not who takes part
    r"\s*,?\s+(?:(?:have|has|had|did|do|does)\s+(?:not\s+|yet\s+to\s+)?(?:yet\s+)?)?"
    r"(?:said|say|says|told|added|noted|reported|confirmed|confirm|commented|comment|briefed"
    r"|familiar|declined|denied)\b"
)
_AND = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
_GATHERED = re.compile(
    r"\W*(?:The\s+)?(?P<body>(?:Leaders|Heads\s+of\s+(?:state|government)|(?:Foreign|Defen[cs]e|"
    r"Trade|Finance)\s+ministers)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}"
    r"(?:states|countries|nations|members|governments))\s+(?:met|meet|will\s+meet|gathered|held)\b"
)
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
# "the binational cabinet meeting with Ecuador": the country's government is the other side
_MET_WITH = re.compile(r"\b(?:meeting|consultations)\s+with\s+(?:the\s+)?$", re.IGNORECASE)
_PLURAL = re.compile(
    # "diplomats in both capitals": places, not the people just named
    r"\b(?:they|them|both(?!\s+(?:capitals|cities|economies|markets|chambers|houses)\b)"
    r"|the two (?:men|women|leaders|sides|ministers|officials|countries|"
    r"presidents|diplomats)"
    # "their leaders last met in 2024": other people, those who lead the ones just named
    r"|their(?!\s+(?:leaders|heads|presidents|prime\s+ministers|premiers|monarchs)\b))\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Party:
    """One participant: an official (full name) or a described group ('ASEAN foreign ministers')."""

    position: int
    label: str
    country: str | None
    person: Person | None = None
    bloc: str | None = None


def parties(ctx: Context, sentence: Sentence) -> list[Party]:
    """Every participant a sentence names or describes, in reading order, without repeats."""
    found: list[Party] = []
    for start, person in ctx.references(sentence):
        if not _ATTRIBUTIVE.match(ctx.text, _word_end(ctx.text, start)):
            found.append(Party(start, person.name, person.country, person))
    known = {fold(p.label) for p in found}
    for seen in ctx.sightings(sentence):
        if (
            ctx.mentions.between(seen.start, seen.end)
            or lookup(seen.name)
            or place_country(seen.name)
        ):
            continue  # a place ("Kuala Lumpur"), not a person
        if fold(seen.name) in known:
            continue
        named = ctx.resolver.exact(seen.name)
        if named is not None and fold(named.name) not in known:
            # "Koo Yun-cheol" beside "Yeo Han-koo": no one word of the name is theirs alone.
            found.append(Party(seen.start, named.name, named.country, named))
        elif (
            ctx.resolver.find(seen.name) is None
            and not _THING_BEFORE.search(ctx.text, max(0, seen.start - 20), seen.start)
            and not _DOCUMENT.search(seen.name)
        ):
            found.append(Party(seen.start, seen.name, seen.country))
    found.extend(_titled_namesakes(ctx, sentence, {fold(p.label) for p in found}))
    found.extend(_styled_namesakes(ctx, sentence, {fold(p.label) for p in found}))
    found.extend(_sole_title_holder(ctx, sentence))
    found.extend(_office_named(ctx, sentence))
    found.extend(_pronoun_subject(ctx, sentence))
    found.extend(_counterparts(ctx, sentence))
    found.extend(_groups(ctx, sentence, found))
    gathered = _GATHERED.match(sentence.text)
    if gathered is not None:
        # "Leaders of the Nordic and Baltic states met … with X": a body of leaders takes part
        found.append(Party(sentence.start, gathered.group("body"), None))
    unique: dict[str, Party] = {}
    for party in sorted(found, key=lambda p: p.position):
        unique.setdefault(fold(party.label), party)
    return list(unique.values())


# "President Berdimuhamedov" where father and son share the name: the one holding the title
_TITLED_SURNAME = re.compile(
    r"\b(?P<title>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<name>[A-Z][\w'’-]+)\b"
)


# The last article's officials and the family names two or more of them share.
_SHARED: list[tuple[list[Person], dict[str, list[Person]]]] = []


def _shared_surnames(ctx: Context) -> dict[str, list[Person]]:
    """Family names two or more of the article's officials share, found once per article."""
    cached = _SHARED[0] if _SHARED else None  # (read once: another thread may replace it)
    if cached is not None and cached[0] is ctx.people:
        return cached[1]
    by_name: dict[str, list[Person]] = {}
    for person in ctx.people:
        by_name.setdefault(person.name.split()[-1], []).append(person)
    shared = {name: group for name, group in by_name.items() if len(group) > 1}
    _SHARED[:] = [(ctx.people, shared)]
    return shared


def _titled_namesakes(ctx: Context, sentence: Sentence, known: set[str]) -> list[Party]:
    shared = _shared_surnames(ctx)
    if not shared:
        return []
    out: list[Party] = []
    for match in _TITLED_SURNAME.finditer(sentence.text):
        namesakes = shared.get(match.group("name"), [])
        if not namesakes:
            continue  # one person of that name: the resolver already knows them
        title = match.group("title").casefold()
        holders = [p for p in namesakes if (p.title or "").casefold() == title]
        if len(holders) == 1 and fold(holders[0].name) not in known:
            person = holders[0]
            out.append(Party(sentence.start + match.start(), person.name, person.country, person))
    return out


# "Mr Wang", "Senator Farrell": a courtesy style before one word of a name
_STYLED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Senator|Sen|Sir|Dame)\.?\s+(?P<name>[A-Z][\w'’-]+)\b(?!\s+[A-Z])"
)


_STYLE_HINT = re.compile(r"Mr|Ms|Miss|Dr|Mx|Sen|Sir|Dame")
# The last article's officials and the words of a name two or more of them share.
_SHARED_WORDS: list[tuple[list[Person], dict[str, list[Person]]]] = []


def _shared_words(ctx: Context) -> dict[str, list[Person]]:
    """Words of a name two or more of the article's officials share, found once per article."""
    cached = _SHARED_WORDS[0] if _SHARED_WORDS else None
    if cached is not None and cached[0] is ctx.people:
        return cached[1]
    by_word: dict[str, list[Person]] = {}
    for person in ctx.people:
        for word in set(fold(person.name).split()):
            by_word.setdefault(word, []).append(person)
    shared = {word: group for word, group in by_word.items() if len(group) > 1}
    _SHARED_WORDS[:] = [(ctx.people, shared)]
    return shared


def _styled_namesakes(ctx: Context, sentence: Sentence, known: set[str]) -> list[Party]:
    """'Mr Wang' where two officials of the article bear that name: the one the article
    introduced last before the sentence, as a story names someone in full before styling
    them by one name."""
    if _STYLE_HINT.search(sentence.text) is None:
        return []  # (the plain words first: most sentences style no one)
    shared = _shared_words(ctx)
    if not shared:
        return []
    out: list[Party] = []
    for match in _STYLED.finditer(sentence.text):
        namesakes = shared.get(fold(match.group("name")), [])
        if not namesakes:
            continue  # one person of that name: the resolver already knows them
        at = sentence.start + match.start()
        earlier = [p for p in namesakes if p.position < at]
        if not earlier:
            continue
        person = max(earlier, key=lambda p: p.position)
        if fold(person.name) not in known:
            known.add(fold(person.name))
            out.append(Party(at, person.name, person.country, person))
    return out


# "at Rashtrapati Bhavan", "a Comprehensive Strategic Partnership": a place or a thing named
# without a title, not a person.
# "meetings on Capitol Hill", "(Reuters)": a place or an outlet, not a person
_THING_BEFORE = re.compile(
    r"\b(?:at|in|on|of|the|a|an|from|into|near|(?:travel\w*|fl(?:y|ies|ew)|go(?:es)?|went|"
    r"head\w*|return\w*)\s+to)\s+$|\(\s*$"
)

# "their Comprehensive Economic Partnership Agreement": a document's name, not a person's
# "the House Ways and Means Committee": a body's name, not a person's, either
_DOCUMENT = re.compile(
    r"\b(?:Agreement|Accord|Treaty|Pact|Act|Declaration|Memorandum|Charter|Committee|"
    r"Commission|Council|Ministry|Department|Parliament|Assembly|Senate|Congress|Caucus|"
    # "a “Special Strategic Partner”": a relationship's name
    r"Partner|Partners|Partnership|Dialogue)$"
)


# "held talks with the Sultan": a title only one official of the article holds
_SOLE_TITLE = re.compile(
    r"\bthe\s+(?P<title>Sultan|Emir|King|Queen|Crown\s+Prince|Pope|Grand\s+Duke|Prince)\b"
    r"(?!\s+(?:of\b|[A-Z]))"
)


def _sole_title_holder(ctx: Context, sentence: Sentence) -> list[Party]:
    """'the Sultan', 'the Emir': the one official of the article holding that title."""
    if "the " not in sentence.text:
        return []
    out: list[Party] = []
    for found in _SOLE_TITLE.finditer(sentence.text):
        title = fold(found.group("title"))
        holders = [p for p in ctx.people if fold(p.title or "") == title]
        if len(holders) == 1:
            person = holders[0]
            out.append(Party(sentence.start + found.start(), person.name, person.country, person))
    return out


# "the Business and Trade Secretary hosted X", "EAM also met Y": an official named before, now
# called by the full office alone or by its initials, as releases write
_OFFICE = re.compile(
    r"\b(?:[Tt]he\s+(?P<office>(?:[A-Z][a-z]+\s+(?:and\s+|of\s+)?){0,3}"
    r"(?:Secretary|Minister|Commissioner|Chancellor|Premier|Representative))\b"
    r"(?!\s+(?:of\b|(?-i:[A-Z])))"
    r"|(?P<initials>[A-Z]{2,4})\b(?!['’.-]))"
)
_MINOR_WORDS = frozenset({"of", "and", "the", "for"})


def _initials(title: str) -> str:
    return "".join(w[0] for w in title.split() if w.casefold() not in _MINOR_WORDS).upper()


# The last article's officials, by folded title and by their title's initials.
_OFFICES: list[tuple[list[Person], dict[str, list[Person]], dict[str, list[Person]]]] = []


def _offices(ctx: Context) -> tuple[dict[str, list[Person]], dict[str, list[Person]]]:
    """The article's officials by folded title and by initials, found once per article."""
    cached = _OFFICES[0] if _OFFICES else None  # (read once: another thread may replace it)
    if cached is not None and cached[0] is ctx.people:
        return cached[1], cached[2]
    by_title: dict[str, list[Person]] = {}
    by_initials: dict[str, list[Person]] = {}
    for person in ctx.people:
        if not person.title:
            continue
        by_title.setdefault(fold(person.title), []).append(person)
        if len(person.title.split()) > 1:
            by_initials.setdefault(_initials(person.title), []).append(person)
    _OFFICES[:] = [(ctx.people, by_title, by_initials)]
    return by_title, by_initials


def _office_named(ctx: Context, sentence: Sentence) -> list[Party]:
    """The one official named before whose office the sentence names in full or by initials."""
    out: list[Party] = []
    by_title, by_initials = _offices(ctx)
    if not by_title:
        return out
    for found in _OFFICE.finditer(sentence.text):
        at = sentence.start + found.start()
        office = found.group("office")
        if office is not None:
            holders = by_title.get(fold(office), [])
            if not holders and " " in office:
                # "the Foreign Secretary": the one whose fuller title holds those words
                words = fold(office).split()
                holders = [
                    p
                    for p in ctx.people
                    if p.title and all(w in fold(p.title).replace(",", " ").split() for w in words)
                ]
        else:
            holders = by_initials.get(found.group("initials"), [])
        holders = [p for p in holders if p.position < at]
        if len(holders) == 1:
            person = holders[0]
            out.append(Party(at, person.name, person.country, person))
    return out


def reports(ctx: Context, party: Party) -> bool:
    """Whether a participant is only named as the one who reports the sentence ('…, X said')."""
    return _reports(ctx, party.position)


# "He will also call on X": a sentence opened by a singular pronoun continues the last one's
# subject, the first official that sentence named.
_SINGULAR_SUBJECT = re.compile(
    # "While there, he will meet …": a short opening phrase before the pronoun
    # ("On Monday he hosted …": the comma may be left out)
    r"[\s“\"'‘]*(?:(?:While|When|After|Before|Once|From|On|In|At)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}"
    r",?\s+(?:he|she)|He|She"
    # "The next morning she met X", "Later that day, he called on Y"
    r"|(?:The\s+(?:next|following)|That|Later\s+that)\s+(?:morning|afternoon|evening|day)"
    r",?\s+(?:he|she)"
    # "Today he is due to call on X", "Later, she will meet Y": a time word before it
    r"|(?:Today|Tomorrow|Tonight|Later|Then|Next|Afterwards|Meanwhile|Earlier|Yesterday)"
    r"(?:\s+(?:today|tonight|this\s+week))?,?\s+(?:he|she))\s"
)


def _pronoun_subject(ctx: Context, sentence: Sentence) -> list[Party]:
    if sentence.index == 0:
        return []
    # "The minister said he would travel to X": an official by office alone, as 'he' is
    role = _SAME_ROLE.match(sentence.text)
    if role is None and not _SINGULAR_SUBJECT.match(sentence.text):
        return []
    office = role.group("role").casefold() if role is not None else None
    if office is not None:
        holder = _sole_holder(ctx, office, sentence.start)
        if holder is not None:
            return [Party(sentence.start, holder.name, holder.country, holder)]
    # "…, Chief Cabinet Secretary X told a news conference. She will then travel …": who only
    # reports the plan is not its subject; then the sentence before names it.
    for index in (sentence.index - 1, sentence.index - 2, sentence.index - 3):
        if index < 0:
            break
        earlier = ctx.sentences[index]
        named = ctx.references(earlier)
        if named and ctx.mentions_in(earlier):
            # "…will take the Chinese minister to Berlin, where he will meet X. He then …": an
            # official the sentence describes by country and office is named in it too
            here = [Party(start, person.name, person.country, person) for start, person in named]
            named = sorted(
                named
                + [
                    (p.position, p.person)
                    for p in _groups(ctx, earlier, here)
                    if p.person is not None and p.label not in {h.label for h in here}
                ],
                key=lambda pair: pair[0],
            )
        if not named:
            same = _SAME_ROLE.match(ctx.sentences[index].text)
            if same is not None:
                # 'The commissioner is also …': the one official of that office named before
                holder = _sole_holder(ctx, same.group("role"), ctx.sentences[index].start)
                if holder is not None:
                    return [Party(sentence.start, holder.name, holder.country, holder)]
            if same is not None or _SAME_PRONOUN.search(ctx.sentences[index].text):
                # '"It's faster," she told DW.', 'The minister is travelling with …': the same
                # person, still unnamed
                continue
            return []
        acting = [pair for pair in named if not _reports(ctx, pair[0])]
        if office is not None:
            acting = [pair for pair in acting if office in (pair[1].title or "").casefold()]
        if acting:
            person = min(acting, key=lambda pair: pair[0])[1]
            return [Party(sentence.start, person.name, person.country, person)]
    return []


_SAME_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# "The minister is travelling with …": a sentence whose subject is the official by title alone
_SAME_ROLE = re.compile(
    r"[\s“\"'‘]*The\s+(?:[a-z]+\s+){0,2}(?P<role>minister|president|premier|chancellor|secretary|"
    r"commissioner|envoy|ambassador|leader|king|queen|emir|sultan|senator)\s+(?!of\b)[a-z]"
)


def _sole_holder(ctx: Context, role: str, before: int) -> Person | None:
    """The one official named before a point whose title holds the role word."""
    word = role.casefold()
    holders = [p for p in ctx.people if p.position < before and word in (p.title or "").casefold()]
    return holders[0] if len(holders) == 1 else None


# "X told reporters", "X said": a name followed by a reporting verb
_REPORTS_AFTER = re.compile(
    r"[\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+(?:said|says|told|tells|added|noted|wrote)\b"
)


# "…, Chief Cabinet Secretary X told": a speaker named after the clause that reports the plan
_ATTRIBUTION_BEFORE = re.compile(r",\s+(?:[\w.'’-]+\s+){0,5}$")


def _reports(ctx: Context, start: int) -> bool:
    """Whether the name at ``start`` only attributes its sentence ('…, X told reporters')."""
    return (
        _REPORTS_AFTER.match(ctx.text, start, start + 80) is not None
        and _ATTRIBUTION_BEFORE.search(ctx.text, max(0, start - 60), start) is not None
    )


def _word_end(text: str, start: int) -> int:
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] in "-"):
        end += 1
    return end


def mentions_plural(sentence: Sentence, at: int = -1) -> bool:
    """Whether the sentence speaks of 'they', 'their' or 'the two men'; 'them' after the
    word at ``at`` is its object ('talks with X … he hoped to wrap them up'), not people."""
    return any(
        found.group(0).casefold() != "them" or found.start() < at
        for found in _PLURAL.finditer(sentence.text)
    )


def plural_within(sentence: Sentence, start: int, end: int) -> bool:
    """Whether 'they' or 'the two leaders' appears between two offsets of the sentence."""
    return _PLURAL.search(sentence.text, start, end) is not None


def plural_subject(sentence: Sentence) -> bool:
    """Whether 'they' or 'the two leaders' opens the sentence, as its subject."""
    found = _PLURAL.search(sentence.text, 0, 30)
    return found is not None and not sentence.text[: found.start()].strip(" “\"'‘")


def _counterparts(ctx: Context, sentence: Sentence) -> list[Party]:
    out: list[Party] = []
    for match in _COUNTERPART.finditer(sentence.text):
        code = lookup(match.group("who"))
        position = sentence.start + match.start()
        end = sentence.start + match.end()
        if any(_APPOSED.fullmatch(ctx.text, end, start) for start, _ in ctx.references(sentence)):
            continue  # "her Mexican counterpart, Foreign Secretary X,": X is the one named
        person = _nearest(ctx, code, position, None) if code else None
        if person is not None:
            out.append(Party(position, person.name, person.country, person))
        elif code is not None:
            out.append(Party(position, match.group(0).split(None, 1)[1], code))
    return out


_APPOSED = re.compile(r",\s+(?:[A-Z][\w.'’-]*\s+){0,5}")


def _groups(ctx: Context, sentence: Sentence, named: list[Party]) -> list[Party]:
    """'China's foreign minister', 'ASEAN foreign ministers', 'officials of the U.S.'."""
    out: list[Party] = []
    starts = {p.position for p in named}
    mentions = ctx.mentions_in(sentence)
    listing = False  # inside "between India, China and Russia"
    for number, mention in enumerate(mentions):
        local = mention.end - sentence.start
        role = _ROLE.match(sentence.text[local : local + 80])
        previous = mentions[number - 1] if number else None
        joined = previous is not None and _AND.fullmatch(ctx.text[previous.end : mention.start])
        if role is not None:
            if any(0 <= s - (mention.end + role.end()) <= 2 for s in starts):
                continue  # a title before a name: the name is the participant
            if not role.group("role").casefold().endswith("s") and any(
                _APPOSED.fullmatch(ctx.text, mention.end + role.end(), s) for s in starts
            ):
                continue  # "her Mexican counterpart, Foreign Secretary X": X is the one
            if _INDEFINITE.search(ctx.text, max(0, mention.start - 6), mention.start):
                continue  # "the first visit by a Pakistani foreign minister": anyone, no one
            if _SOURCE.match(sentence.text, local + role.end()):
                continue  # "…, U.S. officials said": who reports it, not who took part
            both = (
                previous is not None and joined and "and" in ctx.text[previous.end : mention.start]
            )
            first = previous if both and previous is not None else mention
            if _OWN_COUNTERPARTS.fullmatch(role.group("role")) and _HIS.search(
                ctx.text, max(0, first.start - 8), first.start
            ):
                # "his Iranian and Turkish counterparts": one official of each country
                out.append(_role_party(ctx, mention, "counterpart"))
                if both and previous is not None:
                    out.append(_role_party(ctx, previous, "counterpart"))
                continue
            out.append(_role_party(ctx, mention, role.group("role")))
            if both and previous is not None:
                # "U.S. and Chinese negotiators": the role belongs to both countries.
                out.append(_group_party(previous, role.group("role")))
        elif (
            (
                _BETWEEN.search(_before(ctx, mention.start))
                # (a meeting with a country that has a day: not one only wished for)
                or (
                    bool(ctx.dates[sentence.index])
                    and _MET_WITH.search(_before(ctx, mention.start))
                )
            )
            and not _titles_named(ctx, mention, starts)
        ) or (_GROUP_OF.search(_before(ctx, mention.start)) or (listing and joined)):
            # "between India, China and Russia", "the leaders of Japan and South Korea"
            out.append(_group_party(mention, "officials"))
            listing = True
            continue
        listing = False
    return out


_INDEFINITE = re.compile(r"\b(?:an?|any|no)\s+$", re.IGNORECASE)
_OWN_COUNTERPARTS = re.compile(r"counterparts", re.IGNORECASE)
_HIS = re.compile(r"\b(?:his|her)\s+$", re.IGNORECASE)

_TITLE_RUN = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w.'’-]*\s+){1,4}")


def _titles_named(ctx: Context, mention: Mention, starts: set[int]) -> bool:
    """'between Ghana's Foreign Minister X and …': the country introduces a named official."""
    return any(
        0 < start - mention.end <= 50 and _TITLE_RUN.fullmatch(ctx.text, mention.end, start)
        for start in starts
    )


def _before(ctx: Context, start: int) -> str:
    return ctx.text[max(0, start - 40) : start]


def _role_party(ctx: Context, mention: Mention, role: str) -> Party:
    """A described official: the one the article names, if it names one, else the description."""
    person = _nearest(ctx, mention.code, mention.start, role)
    if (
        person is None
        and _HEAD.fullmatch(role)
        and _THE.search(ctx.text, max(0, mention.start - 4), mention.start)
    ):
        person = _untitled_before(ctx, mention.code, mention.start)
    if person is not None and _THE.search(ctx.text, max(0, mention.start - 4), mention.start):
        person = _salient(ctx, mention, role) or person
    if person is not None and not role.casefold().endswith("s"):
        return Party(mention.start, person.name, person.country, person)
    label = f"{mention.text}{'’s' if mention.possessive else ''} {role}"
    return Party(mention.start, label, _iso(mention.code, mention.kind), None, mention.code)


_THE = re.compile(r"\b[Tt]he\s+$")
_GENERIC_ROLE = re.compile(r"minister|official|envoy|diplomat", re.IGNORECASE)
_SALIENCE_REACH = 12


# The last article's sentences and where each of them starts.
_STARTS: list[tuple[list[Sentence], list[int]]] = []


def _starts(ctx: Context) -> list[int]:
    """Where each sentence of the article starts, computed once per article."""
    cached = _STARTS[0] if _STARTS else None  # (read once: another thread may replace it)
    if cached is not None and cached[0] is ctx.sentences:
        return cached[1]
    starts = [s.start for s in ctx.sentences]
    _STARTS[:] = [(ctx.sentences, starts)]
    return starts


def _salient(ctx: Context, mention: Mention, role: str) -> Person | None:
    """'The Indian minister': of the country's officials holding the role, the one the last
    paragraphs speak of most (the story's protagonist, not one named once in passing)."""
    if _GENERIC_ROLE.fullmatch(role) is None:
        return None
    here = bisect_right(_starts(ctx), mention.start) - 1
    counts: dict[str, int] = {}
    holders: dict[str, Person] = {}
    for index in range(max(0, here - _SALIENCE_REACH), here):
        for _, person in ctx.references(ctx.sentences[index]):
            if person.country == mention.code and _holds(person, role):
                counts[person.name] = counts.get(person.name, 0) + 1
                holders[person.name] = person
    if len(counts) < 2:
        return None
    ranked = sorted(counts.values(), reverse=True)
    if ranked[0] == ranked[1]:
        return None  # no one stands out: the nearest one
    return holders[max(counts, key=lambda name: counts[name])]


def _untitled_before(ctx: Context, code: str, position: int) -> Person | None:
    """'Vladimir Putin ended his visit … The Russian president landed …': the one official of
    the country the article named before without any title, when it names only one."""
    untitled = [
        p for p in ctx.people if p.country == code and not p.title and p.position < position
    ]
    return untitled[0] if len(untitled) == 1 else None


def _group_party(mention: Mention, role: str) -> Party:
    return Party(
        mention.start,
        f"{mention.text} {role}",
        _iso(mention.code, mention.kind),
        None,
        mention.code,
    )


def _iso(code: str, kind: str) -> str | None:
    return None if kind == "bloc" else code


def _nearest(ctx: Context, code: str, position: int, role: str | None) -> Person | None:
    """The official of a country named last before, holding the role when one is given.

    "The Turkish minister" points back to a minister already named; only when none was named
    yet is the nearest one after it taken. Without a role the nearest one either way.
    """
    best: tuple[bool, bool, bool, int, Person] | None = None
    for person in ctx.people:
        if person.country != code:
            continue
        if role and not _holds(person, role):
            continue
        # "Indonesia's Trade Minister": the Trade Minister before the Vice Minister of Trade
        inexact = bool(role) and (person.title or "").casefold() != (role or "").casefold()
        # "the Ukrainian leader": the head of state or government, not a minister named nearer
        aside = bool(role) and _LEADER.fullmatch(role or "") is not None and not heads(person)
        key = (
            aside,
            bool(role) and person.position > position,
            inexact,
            abs(person.position - position),
        )
        if best is None or key < best[:4]:
            best = (*key, person)
    return best[4] if best else None


_LEADER = re.compile(r"leaders?", re.IGNORECASE)
_HEAD = re.compile(
    r"(?:president|prime\s+minister|premier|chancellor|king|queen|emir|sultan|crown\s+prince|"
    r"supreme\s+leader|head\s+of\s+(?:state|government))\b",
    re.IGNORECASE,
)


def heads(person: Person) -> bool:
    """Whether an official leads a state or government (not a vice president or deputy)."""
    return _HEAD.match(person.title or "") is not None


_FOREIGN_AFFAIRS = re.compile(r"top\s+diplomat|foreign\s+policy\s+chief", re.IGNORECASE)
_RUNS_FOREIGN_AFFAIRS = re.compile(
    r"foreign\s+(?:minister|secretary|affairs|policy)|secretary\s+of\s+state|high\s+representative"
)


def _holds(person: Person, role: str) -> bool:
    """Whether an official's title fits a described role ('foreign minister', 'counterpart')."""
    words = [w.casefold().rstrip("s") for w in role.split()]
    if words[-1] in ("counterpart", "official", "leader", "delegation", "representative"):
        return True
    title = (person.title or "").casefold()
    if _FOREIGN_AFFAIRS.fullmatch(role):
        return _RUNS_FOREIGN_AFFAIRS.search(title) is not None
    return all(w in title for w in words)
