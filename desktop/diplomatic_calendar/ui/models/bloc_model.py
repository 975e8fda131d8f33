"""A bloc's members with their current tariff position: the view for a day like 1 August."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from diplomatic_calendar.domain.deadlines import Deadline, countdown_text
from diplomatic_calendar.domain.geography import country_name
from diplomatic_calendar.domain.model import TariffAction
from diplomatic_calendar.ui.models.deadlines_model import flag, rate_text, short_day
from diplomatic_calendar.ui.models.record_table import Column, RecordTableModel


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One member: its current tariff position and its next deadline, either may be missing."""

    code: str
    position: TariffAction | None
    next_deadline: Deadline | None


def _status(row: MemberRow) -> str:
    return row.position.status.label if row.position else "—"


def member_columns(today: Callable[[], dt.date]) -> list[Column[MemberRow]]:
    """Country, who charges its current tariff, rate, status, effective date and next
    deadline, each with a countdown."""

    def next_day(row: MemberRow) -> dt.date | None:
        return row.next_deadline.day if row.next_deadline else None

    def next_text(row: MemberRow) -> str:
        day = next_day(row)
        return f"{short_day(day, today())} ({countdown_text(day, today())})" if day else "—"

    def rate(row: MemberRow) -> float | None:
        return row.position.rate_percent if row.position else None

    def effective(row: MemberRow) -> dt.date | None:
        return row.position.effective_date if row.position else None

    def effective_text(row: MemberRow) -> str:
        day = effective(row)
        return f"{short_day(day, today())} ({countdown_text(day, today())})" if day else "—"

    return [
        Column(
            "Country",
            lambda r: f"{flag(r.code)} {country_name(r.code)}".strip(),
            lambda r: country_name(r.code).casefold(),
        ),
        # whose tariff the member faces: the rate alone does not say who charges it
        Column("By", lambda r: r.position.imposer if r.position else "—"),
        Column("Rate", lambda r: rate_text(rate(r)), rate, True),
        Column("Status", _status, lambda r: _status(r) if r.position else None),
        Column("Effective", effective_text, effective),
        Column("Next deadline", next_text, next_day),
    ]


class BlocMembersModel(RecordTableModel[MemberRow]):
    """One row per member of a bloc."""

    def __init__(self, today: Callable[[], dt.date], parent: Any = None) -> None:
        super().__init__(member_columns(today), None, parent)
