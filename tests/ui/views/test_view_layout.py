"""Layout rules without a screen: lanes for bars, columns for overlaps, home and own time."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Event
from diplomatic_calendar.ui.models.layout import (
    assign_lanes,
    in_all_day_band,
    local_days,
    place_timed,
    span_label,
    time_label,
)
from tests.ui.views.view_helpers import all_day, timed

JULY_7 = dt.date(2025, 7, 7)  # a Monday


def spans(*events: Event) -> list[tuple[Event, dt.date, dt.date]]:
    return [(e, *local_days(e, "UTC")) for e in events]


def test_bars_that_overlap_take_different_lanes_and_later_ones_reuse_freed_lanes() -> None:
    long = all_day("Summit", JULY_7, JULY_7 + dt.timedelta(days=3))
    overlapping = all_day("Visit", JULY_7 + dt.timedelta(days=2), JULY_7 + dt.timedelta(days=4))
    later = all_day("Talks", JULY_7 + dt.timedelta(days=5), JULY_7 + dt.timedelta(days=6))
    bars = {b.event.title: b for b in assign_lanes(spans(long, overlapping, later), JULY_7, 7)}
    assert bars["Summit"].lane == 0 and (bars["Summit"].first, bars["Summit"].last) == (0, 3)
    assert bars["Visit"].lane == 1
    assert bars["Talks"].lane == 0


def test_a_bar_crossing_the_week_is_cut_and_says_so() -> None:
    crossing = all_day("Conference", JULY_7 + dt.timedelta(days=5), JULY_7 + dt.timedelta(days=9))
    (first_week,) = assign_lanes(spans(crossing), JULY_7, 7)
    (second_week,) = assign_lanes(spans(crossing), JULY_7 + dt.timedelta(days=7), 7)
    assert (first_week.first, first_week.last, first_week.ends_here) == (5, 6, False)
    assert (second_week.first, second_week.last, second_week.starts_here) == (0, 2, False)


def test_overlapping_meetings_sit_side_by_side_and_a_later_one_gets_the_full_width() -> None:
    a = timed("A", JULY_7, 9, 120)
    b = timed("B", JULY_7, 10, 60)
    c = timed("C", JULY_7, 12, 60)
    placed = {p.event.title: p for p in place_timed([a, b, c], [JULY_7], "UTC")}
    assert (placed["A"].column, placed["A"].columns) == (0, 2)
    assert (placed["B"].column, placed["B"].columns) == (1, 2)
    assert (placed["C"].column, placed["C"].columns) == (0, 1)
    assert (placed["B"].top, placed["B"].bottom) == (600, 660)


def test_an_event_reaches_right_over_places_nothing_else_needs_at_its_time() -> None:
    long_a = timed("A", JULY_7, 9, 120)  # 9-11
    short_b = timed("B", JULY_7, 9, 30)  # 9-9:30
    c = timed("C", JULY_7, 9, 60)  # 9-10
    d = timed("D", JULY_7, 10, 30)  # 10-10:30, beside A only: B and C are over by then
    placed = {p.event.title: p for p in place_timed([long_a, short_b, c, d], [JULY_7], "UTC")}
    assert [placed[t].column for t in "ABCD"] == [0, 2, 1, 1]  # longer first at the same start
    assert all(placed[t].columns == 3 for t in "ABCD")
    assert [placed[t].span for t in "ABCD"] == [1, 1, 1, 2]


def test_home_time_and_own_time_are_both_shown_when_the_zones_differ() -> None:
    kl = timed("Talks", JULY_7, 18, zone="Asia/Kuala_Lumpur")
    assert time_label(kl, "Europe/London") == "18:00 Kuala Lumpur / 11:00 home"
    assert time_label(kl, "Asia/Kuala_Lumpur") == "18:00"
    assert time_label(kl, "Asia/Singapore") == "18:00"  # same offset: nothing to add


def test_home_time_follows_each_zones_daylight_saving_rules() -> None:
    # New York moves its clocks on 9 March 2025, Berlin only on 30 March.
    before = timed("Call", dt.date(2025, 3, 7), 9, zone="America/New_York")
    between = timed("Call", dt.date(2025, 3, 14), 9, zone="America/New_York")
    after = timed("Call", dt.date(2025, 4, 4), 9, zone="America/New_York")
    labels = [time_label(e, "Europe/Berlin") for e in (before, between, after)]
    assert labels == [
        "09:00 New York / 15:00 home",
        "09:00 New York / 14:00 home",
        "09:00 New York / 15:00 home",
    ]
    assert "home (09:00–10:00 New York)" in span_label(between, "Europe/Berlin")


def test_an_evening_event_abroad_can_fall_on_the_next_day_at_home() -> None:
    late = timed("Dinner", JULY_7, 20, zone="America/Los_Angeles")
    assert local_days(late, "Europe/Berlin") == (JULY_7 + dt.timedelta(days=1),) * 2


def test_a_call_across_midnight_is_drawn_on_both_days_not_in_the_band() -> None:
    call = timed("Late call", JULY_7, 23, minutes=90)
    assert not in_all_day_band(call)
    pieces = place_timed([call], [JULY_7, JULY_7 + dt.timedelta(days=1)], "UTC")
    assert [(p.day, p.top, p.bottom) for p in pieces] == [(0, 23 * 60, 24 * 60), (1, 0, 30)]


def test_timed_events_of_a_day_or_more_go_in_the_band() -> None:
    assert in_all_day_band(timed("Round of talks", JULY_7, 9, minutes=24 * 60))
    assert not in_all_day_band(timed("Long day", JULY_7, 6, minutes=18 * 60))
    assert in_all_day_band(all_day("Summit", JULY_7, JULY_7 + dt.timedelta(days=1)))
