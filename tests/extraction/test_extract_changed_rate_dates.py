"""'To 30% from 25% on Nov. 1': the day after the old rate dates the new one."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def test_a_threatened_raise_takes_the_day_after_the_old_rate() -> None:
    text = (
        "The president threatened on Monday to raise tariffs on Peruvian goods to 30 percent "
        "from 20 percent on Nov. 1 if talks fail.\n\n"
        "Lima said on Tuesday that it had postponed until Dec. 2 a 10 percent duty on "
        "Chilean wine.\n"
    )
    found = {(t.rate_percent, t.effective_date, t.status) for t in extract(text, DAY).tariffs}
    assert (30, "2025-11-01", "threatened") in found
