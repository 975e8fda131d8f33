"""An import updates a stored record only when the article is about that very record, and
what the user keeps on record (an official's title, a tariff's day) wins over its wording."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.domain.model import Official, TariffAction, TariffStatus
from diplomatic_calendar.importing import Choice, apply, build_plan
from diplomatic_calendar.store import Store

PUBLISHED = dt.date(2026, 11, 20)  # a Friday


def test_a_tariff_at_the_same_rate_from_another_day_is_a_new_action(store: Store) -> None:
    stored = store.tariffs.add(
        TariffAction("US", "JP", 15.0, effective_date=dt.date(2026, 11, 11)),
        changed_on=dt.date(2026, 11, 1),
    )
    text = (
        "The United States will impose a 15% tariff on Japanese semiconductors from "
        "1 March 2027, separate from the duty already in force, the Commerce Department said.\n"
    )
    plan = build_plan(store, text, PUBLISHED)
    (draft,) = plan.tariffs
    assert draft.match_id is None and draft.choice == Choice.ADD
    apply(store, plan)
    kept = store.tariffs.get(stored.id or 0)
    assert kept is not None and kept.effective_date == dt.date(2026, 11, 11)
    days = sorted(a.effective_date for a in store.tariffs.all("JP") if a.effective_date)
    assert days == [dt.date(2026, 11, 11), dt.date(2027, 3, 1)]


def test_the_same_tariff_restated_is_offered_as_an_update_and_says_its_day(store: Store) -> None:
    stored = store.tariffs.add(
        TariffAction("US", "JP", 15.0, effective_date=dt.date(2026, 11, 11)),
        changed_on=dt.date(2026, 11, 1),
    )
    text = "The 15% U.S. tariff on Japanese goods took effect on November 11.\n"
    (draft,) = build_plan(store, text, PUBLISHED).tariffs
    assert draft.match_id == stored.id
    assert "Wed 11 Nov 2026" in draft.match_label


def test_an_official_named_with_an_initial_is_the_one_on_record(store: Store) -> None:
    on_record = store.officials.add(
        Official("Subrahmanyam Jaishankar", "External Affairs Minister", "IN")
    )
    store.officials.add(Official("Sonia Jaishankar", "Ambassador", "GB"))
    text = (
        "Indian External Affairs Minister S. Jaishankar met Singapore's Foreign Minister "
        "Vivian Balakrishnan in New Delhi on Thursday.\n"
    )
    plan = build_plan(store, text, PUBLISHED)
    (jaishankar,) = [o for o in plan.officials if o.name == "S. Jaishankar"]
    assert jaishankar.match_id == on_record.id
    apply(store, plan)
    assert [o.name for o in store.officials.all(country="IN")] == ["Subrahmanyam Jaishankar"]
    merged = store.officials.get(on_record.id or 0)
    assert merged is not None and "S. Jaishankar" in merged.aliases
    (meeting,) = store.events.between(dt.date(2026, 11, 19), dt.date(2026, 11, 20))
    assert on_record.id in {p.id for p in meeting.participants}


def test_initials_never_join_two_people_or_a_person_of_another_country(store: Store) -> None:
    store.officials.add(Official("Sonia Jaishankar", "Ambassador", "GB"))
    store.officials.add(Official("Subrahmanyam Jaishankar", "External Affairs Minister", "IN"))
    text = "Indian Foreign Secretary S. Patel and K. Jaishankar, an adviser, met on Thursday.\n"
    plan = build_plan(store, text, PUBLISHED)
    assert all(o.match_id is None for o in plan.officials if o.name == "K. Jaishankar")


def test_an_update_keeps_the_title_on_record(store: Store) -> None:
    on_record = store.officials.add(Official("Maros Sefcovic", "Trade Commissioner", "EU"))
    text = (
        "European Commission trade chief Maros Sefcovic met Japanese Trade Minister "
        "Yoji Muto in Brussels on Thursday.\n"
    )
    plan = build_plan(store, text, PUBLISHED)
    (sefcovic,) = [o for o in plan.officials if o.name == "Maros Sefcovic"]
    assert (sefcovic.match_id, sefcovic.choice) == (on_record.id, Choice.UPDATE)
    apply(store, plan)
    after = store.officials.get(on_record.id or 0)
    assert after is not None and (after.title, after.country) == ("Trade Commissioner", "EU")


def test_a_time_without_a_zone_is_taken_as_the_meeting_places_time(store: Store) -> None:
    text = (
        "Japanese Prime Minister Sanae Takaichi will hold talks with Chinese Premier Li Qiang "
        "in Tokyo at 3 p.m. on 3 December, officials said.\n"
    )
    plan = build_plan(store, text, PUBLISHED)
    (talks,) = plan.events
    assert (talks.time, talks.timezone, talks.zone_assumed) == (dt.time(15), "Asia/Tokyo", True)
    assert "15:00 Asia/Tokyo (the place's local time)" in talks.when
    apply(store, plan)
    (saved,) = store.events.between(dt.date(2026, 12, 3), dt.date(2026, 12, 4), "Asia/Tokyo")
    assert isinstance(saved.start, dt.datetime)
    assert saved.start.astimezone(dt.UTC) == dt.datetime(2026, 12, 3, 6, tzinfo=dt.UTC)
    assert "taken as local time where the meeting is held" in saved.notes


def test_a_time_with_no_zone_and_no_known_place_says_it_is_kept_as_a_note(
    store: Store,
) -> None:
    text = (
        "Indonesian Trade Minister Budi Santoso will meet Australian Trade Minister Don Farrell "
        "at 3 p.m. on 3 December.\n"
    )
    plan = build_plan(store, text, PUBLISHED)
    (meeting,) = plan.events
    assert (meeting.time, meeting.timezone) == (dt.time(15), None)
    assert meeting.when == "Thu 03 Dec 2026 (the article's 15:00 has no time zone: kept as a note)"
    apply(store, plan)
    (saved,) = store.events.between(dt.date(2026, 12, 3), dt.date(2026, 12, 4))
    assert saved.all_day and "15:00 without a time zone" in saved.notes


def test_a_threat_without_a_date_matches_the_stored_threat(store: Store) -> None:
    stored = store.tariffs.add(
        TariffAction("US", "TH", 36.0, status=TariffStatus.THREATENED), changed_on=PUBLISHED
    )
    text = "Washington threatened a 36% tariff on Thai goods on Thursday.\n"
    (draft,) = build_plan(store, text, PUBLISHED).tariffs
    assert draft.match_id == stored.id


def test_the_goods_reach_the_stored_action_and_keep_it_apart(store: Store) -> None:
    store.tariffs.add(TariffAction("US", "JP", 25.0), changed_on=PUBLISHED)
    text = "The United States will impose a 25% tariff on Japanese steel from 1 March.\n"
    plan = build_plan(store, text, PUBLISHED)
    (draft,) = plan.tariffs
    assert draft.match_id is None and draft.label == "Japan: 25% US tariff on steel"
    apply(store, plan)
    assert sorted(a.scope for a in store.tariffs.all("JP")) == ["all goods", "steel"]
