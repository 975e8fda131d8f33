"""Opening the SQLite file: pragmas, numbered migrations, transactions, and what goes wrong."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import quote

import sqlite_utils

from diplomatic_calendar.domain.errors import DamagedFileError, StorageError, WriteRefusedError
from diplomatic_calendar.domain.names import fold_name
from diplomatic_calendar.paths import migrations_dir

log = logging.getLogger(__name__)

ENV_VAR = "DIPLOMATIC_CALENDAR_DB"
# What a refused statement raises (a rule of the schema broken, the file locked): named here so
# that callers outside the store can catch it without touching SQLite themselves.
DatabaseError = sqlite3.Error
_MIGRATION_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    """One numbered SQL file from ``db/``."""

    version: int
    name: str
    sql: str


def resolve_database_path(explicit: Path | str | None = None) -> Path:
    """``--db`` first, then $DIPLOMATIC_CALENDAR_DB, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("diplomatic-calendar", appauthor=False)) / "calendar.db"


def known_migrations(folder: Path | None = None) -> list[Migration]:
    """The migrations shipped with the app, in order."""
    found = []
    for path in sorted((folder or migrations_dir()).glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if match:
            found.append(Migration(int(match[1]), match[2], path.read_text(encoding="utf-8")))
    return found


def newest_version(migrations: list[Migration] | None = None) -> int:
    """The schema version the migrations (by default those shipped) bring a calendar to."""
    found = known_migrations() if migrations is None else migrations
    return max((m.version for m in found), default=0)


def now_text() -> str:
    """The current UTC time as the store writes it."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def connect(path: Path | None, *, reading_only: bool = False) -> sqlite_utils.Database:
    """A configured connection to ``path`` (None for a private in-memory database).

    ``reading_only`` opens a file that is not yet known to be sound truly read-only (SQLite's
    mode=ro): no write, and no checkpoint of a write-ahead log left by a crash when it closes,
    can reach the file; ``allow_writes`` swaps in a connection that may write.
    """
    # sqlite-utils plugins are for its own command line: a calendar's connection is configured
    # here alone, and not scanning every installed package for them saves time at each start.
    if path is None:
        db = sqlite_utils.Database(memory=True, execute_plugins=False)
        _configure(db.conn, None, reading_only=False)
        return db
    if path.exists() and path.is_dir():
        raise StorageError(f"{path} is a folder, not a calendar database")
    return sqlite_utils.Database(_open(path, reading_only), execute_plugins=False)


def unwritable_reason(path: Path) -> str | None:
    """Why this account cannot write the calendar file at ``path``, or None when it can.

    SQLite writes beside the file too (its journal, or the write-ahead log and its index), so a
    folder that refuses new files makes the calendar as read-only as a file that refuses writes.
    A file that does not exist yet is not read-only: making it says what is wrong.
    """
    try:
        if not path.is_file():
            return None
    except OSError:
        return None
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "it is on a disk or share mounted read-only"
    except (OSError, AttributeError):
        pass  # no statvfs on Windows: the access checks below still tell
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return None


def read_only_connection(
    path: Path, *, timeout: float = 5.0, isolation_level: Literal["DEFERRED"] | None = "DEFERRED"
) -> sqlite3.Connection:
    """A connection that can read the file at ``path`` and never write it (SQLite's mode=ro).

    A calendar in write-ahead-log mode is read through a shared index file beside it, which
    SQLite makes on first use; on storage this account cannot write to (a read-only mount or
    share) that index cannot be made when no program has the calendar open. The file is then
    read as it stands on disk, since no program can be writing it without that index.
    """
    location = quote(str(path.resolve()))
    conn = sqlite3.connect(
        f"file:{location}?mode=ro", uri=True, timeout=timeout, isolation_level=isolation_level
    )
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError as err:
        if getattr(err, "sqlite_errorname", "") != "SQLITE_CANTOPEN" or not unwritable_reason(path):
            return conn  # the caller's first statement reports what is wrong
        conn.close()
        conn = sqlite3.connect(
            f"file:{location}?mode=ro&immutable=1",
            uri=True,
            timeout=timeout,
            isolation_level=isolation_level,
        )
    except sqlite3.DatabaseError:
        pass  # not a database, or damaged: the caller's check says which
    return conn


def _open(path: Path, reading_only: bool) -> sqlite3.Connection:
    """A configured connection to the file at ``path``."""
    try:
        if reading_only:
            conn = read_only_connection(path, timeout=10.0, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), timeout=10.0, isolation_level=None)
    except (OSError, sqlite3.Error) as err:
        raise StorageError(f"cannot open {path}: {err}") from None
    try:
        _configure(conn, path, reading_only)
    except StorageError:
        conn.close()
        raise
    return conn


def _configure(conn: sqlite3.Connection, path: Path | None, reading_only: bool) -> None:
    conn.create_function("dc_fold", 1, _fold_or_empty, deterministic=True)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        if path is not None and not reading_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.OperationalError as err:
        # Locked by another program, or a read-only file or folder: the file may be sound.
        raise StorageError(
            f"{path} cannot be opened here ({err}); check that this account may write to the "
            "file and its folder, and that no other program holds it"
        ) from None
    except sqlite3.DatabaseError as err:
        raise DamagedFileError(
            f"{path} is not a calendar database, or it is damaged ({err})"
        ) from None


# The tables whose ids are never given out twice (db/0003_ids_never_reused.sql).
_NEVER_REUSED = frozenset(
    {"events", "officials", "tariff_actions", "tariff_history", "provenance", "sources"}
)


def fresh_id(db: sqlite_utils.Database, table: str) -> int:
    """An id ``table`` has never used: one more than the largest it ever had, deleted or not.

    Undo puts a deleted record back under its own id, and dismissed reminders are remembered by
    id, so a new record must not take the id of one deleted before. Call inside the write.
    """
    if table not in _NEVER_REUSED:
        raise ValueError(f"{table} does not keep its ids apart")
    row = db.execute(
        f"SELECT max(coalesce((SELECT last FROM retired_ids WHERE name = ?), 0), "
        f"coalesce((SELECT max(id) FROM {table}), 0)) + 1",
        (table,),
    ).fetchone()
    return int(row[0])


def _fold_or_empty(text: str | None) -> str:
    return fold_name(text) if text else ""


def schema_version(db: sqlite_utils.Database) -> int:
    """The newest migration applied; 0 for a new database."""
    if "_migrations" not in db.table_names():
        return 0
    row = db.execute("SELECT max(version) FROM _migrations").fetchone()
    return int(row[0] or 0)


def migrate(
    db: sqlite_utils.Database,
    migrations: list[Migration] | None = None,
    before_upgrade: Callable[[int], object] | None = None,
) -> list[int]:
    """Apply every migration not yet applied, each in one transaction; return what was applied.

    ``before_upgrade(current_version)`` runs once before an existing database is changed.
    """
    migrations = known_migrations() if migrations is None else migrations
    try:
        db.execute(
            "CREATE TABLE IF NOT EXISTS _migrations "
            "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        current = schema_version(db)
    except sqlite3.DatabaseError as err:
        raise StorageError(f"the database cannot be read: {err}") from None
    newest = newest_version(migrations)
    if current > newest:
        raise StorageError(
            f"this calendar was saved by a newer version of Diplomatic Calendar (schema {current}; "
            f"this version knows up to {newest}); it was left untouched"
        )
    pending = [m for m in migrations if m.version > current]
    if pending and current > 0 and before_upgrade is not None:
        before_upgrade(current)
    applied = []
    for migration in pending:
        _apply(db, migration)
        applied.append(migration.version)
    return applied


def _apply(db: sqlite_utils.Database, migration: Migration) -> None:
    record = (
        f"INSERT INTO _migrations (version, name, applied_at) "
        f"VALUES ({migration.version}, '{migration.name}', '{now_text()}');"
    )
    script = f"BEGIN IMMEDIATE;\n{migration.sql}\n{record}\nCOMMIT;"
    try:
        db.conn.executescript(script)
    except sqlite3.Error as err:
        if db.conn.in_transaction:
            db.conn.execute("ROLLBACK")
        log.error("migration %04d_%s failed: %s", migration.version, migration.name, err)
        raise StorageError(
            f"upgrading the database to schema {migration.version} failed ({err}); "
            "it was left as it was"
        ) from None
    log.info("applied migration %04d_%s", migration.version, migration.name)


def allow_writes(db: sqlite_utils.Database, path: Path) -> None:
    """End ``reading_only``: the file passed its check, so it is opened to be written (in WAL)
    and the read-only connection, which never wrote, is closed."""
    writable = _open(path, reading_only=False)
    old, db.conn = db.conn, writable
    old.close()


# Connections opened before their file's check finished, each with what must run before its
# first write (wait for the verdict, then allow writes or refuse with the check's error).
_WRITE_GATES: weakref.WeakKeyDictionary[sqlite_utils.Database, Callable[[], None]] = (
    weakref.WeakKeyDictionary()
)


def gate_writes(db: sqlite_utils.Database, gate: Callable[[], None] | None) -> None:
    """Run ``gate`` before the next write on ``db`` (None: writes go ahead as usual)."""
    if gate is None:
        _WRITE_GATES.pop(db, None)
    else:
        _WRITE_GATES[db] = gate


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """All or nothing: BEGIN IMMEDIATE at the outside, a savepoint when nested."""
    gate = _WRITE_GATES.get(db)
    if gate is not None:
        gate()  # raises StorageError when the file must not be written
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as err:
        raise write_refused(err) from None
    try:
        yield
    except sqlite3.OperationalError as err:
        _roll_back(conn)
        raise write_refused(err) from None
    except BaseException:
        _roll_back(conn)
        raise
    try:
        conn.execute("COMMIT")
    except sqlite3.OperationalError as err:
        _roll_back(conn)
        raise write_refused(err) from None


def _roll_back(conn: sqlite3.Connection) -> None:
    # SQLite may have rolled back already (a full disk, an I/O error ends the transaction).
    if conn.in_transaction:
        conn.execute("ROLLBACK")


def write_refused(err: sqlite3.OperationalError) -> WriteRefusedError:
    """What a write that SQLite refused means to the user: nothing was changed, and why."""
    text = str(err)
    if "full" in text:
        why = "the disk is full; free some space and try again"
    elif "locked" in text or "busy" in text:
        why = "the calendar is busy in another program; try again"
    elif "readonly" in text or "read-only" in text:
        why = "the calendar's file or folder cannot be written (read-only)"
    else:
        why = text
    return WriteRefusedError(f"the calendar could not be changed: {why}")


def quick_check(db: sqlite_utils.Database) -> str | None:
    """None when SQLite's quick integrity check passes, else what it found."""
    try:
        rows = [r[0] for r in db.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as err:
        return str(err)
    return None if rows == ["ok"] else "; ".join(rows[:5])
