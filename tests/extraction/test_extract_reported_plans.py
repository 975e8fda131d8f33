"""Who a pronoun means after a spokesman's report, and which official a described role means."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

PUBLISHED = dt.date(2026, 5, 6)


def pairs(text: str) -> dict[frozenset[str], str | None]:
    return {
        frozenset(e.participants): e.date
        for e in extract(text, PUBLISHED).events
        if len(e.participants) >= 2
    }


def test_she_after_a_spokesmans_report_is_the_one_the_plan_is_about() -> None:
    text = (
        "Icelandic Prime Minister Sigrun Dalsdottir will meet Danish Prime Minister Lars Holm "
        "in Copenhagen on Friday. The two leaders will sign a fisheries pact, government "
        "spokesman Einar Gunnarsson told reporters. She will then travel to Oslo, where she is "
        "scheduled to hold talks with Norwegian Prime Minister Ola Brekke on Sunday.\n"
    )
    found = pairs(text)
    assert found[frozenset({"Sigrun Dalsdottir", "Ola Brekke"})] == "2026-05-10"
    assert not any("Einar Gunnarsson" in who for who in found)


def test_a_countrys_minister_is_its_minister_not_its_vice_minister() -> None:
    text = (
        "Peruvian Trade Minister Ana Soto and Peruvian Vice Minister of Trade Luis Vera hosted "
        "talks in Lima on Monday. In April, Peru's Trade Minister met U.S. Trade Representative "
        "Jamieson Greer in Washington.\n"
    )
    found = pairs(text)
    assert found[frozenset({"Ana Soto", "Jamieson Greer"})] == "2026-04"


def test_he_after_a_leader_who_said_he_would_meet_someone_is_that_leader() -> None:
    text = (
        "Chilean President Tomas Vial will visit Lima next week. Peruvian President Ana Quispe "
        "said she would meet Vial there. She will then travel to Quito for talks with "
        "Ecuadorian President Luis Mora on Friday.\n"
    )
    found = pairs(text)
    assert frozenset({"Ana Quispe", "Luis Mora"}) in found
