"""Tariff actions with no date yet, and every tariff's history, survive an export and import."""

from __future__ import annotations

import datetime as dt
import json

import icalendar

from diplomatic_calendar.domain.model import TariffAction, TariffStatus
from diplomatic_calendar.printing.csv_json import export_json
from diplomatic_calendar.printing.ics import export_calendar, import_calendar
from diplomatic_calendar.printing.ics_read import report_json
from diplomatic_calendar.store import Store

TODAY = dt.date(2025, 7, 10)
THREAT = TariffAction(
    imposer="US",
    target="TH",
    rate_percent=36,
    status=TariffStatus.THREATENED,
    announced_date=dt.date(2025, 7, 7),
    notes="Letter to the Thai prime minister",
)


def _calendar_with_a_threat_and_a_history() -> tuple[Store, int, int]:
    """A threat with no date, and a dated tariff whose rate was changed after it was recorded."""
    store = Store.memory()
    threat = store.tariffs.add(THREAT, changed_on=dt.date(2025, 7, 7))
    dated = store.tariffs.add(
        TariffAction(
            imposer="US",
            target="MY",
            rate_percent=24,
            status=TariffStatus.ANNOUNCED,
            effective_date=dt.date(2025, 8, 1),
        ),
        changed_on=dt.date(2025, 4, 2),
    )
    store.tariffs.update(
        dated.with_changes(rate_percent=25),
        note="Rate in the July letter",
        changed_on=dt.date(2025, 7, 7),
    )
    assert threat.id is not None and dated.id is not None
    return store, threat.id, dated.id


def test_a_tariff_with_no_date_travels_as_a_task_and_comes_back() -> None:
    store, _, _ = _calendar_with_a_threat_and_a_history()
    data = export_calendar(store, store.events.every(), undated=store.tariffs.without_date())
    [task] = icalendar.Calendar.from_ical(data).walk("VTODO")
    assert str(task["summary"]) == "Thailand: 36% US tariff (no date yet)"
    assert "due" not in task and "dtstart" not in task
    empty = Store.memory()
    report = import_calendar(empty, data, today=TODAY)
    assert report.tariffs_added == 1 and report.unreadable == []
    assert "1 tariff action with no date yet added" in report.summary
    assert json.loads(report_json(report))["tariffs_added"] == 1
    [back] = empty.tariffs.without_date()
    assert back.with_changes(id=None) == THREAT
    assert len(empty.tariffs.all()) == 2
    store.close()
    empty.close()


def test_reading_the_same_file_again_adds_the_undated_tariff_once() -> None:
    store, _, _ = _calendar_with_a_threat_and_a_history()
    data = export_calendar(store, store.events.every(), undated=store.tariffs.without_date())
    empty = Store.memory()
    import_calendar(empty, data, today=TODAY)
    again = import_calendar(empty, data, today=TODAY)
    assert again.tariffs_added == 0 and again.added == 0
    assert again.duplicates == len(store.events.every()) + 1
    assert len(empty.tariffs.without_date()) == 1
    store.close()
    empty.close()


def test_history_keeps_its_days_and_notes_through_the_file() -> None:
    store, _, _ = _calendar_with_a_threat_and_a_history()
    data = export_calendar(store, store.events.every(), undated=store.tariffs.without_date())
    empty = Store.memory()
    import_calendar(empty, data, today=TODAY)
    by_target = {a.target: a for a in empty.tariffs.all()}
    steps = empty.tariffs.history(by_target["MY"].id or 0)
    assert [(s.changed_on, s.old_rate_percent, s.new_rate_percent, s.note) for s in steps] == [
        (dt.date(2025, 4, 2), None, 24, "recorded"),
        (dt.date(2025, 7, 7), 24, 25, "Rate in the July letter"),
    ]
    [first] = empty.tariffs.history(by_target["TH"].id or 0)
    assert (first.changed_on, first.new_status) == (dt.date(2025, 7, 7), TariffStatus.THREATENED)
    store.close()
    empty.close()


def test_unreadable_tariff_data_in_a_task_is_listed_and_changes_nothing() -> None:
    store, _, _ = _calendar_with_a_threat_and_a_history()
    data = export_calendar(store, [], undated=store.tariffs.without_date())
    broken = data.replace(b'"status": "threatened"', b'"status": "rumoured"')
    assert broken != data
    empty = Store.memory()
    report = import_calendar(empty, broken, today=TODAY)
    assert report.tariffs_added == 0
    [(label, why)] = report.unreadable
    assert label == "Thailand: 36% US tariff (no date yet)" and "tariff data" in why
    assert empty.tariffs.all() == []
    store.close()
    empty.close()


def test_other_programs_tasks_are_not_read_as_tariffs() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//EN\r\n"
        b"BEGIN:VTODO\r\nUID:task-1@example.org\r\nSUMMARY:Buy stamps\r\nEND:VTODO\r\n"
        b"END:VCALENDAR\r\n"
    )
    empty = Store.memory()
    report = import_calendar(empty, data, today=TODAY)
    assert (report.added, report.tariffs_added, report.unreadable) == (0, 0, [])
    assert empty.tariffs.all() == []
    empty.close()


def test_json_export_lists_undated_tariffs_and_every_history() -> None:
    store, threat_id, _ = _calendar_with_a_threat_and_a_history()
    document = json.loads(export_json(store, store.events.every(), store.tariffs.without_date()))
    [threat] = document["tariffs_without_date"]
    assert (threat["id"], threat["target"], threat["effective_date"]) == (threat_id, "TH", None)
    [deadline] = document["events"]
    notes = [step["note"] for step in deadline["tariff"]["history"]]
    assert notes == ["recorded", "Rate in the July letter"]
    store.close()


def test_a_new_tariff_can_carry_its_own_first_note() -> None:
    store = Store.memory()
    added = store.tariffs.add(THREAT, note="Truth Social post")
    [step] = store.tariffs.history(added.id or 0)
    assert step.note == "Truth Social post"
    store.close()
