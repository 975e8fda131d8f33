"""Errors a user can cause, kept apart from errors that are the program's own bug."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix: a bad date, an unreadable file, an unknown country.

    The message is shown as it is, in one line, in a dialog or on stderr.
    """


class ValidationError(UserError):
    """A record that breaks a rule (end before start, empty title)."""


class StorageError(UserError):
    """The database cannot be used: damaged, locked, not a database, or from a newer version."""


class WriteRefusedError(StorageError):
    """A change the calendar could not take just now (the disk full, the file busy in another
    program, read-only storage): nothing was changed, and the same step may succeed later."""


class DamagedFileError(StorageError):
    """The calendar file's contents are broken (not merely locked, read-only or too new): a
    good backup may be put back in its place."""
