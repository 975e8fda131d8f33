"""An invitation's organizer, link, privacy and attendees are kept in the notes, and go back out."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event, EventKind
from diplomatic_calendar.printing.ics import export_calendar, import_calendar
from diplomatic_calendar.store import Store

TODAY = dt.date(2026, 11, 28)
INVITATION = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
BEGIN:VEVENT\r
UID:props-1\r
SUMMARY:Confidential briefing\r
DTSTART:20261203T090000Z\r
DTEND:20261203T100000Z\r
DESCRIPTION:Bring the note.\r
ORGANIZER;CN="Schmidt, Peter":mailto:peter.schmidt@example.org\r
ATTENDEE;CN="Müller, Anna";ROLE=REQ-PARTICIPANT:mailto:anna.mueller@example.org\r
ATTENDEE:mailto:noname@example.org\r
CLASS:CONFIDENTIAL\r
URL:https://teams.example.org/meet/123\r
END:VEVENT\r
END:VCALENDAR\r
""".encode()
DETAILS = (
    "Organizer: Schmidt, Peter <peter.schmidt@example.org>\n"
    "Attendees: Müller, Anna; noname@example.org\n"
    "Link: https://teams.example.org/meet/123\n"
    "Confidential"
)


def _only(store: Store) -> Event:
    (event,) = store.events.every()
    return event


def test_organizer_link_privacy_and_attendees_with_commas_are_kept_in_the_notes(
    store: Store,
) -> None:
    import_calendar(store, INVITATION, today=TODAY)
    assert _only(store).notes == f"Bring the note.\n\n{DETAILS}"


def test_an_export_writes_them_back_where_icalendar_has_a_place_for_them(store: Store) -> None:
    import_calendar(store, INVITATION, today=TODAY)
    written = export_calendar(store, store.events.every()).decode()
    assert 'ORGANIZER;CN="Schmidt, Peter":mailto:peter.schmidt@example.org\r\n' in written
    assert "URL:https://teams.example.org/meet/123\r\n" in written
    assert "CLASS:CONFIDENTIAL\r\n" in written


def test_a_file_written_back_by_another_program_does_not_repeat_them(store: Store) -> None:
    import_calendar(store, INVITATION, today=TODAY)
    ours = export_calendar(store, store.events.every())
    theirs = b"\r\n".join(line for line in ours.split(b"\r\n") if not line.startswith(b"X-"))
    elsewhere = Store.memory()
    import_calendar(elsewhere, theirs, today=TODAY)
    assert _only(elsewhere).notes == _only(store).notes


def test_notes_written_since_an_earlier_import_stay_when_the_details_are_read_afresh(
    store: Store,
) -> None:
    store.events.add(
        Event(
            uid="props-1",
            title="Confidential briefing",
            kind=EventKind.MEETING,
            start=dt.datetime(2026, 12, 3, 9, tzinfo=dt.UTC),
            end=dt.datetime(2026, 12, 3, 10, tzinfo=dt.UTC),
            notes=(
                "Bring the note.\n\nAttendees: Müller, Anna, noname@example.org\n\nAsk about visas."
            ),
        )
    )
    report = import_calendar(store, INVITATION, today=TODAY)
    assert report.updated == 1
    notes = _only(store).notes
    assert "Ask about visas." in notes and "Bring the note." in notes
    assert "Attendees: Müller, Anna, noname" not in notes
    assert notes == f"Bring the note.\n\nAsk about visas.\n\n{DETAILS}"
