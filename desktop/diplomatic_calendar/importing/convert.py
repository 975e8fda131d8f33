"""Drafts as domain records: the fields the user saw, checked by the domain's own rules."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import (
    Event,
    EventStatus,
    Evidence,
    Location,
    Official,
    OfficialRef,
    TariffAction,
)
from diplomatic_calendar.domain.timing import all_day_span, local_datetime
from diplomatic_calendar.importing.items import (
    MONTH_ONLY_TAG,
    WEEK_ONLY_TAG,
    Draft,
    EventItem,
    OfficialItem,
    Precision,
    TariffItem,
)


def evidence(draft: Draft, source_id: int, text: str) -> Evidence:
    """The draft's span in the stored article, with its sentence."""
    span = draft.evidence
    return Evidence(source_id, span.start, span.end, " ".join(text[span.start : span.end].split()))


def _named(label: str, err: ValidationError) -> ValidationError:
    return ValidationError(f"{label}: {err}")


def to_official(item: OfficialItem, proof: Evidence) -> Official:
    """A new official from the draft."""
    try:
        return Official(
            name=item.name,
            title=item.title,
            country=item.country,
            aliases=item.aliases,
            evidence=proof,
        )
    except ValidationError as err:
        raise _named(item.name or "an official", err) from None


def merge_official(existing: Official, item: OfficialItem, proof: Evidence) -> Official:
    """The stored official updated from the draft; a new spelling of the name becomes an alias.

    The title and country on record are kept: they are the user's, and an article's wording
    ("the EU's trade chief") is looser. The draft fills in only what the record lacks.
    """
    try:
        return existing.with_changes(
            title=existing.title or item.title,
            country=existing.country or item.country,
            aliases=(*existing.aliases, item.name, *item.aliases),
            evidence=proof,
        )
    except ValidationError as err:
        raise _named(item.name, err) from None


_TAGS = {Precision.MONTH: (MONTH_ONLY_TAG,), Precision.WEEK: (WEEK_ONLY_TAG,)}


def _span(item: EventItem) -> tuple[dt.date | dt.datetime, dt.date | dt.datetime]:
    assert item.first is not None
    last = item.last or item.first
    if item.time is not None and item.timezone and item.precision == Precision.DAY:
        start = local_datetime(item.first, item.time, item.timezone)
        # The article gives a start time only; an hour is the usual length of such a slot.
        end = local_datetime(last, item.time, item.timezone) + dt.timedelta(hours=1)
        return start, end
    return all_day_span(item.first, last)


def _notes(item: EventItem, unresolved: list[str]) -> str:
    lines = []
    if item.precision == Precision.MONTH and item.first is not None:
        lines.append(f"The article gives only the month ({item.first:%B %Y}), not the day.")
    if item.precision == Precision.WEEK and item.first is not None and item.last is not None:
        first, last = item.first, item.last
        lines.append(
            f"The article gives only the {item.period} ({first:%A} {first.day} {first:%B} to "
            f"{last:%A} {last.day} {last:%B %Y}), not the day."
        )
    if item.time is not None and not item.timezone:
        lines.append(f"The article gives the time {item.time:%H:%M} without a time zone.")
    elif item.time is not None and item.zone_assumed:
        lines.append(
            f"The article gives the time {item.time:%H:%M} without a time zone; it is taken "
            f"as local time where the meeting is held ({item.timezone})."
        )
    if unresolved:
        lines.append("Also named in the article: " + ", ".join(unresolved) + ".")
    return "\n".join(lines)


def event_fields(
    item: EventItem, people: tuple[OfficialRef, ...], unresolved: list[str]
) -> dict[str, object]:
    """The fields of the event a draft describes; ValidationError naming the draft otherwise."""
    if item.problem:
        raise ValidationError(f"{item.title or 'an event'}: {item.problem}")
    try:
        start, end = _span(item)
        return {
            "title": item.title,
            "kind": item.kind,
            "start": start,
            "end": end,
            "status": item.status,
            "location": Location(item.city, item.location_country),
            "countries": item.countries,
            "participants": people,
            "notes": _notes(item, unresolved),
            "tags": _TAGS.get(item.precision, ()),
        }
    except ValidationError as err:
        raise _named(item.title, err) from None


def to_event(item: EventItem, fields: dict[str, object], proof: Evidence) -> Event:
    """A new event from the draft's fields."""
    try:
        return Event(**fields, evidence=proof)  # type: ignore[arg-type]
    except ValidationError as err:
        raise _named(item.title, err) from None


# An article can tell that a planned meeting took place, or was put off; it does not make a held
# meeting planned again, or a tentative one firmer than the user wrote it.
_NEWS_STATUSES = frozenset({EventStatus.HELD, EventStatus.POSTPONED, EventStatus.CANCELLED})


def merge_event(
    existing: Event, item: EventItem, fields: dict[str, object], proof: Evidence
) -> Event:
    """The stored event with what the article adds to it; what the user wrote stays.

    The article's account is usually rougher than a kept record (a day where the calendar has
    the hour, a headline for a title), so title, kind and times stay as stored, except that a
    time is added to a bare day it falls on. People, countries, tags and notes are merged; a
    place fills an empty one; the status moves only to held, postponed or cancelled.
    """
    people = tuple(dict.fromkeys((*existing.participants, *fields["participants"])))  # type: ignore[misc]
    countries = tuple(dict.fromkeys((*existing.countries, *fields["countries"])))  # type: ignore[misc]
    added = str(fields["notes"])  # the user's own notes stay; the article's go after them
    notes = existing.notes if added in existing.notes else f"{existing.notes}\n{added}".strip()
    tags = tuple(dict.fromkeys((*existing.tags, *fields["tags"])))  # type: ignore[misc]
    changes: dict[str, object] = {
        "participants": people,
        "countries": countries,
        "tags": tags,
        "notes": notes,
    }
    start, end = fields["start"], fields["end"]
    if (
        existing.all_day
        and existing.last_day == existing.first_day
        and isinstance(start, dt.datetime)
        and start.date() == existing.first_day
    ):
        changes["start"], changes["end"] = start, end
    status = fields["status"]
    if status in _NEWS_STATUSES and status != existing.status:
        changes["status"] = status
    place = fields["location"]
    if isinstance(place, Location) and not str(existing.location):
        changes["location"] = place
    try:
        return existing.with_changes(**changes, evidence=proof)
    except ValidationError as err:
        raise _named(item.title, err) from None


def to_tariff(
    item: TariffItem, proof: Evidence, existing: TariffAction | None = None
) -> TariffAction:
    """A tariff action from the draft, or the stored one updated with the draft's values."""
    if item.problem:
        raise ValidationError(f"{item.label}: {item.problem}")
    notes = ""
    if item.effective is None and item.effective_text:
        notes = f"The article dates this only as {item.effective_text}."
    try:
        if existing is not None:
            return existing.with_changes(
                imposer=item.imposer,
                status=item.status,
                rate_percent=item.rate_percent,
                previous_rate_percent=item.previous_rate
                if item.previous_rate is not None
                else existing.previous_rate_percent,
                effective_date=item.effective or existing.effective_date,
                evidence=proof,
            )
        assert item.imposer is not None
        action = TariffAction(
            imposer=item.imposer,
            target=item.target,
            rate_percent=item.rate_percent,
            previous_rate_percent=item.previous_rate,
            status=item.status,
            effective_date=item.effective,
            notes=notes,
            evidence=proof,
        )
        # an article naming no kind of goods means the target's goods in general
        return action.with_changes(scope=item.scope) if item.scope else action
    except ValidationError as err:
        raise _named(item.label, err) from None
