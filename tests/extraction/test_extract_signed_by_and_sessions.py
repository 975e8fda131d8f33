"""'The deal was signed … by X and Y', 'held a separate session', 'her counterpart, Foreign
Secretary X', and a closing line that restates a visit already told."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def _events(text: str, published: dt.date) -> list[tuple[str, str | None, tuple[str, ...]]]:
    return [(e.kind, e.date, e.participants) for e in extract(text, published).events]


def test_a_deal_signed_by_two_leaders() -> None:
    text = (
        "The accord was signed on 17 January in Lima by Commission President Eva Lund and "
        "Peru's President Dina Rojas, who hosted the ceremony.\n"
    )
    found = _events(text, dt.date(2026, 2, 1))
    assert ("signing", "2026-01-17", ("Eva Lund", "Dina Rojas")) in found


def test_signed_by_one_person_alone_is_no_signing() -> None:
    text = "The order was signed on Monday by President John Hale.\n"
    assert not any(kind == "signing" for kind, _, _ in _events(text, dt.date(2026, 2, 4)))


def test_a_separate_session_with_the_counterpart_in_apposition() -> None:
    text = (
        "Prime Minister Paul Lowe met President Ana Ruiz in Lima on Thursday.\n\n"
        "Trade Minister Carlos Vega said the talks went well.\n\n"
        "Foreign Minister Jane Hill and her Peruvian counterpart, Foreign Minister Elena "
        "Soto, held a separate session on consular cooperation.\n"
    )
    found = _events(text, dt.date(2026, 5, 10))
    assert any(
        kind == "meeting" and set(people) == {"Jane Hill", "Elena Soto"}
        for kind, _, people in found
    )


def test_a_closing_line_restating_the_visit_adds_nothing() -> None:
    text = (
        "External Affairs Minister Ravi Menon paid an official visit to Oman on 23 and 24 "
        "March.\n\n"
        "On 24 March, EAM called on Sultan Haitham Al Said.\n\n"
        "EAM will travel to Doha on 26 March for a meeting with Prime Minister Ali Al Thani.\n\n"
        "He earlier spoke with Sheikh Ali on the telephone on 20 March.\n\n"
        "The visit of EAM reaffirmed the strong momentum in the India-Oman partnership and "
        "the shared commitment of both sides to deepen ties.\n"
    )
    visits = [date for kind, date, _ in _events(text, dt.date(2026, 3, 25)) if kind == "visit"]
    assert visits == ["2026-03-26"]
