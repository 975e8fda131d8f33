"""An abbreviation at the end of a joined word ("Chile-U.S.") does not end the sentence."""

from __future__ import annotations

from diplomatic_calendar.extraction.text import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_joined_abbreviation_before_a_name_keeps_the_sentence() -> None:
    text = "Ana Ruiz, the minister in charge of Chile-U.S. Relations, met him on Monday."
    assert texts(text) == [text]


def test_a_joined_abbreviation_before_a_sentence_start_still_ends_it() -> None:
    text = "The rules cover goods sent across the Chile-U.S. The talks resume on Monday."
    assert texts(text) == [
        "The rules cover goods sent across the Chile-U.S.",
        "The talks resume on Monday.",
    ]


def test_a_joined_word_that_is_no_abbreviation_still_ends_the_sentence() -> None:
    text = "The meeting ran from June 15-17. Trade Representative Ann Lee spoke first."
    assert texts(text) == [
        "The meeting ran from June 15-17.",
        "Trade Representative Ann Lee spoke first.",
    ]
