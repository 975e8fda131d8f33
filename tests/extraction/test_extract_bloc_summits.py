"""A bloc's leaders gathered for a summit: the bloc's summit, joined by those named at it later."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import EventDraft, extract

FRIDAY = dt.date(2025, 10, 24)


def summits(text: str) -> list[EventDraft]:
    return [e for e in extract(text, FRIDAY).events if e.kind == "summit"]


def test_bloc_leaders_at_a_summit_make_the_blocs_summit() -> None:
    text = (
        "EU leaders on Thursday backed new sanctions as a two-day summit in Brussels opened "
        "under the shadow of the energy crisis.\n\n"
        "Austrian Chancellor Lukas Brenner called for unity on his arrival at the summit.\n\n"
        "On the sidelines of the summit, Brenner held talks with Irish Prime Minister "
        "Ciaran Doyle on Friday morning."
    )
    found = summits(text)
    assert len(found) == 1
    summit = found[0]
    assert summit.date == "2025-10-23"
    assert summit.location is not None and summit.location.city == "Brussels"
    assert {"EU", "Lukas Brenner", "Ciaran Doyle"} <= set(summit.participants)


def test_the_blocs_leaders_hosted_for_a_summit() -> None:
    text = (
        "Chilean President Marta Ruiz, who holds Mercosur's rotating presidency, will host the "
        "bloc's leaders in Asunción on Dec. 5 for a summit."
    )
    found = summits(text)
    assert len(found) == 1
    assert found[0].status == "planned"
    assert found[0].date == "2025-12-05"
    assert {"Mercosur", "Marta Ruiz"} <= set(found[0].participants)
