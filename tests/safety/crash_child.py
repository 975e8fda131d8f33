"""The process the crash tests kill: saves batches of records in a loop until it is killed."""

from __future__ import annotations

import datetime as dt
from multiprocessing.sharedctypes import Synchronized
from pathlib import Path

from diplomatic_calendar.domain.model import Event, EventKind, Evidence, Source
from diplomatic_calendar.store import Store

FIRST_DAY = dt.date(2025, 7, 1)


def batch_size(batch: int) -> int:
    """How many events batch number ``batch`` holds (1 to 5, so batches differ)."""
    return batch % 5 + 1


def is_import(batch: int) -> bool:
    """Every third batch imitates an article import: a source plus the events drawn from it."""
    return batch % 3 == 0


def save_batch(store: Store, batch: int) -> None:
    """One all-or-nothing save: a batch's events (and for an import, its article first)."""
    with store.transaction():
        source_id = None
        if is_import(batch):
            text = f"Article {batch}: " + "ministers met to discuss tariffs. " * 50
            source_id = store.sources.add(Source(text, title=f"Wire {batch}")).id
        for item in range(batch_size(batch)):
            day = FIRST_DAY + dt.timedelta(days=(batch + item) % 60)
            evidence = Evidence(source_id, 0, 10) if source_id is not None else None
            store.events.add(
                Event(
                    f"batch {batch} item {item}",
                    EventKind.MEETING,
                    day,
                    day + dt.timedelta(days=1),
                    notes="x" * 200,
                    evidence=evidence,
                )
            )


def next_batch(store: Store) -> int:
    """The batch after the newest one stored (0 for an empty calendar)."""
    row = store.db.execute(
        "SELECT max(CAST(substr(title, 7, instr(substr(title, 7), ' ') - 1) AS INTEGER)) "
        "FROM events"
    ).fetchone()
    return 0 if row[0] is None else int(row[0]) + 1


def run(path: str, committed: Synchronized, limit: int) -> None:  # type: ignore[type-arg]
    """Save batches until killed; ``committed`` says the last batch whose COMMIT returned."""
    store = Store.open(Path(path))
    batch = next_batch(store)
    for _ in range(limit):
        save_batch(store, batch)
        committed.value = batch
        batch += 1
    store.close()


ARTICLE = Path(__file__).parent.parent / "extraction" / "fixtures" / "tariff_round.txt"
PUBLISHED = dt.date(2025, 4, 3)


def article(number: int) -> str:
    """The text of import number ``number``: one wire story, made a distinct source each time."""
    return ARTICLE.read_text(encoding="utf-8") + f"\nUpdated report number {number}."


def import_article(store: Store, number: int) -> None:
    """Import one article the way the import window does: plan, then apply in one transaction."""
    from diplomatic_calendar.importing.apply import apply
    from diplomatic_calendar.importing.plan import build_plan

    apply(store, build_plan(store, article(number), PUBLISHED))


def totals(store: Store) -> tuple[int, ...]:
    """Row counts of every table an import writes to."""
    row = store.db.execute(
        "SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM events), "
        "(SELECT count(*) FROM officials), (SELECT count(*) FROM tariff_actions), "
        "(SELECT count(*) FROM tariff_history), (SELECT count(*) FROM provenance), "
        "(SELECT count(*) FROM change_log)"
    ).fetchone()
    return tuple(int(v) for v in row)


def run_imports(path: str, committed: Synchronized, limit: int) -> None:  # type: ignore[type-arg]
    """Import articles until killed; ``committed`` says the last import whose COMMIT returned."""
    store = Store.open(Path(path))
    number = totals(store)[0]
    for _ in range(limit):
        import_article(store, number)
        committed.value = number
        number += 1
    store.close()
