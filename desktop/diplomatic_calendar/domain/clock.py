"""Where "now" comes from, so that tests can fix it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    """The wall clock, aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def fixed_clock(moment: dt.datetime) -> Clock:
    """A clock that always says ``moment`` (made aware as UTC if naive)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return lambda: moment
