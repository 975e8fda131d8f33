"""Events in SQLite: write with their countries, participants and provenance; read by range."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any, TypeVar

import sqlite_utils

from diplomatic_calendar.domain.filters import EventFilter
from diplomatic_calendar.domain.model import (
    Event,
    EventKind,
    OfficialRef,
)
from diplomatic_calendar.domain.timing import day_bounds_utc, to_utc_text
from diplomatic_calendar.store import changelog, provenance, removal
from diplomatic_calendar.store._rows import Row, ids_json, one, rows
from diplomatic_calendar.store.database import fresh_id, now_text, write_transaction
from diplomatic_calendar.store.event_rows import KINDS, event_from_row, local_day_span

_Moment = TypeVar("_Moment", dt.date, dt.datetime)
_RANKED_MATCHES = 2000
_COLUMNS = (
    "id, uid, kind, title, all_day, start_at, end_at, timezone, status, city, location_country, "
    "notes, tags, tariff_action_id"
)


def _keys(event: Event) -> tuple[str, str, int]:
    """start_at, end_at and span_days as the table keeps them."""
    if isinstance(event.start, dt.datetime) and isinstance(event.end, dt.datetime):
        span = (event.end - event.start).total_seconds() / 86400
        return to_utc_text(event.start), to_utc_text(event.end), int(span) + 1
    assert isinstance(event.start, dt.date) and isinstance(event.end, dt.date)
    return event.start.isoformat(), event.end.isoformat(), (event.end - event.start).days


def _values(event: Event) -> dict[str, Any]:
    start_at, end_at, span = _keys(event)
    return {
        "kind": event.kind.value,
        "title": event.title,
        "all_day": int(event.all_day),
        "start_at": start_at,
        "end_at": end_at,
        "span_days": span,
        "timezone": event.timezone,
        "status": event.status.value,
        "city": event.location.city,
        "location_country": event.location.country,
        "notes": event.notes,
        "tags": json.dumps(list(event.tags)),
        "tariff_action_id": event.tariff_action_id,
    }


def snapshot(event: Event) -> dict[str, Any]:
    """The fields a person cares about, for the change log."""
    values = _values(event)
    del values["span_days"], values["all_day"]
    values["countries"] = list(event.countries)
    values["participants"] = [p.name for p in event.participants]
    return values


class EventRepository:
    """Reads and writes events; every write is one transaction and one change-log entry."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db

    def add(self, event: Event, *, source_id: int | None = None) -> Event:
        """Insert a new event and return it with its id and uid."""
        with write_transaction(self._db):
            values = _values(event)
            values["uid"] = event.uid or f"{uuid.uuid4()}@diplomatic-calendar"
            values["created_at"] = values["updated_at"] = now_text()
            values["id"] = event.id if event.id is not None else fresh_id(self._db, "events")
            names = ", ".join(values)
            marks = ", ".join(f":{k}" for k in values)
            cursor = self._db.execute(f"INSERT INTO events ({names}) VALUES ({marks})", values)
            stored = event.with_changes(id=cursor.lastrowid, uid=values["uid"])
            self._write_links(stored)
            changelog.record(
                self._db,
                "event",
                stored.id or 0,
                "insert",
                None,
                snapshot(stored),
                source_id or (event.evidence.source_id if event.evidence else None),
            )
        return stored

    def add_many(self, events: Iterable[Event], *, source_id: int | None = None) -> list[Event]:
        """Insert new events in one transaction, as add() would, at bulk speed (imports)."""
        from diplomatic_calendar.store.bulk import insert_events

        return insert_events(self._db, events, source_id)

    def update(self, event: Event, *, source_id: int | None = None) -> Event:
        """Replace a stored event's fields with ``event``'s."""
        if event.id is None:
            raise ValueError("update() needs an event that has been stored")
        with write_transaction(self._db):
            old = self.get(event.id)
            if old is None:
                raise KeyError(event.id)
            values = _values(event)
            values["updated_at"] = now_text()
            sets = ", ".join(f"{k} = :{k}" for k in values)
            self._db.execute(f"UPDATE events SET {sets} WHERE id = :id", {**values, "id": event.id})
            stored = event.with_changes(uid=old.uid)
            self._write_links(stored)
            changelog.record(
                self._db, "event", event.id, "update", snapshot(old), snapshot(stored), source_id
            )
        return stored

    def delete(self, event_id: int) -> Event | None:
        """Remove an event; return what it was, so that it can be put back."""
        with write_transaction(self._db):
            old = self.get(event_id)
            if old is None:
                return None
            self._db.execute("DELETE FROM events WHERE id = ?", (event_id,))
            provenance.forget(self._db, "event", event_id)
            changelog.record(self._db, "event", event_id, "delete", snapshot(old), None)
        return old

    def remove(self, event_id: int) -> removal.Removed | None:
        """Delete an event, keeping every row that goes for :meth:`restore` (an undo): its
        countries, participants and the evidence of every article that cited it."""
        with write_transaction(self._db):
            plan = [
                ("events", "id = ?", (event_id,)),
                ("event_countries", "event_id = ?", (event_id,)),
                ("event_participants", "event_id = ?", (event_id,)),
                ("provenance", "record_type = 'event' AND record_id = ?", (event_id,)),
            ]
            removed = removal.take(self._db, "event", event_id, plan)
            if self.delete(event_id) is None:
                return None
        return removed

    def restore(self, removed: removal.Removed) -> Event:
        """Put back an event :meth:`remove` took away, with the same id, links and evidence."""
        with write_transaction(self._db):
            removal.put_back(self._db, removed)
            event = self.get(removed.record_id)
            assert event is not None
            changelog.record(self._db, "event", removed.record_id, "insert", None, snapshot(event))
        return event

    def _write_links(self, event: Event) -> None:
        assert event.id is not None
        self._db.execute("DELETE FROM event_countries WHERE event_id = ?", (event.id,))
        self._db.execute("DELETE FROM event_participants WHERE event_id = ?", (event.id,))
        for code in event.countries:
            self._db.execute("INSERT INTO event_countries VALUES (?, ?)", (event.id, code))
        for position, person in enumerate(dict.fromkeys(event.participants)):
            self._db.execute(
                "INSERT OR IGNORE INTO event_participants VALUES (?, ?, ?)",
                (event.id, person.id, position),
            )
        if event.evidence is not None:
            provenance.link(self._db, "event", event.id, event.evidence)

    def get(self, event_id: int) -> Event | None:
        """One event by id."""
        row = one(self._db, f"SELECT {_COLUMNS} FROM events WHERE id = ?", (event_id,))
        return self._build([row])[0] if row else None

    def get_by_uid(self, uid: str) -> Event | None:
        """One event by its iCalendar UID."""
        row = one(self._db, f"SELECT {_COLUMNS} FROM events WHERE uid = ?", (uid,))
        return self._build([row])[0] if row else None

    def by_uids(self, uids: Iterable[str]) -> dict[str, Event]:
        """The stored events among ``uids``, by UID, read in one query (for imports)."""
        found = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM events WHERE uid IN (SELECT value FROM json_each(?))",
            (json.dumps(list(dict.fromkeys(uids))),),
        )
        return {e.uid or "": e for e in self._build(found)}

    def between(
        self,
        first: dt.date,
        end: dt.date,
        home_zone: str = "UTC",
        event_filter: EventFilter | None = None,
    ) -> list[Event]:
        """Events overlapping the local days ``first`` to ``end`` (exclusive) in ``home_zone``."""
        kinds = event_filter.kinds if event_filter is not None else frozenset()
        found = self._build(self._range_rows(first, end, home_zone, kinds))
        if event_filter is not None and not event_filter.is_empty:
            found = [e for e in found if event_filter.accepts(e)]
        return found

    def look_back(self, first: dt.date, lo_utc: str) -> tuple[str, str]:
        """How far back (as stored: a UTC time for timed events, a day for all-day ones) an
        event may start and still reach ``first``: the longest event there is bounds it."""
        timed_span, day_span = self._db.execute(
            "SELECT (SELECT max(span_days) FROM events WHERE all_day = 0), "
            "(SELECT max(span_days) FROM events WHERE all_day = 1)"
        ).fetchone()
        lo = dt.datetime.fromisoformat(lo_utc.removesuffix("Z")).replace(tzinfo=dt.UTC)
        timed_from = to_utc_text(_days_before(lo, int(timed_span or 0) + 1))
        return timed_from, _days_before(first, int(day_span or 0) + 1).isoformat()

    def _range_rows(
        self,
        first: dt.date,
        end: dt.date,
        home_zone: str,
        kinds: frozenset[EventKind] = frozenset(),
        columns: str = _COLUMNS,
    ) -> list[Row]:
        """Rows overlapping the range; only of ``kinds`` when given, filtered in SQL."""
        lo_utc, hi_utc = day_bounds_utc(first, end, home_zone)
        timed_from, day_from = self.look_back(first, lo_utc)
        only = " AND kind IN (SELECT value FROM json_each(:kinds))" if kinds else ""
        sql = (
            f"SELECT {columns} FROM events WHERE all_day = 0 AND start_at >= :tf "
            f"AND start_at < :hi_utc AND end_at > :lo_utc{only} "
            f"UNION ALL SELECT {columns} FROM events WHERE all_day = 1 AND start_at >= :df "
            f"AND start_at < :hi_day AND end_at > :lo_day{only} ORDER BY start_at, id"
        )
        params = {
            "tf": timed_from,
            "hi_utc": hi_utc,
            "lo_utc": lo_utc,
            "df": day_from,
            "hi_day": end.isoformat(),
            "lo_day": first.isoformat(),
            "kinds": json.dumps(sorted(kinds)),
        }
        return rows(self._db, sql, params)

    def days_with_events(
        self, first: dt.date, end: dt.date, home_zone: str = "UTC"
    ) -> dict[dt.date, set[EventKind]]:
        """For each local day in the range, the kinds of event on it (for shading a year).

        Reads only the timing columns: building a year's thousands of Events took ten times as long.
        """
        out: dict[dt.date, set[EventKind]] = defaultdict(set)
        columns = "id, kind, all_day, start_at, end_at, timezone"
        for row in self._range_rows(first, end, home_zone, columns=columns):
            day, last = local_day_span(row, home_zone)
            day, last = max(day, first), min(last, end - dt.timedelta(days=1))
            while day <= last:
                out[day].add(KINDS[row["kind"]])
                day += dt.timedelta(days=1)
        return dict(out)

    def with_participant(self, official_id: int) -> list[Event]:
        """Every event an official took part in, newest first."""
        found = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM events WHERE id IN (SELECT event_id FROM event_participants "
            "WHERE official_id = ?) ORDER BY start_at DESC",
            (official_id,),
        )
        return self._build(found)

    def involving(self, country: str, limit: int = 200) -> list[Event]:
        """Events involving a country (listed or as location), newest first."""
        found = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM events WHERE id IN (SELECT event_id FROM event_countries "
            "WHERE country = :c) OR location_country = :c ORDER BY start_at DESC LIMIT :n",
            {"c": country, "n": limit},
        )
        return self._build(found)

    def around(
        self,
        country: str,
        day: dt.date,
        home_zone: str,
        limit: int = 200,
        deadlines: bool = False,
    ) -> tuple[list[Event], int, list[Event], int]:
        """A country's events on either side of ``day`` (a local day in ``home_zone``): those
        not yet over, soonest first, and those over before it, latest first; at most ``limit``
        of each, with how many there are of each. Deadlines only when asked for."""
        since, _ = day_bounds_utc(day, day, home_zone)
        where = (
            "(id IN (SELECT event_id FROM event_countries WHERE country = :c) "
            "OR location_country = :c)"
            + ("" if deadlines else " AND kind NOT IN ('deadline', 'tariff_deadline')")
        )
        ahead = "(CASE WHEN all_day THEN end_at > :day ELSE end_at > :since END)"
        params = {"c": country, "day": day.isoformat(), "since": since, "n": limit}

        def count(condition: str) -> int:
            sql = f"SELECT count(*) FROM events WHERE {where} AND {condition}"
            return int(self._db.execute(sql, params).fetchone()[0])

        coming = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM events WHERE {where} AND {ahead} "
            "ORDER BY start_at, id LIMIT :n",
            params,
        )
        past = rows(
            self._db,
            f"SELECT {_COLUMNS} FROM events WHERE {where} AND NOT {ahead} "
            "ORDER BY start_at DESC, id DESC LIMIT :n",
            params,
        )
        return self._build(coming), count(ahead), self._build(past), count(f"NOT {ahead}")

    def search(self, query: str, limit: int = 200) -> list[Event]:
        """Events matching what the user typed, best first: those whose title, notes or city
        match, then those an official of that name takes part in, then, when the query names
        a country, the events of that country (newest first).

        Only the newest few thousand text matches are ranked: ranking every match of a common
        word in a large calendar takes over 100 ms, and the best of the newest is what users
        look for.
        """
        from diplomatic_calendar.store import search

        unspaced = search.needs_substring_search(query)
        if unspaced:
            terms = search.substring_terms(query)
            where = search.substring_condition(["title", "notes", "city"], len(terms))
            found = rows(
                self._db,
                f"SELECT {_COLUMNS} FROM events WHERE {where} ORDER BY id DESC LIMIT ?",
                (*terms, limit),
            )
        else:
            match = search.fts_query(query)
            if not match:
                return []
            found = rows(
                self._db,
                f"SELECT {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))} FROM "
                "(SELECT rowid AS id, rank AS score FROM events_fts WHERE events_fts MATCH ? "
                "ORDER BY rowid DESC LIMIT ?) AS hit JOIN events e ON e.id = hit.id "
                "ORDER BY hit.score, e.id DESC LIMIT ?",
                (match, _RANKED_MATCHES, limit),
            )
        seen = {r["id"] for r in found}
        for more in (self._attended_by(query, unspaced, limit), self._of_country(query, limit)):
            for row in more:
                if len(found) >= limit:
                    break
                if row["id"] not in seen:
                    seen.add(row["id"])
                    found.append(row)
        return self._build(found)

    def _attended_by(self, query: str, unspaced: bool, limit: int) -> list[Row]:
        """Events whose participants include an official whose name (or another spelling of
        it) holds every word of ``query``; newest first."""
        from diplomatic_calendar.store import search

        if unspaced:
            terms = search.substring_terms(query)
            where = search.substring_condition(["name", "aliases"], len(terms))
            officials = f"SELECT id FROM officials WHERE {where}"
            params: tuple[object, ...] = tuple(terms)
        else:
            match = search.fts_query(query)
            if not match:
                return []
            officials = "SELECT rowid FROM officials_fts WHERE officials_fts MATCH ?"
            params = (f"{{name aliases}} : ({match})",)
        return rows(
            self._db,
            f"SELECT {_COLUMNS} FROM events WHERE id IN (SELECT event_id FROM event_participants "
            f"WHERE official_id IN ({officials})) ORDER BY id DESC LIMIT ?",
            (*params, limit),
        )

    def _of_country(self, query: str, limit: int) -> list[Row]:
        """When the whole query names a country ("Japan", "JP"), the events it is party to or
        that take place there."""
        from diplomatic_calendar.domain.geography import countries, find_country

        text = query.strip()
        code = find_country(text) if 2 <= len(text) <= 60 else None
        if code is None:
            return []
        country = countries().get(code)
        names = {country.name.casefold(), country.official_name.casefold()} if country else set()
        # Its name, or its code typed as one ("US", "JP"): "in" or "to" is a word, not India or
        # Tonga, and "Brussels" a city, not the EU.
        if text.casefold() not in names and not (text.isupper() and text == code):
            return []
        return rows(
            self._db,
            f"SELECT {_COLUMNS} FROM events WHERE id IN (SELECT event_id FROM event_countries "
            "WHERE country = :code) OR location_country = :code ORDER BY id DESC LIMIT :limit",
            {"code": code, "limit": limit},
        )

    def of_series(self, uid: str) -> list[tuple[Event, bool]]:
        """The events an .ics series with ``uid`` was read into (the series' own UID, and each
        occurrence's 'UID/time'), each with whether it was changed here after it was read."""
        pattern = uid.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%"
        found = rows(
            self._db,
            f"SELECT {_COLUMNS}, EXISTS (SELECT 1 FROM change_log c WHERE c.record_type = "
            "'event' AND c.record_id = events.id AND c.action = 'update') AS edited "
            "FROM events WHERE uid = ? OR uid LIKE ? ESCAPE '\\'",
            (uid, pattern),
        )
        edited = {r["id"]: bool(r["edited"]) for r in found}
        return [(e, edited[e.id or 0]) for e in self._build(found)]

    def every(self) -> list[Event]:
        """Every event, in order of start (for an export of the whole calendar)."""
        return self._build(rows(self._db, f"SELECT {_COLUMNS} FROM events ORDER BY start_at, id"))

    def count(self) -> int:
        """How many events there are."""
        return int(self._db.execute("SELECT count(*) FROM events").fetchone()[0])

    def _build(self, found: list[Row]) -> list[Event]:
        if not found:
            return []
        ids = ids_json(r["id"] for r in found)
        countries: dict[int, list[str]] = defaultdict(list)
        for event_id, code in self._db.execute(
            "SELECT event_id, country FROM event_countries "
            "WHERE event_id IN (SELECT value FROM json_each(?))",
            (ids,),
        ):
            countries[event_id].append(code)
        people: dict[int, list[OfficialRef]] = defaultdict(list)
        for event_id, official_id, name in self._db.execute(
            "SELECT p.event_id, o.id, o.name FROM event_participants p JOIN officials o "
            "ON o.id = p.official_id WHERE p.event_id IN (SELECT value FROM json_each(?)) "
            "ORDER BY p.event_id, p.position",
            (ids,),
        ):
            people[event_id].append(OfficialRef(official_id, name))
        evidence = provenance.first_for(self._db, "event", [r["id"] for r in found])
        return [
            event_from_row(
                r, countries.get(r["id"], []), people.get(r["id"], []), evidence.get(r["id"])
            )
            for r in found
        ]


def _days_before(moment: _Moment, days: int) -> _Moment:
    """``days`` before ``moment``; the first day Python knows when that is earlier still.

    One event spanning centuries makes the look-back that long; it must not break every view.
    """
    try:
        return moment - dt.timedelta(days=days)
    except OverflowError:
        if isinstance(moment, dt.datetime):
            return dt.datetime.min.replace(tzinfo=moment.tzinfo)
        return dt.date.min
