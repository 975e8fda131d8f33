"""Countdown wording, overdue marking and which reminder is due on a fixed day."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.domain.deadlines import (
    Deadline,
    countdown_text,
    parse_lead_days,
    parse_within,
    reminder_due,
    reminders_due,
)
from diplomatic_calendar.domain.errors import ValidationError
from diplomatic_calendar.domain.model import EventKind, EventStatus, TariffStatus

TODAY = dt.date(2025, 7, 10)


def tariff(day: dt.date, status: TariffStatus = TariffStatus.ANNOUNCED, ident: int = 1) -> Deadline:
    return Deadline(
        day,
        "Malaysia: 25% US tariff",
        EventKind.TARIFF_DEADLINE,
        ("MY", "US"),
        10,
        ident,
        "US",
        "MY",
        25.0,
        status,
    )


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (dt.date(2025, 7, 10), "today"),
        (dt.date(2025, 7, 11), "tomorrow"),
        (dt.date(2025, 7, 15), "in 5 days"),
        (dt.date(2025, 8, 1), "in 22 days"),
        (dt.date(2025, 7, 9), "yesterday"),
        (dt.date(2025, 7, 7), "3 days ago"),
    ],
)
def test_countdown_counts_whole_days_from_today(day: dt.date, text: str) -> None:
    assert countdown_text(day, TODAY) == text


def test_pending_deadline_in_the_past_is_overdue_but_a_settled_one_is_not() -> None:
    assert tariff(dt.date(2025, 7, 9)).is_overdue(TODAY)
    assert not tariff(dt.date(2025, 7, 9), TariffStatus.IN_FORCE).is_overdue(TODAY)
    assert not tariff(TODAY).is_overdue(TODAY)
    held = Deadline(
        dt.date(2025, 7, 1), "Filing", EventKind.DEADLINE, event_status=EventStatus.HELD
    )
    assert not held.is_overdue(TODAY)


def test_no_reminder_before_the_first_lead_time() -> None:
    assert reminder_due(tariff(dt.date(2025, 7, 18)), TODAY) is None


def test_seven_day_reminder_is_due_a_week_ahead_and_stays_due_after_a_closed_app() -> None:
    reminder = reminder_due(tariff(dt.date(2025, 7, 17)), TODAY)
    assert reminder is not None
    assert (reminder.lead_days, reminder.due_on) == (7, dt.date(2025, 7, 10))
    # Not opened for three days: the same reminder still shows.
    later = reminder_due(tariff(dt.date(2025, 7, 17)), dt.date(2025, 7, 13))
    assert later is not None and later.key == reminder.key


def test_one_day_reminder_replaces_the_seven_day_one() -> None:
    reminder = reminder_due(tariff(dt.date(2025, 7, 11)), TODAY)
    assert reminder is not None and reminder.lead_days == 1
    assert reminder.key == "tariff:1:2025-07-11:1d"


def test_no_reminder_after_the_day_or_for_a_called_off_tariff() -> None:
    assert reminder_due(tariff(dt.date(2025, 7, 9)), TODAY) is None
    assert reminder_due(tariff(dt.date(2025, 7, 12), TariffStatus.SUPERSEDED), TODAY) is None


def test_moving_a_deadline_gives_a_new_key_so_it_reminds_again() -> None:
    first = reminder_due(tariff(dt.date(2025, 7, 11)), TODAY)
    moved = reminder_due(tariff(dt.date(2025, 7, 12)), TODAY)
    assert first is not None and moved is not None and first.key != moved.key


def test_dismissed_reminders_are_left_out_and_the_rest_are_sorted() -> None:
    near, far = tariff(dt.date(2025, 7, 11), ident=1), tariff(dt.date(2025, 7, 15), ident=2)
    due = reminders_due([far, near], TODAY)
    assert [r.deadline.tariff_action_id for r in due] == [1, 2]
    assert [
        r.deadline.tariff_action_id for r in reminders_due([far, near], TODAY, {due[0].key})
    ] == [2]


def test_custom_lead_times() -> None:
    assert parse_lead_days("") == (7, 1)
    assert parse_lead_days("1, 14; 3") == (14, 3, 1)
    reminder = reminder_due(tariff(dt.date(2025, 7, 20)), TODAY, parse_lead_days("14"))
    assert reminder is not None and reminder.lead_days == 14
    with pytest.raises(ValidationError):
        parse_lead_days("a week")


def test_within_spans() -> None:
    assert parse_within("30d") == 30
    assert parse_within("2w") == 14
    assert parse_within("45") == 45
    with pytest.raises(ValidationError, match="30d"):
        parse_within("soon")


def test_a_deadline_already_held_reminds_no_more() -> None:
    due = dt.date(2025, 7, 11)
    pending = Deadline(due, "Reply due", EventKind.DEADLINE, ("MY",), event_id=3)
    assert reminder_due(pending, TODAY) is not None
    done = Deadline(
        due, "Reply due", EventKind.DEADLINE, ("MY",), event_id=3, event_status=EventStatus.HELD
    )
    assert reminder_due(done, TODAY) is None
