"""'Has been hit with duties of 45% since August': a rate in force from that month."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

DAY = dt.date(2025, 10, 8)


def test_goods_hit_with_a_rate_since_a_month_pay_it_from_then() -> None:
    text = (
        "Officials will meet in Lima on Nov. 3 to discuss a 10 percent duty on Chilean wine.\n\n"
        "Peruvian copper has been hit with duties of about 40 percent since August.\n"
    )
    found = {t.rate_percent: (t.effective_date, t.status) for t in extract(text, DAY).tariffs}
    assert found[40] == ("2025-08", "in_force")
