"""'The Lima summit', 'the agreement': an event dated where the article first named it."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 1, 15)


def dated(text: str) -> dict[frozenset[str], str | None]:
    return {
        frozenset(e.participants): e.date
        for e in extract(text, PUBLISHED).events
        if len(e.participants) >= 2
    }


def test_the_summit_takes_the_month_it_was_agreed_for() -> None:
    text = (
        "The foreign ministers of Peru, Chile and Colombia agreed on Thursday to hold a leaders' "
        "summit in Lima in April.\n\n"
        "Trade remains a sore point between the three.\n\n"
        "Peruvian President Ana Quispe is expected to host Chilean President Tomas Vial and "
        "Colombian President Rosa Marin for the Lima summit, officials said.\n"
    )
    assert dated(text)[frozenset({"Ana Quispe", "Tomas Vial", "Rosa Marin"})] == "2026-04"


def test_the_agreement_takes_the_day_of_its_signing() -> None:
    text = (
        "Peru and Norway will sign their free trade agreement in Lima on Feb. 3, officials said "
        "on Wednesday.\n\n"
        "Norwegian Trade Minister Jon Berg will sign the agreement with Peruvian Trade Minister "
        "Luis Vera at a ceremony at the palace.\n"
    )
    assert dated(text)[frozenset({"Jon Berg", "Luis Vera"})] == "2026-02-03"
