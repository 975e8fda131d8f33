"""``diplomatic-calendar import FILE``: show what an article would add, update and skip; save it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from diplomatic_calendar.cli._common import add_command, date_arg, home_zone, open_store
from diplomatic_calendar.cli._open import CALENDAR_SUFFIXES
from diplomatic_calendar.domain.errors import UserError

if TYPE_CHECKING:
    from diplomatic_calendar.importing import ImportPlan
    from diplomatic_calendar.store import Store

HELP = (
    "import a news article (.txt, .html, .eml) as drafts, or an .ics calendar; "
    "without --yes only show what would be added, updated and skipped"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` subcommand."""
    parser = add_command(sub, "import", run, HELP)
    parser.add_argument("file", metavar="FILE", type=Path, help="the article or .ics file")
    parser.add_argument(
        "--published",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="the article's publication date (default: a date written in the article)",
    )
    parser.add_argument("--yes", action="store_true", help="save, instead of only showing the plan")


def run(args: argparse.Namespace) -> int:
    """Read, plan, print; with --yes, save in one transaction."""
    path: Path = args.file
    store = open_store(args)
    try:
        if path.suffix.lower() in CALENDAR_SUFFIXES:
            return _import_calendar(store, path, save=args.yes)
        return _import_article(store, path, args)
    finally:
        store.close()


def _import_article(store: Store, path: Path, args: argparse.Namespace) -> int:
    from diplomatic_calendar.importing import apply, build_plan, read_article

    article = read_article(path)
    plan = build_plan(
        store,
        article.text,
        # A web page's own stated publication date counts, as in the window.
        args.published or article.published,
        fallback=article.sent,
        title=article.title,
        outlet=article.outlet,
    )
    print(describe(plan))
    if not args.yes:
        print("\nNothing was saved; run again with --yes to save.")
        return 0
    if not plan.published_confirmed:
        # As the window does: relative dates hang on the publication date, so a guess (the day
        # an e-mail was sent) is confirmed before anything is saved.
        guessed = f" (the e-mail was sent {plan.published})" if plan.published else ""
        raise UserError(
            f"the article does not say when it was published{guessed}; "
            "pass --published YYYY-MM-DD to save"
        )
    result = apply(store, plan)
    print("\n" + result.summary())
    return 0


def describe(plan: ImportPlan) -> str:
    """The plan as lines a person can check: what happens to each draft, and why."""
    from diplomatic_calendar.importing import EventItem, OfficialItem, fate

    source = plan.source()
    lines = [f"Article: {source.citation}" + ("" if plan.published_confirmed else " (date?)")]
    counts = plan.counts()
    lines.append(f"Would add {counts['add']}, update {counts['update']}, skip {counts['skip']}.\n")
    for draft in plan.drafts():
        what = fate(draft)
        kind = (
            "official"
            if isinstance(draft, OfficialItem)
            else "event"
            if isinstance(draft, EventItem)
            else "tariff"
        )
        detail = getattr(draft, "when", "")
        line = f"{what:<6} {kind:<8} {draft.label}" + (f" — {detail}" if detail else "")
        why = draft.problem or (draft.match_label if draft.match_id else "")
        if what == "skip" and not draft.problem and not draft.match_id:
            why = "rejected"
        lines.append(line + (f"  [{why}]" if why else ""))
    return "\n".join(lines)


def _import_calendar(store: Store, path: Path, *, save: bool) -> int:
    """Import an .ics file; without ``save``, import it in a rehearsal and report that."""
    import datetime as dt

    from diplomatic_calendar.printing.ics import import_calendar

    # Times without a zone ("floating") are the home zone's, as the window reads them.
    zone_key = home_zone()

    def run() -> object:
        return import_calendar(store, path, home_zone=zone_key, today=dt.date.today())

    if save:
        print(run())
        return 0
    with store.rehearsal():
        report = run()
    print(f"Would import: {report}")
    print("\nNothing was saved; run again with --yes to save.")
    return 0
