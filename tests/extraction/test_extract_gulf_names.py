"""Names with a lower-case article ('al-'), ranks between office and name, and chairpersons."""

from __future__ import annotations

import datetime as dt

from diplomatic_calendar.extraction import extract

WEDNESDAY = dt.date(2025, 10, 15)


def officials(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {o.name: (o.title, o.country) for o in extract(text, WEDNESDAY).officials}


def test_a_family_name_with_a_lower_case_article_is_kept_whole() -> None:
    text = "Omani Foreign Minister Hilal al-Rawahi said his country was ready to host talks."
    assert officials(text) == {"Hilal al-Rawahi": ("Foreign Minister", "OM")}


def test_a_rank_before_the_name_is_not_part_of_the_title() -> None:
    text = (
        "Saudi Foreign Minister Prince Turki bin Saad received his Greek counterpart, "
        "Nikos Pappas, in Riyadh on Monday."
    )
    found = officials(text)
    assert found["Turki bin Saad"] == ("Foreign Minister", "SA")
    assert found["Nikos Pappas"] == ("Foreign Minister", "GR")


def test_a_crown_prince_keeps_his_title() -> None:
    text = "Crown Prince Khalid bin Fahd met Greek Prime Minister Nikos Pappas on Monday."
    assert officials(text)["Khalid bin Fahd"][0] == "Crown Prince"


def test_a_chairperson_holds_an_office() -> None:
    text = "AU Commission Chairperson Fatou Sarr met Kenyan President Paul Otieno on Monday."
    assert "Fatou Sarr" in officials(text)
