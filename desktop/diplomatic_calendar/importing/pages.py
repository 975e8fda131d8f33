"""Web pages as articles: the story's text without the site around it, and the page's own date.

A saved news page carries more than its story: the site's menu, banner, footer and side bars,
which would otherwise be read as the article's opening lines. They are dropped. A ``<header>``
or ``<footer>`` inside ``<article>`` or ``<main>`` belongs to the story (its headline and
byline) and is kept. The publication date a page states in its markup (Open Graph, Dublin
Core, schema.org microdata or JSON-LD) is read so that relative dates count from it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser
from typing import Any

_BLOCKS = frozenset(
    {"address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "footer"}
    | {"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre"}
    | {"section", "table", "td", "th", "tr", "ul"}
)
_SPACE_RUN = re.compile(r"\s+")
_SKIPPED = frozenset({"script", "style", "noscript", "template", "head", "svg", "nav", "aside"})
# The site's own banner and footer; inside the story they are its headline and credits.
_SITE_ONLY = frozenset({"header", "footer"})
_STORY = frozenset({"article", "main"})
# <meta> names and properties that give when a page was published, most trusted first.
_META_DATES = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "dc.date.issued",
    "dcterms.issued",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
)
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?!\d)")


def stated_day(value: str | None) -> dt.date | None:
    """The calendar day an ISO 8601 date or date-time gives, as written (its own zone's day)."""
    match = _ISO_DAY.match(value or "")
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _json_ld_date(data: Any) -> str | None:
    """The first ``datePublished`` anywhere in a JSON-LD block (it may sit in an ``@graph``)."""
    if isinstance(data, dict):
        value = data.get("datePublished")
        if isinstance(value, str):
            return value
        data = list(data.values())
    if isinstance(data, list):
        for item in data:
            found = _json_ld_date(item)
            if found:
                return found
    return None


class PageParser(HTMLParser):
    """Collects a page's visible story text, one line per block element, its title and date."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.dates: dict[str, str] = {}  # where a date was stated -> the value
        self._open: list[tuple[str, bool]] = []  # skipping elements open now, and if they skip
        self._story = 0
        self._in_title = False
        self._json_ld: list[str] | None = None

    @property
    def _skipping(self) -> bool:
        return any(skips for _, skips in self._open)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            self._meta(found)
        elif tag == "time" and ("pubdate" in found or found.get("itemprop") == "datePublished"):
            self.dates.setdefault("datepublished", found.get("datetime", ""))
        elif tag == "script" and found.get("type", "").lower() == "application/ld+json":
            self._json_ld = []
        elif tag == "body":
            self._open = [entry for entry in self._open if entry[0] != "head"]  # </head> unsaid
        if tag in _STORY:
            self._story += 1
        if tag in _SKIPPED or tag in _SITE_ONLY:
            self._open.append((tag, tag in _SKIPPED or not self._story))
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        elif tag == "script" and self._json_ld is not None:
            self._read_json_ld("".join(self._json_ld))
            self._json_ld = None
        if tag in _STORY:
            self._story = max(0, self._story - 1)
        if tag in _SKIPPED or tag in _SITE_ONLY:
            for at in range(len(self._open) - 1, -1, -1):
                if self._open[at][0] == tag:
                    del self._open[at]
                    break
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        if self._json_ld is not None:
            self._json_ld.append(data)
        if not self._skipping:
            # In HTML a line break inside a paragraph is a space: only the block elements
            # (and <br>) end a line, so "on\nThursday" stays one phrase.
            self.parts.append(_SPACE_RUN.sub(" ", data))

    def _meta(self, found: dict[str, str]) -> None:
        key = (found.get("property") or found.get("name") or found.get("itemprop") or "").lower()
        if key in _META_DATES and "content" in found:
            self.dates.setdefault(key, found["content"])

    def _read_json_ld(self, block: str) -> None:
        try:
            value = _json_ld_date(json.loads(block))
        except ValueError:
            return  # a broken block says nothing; the page's other dates may
        if value:
            self.dates.setdefault("json-ld", value)

    def published(self) -> dt.date | None:
        """The publication day the page states, from its most trusted statement."""
        order = (*_META_DATES[:3], "json-ld", *_META_DATES[3:])
        for key in order:
            day = stated_day(self.dates.get(key))
            if day is not None:
                return day
        return None


def read_page(markup: str) -> tuple[str, str, dt.date | None]:
    """A page's story text (paragraphs on their own lines), its <title> and stated date."""
    parser = PageParser()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    text = "\n".join(line for line in lines if line)
    return text, " ".join(parser.title.split()), parser.published()
