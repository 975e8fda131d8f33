"""A signing told right after the day's meetings, with no day of its own, took place that day,
not on a day a later line gives to something else."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_a_ceremony_without_a_day_takes_the_day_just_told() -> None:
    text = (
        "Foreign Minister Musa Bello on Wednesday received Foreign Secretary Helen Marsh in "
        "Abuja.\n\n"
        "The two ministers reviewed trade, security and migration.\n\n"
        "Marsh announced new support for innovation hubs.\n\n"
        "Later in the day, the Foreign Secretary paid a courtesy call on President Ade Okafor.\n\n"
        "In a separate ceremony, Interior Minister Grace Obi and High Commissioner Paul Reid "
        "signed a memorandum of understanding on migration.\n\n"
        "The two sides agreed to meet again in London in May.\n\n"
        "Bello also spoke by telephone on Monday with Ghana's Foreign Minister Kofi Mensah.\n"
    )
    events = extract(text, dt.date(2026, 2, 19)).events
    assert [e.date for e in events if e.kind == "signing"] == ["2026-02-18"]
