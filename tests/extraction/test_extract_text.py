"""Input checks, sentence cutting and the publication date written in the text."""

from __future__ import annotations

import datetime as dt

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.extraction import ExtractionError, extract, find_publication_date
from diplomatic_calendar.extraction.text import split_sentences

DAY = dt.date(2025, 7, 10)


def test_extraction_error_is_a_user_error() -> None:
    assert issubclass(ExtractionError, UserError)


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_refused(text: str) -> None:
    with pytest.raises(ExtractionError, match="empty"):
        extract(text, DAY)


def test_nul_bytes_are_refused() -> None:
    with pytest.raises(ExtractionError, match="NUL"):
        extract("President Ana Silva met\x00 the press.", DAY)


def test_binary_junk_is_refused() -> None:
    junk = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r\x0c") * 50
    with pytest.raises(ExtractionError, match="control characters"):
        extract("A short story. " + junk, DAY)


def test_text_without_letters_is_refused() -> None:
    with pytest.raises(ExtractionError, match="too few letters"):
        extract("12345 67890 ### 2025-07-10 ... 99%", DAY)


def test_more_than_five_megabytes_is_refused() -> None:
    with pytest.raises(ExtractionError, match="5 MB"):
        extract("word " * 1_100_000, DAY)


def test_missing_publication_date_is_a_clear_error() -> None:
    with pytest.raises(ExtractionError, match="publication date"):
        extract("Foreign Minister Ana Silva met reporters on Monday.", None)


def test_sentences_keep_exact_offsets_and_skip_abbreviations() -> None:
    text = "The U.S. envoy met Gen. Ruiz on Aug. 3. They agreed.\nNEXT LINE"
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "The U.S. envoy met Gen. Ruiz on Aug. 3.",
        "They agreed.",
        "NEXT LINE",
    ]
    for sentence in sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_sentence_ending_in_a_quote_is_split_after_the_quote() -> None:
    text = 'He said, "We are ready." Officials agreed.'
    assert [s.text for s in split_sentences(text)] == [
        'He said, "We are ready."',
        "Officials agreed.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline here\nMarch 4, 2024\nBody text follows.", dt.date(2024, 3, 4)),
        ("Headline\nPublished: 2023-11-30 14:05 GMT\nBody.", dt.date(2023, 11, 30)),
        ("Body of the story.\nMore body.\n\nSep 2, 2025", dt.date(2025, 9, 2)),
        ("Updated: Friday, 7 June 2024\nBody.", dt.date(2024, 6, 7)),
        ("Head\nLast Updated on: Jul 10, 2025 03:45 pm IST\nBody.", dt.date(2025, 7, 10)),
        ("Head\nBy Jane Doe | July 11, 2025\nBody.", dt.date(2025, 7, 11)),
        ("Head\nJuly 12, 2025 | 5 min read\nBody.", dt.date(2025, 7, 12)),
        ("Head\nPosted on July 13, 2025\nBody.", dt.date(2025, 7, 13)),
    ],
)
def test_publication_date_on_its_own_line(text: str, expected: dt.date) -> None:
    assert find_publication_date(text) == expected


def test_no_publication_date_in_running_text() -> None:
    assert find_publication_date("Talks were held on March 4, 2024 in Rome.") is None


def test_publication_date_found_in_text_is_used() -> None:
    result = extract("Talks resume\nMay 6, 2025\nTrade Minister Ana Silva spoke Monday.", None)
    assert result.published == dt.date(2025, 5, 6)


def test_a_sentence_may_end_with_an_abbreviation() -> None:
    text = "The envoy met officials in the U.S. The talks went well. Gen. Ruiz left."
    assert [s.text for s in split_sentences(text)] == [
        "The envoy met officials in the U.S.",
        "The talks went well.",
        "Gen. Ruiz left.",
    ]
