"""An import plan: the article, its publication date, and every draft with its fate."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from diplomatic_calendar.domain.model import Source, TariffStatus
from diplomatic_calendar.extraction import KnownOfficial, extract, find_publication_date
from diplomatic_calendar.importing.duplicates import OfficialIndex, mark_duplicates, match_one
from diplomatic_calendar.importing.items import (
    Draft,
    EventItem,
    OfficialItem,
    TariffItem,
    event_item,
    official_item,
    tariff_item,
)
from diplomatic_calendar.importing.reading import guess_outlet
from diplomatic_calendar.store import Store


@dataclass
class ImportPlan:
    """Everything one import would save; the window and the command line both edit one of these."""

    text: str
    published: dt.date
    published_confirmed: bool
    title: str = ""
    outlet: str = ""
    url: str = ""
    officials: list[OfficialItem] = field(default_factory=list)
    events: list[EventItem] = field(default_factory=list)
    tariffs: list[TariffItem] = field(default_factory=list)

    def drafts(self) -> Iterator[Draft]:
        """Every draft: officials, then events, then tariffs."""
        yield from self.officials
        yield from self.events
        yield from self.tariffs

    def source(self) -> Source:
        """The article as it will be stored."""
        return Source(
            self.text, self.title.strip(), self.outlet.strip(), self.url.strip(), self.published
        )

    def set_all(self, accepted: bool) -> None:
        """Accept or reject every draft (one that still needs something stays rejected)."""
        for draft in self.drafts():
            draft.accepted = accepted and not draft.problem

    def counts(self) -> dict[str, int]:
        """How many drafts would be added, updated and skipped."""
        out = {"add": 0, "update": 0, "skip": 0}
        for draft in self.drafts():
            out[fate(draft)] += 1
        return out


def fate(draft: Draft) -> str:
    """'add', 'update' or 'skip': what saving the plan does with this draft."""
    if not draft.will_save:
        return "skip"
    if draft.match_id is None:
        return "add"
    return str(draft.choice.value)


def known_officials(index: OfficialIndex, text: str) -> list[KnownOfficial]:
    """The calendar's officials this article names, so the engine knows them without titles.

    Only those whose surname occurs in the text: the engine's work grows with every official it
    is given, and a calendar keeps thousands.
    """
    return [
        KnownOfficial(o.name, o.aliases, o.title or None, o.country)
        for o in index.mentioned_in(text)
    ]


def build_plan(
    store: Store,
    text: str,
    published: dt.date | None = None,
    *,
    fallback: dt.date | None = None,
    title: str = "",
    outlet: str = "",
    url: str = "",
) -> ImportPlan:
    """Extract drafts and look them up; without a date given or found, ``fallback`` is used."""
    confirmed = published is not None
    if published is None:
        published = find_publication_date(text)
        confirmed = published is not None
    if published is None:
        published = fallback
    index = OfficialIndex.of(store)
    extraction = extract(text, published, known_officials(index, text))
    plan = ImportPlan(
        text=text,
        published=extraction.published,
        published_confirmed=confirmed,
        title=title,
        outlet=outlet or guess_outlet(text),
        url=url,
        officials=[official_item(d) for d in extraction.officials],
        events=[event_item(d, text, extraction.published) for d in extraction.events],
        tariffs=[tariff_item(d) for d in extraction.tariffs],
    )
    _fold_replaced_rates(plan.tariffs)
    mark_duplicates(store, text, plan.drafts(), index)
    return plan


def _fold_replaced_rates(tariffs: Sequence[TariffItem]) -> None:
    """'25%, up from 10%': the older rate becomes the new action's previous rate, and its own
    draft starts unticked (a superseded action of its own is rarely what is wanted)."""
    for old in tariffs:
        if old.status != TariffStatus.SUPERSEDED:
            continue
        for new in tariffs:
            if (
                new is not old
                and new.status != TariffStatus.SUPERSEDED
                and (new.imposer, new.target) == (old.imposer, old.target)
                and new.evidence == old.evidence
                and new.previous_rate is None
            ):
                new.previous_rate = old.rate_percent
                old.accepted = False
                break


def rematch(store: Store, plan: ImportPlan, draft: Draft) -> None:
    """Look an edited draft up again: a new date, name or people may match another record, or
    none, and an update must never land on a record the draft no longer describes."""
    match_one(store, draft, store.sources.find_same(plan.text), OfficialIndex.of(store))


def rebase(store: Store, old: ImportPlan, published: dt.date) -> ImportPlan:
    """Extract again for a new publication date, carrying over the user's choices and edits."""
    new = build_plan(store, old.text, published, title=old.title, outlet=old.outlet, url=old.url)
    source, index = store.sources.find_same(old.text), OfficialIndex.of(store)

    def again(draft: Draft) -> None:
        match_one(store, draft, source, index)

    _carry(old.officials, new.officials, again)
    _carry(old.events, new.events, again)
    _carry(old.tariffs, new.tariffs, again)
    return new


def _key(draft: Draft) -> tuple[Any, ...]:
    """What identifies a draft across two runs of the engine on the same text.

    The evidence sentence does not move when only the publication date changes, and drafts from
    one sentence come in the same order, so the sentence and the order pair them up even after
    the user renamed or re-dated one.
    """
    return (type(draft).__name__, draft.evidence.start)


def _carry(
    before: Sequence[Draft], after: Sequence[Draft], rematch_one: Callable[[Draft], None]
) -> None:
    """Copy accept flags, edited fields and duplicate choices onto the matching new drafts.

    A draft with edits is looked up again as edited (the new run matched the engine's values),
    and the user's duplicate choice carries over only while it is about the same record.
    """
    pool: dict[tuple[Any, ...], list[Draft]] = defaultdict(list)
    for draft in before:
        pool[_key(draft)].append(draft)
    for draft in after:
        candidates = pool.get(_key(draft))
        if not candidates:
            continue
        old = candidates.pop(0)
        draft.accepted = old.accepted
        for name in old.edited:
            draft.edit(name, getattr(old, name))
        if old.edited:
            rematch_one(draft)
        if old.match_id == draft.match_id:
            draft.choice = old.choice
