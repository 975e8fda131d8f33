"""Word lists for reading events, from the events data table, compiled once."""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from diplomatic_calendar.paths import resource_path


@cache
def _data() -> dict[str, Any]:
    path = resource_path("data", "extraction_events.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def alternation(key: str) -> str:
    """The words of one list as a regular-expression alternation, longest first."""
    ordered = sorted(_data()[key], key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@cache
def reported_date() -> re.Pattern[str]:
    """What ends right before a date that only says when something was said: 'said on ',
    'told reporters in Abuja on ', 'said in a statement '."""
    verbs = alternation("reporting_verbs")
    audience = r"\s+(?:to\s+)?(?:reporters|journalists|the\s+press|the\s+media|lawmakers)"
    setting = r"\s+(?:in|at|during)\s+(?:(?:a|an|the)\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+"
    return re.compile(
        rf"\b(?:{verbs})(?:{audience}|{setting})*\s+(?:on\s+)?$",
        re.IGNORECASE,
    )


@cache
def trip_date() -> re.Pattern[str]:
    """What ends right before the date of a trip or a meeting: 'will fly to Washington '."""
    verbs = alternation("travel_verbs")
    return re.compile(rf"\b(?:{verbs})\b[^,;.]*$", re.IGNORECASE)


@cache
def arranged() -> re.Pattern[str]:
    """What ends right before an event still being arranged: 'arrangements for a '."""
    nouns = alternation("arranging_words")
    return re.compile(
        rf"\b(?:{nouns})\s+(?:for|of)\s+(?:(?:the|a|an|their|its)\s+)?(?:[\w-]+\s+){{0,2}}$",
        re.IGNORECASE,
    )


@cache
def met_others() -> re.Pattern[str]:
    """A meeting verb whose object is a group nobody names: 'met representatives of …'."""
    groups = alternation("unnamed_groups")
    return re.compile(
        rf"(?:met|meet|meets|meeting)\s+(?:with\s+)?(?:(?:the|some|several|a\s+group\s+of)\s+)?"
        rf"(?:[a-z][\w-]*\s+)?(?:{groups})\b",
        re.IGNORECASE,
    )


@cache
def hosts_guests() -> re.Pattern[str]:
    """'will host a dinner for the visiting leaders': the host is among a summit's people."""
    occasions = alternation("hosted_occasions")
    guests = alternation("summit_guests")
    return re.compile(
        rf"\bhost(?:s|ed|ing)?\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:{occasions})\s+(?:for|in\s+honou?r\s+of)"
        rf"\s+(?:the\s+)?(?:visiting\s+|summit\s+|attending\s+)?(?:{guests})\b",
        re.IGNORECASE,
    )


@cache
def hedged() -> re.Pattern[str]:
    """A word that makes a rate only possible: 'could face', 'is weighing duties of'."""
    return re.compile(rf"\b(?:{alternation('hedging_words')})\b", re.IGNORECASE)
