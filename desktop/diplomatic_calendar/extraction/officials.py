"""People with an office: found from title words and country cues, then tracked by surname."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from diplomatic_calendar.extraction.countries import fill_countries
from diplomatic_calendar.extraction.drafts import KnownOfficial, Span
from diplomatic_calendar.extraction.geo import (
    Mention,
    MentionIndex,
    find_mentions,
    lookup,
    place_country,
    trie_pattern,
)
from diplomatic_calendar.extraction.lexicon import (
    HONORIFIC,
    LOWER,
    counterpart_title,
    full_title,
    lexicon,
    office_countries,
    office_in,
    tidy_title,
)
from diplomatic_calendar.extraction.names import (
    PARTICLE,
    TOKEN,
    Person,
    Resolver,
    fold,
    name_tokens,
    trim_name,
)
from diplomatic_calendar.extraction.official_figures import figure_named, known_country
from diplomatic_calendar.extraction.text import Sentence

_INITIAL = re.compile(r"\s+[A-Z]\.(?=\s)")
_PRIVATE = re.compile(
    r"\b(?:of|at|for)\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s+){0,5}(?:Institute|Institution|Society|"
    r"Foundation|University|College|Center|Centre|Company|Corporation|Corp|Inc|Ltd|Group|"
    r"Association|Chamber|Partners|Capital|Economics|Research)\b"
)
# "managing director of the International Monetary Fund": a weak title of a public body.
_PUBLIC_BODY = re.compile(
    r"\bof\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}(?:Fund|Bank|Organi[sz]ation|Nations|Union|"
    r"Agency|Court|Council|Commission|Parliament|Assembly|Ministry|Department|Office|Government)\b"
)
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "and",
        "or",
        "as",
        "with",
        "from",
        "into",
        "over",
        "after",
        "vs",
        "via",
    ]
)
_PRIVATE_NOUNS = (
    r"association|federation|chamber|institute|foundation|company|corporation|lobby|"
    r"think tank|industry group|trade group|business group"
)
_PRIVATE_BEFORE = re.compile(
    r"\b(?:Institute|Institution|Society|Foundation|University|College|Center|Centre|Company|"
    r"Corporation|Chamber|Association|Federation|Council|" + _PRIVATE_NOUNS + r")(?:\s+of)?\s*$"
)
# "president of the Mexican auto parts association": a body named in lower case is no state's.
_PRIVATE_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}(?:" + _PRIVATE_NOUNS + r")\b")
_EU_BODY = re.compile(r"\s+(?:Council|Commission|Parliament|Court|Central Bank|Investment Bank)\b")
# "Jane Ward MP, Minister for Trade": letters after a name (a seat, an honour) come before the
# comma that opens the office.
_POST_NOMINALS = r"(?:\s+(?:MP|MPs|MLA|MPP|MHA|MNA|MEP|TD|QC|KC|SC|OBE|CBE|MBE|KBE|DBE|AC|AO|AM))*"
_APPOSITIVE = re.compile(_POST_NOMINALS + r"\s*,\s+(?:(?:a|an|the)\s+)?(?:former\s+)?")
_COMPLEMENT = re.compile(r"\s+(?:of|to|for)\s+(?:the\s+)?(?P<rest>.+)$")
# "Reporting by X; Editing by Y", "X, Tokyo correspondent": no official of the story; "…, our
# correspondent in Riyadh reports" is the story's own source, told in passing
_BYLINE = re.compile(
    r"\b(?<!our )(?:contributed|reporting by|writing by|editing by|reported by|correspondent|"
    r"staff writer|writers?\b)",
    re.IGNORECASE,
)


# A style, a courtesy or a military rank between a title and the name: "the Minister, H.E. X",
# "military leader, Captain X", "Deputy Minister Mr X", "the Ambassador, Dr X"; and "Ma.", the
# short form of a first name María that Philippine names often begin with
# "the Secretary of State of the United Kingdom, the Rt Hon X", "Army chief Field Marshal X"
_STYLE_BEFORE = re.compile(
    rf"(?:(?<=,\s)the\s+)?(?:(?:{HONORIFIC.pattern})(?:\s+(?:Prince|Princess|Sheikh|Sheikha))?"
    r"|\b(?:Captain|Capt\.|Colonel|Col\.|Lieutenant|Lt\.|Admiral|Brigadier|Field\s+Marshal"
    r"|Air\s+Chief\s+Marshal|Ma\.|Shri|Smt\.?|Shrimati|Sayyida?|(?:Mr|Mrs|Ms|Dr|Prof)\.?))\s*$"
)


@dataclass(frozen=True, slots=True)
class Sighting:
    """A mention of a person, with what the text around it says about them."""

    start: int
    end: int
    name: str
    title: str | None
    country: str | None
    refers_to: str | None


def sightings(sentence: Sentence, index: MentionIndex) -> list[Sighting]:
    """Every titled person named in full in one sentence."""
    if _BYLINE.search(sentence.text):
        return []
    if _is_headline(sentence.text) and not _name_and_office_line(sentence.text):
        return []
    found: list[Sighting] = []
    for match in lexicon().name.finditer(sentence.text):
        if " " not in match.group():
            continue  # one word alone is a surname at most, never a full name
        owned = sentence.text[max(0, match.start() - 3) : match.start()] in ("'s ", "’s ")
        trimmed = trim_name(match.group(), match.start(), owned)
        if trimmed is None:
            alone = _mononym(sentence, match, index)
            if alone is not None:
                found.append(alone)
            continue
        local, name = trimmed
        if _names_a_thing(name, sentence.text[local + len(name) : match.end()]):
            continue
        if place_country(name) is not None:
            continue  # "in Abu Dhabi, the UAE's Minister of State": a city of two words
        start = sentence.start + local
        seen = _title_before(sentence, local, index)
        if seen is None or _rank_only(seen[0]):
            # "Sheikh X, the Minister of Foreign Affairs,": the office after outranks the rank
            seen = _title_after(sentence, local + len(name), index) or seen
        elif seen[1] is None:
            # "Vice Premier X, Taipei's chief negotiator,": the second office tells the country
            after = _title_after(sentence, local + len(name), index)
            if after is not None and after[1] is not None:
                seen = (seen[0], after[1], seen[2])
        if seen is None and "counterparts" in sentence.text[max(0, local - 90) : local]:
            seen = _plural_counterpart(sentence.text, local)
        if seen is None:
            shared = _shared_title(sentence.text, local)
            whose = None if shared else _country_owner(sentence, local, name, index)
            # "Germany's Boris Kessler": a person a country is said to have, with no office
            office = "" if whose else shared
            if whose is not None:
                office = _parallel_office(sentence.text, local, start, whose, found) or ""
            elif office is None and (known := known_country((name,))) is not None:
                # "when Keir Starmer and Donald Trump announced …": a figure every reader knows
                # is an official without an office written beside the name
                office, whose = "", known
            found.append(Sighting(start, start + len(name), name, office, whose, None))
            continue
        title, country, refers_to = seen
        if country is None:
            country = _bloc_named_before(sentence, local, index) or _local_office(title)
        # "Nvidia chief X", "opposition leader X", "president of a think tank": no office of state.
        # "chairman of the State Duma": a body of one state makes the office one of state.
        weak = (
            country is None
            and _weak(title)
            # "Hamilton Mayor X": the office of a place, whichever country it lies in
            and _LOCAL_OFFICE.fullmatch(title) is None
            and not _PUBLIC_BODY.search(title)
            and not office_countries(title)
            # "his PNG counterpart, X": a figure every reader knows holds an office of state
            and known_country((name,)) is None
        )
        office = None if weak or _PRIVATE.search(title) else title
        if office and office.casefold().endswith("counterpart"):
            # "his Turkish counterpart X" holds the office of the official named before.
            host = next((f.title for f in reversed(found) if f.title), None)
            office = counterpart_title(host) if host else office
        if office and "also" in sentence.text[local + len(name) : local + len(name) + 24]:
            office = _also_office(sentence.text, local + len(name), office)
        found.append(Sighting(start, start + len(name), name, office, country, refers_to))
    if _MONARCH_WORD.search(sentence.text):
        found = _monarchs(sentence, index, found)
    if _CAPITALS_WORD.search(sentence.text):
        found = _surnames_in_capitals(sentence, index, found)
    return found


# "X, who also serves as Minister of Finance,": a second office the official holds
_OWNER_WORD = re.compile(r"(?P<word>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+")
_ALSO_SERVES = re.compile(
    r"\s*,\s+who\s+(?:also\s+(?:serves|acts|is)|is\s+also|doubles)\s+(?:as\s+)?(?:the\s+)?"
)


def _also_office(text: str, end: int, office: str) -> str:
    lead = _ALSO_SERVES.match(text, end)
    if lead is None:
        return office
    # "who is also Brazil's vice president": the country's word before the office
    owner = _OWNER_WORD.match(text, lead.end())
    at = owner.end() if owner is not None and lookup(owner["word"]) is not None else lead.end()
    second = lexicon().title_start.match(text, at)
    if second is None:
        return office  # "who is also a member of …": no office of state written as one
    extra = tidy_title(second.group("title").rstrip(" ,"))
    if _weak(extra) or extra.casefold() in office.casefold():
        return office
    return f"{office} and {extra}"


# "the Prince Khalid Al Amir Institute", "the Export Promotion Scheme": a capitalised
# run that ends in one of these words names a body, a programme or a place, not a person
_THING_WORDS = frozenset(
    [
        "Institute",
        "Institution",
        "Foundation",
        "University",
        "College",
        "School",
        "Academy",
        "Centre",
        "Center",
        "Prize",
        "Award",
        "Airport",
        "Stadium",
        "Hospital",
        "Scheme",
        "Programme",
        "Program",
        "Initiative",
        "Facility",
        "Fund",
        "Agreement",
        "Act",
        "Strategy",
        "Corridor",
        "Museum",
    ]
)


def _names_a_thing(name: str, after: str) -> bool:
    following = after.split()
    return name.split()[-1] in _THING_WORDS or bool(following and following[0] in _THING_WORDS)


# "Mr. MOTEGI Toshimitsu, Minister for Foreign Affairs", "President Emmanuel MACRON": a family
# name written in capitals, before or after the given name, as official releases often write it
_CAPITALS_WORD = re.compile(r"[A-Z]{3} |[a-z] [A-Z]{3}")
_CAPITALS_NAME = re.compile(
    rf"(?<![\w'’.-])(?:(?P<family>[A-Z]{{3,}})\s+(?P<given>[A-Z][{LOWER}]+(?:-[A-Z]?[{LOWER}]+)?)"
    rf"|(?P<given2>[A-Z][{LOWER}]+(?:-[A-Z]?[{LOWER}]+)?)\s+(?P<family2>[A-Z]{{3,}}))(?![\w'’-])"
)


def _surnames_in_capitals(
    sentence: Sentence, index: MentionIndex, found: list[Sighting]
) -> list[Sighting]:
    added = list(found)
    lex = lexicon()
    at = 0
    while (match := _CAPITALS_NAME.search(sentence.text, at)) is not None:
        at = match.end()
        family = match.group("family") or match.group("family2")
        given = match.group("given") or match.group("given2")
        if given in lex.non_names or given.casefold() in lex.heads or lookup(given) is not None:
            if match.group("given2"):
                at = match.start("family2")  # "Prime Minister TAKAICHI Sanae": try the next pair
            continue
        if not re.search("[AEIOUY]", family[1:]) or lookup(family) is not None:
            continue  # "NATO", "WTO": initials of a body, not a name
        local, end = match.start(), match.end()
        start = sentence.start + local
        if any(s.start < sentence.start + end and start < s.end for s in added):
            continue
        seen = _title_before(sentence, local, index) or _title_after(sentence, end, index)
        if seen is None or not seen[0] or _weak(seen[0]) or _rank_only(seen[0]):
            continue
        name = f"{given} {family.capitalize()}"
        added.append(Sighting(start, start + len(name), name, seen[0], seen[1], seen[2]))
    return sorted(added, key=lambda s: s.start)


# "between Presidents X and Y": one plural office before two names
# "the two countries' defence ministers, X and Y": the same, in lower case and set off by a comma
_SHARED_TITLE = re.compile(
    r"\b(?P<office>(?:(?:Prime|Foreign|Trade|Finance|Defen[cs]e|Deputy|Vice)\s+)?"
    r"(?:President|Minister|Premier|Chancellor|Secretar(?=ies))(?:s|ies)"
    r"|(?:(?:[Pp]rime|[Ff]oreign|[Tt]rade|[Ff]inance|[Dd]efen[cs]e|[Ee]conomy|[Cc]ommerce)\s+)"
    r"(?:ministers|secretaries)(?=,))(?:,\s+|\s+)"
    r"(?:(?P<first>(?:[A-Z][\w.'’-]*\s+|(?:de|da|do|dos|del|van|von|bin|al)\s+){1,5}?)and\s+)?$"
)


_FIRM_WORD = re.compile(
    r"[\w'’. -]*?\b(?:Industries|Motors?|Group|Holdings|Steel|Airlines|Airways|Energy|Oil|"
    r"Petroleum|Bank|Telecom|Electronics|Foods|Mining|Capital|Partners|Systems|Technologies|Corp|"
    r"Inc|Ltd|Limited|Railways|Resources|Power|Chemicals|Logistics|Shipping|Semiconductors?|"
    r"Pharmaceuticals|Electric|Heavy|Auto|Automotive|Solar|Metals|Securities|Insurance)\b"
)


_AFTER_MONONYM = re.compile(r"\s+[a-z]|\s*[,.;:)]|\s*$")


def _mononym(sentence: Sentence, match: re.Match[str], index: MentionIndex) -> Sighting | None:
    """'Indonesia's Foreign Minister Sugiono met …': one name alone after a full office that a
    country word gives, as people with a single name are written."""
    tokens = list(TOKEN.finditer(match.group()))
    if len(tokens) < 2:
        return None
    last, before = tokens[-1], tokens[-2].group().casefold()
    word = last.group()
    lex = lexicon()
    if len(word) < 4 or before not in lex.head_words or word in lex.non_names:
        return None
    if word.casefold() in lex.heads or lookup(word) is not None or PARTICLE.match(word):
        return None
    local = match.start() + last.start()
    if not _AFTER_MONONYM.match(sentence.text, local + len(word)):
        return None
    seen = _title_before(sentence, local, index)
    if seen is None or not seen[0] or _weak(seen[0]) or _rank_only(seen[0]):
        return None
    start = sentence.start + local
    if seen[1] is None:
        # "Foreign Minister Motegi": a figure every reader knows, named by one name
        figure = figure_named(word)
        if figure is None or seen[0].casefold() in _PORTFOLIO_HEADS:
            return None  # "Secretary X", "Minister Y": which office the title leaves open
        return Sighting(start, start + len(word), figure[0], seen[0], figure[1], seen[2])
    return Sighting(start, start + len(word), word, seen[0], seen[1], seen[2])


# Offices that leave the holder's portfolio open, and monarchs, who go by one name anyway
_PORTFOLIO_HEADS = frozenset(
    {"minister", "secretary", "commissioner", "deputy minister", "king", "queen", "emperor"}
)


def _country_owner(sentence: Sentence, local: int, name: str, index: MentionIndex) -> str | None:
    """The country whose possessive comes right before a name: 'Australia's' in
    'Australia's Ann Ward'."""
    if sentence.text[max(0, local - 3) : local] not in ("'s ", "’s "):
        return None
    if _FIRM_WORD.match(sentence.text, local, local + len(name)):
        return None  # "India's Reliance Industries": a firm, not a person
    at = sentence.start + local
    for mention in index.between(max(sentence.start, at - 40), at):
        if mention.possessive and mention.end + 3 >= at and not mention.is_bloc:
            return mention.code if mention.kind in ("country", "alias") else None
    return None


# "… Foreign Minister Sergey Lavrov and Brazil's Mauro Vieira": another country's holder of the
# office just named
_AND_OWNER = re.compile(r"\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}$")


def _parallel_office(
    text: str, local: int, start: int, whose: str, found: list[Sighting]
) -> str | None:
    if not found or not found[-1].title or not found[-1].country or found[-1].country == whose:
        return None
    joined = _AND_OWNER.search(text, max(0, local - 60), local)
    if joined is None or found[-1].end != start - (local - joined.start()):
        return None
    office = counterpart_title(found[-1].title)
    return office if office_in(office, whose) is not False and not _weak(office) else None


# "his French and German counterparts, X and Y": each holds the host's office in the country
# named in the same place
_PLURAL_COUNTERPARTS = re.compile(
    r"\b(?P<one>[A-Z][\w'’-]+)(?:,\s+(?P<two>[A-Z][\w'’-]+))?,?\s+and\s+(?P<last>[A-Z][\w'’-]+)"
    r"\s+counterparts,?\s+(?P<earlier>(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|da|von|van|bin|al))"
    r"{0,4}(?:,\s+|,?\s+and\s+)){0,2})$"
)


def _plural_counterpart(text: str, local: int) -> tuple[str, str | None, str | None] | None:
    found = _PLURAL_COUNTERPARTS.search(text, max(0, local - 140), local)
    if found is None:
        return None
    words = [w for w in (found["one"], found["two"], found["last"]) if w]
    place = len(re.findall(r",\s+|\s+and\s+", found["earlier"] or ""))
    if place >= len(words):
        return None
    country = lookup(words[place])
    return ("Counterpart", country, None) if country is not None else None


def _shared_title(text: str, local: int) -> str | None:
    if _PLURAL_OFFICE.search(text, max(0, local - 90), local) is None:
        return None  # a cheap test first: most names have no plural office before them
    found = _SHARED_TITLE.search(text, max(0, local - 90), local)
    if found is None:
        return None
    office = found.group("office")
    return tidy_title(office[:-3] + "y" if office.endswith("ies") else office[:-1])


_PLURAL_OFFICE = re.compile(
    r"(?:Presidents|Ministers|Premiers|Chancellors|Secretaries) |(?:ministers|secretaries), "
)

# "King Mohammed VI", "Emperor Naruhito": a monarch is named by one name (and a number)
# (no leading \b, so that the scan can skip ahead by first letters)
_MONARCH_WORD = re.compile(r"(?:King|Queen|Emperor|Empress|Sultan|Emir|Grand Duke) ")
_MONARCH = re.compile(
    r"\b(?P<title>King|Queen|Emperor|Empress|Sultan|Emir|Grand Duke)\s+"
    r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\s+[IVX]{1,4}\b)?)(?![\w'’-]|\s+[A-Z][a-z])"
)


def _monarchs(sentence: Sentence, index: MentionIndex, found: list[Sighting]) -> list[Sighting]:
    added = list(found)
    for match in _MONARCH.finditer(sentence.text):
        start, end = sentence.start + match.start("name"), sentence.start + match.end("name")
        over = [s for s in added if s.start < end and start < s.end]
        if any(s.title for s in over):
            continue
        added = [s for s in added if s not in over]  # "Emperor Naruhito" read as a full name
        if match.group("name").split()[0] in lexicon().non_names:
            continue
        seen = _title_before(sentence, match.start("name"), index)
        title, country = (seen[0], seen[1]) if seen else (match.group("title"), None)
        added.append(Sighting(start, end, match.group("name"), title, country, None))
    return sorted(added, key=lambda s: s.start)


_THE_BLOCS = re.compile(r"\bthe\s+bloc['’]s\s+(?:[\w-]+\s+){0,4}[\w-]+,?\s*$", re.I)


def _bloc_named_before(sentence: Sentence, local: int, index: MentionIndex) -> str | None:
    """'the bloc's foreign policy chief, X': the European Union, when it is the bloc named last."""
    if "bloc" not in sentence.text[max(0, local - 60) : local]:
        return None
    found = _THE_BLOCS.search(sentence.text, max(0, local - 60), local)
    if found is None:
        return None
    earlier = index.between(0, sentence.start + found.start())
    bloc = next((m for m in reversed(earlier) if m.is_bloc or m.code == "EU"), None)
    return "EU" if bloc is not None and bloc.code == "EU" else None


_LOCAL_OFFICE = re.compile(r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+(?:Governor|Mayor)")


def _local_office(title: str) -> str | None:
    """'Osaka Governor', 'Lagos Mayor': the office of a known city, in that city's country."""
    found = _LOCAL_OFFICE.fullmatch(title)
    return place_country(found["place"]) if found else None


def _weak(title: str) -> bool:
    """Titles that name an office of state only with a country or institution before them."""
    head = _COMPLEMENT.sub("", title).split()
    if not head or head[-1].casefold() not in lexicon().weak_heads:
        return False
    if len(head) > 1 and " ".join(head[-2:]).casefold() in lexicon().heads:
        return False  # "High Representative": one office of its own, not any representative
    before = " ".join(head[:-1]).casefold()
    if any(before.endswith(word) for word in lexicon().state_words):
        return False  # "presidential chief of staff": the office of a head of state
    if head[0].casefold() in lexicon().state_words and len(head) <= 3:
        return False  # "presidential policy chief": an office in a head of state's own staff
    return not any(m.is_bloc for m in find_mentions(title[:40]) if m.start == 0)


def _name_and_office_line(text: str) -> bool:
    """'Ann Ward, Principal Deputy Spokesperson': a briefing's speaker line, not a headline."""
    name, comma, office = text.strip().partition(", ")
    if not comma or len(name.split()) not in (2, 3):
        return False
    found = lexicon().title_start.match(office)
    return found is not None and found.end() == len(office)


def _is_headline(text: str) -> bool:
    """A Title Case Headline Line, whose capitals say nothing about names."""
    if text.rstrip()[-1:] in ".\"”'":
        return False  # a sentence's stop: tested first, as most lines end with one
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4:
        return False
    # Title Case leaves only short function words in lower case.
    return all(w[0].isupper() or w.casefold() in _FUNCTION_WORDS for w in words)


def _title_before(
    sentence: Sentence, local: int, index: MentionIndex
) -> tuple[str, str | None, str | None] | None:
    prefix_start = max(0, local - 90)
    styled = _STYLE_BEFORE.search(sentence.text, max(prefix_start, local - 28), local)
    if styled is not None:
        local = styled.start()  # "the Minister of X, H.E. Y": the title ends before the style
    words = sentence.text[prefix_start:local].casefold().split()
    heads = lexicon().head_words
    if not any(part in heads for word in words for part in word.strip(",.;:").split("-")):
        return None  # no word of office nearby: skip the costlier title pattern
    found = _title_ending(sentence.text[prefix_start:local])
    whose: str | None = None
    if found is None and "in" in sentence.text[max(prefix_start, local - 40) : local]:
        # "China's ambassador in Brasília, X": the post's place is not part of the title
        posted = _POSTED_IN.search(sentence.text, max(prefix_start, local - 40), local)
        if posted is not None:
            found = _title_ending(sentence.text[prefix_start : posted.start()])
            if found is not None and _weak(found[1]):
                found = None
    if found is None:
        # "the Minister of Foreign Affairs of the Republic of Indonesia, H.E. X": the office,
        # then the state it serves (a long one: "the Secretary of State for Foreign,
        # Commonwealth and Development Affairs of the United Kingdom, the Rt Hon X")
        prefix_start = max(0, local - 140)
        state = _OF_STATE.search(sentence.text, prefix_start, local)
        whose = (lookup(state.group("state")) or lookup(state.group("full"))) if state else None
        if state is None or whose is None:
            return None
        found = _title_ending(sentence.text[prefix_start : state.start()])
        if found is None or _weak(found[1]):
            return None  # not "the head of the Bank of England, X"
        if state.group("post"):
            found = (found[0], f"{found[1]} {' '.join(state.group('post').split())}")
    offset, title = found
    if title.casefold() in _STYLE_TITLES and sentence.text[
        prefix_start : prefix_start + offset
    ].rstrip().endswith(","):
        # "the Minister of Foreign Affairs, Ambassador X", "the Trade Representative, Ambassador
        # Y", "Australia's Minister for Trade, Senator Z": a diplomat's or a member's style after
        # the office held
        earlier = _title_ending(sentence.text[prefix_start : prefix_start + offset])
        if earlier is not None and not _weak(earlier[1]):
            offset, title = earlier
    if _rank_only(title):
        # "the Emir, Sheikh X", "his Saudi counterpart, Prince Y": the office before the rank
        earlier = _title_ending(sentence.text[prefix_start : prefix_start + offset])
        if earlier is not None:
            offset, title = earlier
    lead = sentence.text[max(prefix_start, prefix_start + offset - 4) : prefix_start + offset]
    dashed = _DASH_BEFORE.search(lead) if lead.rstrip()[-1:] in ("-", "–", "—") else None
    if dashed is not None:
        # "Deputy Prime Minister - Minister of Foreign Affairs X": two offices one person holds,
        # as official releases join them with a dash
        cut = prefix_start + offset - len(lead) + dashed.start()
        earlier = _title_ending(sentence.text[prefix_start:cut])
        if earlier is not None and not _weak(earlier[1]) and not _rank_only(earlier[1]):
            offset, title = earlier[0], f"{earlier[1]} and {title}"
    offset, title = _whole_country_word(sentence, prefix_start, offset, title, index)
    if _PRIVATE_BEFORE.search(
        sentence.text, max(0, prefix_start + offset - 40), prefix_start + offset
    ):
        return None  # "Chamber of Commerce president X": an office of a private body
    office, country, refers_to = _parse_title(title, sentence.start + prefix_start + offset, index)
    return office, country or whose, refers_to


def _rank_only(title: str) -> bool:
    """Whether a title is only a rank written before a name ('Sheikh', 'Prince'), no office."""
    return title.strip(" ,").casefold() in lexicon().honorifics


def _whole_country_word(
    sentence: Sentence, prefix_start: int, offset: int, title: str, index: MentionIndex
) -> tuple[int, str]:
    """'United Arab Emirates Foreign Minister': a title that starts inside a country's name, or
    right after one, starts with the whole name, so that the name is read as the country served."""
    begin = sentence.start + prefix_start + offset
    for mention in index.between(max(sentence.start, begin - 40), begin + len(title)):
        gap = sentence.text[mention.end - sentence.start : begin - sentence.start]
        if mention.start < begin < mention.end or (
            # "Kenyan Commerce and Industry Minister": a country word before two joined offices
            mention.end < begin and gap in (" ", "'s ", "’s ") and not mention.is_bloc
        ):
            moved = mention.start - sentence.start - prefix_start
            if moved >= 0:
                whole = sentence.text[prefix_start + moved : prefix_start + offset] + title
                return moved, whole
    return offset, title


_STYLE_TITLES = frozenset({"ambassador", "senator"})
_DASH_BEFORE = re.compile(r"\s[-–—]\s+$")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_POSTED_IN = re.compile(r"\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},\s*$")
_THEN = re.compile(r"^then\s+", re.IGNORECASE)
_OF_STATE = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<full>(?:(?:(?:People['’]s|Islamic|Federal|Democratic|Socialist|Arab)"
    r"\s+)*(?:Republic|Kingdom|State|Federation|Sultanate|Commonwealth)\s+of\s+"
    r"(?:the\s+)?)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))"
    # "the Ambassador of the Republic of Korea to Chile, X": the post, then the state served
    r"(?P<post>\s+to\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?,?\s*$"
)


_OF_STATE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+)?(?P<full>(?:(?:(?:People['’]s|Islamic|Federal|Democratic|Socialist|Arab)"
    r"\s+)*(?:Republic|Kingdom|State|Federation|Sultanate|Commonwealth)\s+of\s+"
    r"(?:the\s+)?)?(?P<state>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))(?![\w'’-])"
)


@lru_cache(maxsize=1024)
def _title_ending(prefix: str) -> tuple[int, str] | None:
    """The title that ends a stretch of text, and where it starts in it."""
    match = lexicon().title_end.search(prefix)
    while match is not None and _serves_next(match.group("title")):
        # "adviser to President X": the title nearest the name is "President".
        match = lexicon().title_end.search(prefix, match.start("title") + 1)
    return (match.start("title"), match.group("title")) if match else None


def _serves_next(title: str) -> bool:
    complement = _COMPLEMENT.search(title)
    return (
        complement is not None and complement.group("rest").split()[0].casefold() in lexicon().heads
    )


def _title_after(
    sentence: Sentence, local_end: int, index: MentionIndex
) -> tuple[str, str | None, str | None] | None:
    lead = _APPOSITIVE.match(sentence.text, local_end)
    if lead is None:
        return None
    body_start = lead.end()
    cue = _mention_at(index, sentence.start + body_start)
    title_from = body_start + (cue.end - cue.start + (2 if cue.possessive else 0) if cue else 0)
    while title_from < len(sentence.text) and sentence.text[title_from] == " ":
        title_from += 1
    boss: str | None = None
    if cue is None:
        # "X, Lee's presidential chief of staff,": the office serves the person named
        owner = _PERSON_OWNER.match(sentence.text, title_from)
        if owner is not None and lookup(owner["word"]) is None:
            boss, title_from = owner["word"], owner.end()
    match = lexicon().title_start.match(sentence.text, title_from)
    if match is None or _PRIVATE_NEXT.match(sentence.text, match.end()):
        return None
    raw = match.group("title")
    served = _SERVED_OFFICE.match(sentence.text, match.end())
    if served is not None and _TO_A_STATE.search(raw):
        # "diplomatic adviser to the French president": the office served, in lower case
        words = served.group("words").split()
        head = next((n for n in (2, 1) if " ".join(words[:n]).casefold() in lexicon().heads), 0)
        raw = f"{raw} {' '.join(words[:head])}" if head else raw
    title, country, refers_to = _parse_title(raw, sentence.start + title_from, index)
    if country is None:
        # "X, Minister for Foreign Affairs of Japan,": the office, then the state it serves
        state = _OF_STATE_AFTER.match(sentence.text, match.end())
        if state is not None:
            country = lookup(state.group("state")) or lookup(state.group("full"))
    if cue is not None and not cue.is_bloc:
        if cue.kind == "institution":
            title = f"{cue.text} {title}"
        country = cue.code
    return title, country, refers_to or boss


_PERSON_OWNER = re.compile(r"(?P<word>[A-Z][\w-]+)['’]s\s+(?=[a-z])")
_SERVED_OFFICE = re.compile(r"\s+(?P<words>[a-z]+(?:\s+[a-z]+)?)")
_TO_A_STATE = re.compile(r"\sto\s+the\s+[A-Z][\w'’-]*$")


def _mention_at(index: MentionIndex, start: int) -> Mention | None:
    for mention in index.between(start, start + 60):
        return mention if mention.start == start else None
    return None


_ENVOY_POSTED = re.compile(r"(?:Ambassador|High\s+Commissioner|Envoy)\s+to\s+", re.IGNORECASE)


def _parse_title(raw: str, begin: int, index: MentionIndex) -> tuple[str, str | None, str | None]:
    """Split 'Russia's Foreign Minister' into the office and the country cue."""
    country: str | None = None
    institution = ""
    text = raw.rstrip(" ,.;:")
    cut = 0
    for mention in index.between(begin, begin + len(text)):
        if mention.start - begin != cut:
            break
        if mention.code == "EU" and _EU_BODY.match(text, mention.end - begin):
            country = "EU"  # "European Council President": the adjective names the body
            break
        if mention.kind == "institution" or (mention.is_bloc and mention.code != "EU"):
            institution = f"{institution} {mention.text}".strip()  # "IMF Managing Director"
        country = mention.code if not mention.is_bloc or mention.code == "EU" else country
        cut = mention.end - begin + (2 if mention.possessive else 0)
        while cut < len(text) and text[cut] == " ":
            cut += 1
    office = _THEN.sub("", text[cut:].strip())  # "Bangladesh's then chief adviser"
    whose = text[:cut].strip()
    possessive = whose.endswith(("'s", "’s"))
    if whose and country and _ENVOY_POSTED.match(office) and not institution and not possessive:
        # "the British High Commissioner to Nigeria": the post says where, the word before it
        # whose
        office = f"{whose} {office}"
    refers_to = None
    complement = _COMPLEMENT.search(office)
    if complement is not None:
        rest = complement.group("rest")
        state = lookup(_POSSESSIVE_END.sub("", rest))
        if rest.split()[0].casefold() in lexicon().heads:
            office = office[: complement.start()]
            refers_to = rest
        elif (
            state is not None
            and complement.group(0).lstrip().startswith("of")
            # "President of the European Commission": the body is part of the office
            and not (state == "EU" and _EU_BODY.match(" " + rest.removeprefix("European")))
        ):
            # "the secretary of Ukraine's security council", "President of Chile": whose office
            office, country = office[: complement.start()], country or state
        elif complement.group(0).lstrip().startswith("to"):
            # "adviser to the French president": an aide to the office of that state
            first, _, head = rest.partition(" ")
            served = lookup(first)
            if served is not None and head.casefold() in lexicon().heads:
                office, country = f"{office[: complement.start()]} to the {head}", country or served
    title = tidy_title(f"{institution} {office}".strip()) if office else None
    return title or "", country, refers_to


def gather(
    sentences: Sequence[Sentence],
    seen_by_sentence: dict[int, list[Sighting]],
    index: MentionIndex,
    known: Iterable[KnownOfficial],
) -> list[Person]:
    """Every official of the article, one entry per person, in order of first mention."""
    people: list[Person] = []
    by_key: dict[str, Person] = {}
    # Words of names written in full: "Foreign Minister Wong" is "Penny Wong", not a new official.
    words = {
        word
        for found in seen_by_sentence.values()
        for seen in found
        if " " in seen.name
        for word in name_tokens(fold(seen.name))
    }
    for sentence in sentences:
        for seen in seen_by_sentence[sentence.index]:
            if seen.title is None or (" " not in seen.name and fold(seen.name) in words):
                continue
            _merge(people, by_key, seen, Span(sentence.start, sentence.end))
    _add_known(people, by_key, sentences, known)
    # Every titled mention, so that a cue such as "Russian" before any of them is theirs.
    titled = sorted(
        {p.position for p in people}
        | {
            seen.start
            for seen_list in seen_by_sentence.values()
            for seen in seen_list
            if seen.title
        }
    )
    _titles_by_surname(people, sentences, index)
    for person in people:
        if person.country is None and person.title:
            # "Commission President X": the title names the body served.
            person.country = lexicon().title_countries.get(person.title.casefold())
        if person.country is None:
            # "President Lee Jae-myung" with no country word: a figure every reader knows
            person.country = known_country((person.name, *person.aliases))
    fill_countries(people, sentences, index, titled)
    _counterparts_of_hosts(people, sentences)
    _offices_of_a_boss(people)
    for person in people:
        if person.title:
            person.title = full_title(person.title, person.country)
    return people


def _titles_by_surname(
    people: list[Person], sentences: Sequence[Sentence], index: MentionIndex
) -> None:
    """'… including New Zealand's Ann Ward.' then 'Ward, New Zealand's Minister for Trade,
    said': an office given later with the surname alone is the official's."""
    waiting = [p for p in people if not p.title]
    if not waiting:
        return
    resolver = Resolver(people)
    for person in waiting:
        surname = name_tokens(person.name)[-1]
        if resolver.find(surname) is not person:
            continue  # a surname two officials share says nothing
        pattern = re.compile(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])")
        for sentence in sentences:
            if sentence.end <= person.position or surname not in sentence.text:
                continue
            for match in pattern.finditer(sentence.text):
                seen = _title_before(sentence, match.start(), index) or _title_after(
                    sentence, match.end(), index
                )
                if seen and seen[0] and not _rank_only(seen[0]):
                    person.title = seen[0]
                    person.country = person.country or seen[1]
                    break
            if person.title:
                break


_BOSS_OWNED = re.compile(r"(?P<boss>[A-Z][\w-]+)['’]s\s+(?P<rest>.+)")


def _offices_of_a_boss(people: list[Person]) -> None:
    """An office named by its holder's boss: 'Ruiz's spokesperson, X' is the Presidential
    Spokesperson where Ruiz is the President, 'Ellis's envoy' the Envoy to the Prime Minister
    where Ellis is that."""
    resolver: Resolver | None = None
    for person in people:
        found = _BOSS_OWNED.fullmatch(person.title or "")
        if found is None or lookup(found["boss"]) is not None:
            continue
        resolver = resolver or Resolver(people)
        boss = resolver.find(found["boss"])
        if boss is None or boss is person or not boss.title:
            continue
        rest = found["rest"]
        if boss.title.casefold() == "president":
            person.title = f"Presidential {rest}"
        else:
            person.title = f"{rest} to the {boss.title}"
        person.country = person.country or boss.country


def _counterparts_of_hosts(people: list[Person], sentences: Sequence[Sentence]) -> None:
    """'X hosted his Philippine counterpart, Y': Y holds X's office, as Y's country names it."""
    waiting = [p for p in people if (p.title or "").casefold() == "counterpart"]
    if not waiting:
        return
    resolver = Resolver(people)
    starts = [s.start for s in sentences]
    for person in waiting:
        sentence = sentences[bisect.bisect_right(starts, person.position) - 1]
        hosts = [
            other
            for start, other in resolver.references(sentence)
            if start < person.position
            and other is not person
            and other.title
            and other.title.casefold() != "counterpart"
        ]
        if hosts:
            person.title = counterpart_title(hosts[-1].title or "")


def _merge(people: list[Person], by_key: dict[str, Person], seen: Sighting, span: Span) -> None:
    # "Donald J. Trump" is recorded as "Donald Trump", with the initial kept as an alias.
    name = _INITIAL.sub("", seen.name)
    person = by_key.get(fold(name)) or _same_person(by_key, name)
    if person is None:
        person = Person(name, seen.title or None, seen.country, span, seen.start)
        person.refers_to = seen.refers_to
        people.append(person)
    if fold(seen.name) != fold(person.name):
        person.aliases.add(seen.name)
    by_key[fold(name)] = person
    by_key[fold(seen.name)] = person
    tokens = name_tokens(fold(name))
    if len(tokens) > 1:
        by_key.setdefault(_spelling_key(tokens), person)
        # "S. Jaishankar" and "Subrahmanyam Jaishankar": an initial stands for the given name
        by_key.setdefault(_initial_key(tokens, initial=len(tokens[0]) == 1), person)
    if not person.title or (seen.title and _rank_only(person.title) and not _rank_only(seen.title)):
        person.title = seen.title or None  # "Prince X", later "Foreign Minister Prince X"
    person.country = person.country or seen.country
    person.refers_to = person.refers_to or seen.refers_to


def _same_person(by_key: dict[str, Person], name: str) -> Person | None:
    """'Sergei Lavrov' is 'Sergey Lavrov': same surname, same start of the given name; and
    'S. Jaishankar' is 'Subrahmanyam Jaishankar' (only where one of the two is an initial: two
    full given names with one first letter are two people)."""
    tokens = name_tokens(fold(name))
    if len(tokens) < 2:
        return None
    initial = len(tokens[0]) == 1
    return by_key.get(_spelling_key(tokens)) or by_key.get(_initial_key(tokens, not initial))


def _initial_key(tokens: list[str], initial: bool) -> str:
    """A key for matching a name written with an initial to one written in full: kept under
    the form it was seen in (``initial``), looked up under the other."""
    return f"~{'i' if initial else 'f'} {tokens[0][:1]} {tokens[-1]}"


def _spelling_key(tokens: list[str]) -> str:
    """A key shared by spellings of one name: word count, given name's start, surname."""
    return f"~{len(tokens)} {tokens[0][:3]} {tokens[-1]}"


def _add_known(
    people: list[Person],
    by_key: dict[str, Person],
    sentences: Sequence[Sentence],
    known: Iterable[KnownOfficial],
) -> None:
    """Officials the user keeps: found under any of their names, recorded under the kept one."""
    wanted: dict[str, KnownOfficial] = {}
    for official in known:
        names = [n.strip() for n in (official.name, *official.aliases) if n.strip()]
        found = next((by_key[fold(n)] for n in names if fold(n) in by_key), None)
        if found is not None:
            _adopt(found, official)
        else:
            wanted.update((n, official) for n in names)
    for start, official, span in _first_mentions(sentences, wanted):
        person = Person(
            official.name, official.title, official.country, span, start, set(official.aliases)
        )
        people.append(person)
        by_key[fold(official.name)] = person
    people.sort(key=lambda p: p.position)


def _adopt(person: Person, official: KnownOfficial) -> None:
    """The kept record's name, with what the text said kept as aliases and gaps filled."""
    if fold(person.name) != fold(official.name):
        person.aliases.add(person.name)
        person.name = official.name
    person.aliases.update(a for a in official.aliases if fold(a) != fold(person.name))
    person.title = person.title or official.title
    person.country = person.country or official.country


@lru_cache(maxsize=8)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all the kept names; the same list is compiled once per process."""
    return re.compile(rf"(?<!\w)(?:{trie_pattern(names)})(?!\w)")


def _first_mentions(
    sentences: Sequence[Sentence], wanted: dict[str, KnownOfficial]
) -> list[tuple[int, KnownOfficial, Span]]:
    """Where each wanted official is first named; one pass over the text for all of them."""
    if not wanted:
        return []
    pattern = _names_pattern(tuple(sorted(wanted)))
    seen: set[int] = set()
    out: list[tuple[int, KnownOfficial, Span]] = []
    for sentence in sentences:
        for match in pattern.finditer(sentence.text):
            official = wanted[match.group()]
            if id(official) not in seen:
                seen.add(id(official))
                span = Span(sentence.start, sentence.end)
                out.append((sentence.start + match.start(), official, span))
    return out
