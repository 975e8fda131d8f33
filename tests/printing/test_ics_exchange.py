"""iCalendar export and import: a lossless round trip, and files from other programs."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.domain.model import Event, EventKind, EventStatus
from diplomatic_calendar.printing.ics import export_calendar, import_calendar
from diplomatic_calendar.store import Store
from tests.printing.conftest import FIXTURES

JUNE, SEPTEMBER = dt.date(2025, 6, 1), dt.date(2025, 9, 1)
TODAY = dt.date(2025, 7, 10)


def _all(store: Store) -> list[Event]:
    return store.events.between(dt.date(2024, 1, 1), dt.date(2028, 1, 1))


def _import(name: str, store: Store):  # type: ignore[no-untyped-def]
    return import_calendar(store, FIXTURES / name, today=TODAY)


def test_export_writes_rfc_shapes(filled: Store) -> None:
    data = export_calendar(filled, _all(filled), stamp=dt.datetime(2025, 7, 1, tzinfo=dt.UTC))
    text = data.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    assert "DTSTART;VALUE=DATE:20250708" in text and "DTEND;VALUE=DATE:20250712" in text
    assert "DTSTART;TZID=Asia/Tokyo:20250710T160000" in text
    assert "BEGIN:VTIMEZONE\r\nTZID:Asia/Tokyo" in text
    assert "CATEGORIES:Meeting" in text and "X-DIPCAL-COUNTRIES:CN,RU" in text
    calendar = icalendar.Calendar.from_ical(data)
    bilateral = next(e for e in calendar.walk("VEVENT") if "bilateral" in str(e["summary"]))
    names = sorted(str(a.params["CN"]) for a in bilateral["attendee"])
    assert names == ["Sergey Lavrov", "Wang Yi"]
    assert str(bilateral["location"]) == "Kuala Lumpur, Malaysia"
    assert str(bilateral["status"]) == "CONFIRMED"


def test_round_trip_into_an_empty_calendar_loses_nothing(filled: Store) -> None:
    before = _all(filled)
    data = export_calendar(filled, before)
    empty = Store.memory()
    report = import_calendar(empty, data, today=TODAY)
    assert (report.added, report.unreadable) == (len(before), [])
    after = {e.uid: e for e in _all(empty)}
    assert set(after) == {e.uid for e in before}
    for old in before:
        new = after[old.uid]
        for name in ("title", "kind", "start", "end", "status", "location", "countries", "notes"):
            assert getattr(new, name) == getattr(old, name), name
        assert (new.timezone, new.tags) == (old.timezone, old.tags)
        assert [p.name for p in new.participants] == [p.name for p in old.participants]
        assert (new.tariff_action_id is None) == (old.tariff_action_id is None)
    empty.close()


def test_round_trip_keeps_officials_tariff_terms_and_source(filled: Store) -> None:
    empty = Store.memory()
    import_calendar(empty, export_calendar(filled, _all(filled)), today=TODAY)
    wang = empty.officials.find_by_name("Wang Yi")
    assert wang is not None and (wang.title, wang.country) == ("Foreign Minister", "CN")
    [action] = empty.tariffs.all()
    assert (action.imposer, action.target, action.rate_percent) == ("US", "MY", 25)
    assert (action.previous_rate_percent, action.effective_date) == (24, dt.date(2025, 8, 1))
    deadline = next(e for e in _all(empty) if e.kind == EventKind.TARIFF_DEADLINE)
    assert deadline.tariff_action_id == action.id
    assert sum(e.kind == EventKind.TARIFF_DEADLINE for e in _all(empty)) == 1
    bilateral = next(e for e in _all(empty) if "bilateral" in e.title)
    assert bilateral.evidence is not None
    source = empty.sources.get(bilateral.evidence.source_id)
    assert source is not None and source.citation == "Example Wire, 1 July 2025"
    assert bilateral.evidence.sentence == "Wang Yi will meet Sergey Lavrov"
    empty.close()


def test_importing_twice_duplicates_nothing_and_a_changed_event_is_updated(filled: Store) -> None:
    data = export_calendar(filled, _all(filled))
    empty = Store.memory()
    import_calendar(empty, data, today=TODAY)
    again = import_calendar(empty, data, today=TODAY)
    assert (again.added, again.updated, again.duplicates) == (0, 0, len(_all(filled)))
    changed = data.replace(b"SUMMARY:Wang Yi and Lavrov bilateral", b"SUMMARY:Wang-Lavrov talks")
    third = import_calendar(empty, changed, today=TODAY)
    assert (third.added, third.updated) == (0, 1)
    assert any(e.title == "Wang-Lavrov talks" for e in _all(empty))
    assert empty.events.count() == len(_all(filled))
    empty.close()


def test_thunderbird_series_is_expanded_with_exdate_and_moved_occurrence(store: Store) -> None:
    report = _import("thunderbird.ics", store)
    weekly = sorted(
        (e for e in _all(store) if e.title.startswith("Trade desk")), key=lambda e: e.start
    )
    days = [e.first_day for e in weekly]
    assert dt.date(2025, 7, 14) not in days  # EXDATE
    assert dt.date(2025, 7, 22) in days and dt.date(2025, 7, 21) not in days  # moved
    assert len(weekly) == 5 and report.from_series == 5
    first = weekly[0]
    assert first.timezone == "Europe/Berlin" and first.start.hour == 9
    assert "since the last meeting, with the week's deadlines" in first.notes  # folded line
    assert "FREQ=WEEKLY" in first.notes
    deadline = next(e for e in _all(store) if "comment deadline" in e.title)
    assert deadline.all_day and deadline.start == dt.date(2025, 8, 1)
    assert _import("thunderbird.ics", store).added == 0


def test_outlook_windows_zones_and_attendees(store: Store) -> None:
    report = _import("outlook.ics", store)
    assert (report.added, report.unreadable) == (2, [])
    call = next(e for e in _all(store) if "DG Trade" in e.title)
    assert call.timezone == "Europe/Berlin" and call.start.hour == 11
    assert call.status == EventStatus.TENTATIVE
    assert call.location.city == "Brussels" and call.location.country == "BE"
    assert "Attendees: Tom Vries; Lena Park" in call.notes
    assert store.officials.all() == []  # colleagues in an invitation are not officials
    briefing = next(e for e in _all(store) if "ASEAN" in e.title)
    assert briefing.timezone == "Asia/Singapore"


def test_google_calendar_zone_places_floating_times(store: Store) -> None:
    report = _import("google.ics", store)
    assert report.unreadable == []
    floating = next(e for e in _all(store) if e.title == "Morning read-out")
    assert floating.timezone == "America/New_York" and floating.start.hour == 9
    hearing = next(e for e in _all(store) if e.title == "USTR hearing prep")
    assert hearing.start == dt.datetime(2025, 7, 16, 14, tzinfo=dt.UTC)
    assert hearing.notes == "<b>Prep</b> for the USTR hearing"
    cancelled = next(e for e in _all(store) if "G20" in e.title)
    assert cancelled.status == EventStatus.CANCELLED
    council = [e for e in _all(store) if e.title.startswith("Trade council")]
    # Monthly on the first Thursday, from June 2025 to two years after "today".
    assert council[0].first_day == dt.date(2025, 6, 5)
    assert council[-1].first_day <= TODAY + dt.timedelta(days=730)
    assert all(e.first_day.weekday() == 3 and e.first_day.day <= 7 for e in council)
    assert len(council) == report.from_series == 26  # June 2025 to July 2027


def test_malformed_events_are_listed_with_reasons_and_the_rest_imported(store: Store) -> None:
    report = _import("malformed.ics", store)
    assert report.added == 2
    reasons = dict(report.unreadable)
    assert "DTSTART cannot be read" in reasons["Broken start date"]
    assert "Mars/Olympus_Mons" in reasons["Meeting in an unknown zone"]
    assert reasons["No start at all"] == "it has no DTSTART"
    assert "ends before it starts" in reasons["Ends before it starts"]
    assert "ZZ" in reasons["Unknown country code"]
    assert sorted(e.title for e in _all(store)) == [
        "Good event after the broken ones",
        "Good event before the broken ones",
    ]


@pytest.mark.parametrize("data", [b"", b"hello, world", b"BEGIN:VCARD\r\nFN:X\r\nEND:VCARD\r\n"])
def test_a_file_that_is_not_a_calendar_is_one_clear_error(store: Store, data: bytes) -> None:
    with pytest.raises(UserError, match="iCalendar"):
        import_calendar(store, data)


def test_a_missing_file_is_one_clear_error(store: Store, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="cannot read"):
        import_calendar(store, tmp_path / "absent.ics")


def test_a_time_the_clocks_skip_reads_as_the_time_it_stands_for(
    store: Store, tmp_path: Path
) -> None:
    night = tmp_path / "night-calls.ics"
    night.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Night desk//EN\r\n"
        b"BEGIN:VEVENT\r\nUID:night-call@test\r\nDTSTAMP:20250301T000000Z\r\n"
        b"SUMMARY:Night call with the Asia desk\r\n"
        b"DTSTART;TZID=Europe/Berlin:20250327T023000\r\n"
        b"DTEND;TZID=Europe/Berlin:20250327T030000\r\nRRULE:FREQ=DAILY;COUNT=5\r\n"
        b"END:VEVENT\r\nBEGIN:VEVENT\r\nUID:single@test\r\nDTSTAMP:20250301T000000Z\r\n"
        b"SUMMARY:Early briefing\r\nDTSTART;TZID=Europe/Berlin:20250330T023000\r\n"
        b"DTEND;TZID=Europe/Berlin:20250330T031500\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    report = import_calendar(store, night, today=dt.date(2025, 3, 1))
    assert report.added == 6 and not report.unreadable
    by_day = {e.first_day: e for e in _all(store) if e.title.startswith("Night call")}
    skipped = by_day[dt.date(2025, 3, 30)]
    assert (skipped.start.hour, skipped.start.minute) == (3, 30)  # type: ignore[union-attr]
    assert skipped.end - skipped.start == dt.timedelta(minutes=30)  # type: ignore[operator]
    briefing = next(e for e in _all(store) if e.title == "Early briefing")
    # Written 02:30-03:15: three quarters of an hour, from the time 02:30 stands for.
    assert (briefing.start.hour, briefing.start.minute) == (3, 30)  # type: ignore[union-attr]
    assert (briefing.end.hour, briefing.end.minute) == (4, 15)  # type: ignore[union-attr]
    assert import_calendar(store, night, today=dt.date(2025, 3, 1)).added == 0


def test_reading_a_file_again_keeps_what_was_added_here(store: Store, tmp_path: Path) -> None:
    from diplomatic_calendar.domain.model import Official, OfficialRef

    invite = tmp_path / "invite.ics"
    body = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Invites//EN\r\n"
        "BEGIN:VEVENT\r\nUID:call-42@test\r\nDTSTAMP:20250701T000000Z\r\n"
        "SUMMARY:Call with the trade office\r\n"
        "DTSTART;TZID=Eastern Standard Time:20250715T090000\r\n"
        "DTEND;TZID=Eastern Standard Time:20250715T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    invite.write_text(body, encoding="utf-8", newline="")
    import_calendar(store, invite, today=TODAY)
    (event,) = [e for e in _all(store) if e.uid == "call-42@test"]
    envoy = store.officials.add(Official("Ana Ruiz", title="Trade envoy", country="US"))
    assert envoy.id is not None
    enriched = event.with_changes(
        kind=EventKind.CALL,
        countries=("MY", "US"),
        participants=(OfficialRef(envoy.id, envoy.name),),
        notes="Prepare the tariff schedule",
        status=EventStatus.CONFIRMED,
    )
    store.events.update(enriched)
    again = import_calendar(store, invite, today=TODAY)
    assert (again.added, again.updated, again.duplicates) == (0, 0, 1)
    kept = store.events.get(event.id or 0)
    assert kept is not None
    assert (kept.kind, kept.countries, kept.notes, kept.status) == (
        EventKind.CALL,
        ("MY", "US"),
        "Prepare the tariff schedule",
        EventStatus.CONFIRMED,
    )
    assert [p.name for p in kept.participants] == ["Ana Ruiz"]
    # The organiser moves the call: the new time comes in, the additions stay.
    invite.write_text(body.replace("T090000", "T110000").replace("T100000", "T120000"))
    moved = import_calendar(store, invite, today=TODAY)
    assert moved.updated == 1
    later = store.events.get(event.id or 0)
    assert later is not None and later.start.hour == 11  # type: ignore[union-attr]
    assert later.countries == ("MY", "US") and later.notes == "Prepare the tariff schedule"


def test_a_place_ending_in_a_state_or_a_city_is_not_read_as_a_country(
    store: Store, tmp_path: Path
) -> None:
    places = ["Boston, MA", "Wilmington, DE", "Rue de la Loi 200, Brussels", "Lima, Peru"]
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:place-{n}@test\r\nDTSTAMP:20250701T000000Z\r\nSUMMARY:Stop {n}\r\n"
        f"LOCATION:{place.replace(',', chr(92) + ',')}\r\nDTSTART:20250715T090000Z\r\n"
        "DTEND:20250715T100000Z\r\nEND:VEVENT\r\n"
        for n, place in enumerate(places)
    )
    path = tmp_path / "places.ics"
    path.write_text(
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n{events}END:VCALENDAR\r\n",
        encoding="utf-8",
        newline="",
    )
    import_calendar(store, path, today=TODAY)
    found = {e.title: e.location for e in _all(store)}
    assert [found[f"Stop {n}"].country for n in range(4)] == [None, None, None, "PE"]
    assert found["Stop 0"].city == "Boston, MA"
    assert found["Stop 3"].city == "Lima"


def test_our_own_export_read_back_changes_nothing_whatever_the_line_breaks(
    store: Store, tmp_path: Path
) -> None:
    start = dt.datetime(2025, 7, 15, 9, tzinfo=dt.UTC)
    store.events.add(
        Event(
            "Desk call",
            EventKind.CALL,
            start,
            start + dt.timedelta(hours=1),
            notes="Line one\r\nLine two ",
        )
    )
    path = tmp_path / "out.ics"
    path.write_bytes(export_calendar(store, _all(store)))
    report = import_calendar(store, path, today=TODAY)
    assert (report.added, report.updated, report.duplicates) == (0, 0, 1)
