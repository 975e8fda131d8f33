"""'Leaders gather in Doha for GCC summit': the bloc's summit, though no leader is named yet;
those 'among the leaders who have landed' come to it, however far down the story."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract


def test_leaders_gather_for_a_blocs_summit() -> None:
    text = (
        "LIVE: Gulf leaders gather in Doha for GCC summit\n\n"
        "17:40 -- The closing communique has been read out.\n\n"
        "15:10 -- Trade ministers met earlier to prepare a customs deal.\n\n"
        "13:45 -- Some context on trade: exports have grown this year.\n\n"
        "11:50 -- Kuwait's Emir, Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah, and Oman's Sultan "
        "Haitham bin Tarik are among the leaders who have landed at the airport.\n"
    )
    summits = [e for e in extract(text, dt.date(2025, 12, 3)).events if e.kind == "summit"]
    assert len(summits) == 1
    assert summits[0].participants[0] == "GCC"
    assert {"Meshal Al-Ahmad Al-Jaber Al-Sabah", "Haitham bin Tarik"} <= set(
        summits[0].participants
    )
