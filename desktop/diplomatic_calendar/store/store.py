"""One open calendar: the repositories over a single connection, opened and migrated safely."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import sqlite_utils

from diplomatic_calendar.domain.errors import StorageError, WriteRefusedError
from diplomatic_calendar.store import backup, changelog
from diplomatic_calendar.store.database import (
    Migration,
    allow_writes,
    connect,
    gate_writes,
    migrate,
    newest_version,
    schema_version,
    unwritable_reason,
    write_transaction,
)
from diplomatic_calendar.store.events import EventRepository
from diplomatic_calendar.store.officials import OfficialRepository
from diplomatic_calendar.store.reminders import ReminderRepository
from diplomatic_calendar.store.sources import SourceRepository
from diplomatic_calendar.store.tariffs import TariffRepository

_SQLITE_HEADER = b"SQLite format 3\x00"


class Store:
    """A calendar database, open and up to date."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._closed = False
        self.events = EventRepository(db)
        self.officials = OfficialRepository(db)
        self.sources = SourceRepository(db)
        self.tariffs = TariffRepository(db, self.events)
        self.reminders = ReminderRepository(db)
        self._pending_check: backup.CheckAhead | None = None
        # Why nothing can be saved to this calendar (a read-only file, folder or disk), or None.
        self.read_only: str | None = None
        self._identity = _file_identity(path)

    @classmethod
    def open(
        cls,
        path: Path | None,
        *,
        migrations: list[Migration] | None = None,
        check: bool = True,
        checked: backup.CheckAhead | None = None,
        read_before_verdict: bool = False,
    ) -> Store:
        """Open (creating if needed) and migrate; a damaged or foreign file raises StorageError.

        ``checked`` is a check of the same file begun earlier; its verdict stands in for a new one.
        With ``read_before_verdict``, a file that needs no upgrade opens while that check is
        still running: it can be read at once, and its first write waits for the verdict (see
        ``settle``), so a damaged file is still never written to.
        """
        if path is not None:
            _refuse_foreign_file(path)
            reason = unwritable_reason(path)
            if reason is not None:
                return cls._open_read_only(path, reason, migrations, checked if check else None)
            if check and path.is_file() and path.stat().st_size:
                ahead = checked if checked is not None and checked.path == path else None
                if read_before_verdict and ahead is not None and not ahead.finished():
                    early = cls._open_for_reading(path, ahead, migrations)
                    if early is not None:
                        return early
                _check_before_writing(path, ahead)
        db = connect(path)
        try:
            upgrade_hook = None
            if path is not None:
                upgrade_hook = partial(backup.backup_before_migration, db.conn, path)
            migrate(db, migrations, upgrade_hook)
        except BaseException:
            db.close()
            raise
        return cls(db, path)

    @classmethod
    def _open_read_only(
        cls,
        path: Path,
        reason: str,
        migrations: list[Migration] | None,
        ahead: backup.CheckAhead | None,
    ) -> Store:
        """A calendar this account cannot write: shown and exported as it is, never changed.

        It is checked like any other first, and must already have the newest schema, since
        the upgrade would have to write it. Every write raises StorageError saying why.
        """
        if path.stat().st_size:
            _check_before_writing(path, ahead if ahead is not None and ahead.path == path else None)
        db = connect(path, reading_only=True)
        try:
            version = schema_version(db)
        except sqlite3.Error as err:
            db.close()
            raise StorageError(f"{path} cannot be read ({err})") from None
        newest = newest_version(migrations or None)
        if version != newest:
            db.close()
            what = "is empty" if version == 0 else "must be upgraded before this version shows it"
            raise StorageError(
                f"{path} {what}, and it cannot be written here ({reason}); copy it to a folder "
                "you can write to and open the copy"
            )
        store = cls(db, path)
        store.read_only = reason

        def refuse() -> None:
            raise WriteRefusedError(
                f"{path} is read-only here ({reason}), so nothing can be saved to it; copy it "
                "to a folder you can write to and open the copy to make changes"
            )

        gate_writes(db, refuse)
        return store

    @classmethod
    def _open_for_reading(
        cls, path: Path, ahead: backup.CheckAhead, migrations: list[Migration] | None
    ) -> Store | None:
        """The store over a connection that refuses writes until ``ahead`` passes; None when
        the file cannot be used that way (it needs an upgrade, or will not even read)."""
        try:
            db = connect(path, reading_only=True)
        except StorageError:
            return None  # the check's verdict will say what is wrong
        try:
            newest = newest_version(migrations or None)
            usable = schema_version(db) == newest
        except sqlite3.Error:
            usable = False
        if not usable:
            db.close()
            return None
        store = cls(db, path)
        store._pending_check = ahead
        gate_writes(db, store.settle)
        return store

    def check_finished(self) -> bool:
        """False while the check of a file opened before its verdict is still running."""
        return self._pending_check is None or self._pending_check.finished()

    def settle(self) -> None:
        """Wait for the check of a file opened before its verdict, then allow writes.

        Raises StorageError (and writes stay refused) when the file turned out to be damaged.
        Nothing to do for a store opened the usual way, or once settled.
        """
        ahead = self._pending_check
        if ahead is None:
            return
        _check_before_writing(ahead.path, ahead)
        try:
            allow_writes(self.db, ahead.path)
        except (sqlite3.Error, StorageError) as err:
            raise StorageError(f"{ahead.path} cannot be written here ({err})") from None
        gate_writes(self.db, None)
        self._pending_check = None

    @classmethod
    def memory(cls) -> Store:
        """A fresh private in-memory calendar, for tests and previews."""
        return cls.open(None)

    @property
    def schema_version(self) -> int:
        """The newest migration applied."""
        return schema_version(self.db)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several writes into one all-or-nothing transaction."""
        with write_transaction(self.db):
            yield

    @contextmanager
    def rehearsal(self) -> Iterator[None]:
        """Run writes to see what they would do, then undo them all: nothing is saved."""

        class _RehearsalOverError(Exception):
            pass

        try:
            with write_transaction(self.db):
                yield
                raise _RehearsalOverError
        except _RehearsalOverError:
            pass

    def data_version(self) -> int:
        """A number that changes when another connection commits (to pick up outside writes)."""
        try:
            return int(self.db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as err:
            raise StorageError(f"the calendar cannot be read: {err}") from None

    def change_mark(self) -> int:
        """A mark in the change log: what is written after it, :meth:`changed_after` finds."""
        return changelog.last_change(self.db)

    def changed_after(self, mark: int, records: list[tuple[str, int]]) -> list[tuple[str, int]]:
        """Which of ``records`` (type, id) were changed after ``mark``."""
        return changelog.changed_after(self.db, mark, records)

    def remove_added_after(self, mark: int) -> int:
        """Delete, in one transaction, every event, tariff action and official added after
        ``mark`` (a loaded sample taken back); returns how many records went."""
        with write_transaction(self.db):
            added = changelog.inserted_after(self.db, mark)
            order = {"tariff_action": 0, "event": 1, "official": 2}  # a tariff takes its entry
            gone = 0
            for kind, number in sorted(added, key=lambda pair: order.get(pair[0], 3)):
                if kind == "tariff_action":
                    gone += self.tariffs.delete(number) is not None
                elif kind == "event":
                    gone += self.events.delete(number) is not None
                elif kind == "official":
                    gone += self.officials.delete(number) is not None
        return gone

    def history(self, record_type: str, record_id: int) -> list[changelog.Change]:
        """The change log of one record."""
        return changelog.history(self.db, record_type, record_id)

    def close(self) -> None:
        """Close the connection, checkpointing the write-ahead log.

        A session that wrote leaves the query planner's statistics fresh; one that only read
        leaves the file exactly as it found it.
        """
        if self._closed:
            return
        if self.db.conn.total_changes:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("PRAGMA optimize")
        self.db.close()
        self._closed = True

    def replaced_on_disk(self) -> bool:
        """True when the file at this calendar's path is no longer the one opened: another
        program restored a backup over it, or moved it away. This connection still holds the
        old file, and what it writes would go there, not to the calendar."""
        if self.path is None or self._identity is None:
            return False
        return _file_identity(self.path) != self._identity

    @property
    def is_open(self) -> bool:
        """False once closed (work deferred by a timer may find it so, at shut-down)."""
        return not self._closed


def _check_before_writing(path: Path, ahead: backup.CheckAhead | None = None) -> None:
    """Check an existing file read-only first, so that a damaged one is never written to."""
    try:
        if ahead is not None:
            ahead.verdict()
        else:
            backup.check_calendar_file(path, thorough=False, allow_blank=True)
    except StorageError as err:
        raise type(err)(f"{err}; it was not changed") from None  # damaged stays damaged


def _refuse_foreign_file(path: Path) -> None:
    """Never let SQLite touch a file that is not an SQLite database."""
    if not path.exists() or path.is_dir():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as err:
        raise StorageError(f"cannot read {path}: {err.strerror}") from None
    if header and header != _SQLITE_HEADER:
        raise StorageError(f"{path} is not a calendar database (it is some other kind of file)")


def _file_identity(path: Path | None) -> tuple[int, int] | None:
    """The device and inode of the file at ``path`` (None when there is none)."""
    if path is None:
        return None
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_dev, found.st_ino
