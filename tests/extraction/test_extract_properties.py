"""Properties over arbitrary text: only ExtractionError escapes, and evidence stays in the text."""

from __future__ import annotations

import contextlib
import datetime as dt
import time

from hypothesis import given, settings
from hypothesis import strategies as st

from diplomatic_calendar.extraction import Extraction, ExtractionError, extract
from tests.extraction.conftest import read_fixture

WORDS = st.sampled_from(
    [
        "President",
        "Foreign",
        "Minister",
        "Ana",
        "Silva",
        "met",
        "will",
        "meet",
        "Monday",
        "Aug.",
        "1",
        "25%",
        "tariff",
        "on",
        "Japan",
        "China's",
        "in",
        "Riyadh,",
        "Saudi",
        "Arabia",
        "U.S.",
        "said",
        "Thurday",
        "from",
        "to",
        "September",
        "2025",
        ".",
        ",",
        "\n",
        "summit",
        "sidelines",
        "of",
        "the",
        "ASEAN",
        "visit",
        "phone",
        "counterpart",
        "his",
        "Russian",
        "—",
        "(AP)",
        "KUALA",
        "LUMPUR,",
        "bin",
        "von",
        "der",
        "at",
        "40%",
        "deal",
    ]
)


def spans_inside(result: Extraction, text: str) -> None:
    records = [*result.officials, *result.events, *result.tariffs]
    for record in records:
        assert 0 <= record.evidence.start < record.evidence.end <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)))
def test_any_text_gives_drafts_or_an_extraction_error(text: str, published: dt.date) -> None:
    try:
        result = extract(text, published)
    except ExtractionError:
        return
    spans_inside(result, text)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=80).map(" ".join), st.dates())
def test_news_like_word_salad_keeps_spans_in_the_text(text: str, published: dt.date) -> None:
    try:
        result = extract(text, published)
    except ExtractionError:
        return
    spans_inside(result, text)
    result.to_dict()


def test_extraction_is_deterministic() -> None:
    text = read_fixture("oslo_arctic_talks.txt")
    first = extract(text, dt.date(2024, 3, 14)).to_dict()
    assert extract(text, dt.date(2024, 3, 14)).to_dict() == first


def _letters(number: int) -> str:
    """A number spelled in lower-case letters, so that every generated name differs."""
    out = ""
    while True:
        number, digit = divmod(number, 26)
        out += chr(ord("a") + digit)
        if number == 0:
            return out


PATHOLOGICAL = {
    "one endless sentence": "Japan faces a 25% tariff on goods from Korea and Chinese imports "
    * 3000,
    "dots without spaces": "a.b." * 50_000,
    "a run of capitals": "Aa Bb " * 30_000,
    "titles and names": "President Ana Silva met Foreign Minister Jo Kim, " * 4000,
    "dates without a stop": "on Monday and Tuesday and Aug. 1 and in May " * 5000,
    "percent soup": "tariff 1% 2% 3% 4-5% " * 10_000,
    "short lines": "Ana Silva met Jo Kim.\n" * 10_000,
    "many different officials": " ".join(
        f"President Ana{_letters(i)} Silva of Peru met Minister Jo{_letters(i)} Kim of Chile."
        for i in range(1500)
    ),
}


def test_pathological_texts_finish_quickly() -> None:
    # CPU time, so that other work on a shared machine does not make this flaky.
    for name, text in PATHOLOGICAL.items():
        start = time.process_time()
        with contextlib.suppress(ExtractionError):
            extract(text, dt.date(2025, 7, 10))
        assert time.process_time() - start < 5, name


def test_calendar_ends_as_publication_dates() -> None:
    text = (
        "President Ana Silva met Foreign Minister Jo Kim on Monday and will meet him again "
        "tomorrow. Japan faces a 25% tariff from Jan. 2."
    )
    for published in (dt.date.min, dt.date.max):
        result = extract(text, published)
        assert result.published == published
