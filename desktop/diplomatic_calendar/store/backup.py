"""Backups with SQLite's online backup API: daily, before migrations, kept N deep, restorable."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from diplomatic_calendar.domain.errors import DamagedFileError, StorageError
from diplomatic_calendar.store.database import (
    newest_version,
    read_only_connection,
    unwritable_reason,
)

if TYPE_CHECKING:
    from diplomatic_calendar.store.store import Store

log = logging.getLogger(__name__)

DEFAULT_KEEP = 14
FOLDER_NAME = "backups"
_SQLITE_HEADER = b"SQLite format 3\x00"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_REQUIRED_TABLES = {"_migrations", "events", "officials", "tariff_actions", "sources"}


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file of a calendar: where it is, when it was taken, and why."""

    path: Path
    taken_at: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        """Its size in bytes (0 if it has gone)."""
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def backup_folder(db_path: Path) -> Path:
    """Where the backups of ``db_path`` live: a ``backups`` folder beside it."""
    return db_path.parent / FOLDER_NAME


def _pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(db_path.stem)}-(\d{{8}}T\d{{12}}Z)-([a-z0-9-]+)\.db$")


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    pattern = _pattern(db_path)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match:
            taken = dt.datetime.strptime(match[1], _STAMP).replace(tzinfo=dt.UTC)
            found.append(Backup(path, taken, match[2]))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """Copy an open database to ``target`` as one self-contained file, atomically."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(str(partial), isolation_level=None)
        try:
            source.backup(dest)
            # A backup must be a single file: no write-ahead log beside it.
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as err:
        partial.unlink(missing_ok=True)
        raise StorageError(f"the backup to {target} failed: {err}") from None


def create_backup(
    conn: sqlite3.Connection,
    db_path: Path,
    *,
    reason: str = "manual",
    now: dt.datetime | None = None,
    keep: int | None = DEFAULT_KEEP,
    spare: Path | None = None,
) -> Path:
    """Back up the open database of ``db_path`` into its backup folder and prune to ``keep``
    (never deleting ``spare``, a backup about to be used; nothing when ``keep`` is None)."""
    moment = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = backup_folder(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StorageError(f"cannot create the backup folder {folder}: {err.strerror}") from None
    target = folder / f"{db_path.stem}-{moment.strftime(_STAMP)}-{reason}.db"
    while target.exists():  # two backups in the same microsecond: nudge the stamp
        moment += dt.timedelta(microseconds=1)
        target = folder / f"{db_path.stem}-{moment.strftime(_STAMP)}-{reason}.db"
    copy_database(conn, target)
    log.info("backed up %s to %s (%s)", db_path, target, reason)
    if keep is not None:
        prune(db_path, keep, spare=spare)
    return target


def prune(db_path: Path, keep: int, *, spare: Path | None = None) -> list[Path]:
    """Delete all but the newest ``keep`` backups (at least one is always kept), and never
    ``spare``: a backup the user is restoring from must not vanish under them."""
    removed = []
    kept = spare.resolve() if spare is not None else None
    for old in list_backups(db_path)[max(keep, 1) :]:
        if old.path.resolve() == kept:
            continue
        try:
            old.path.unlink()
        except OSError as err:
            log.warning("could not remove the old backup %s: %s", old.path, err)
            continue
        removed.append(old.path)
    return removed


def daily_backup_due(db_path: Path, now: dt.datetime) -> bool:
    """True when no backup of ``db_path`` was taken yet on ``now``'s calendar day."""
    today = now.date()
    zone = now.tzinfo
    return not any(b.taken_at.astimezone(zone).date() == today for b in list_backups(db_path))


def backup_before_migration(conn: sqlite3.Connection, db_path: Path, version: int) -> Path:
    """Keep the database as it was before an upgrade changes it (pruning nothing: how many
    backups to keep is the user's setting, which the store does not know)."""
    return create_backup(conn, db_path, reason=f"before-schema-{version + 1}", keep=None)


def check_calendar_file(path: Path, *, thorough: bool = True, allow_blank: bool = False) -> int:
    """The schema version of a good calendar file; StorageError saying what is wrong otherwise.

    Read-only: a damaged file is never written to. ``thorough`` runs the full integrity check
    rather than the quick one; ``allow_blank`` accepts an SQLite file with no tables yet.
    """
    if not path.is_file():
        raise StorageError(f"{path} does not exist or is not a file")
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as err:
        raise StorageError(f"cannot read {path}: {err.strerror}") from None
    if header != _SQLITE_HEADER:
        raise StorageError(f"{path} is not a calendar database (it is some other kind of file)")
    try:
        conn = read_only_connection(path)
    except sqlite3.Error as err:
        raise StorageError(f"cannot open {path}: {err}") from None
    try:
        return _check_open_file(conn, path, thorough, allow_blank)
    finally:
        conn.close()


def _check_open_file(
    conn: sqlite3.Connection, path: Path, thorough: bool, allow_blank: bool
) -> int:
    check = "integrity_check" if thorough else "quick_check"
    try:
        problems = [r[0] for r in conn.execute(f"PRAGMA {check}(5)")]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        version = 0
        if "_migrations" in tables:
            version = int(conn.execute("SELECT max(version) FROM _migrations").fetchone()[0] or 0)
    except sqlite3.OperationalError as err:
        # Refused, not damaged: a read-only folder (SQLite needs to write beside a WAL calendar),
        # a locked or unopenable file.
        raise StorageError(
            f"{path} cannot be opened here ({err}); check that this account may write to "
            "the file and its folder"
        ) from None
    except sqlite3.DatabaseError as err:
        raise DamagedFileError(f"{path} is damaged ({err})") from None
    if problems != ["ok"]:
        # One line, always, and short: SQLite's report names pages and offsets nobody can use.
        first = " ".join(str(problems[0]).split()).removeprefix("*** in database main *** ")
        more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
        found = f"{first[:90]}{'…' if len(first) > 90 else ''}{more}"
        raise DamagedFileError(f"{path} is damaged ({found})")
    if allow_blank and version == 0 and tables <= {"_migrations"}:
        return 0  # a new calendar that has not got its tables yet
    if not _REQUIRED_TABLES.issubset(tables):
        raise StorageError(f"{path} is an SQLite database but not a Diplomatic Calendar")
    newest = newest_version()
    if version > newest:
        raise StorageError(
            f"{path} was saved by a newer version of Diplomatic Calendar (schema {version})"
        )
    return version


class CheckAhead:
    """The quick check of a calendar file, run on a thread of its own while the window is built.

    SQLite reads the file with the interpreter lock released, so on a machine with more than one
    core the check and the start-up overlap. ``Store.open`` waits for the verdict before it
    writes anything, so a damaged file is still never touched.
    """

    def __init__(self, path: Path, check: Callable[[Path], object] | None = None) -> None:
        self.path = path
        self._check = check or _quick_check_allowing_blank
        self._error: StorageError | None = None
        self._thread = threading.Thread(target=self._run, name="calendar-check", daemon=True)
        self._thread.start()

    @classmethod
    def start(cls, path: Path) -> CheckAhead | None:
        """Begin checking ``path``; None when there is no file yet (nothing to check)."""
        try:
            if not path.is_file() or not path.stat().st_size:
                return None
        except OSError:
            return None  # Store.open says what is wrong with the path
        return cls(path)

    def _run(self) -> None:
        try:
            self._check(self.path)
        except StorageError as err:
            self._error = err
        except Exception as err:  # noqa: BLE001 - an unexpected failure must not pass as "sound"
            self._error = StorageError(f"cannot check {self.path}: {err}")

    def finished(self) -> bool:
        """True once the verdict is in (``verdict`` then returns or raises at once)."""
        return not self._thread.is_alive()

    def verdict(self) -> None:
        """Wait for the check; raise its StorageError when the file is not a sound calendar."""
        self._thread.join()
        if self._error is not None:
            raise self._error


def _quick_check_allowing_blank(path: Path) -> None:
    check_calendar_file(path, thorough=False, allow_blank=True)


def latest_good_backup(db_path: Path) -> Backup | None:
    """The newest backup of ``db_path`` that passes the full check."""
    for candidate in list_backups(db_path):
        try:
            check_calendar_file(candidate.path)
        except StorageError as err:
            log.warning("skipping a bad backup: %s", err)
            continue
        return candidate
    return None


def move_aside(db_path: Path, label: str, now: dt.datetime | None = None) -> Path | None:
    """Rename a calendar file (and its -wal/-shm companions) out of the way, never deleting it."""
    if not db_path.exists():
        return None
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.stem}.{label}-{stamp}{db_path.suffix}")
    try:
        # The write-ahead log and its index belong to the file: they travel with it.
        for companion in ("-wal", "-shm"):
            extra = Path(f"{db_path}{companion}")
            if extra.exists():
                os.replace(extra, Path(f"{aside}{companion}"))
        os.replace(db_path, aside)
    except OSError as err:
        raise StorageError(f"cannot move {db_path} aside: {err.strerror}") from None
    return aside


def backup_store(
    store: Store,
    reason: str,
    *,
    keep: int | None = DEFAULT_KEEP,
    now: dt.datetime | None = None,
    spare: Path | None = None,
) -> Path:
    """Back up an open on-disk calendar into its backup folder (pruning never takes ``spare``;
    ``keep`` None prunes nothing)."""
    if store.path is None:
        raise StorageError("a calendar kept only in memory has no backups")
    store.settle()  # a file still being checked is not copied over a good backup before its verdict
    return create_backup(store.db.conn, store.path, reason=reason, now=now, keep=keep, spare=spare)


def backup_file(
    db_path: Path, reason: str, *, keep: int = DEFAULT_KEEP, now: dt.datetime | None = None
) -> Path:
    """Back up a calendar file through a read-only connection of its own (usable off the UI
    thread, since a connection belongs to the thread that made it)."""
    try:
        conn = read_only_connection(db_path)
    except sqlite3.Error as err:
        raise StorageError(f"cannot open {db_path} to back it up: {err}") from None
    try:
        return create_backup(conn, db_path, reason=reason, now=now, keep=keep)
    finally:
        conn.close()


def export_store(store: Store, target: Path) -> None:
    """Copy an open calendar to a new file of the user's choosing (never over an existing one)."""
    if target.exists():
        raise StorageError(f"{target} already exists; choose a new file name")
    copy_database(store.db.conn, target)


def restore(
    source: Path, db_path: Path, now: dt.datetime | None = None, *, label: str = "replaced"
) -> Path | None:
    """Replace ``db_path`` by a checked copy of ``source``; return where the old file was kept."""
    check_calendar_file(source)
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise StorageError(f"{source} is the calendar itself; choose a backup to restore from")
    reason = unwritable_reason(db_path)
    if reason is not None:
        raise StorageError(f"{db_path} cannot be replaced here ({reason}); nothing was changed")
    staged = db_path.with_name(f".{db_path.name}.restoring")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise StorageError(f"cannot restore into {db_path.parent}: {err.strerror}") from None
    try:
        conn = read_only_connection(source)
    except sqlite3.Error as err:
        raise StorageError(f"cannot open {source}: {err}") from None
    try:
        copy_database(conn, staged)
    finally:
        conn.close()
    try:
        check_calendar_file(staged)
        aside = move_aside(db_path, label, now)
        os.replace(staged, db_path)
    except (StorageError, OSError) as err:
        with contextlib.suppress(OSError):
            staged.unlink()
        if isinstance(err, OSError):
            raise StorageError(f"the restore of {db_path} failed: {err.strerror}") from None
        raise
    log.info("restored %s from %s; the previous file is %s", db_path, source, aside)
    return aside
