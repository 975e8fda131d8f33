"""SIGKILL in the middle of saves and imports: the file stays whole, with exactly what was saved."""

from __future__ import annotations

import multiprocessing
import os
import random
import sqlite3
import time
from collections import Counter
from pathlib import Path

import pytest

from diplomatic_calendar.store import Store
from tests.safety import crash_child

ROUNDS = int(os.environ.get("CRASH_ROUNDS", "0"))


def _context():  # type: ignore[no-untyped-def]
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(
        [
            "diplomatic_calendar.store",
            "diplomatic_calendar.importing.apply",
            "diplomatic_calendar.importing.plan",
            "tests.safety.crash_child",
            "tests.safety.crash_warm",
        ]
    )
    return ctx


def _batches(path: Path) -> tuple[Counter[int], int, int]:
    """Events per batch, change-log entries and linked provenance rows, read by a fresh reader."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        titles = [r[0] for r in conn.execute("SELECT title FROM events")]
        logged = conn.execute(
            "SELECT count(*) FROM change_log WHERE record_type='event'"
        ).fetchone()
        linked = conn.execute("SELECT count(*) FROM provenance").fetchone()
    finally:
        conn.close()
    return Counter(int(t.split()[1]) for t in titles), int(logged[0]), int(linked[0])


def _check_prefix(path: Path, reported: int) -> int:
    """Assert the calendar holds whole batches 0..n-1 and nothing committed was lost; return n."""
    counts, logged, linked = _batches(path)
    stored = len(counts)
    assert sorted(counts) == list(range(stored)), "a batch is missing: not a committed prefix"
    for batch, count in counts.items():
        assert count == crash_child.batch_size(batch), f"batch {batch} is half-saved"
    assert logged == sum(counts.values()), "change log and events disagree"
    imports = [b for b in counts if crash_child.is_import(b)]
    assert linked == sum(crash_child.batch_size(b) for b in imports)
    # The child reports a batch only after its COMMIT returned, so the file may hold one more.
    assert reported + 1 <= stored <= reported + 2
    return stored


def kill_rounds(path: Path, rounds: int, seed: int, max_delay: float) -> int:
    """Start a saving child, SIGKILL it after a random moment, check the file; repeat."""
    Store.open(path).close()
    ctx = _context()
    rng = random.Random(seed)
    committed = ctx.Value("q", -1, lock=False)
    stored = 0
    for _ in range(rounds):
        committed.value = stored - 1
        child = ctx.Process(target=crash_child.run, args=(str(path), committed, 10_000))
        child.start()
        time.sleep(rng.uniform(0.0, max_delay))
        child.kill()
        child.join()
        stored = _check_prefix(path, committed.value)
    return stored


def test_two_hundred_kills_leave_a_whole_committed_prefix(tmp_path: Path) -> None:
    stored = kill_rounds(tmp_path / "calendar.db", rounds=200, seed=8, max_delay=0.06)
    assert stored > 50, "the child hardly ever got to save: the test would prove little"


@pytest.mark.slow
@pytest.mark.skipif(not ROUNDS, reason="set CRASH_ROUNDS=2000 to run the long series (~7 min)")
def test_many_more_kills_leave_a_whole_committed_prefix(tmp_path: Path) -> None:
    stored = kill_rounds(tmp_path / "calendar.db", rounds=ROUNDS, seed=88, max_delay=0.08)
    assert stored > ROUNDS // 4


class ImportReference:
    """Row counts after each of the first n imports, made without any kill, in memory."""

    def __init__(self) -> None:
        self.store = Store.memory()
        self.after: list[tuple[int, ...]] = [crash_child.totals(self.store)]

    def totals_after(self, imports: int) -> tuple[int, ...]:
        while len(self.after) <= imports:
            crash_child.import_article(self.store, len(self.after) - 1)
            self.after.append(crash_child.totals(self.store))
        return self.after[imports]


def test_killed_article_imports_leave_whole_imports_only(tmp_path: Path) -> None:
    pytest.importorskip("diplomatic_calendar.importing.apply")
    path = tmp_path / "calendar.db"
    Store.open(path).close()
    ctx, rng, reference = _context(), random.Random(80), ImportReference()
    committed = ctx.Value("q", -1, lock=False)
    imported = 0
    for _ in range(80):
        committed.value = imported - 1
        child = ctx.Process(target=crash_child.run_imports, args=(str(path), committed, 10_000))
        child.start()
        time.sleep(rng.uniform(0.0, 0.1))
        child.kill()
        child.join()
        store = Store.open(path)
        try:
            assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            found = crash_child.totals(store)
        finally:
            store.close()
        imported = found[0]
        assert committed.value + 1 <= imported <= committed.value + 2, "a committed import is lost"
        assert found == reference.totals_after(imported), "an import is half-saved"
    reference.store.close()
    assert imported > 20, "the child hardly ever got to import: the test would prove little"
