"""Reading article files: HTML reduced to its text, an e-mail's body, clear errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.importing.reading import guess_outlet, html_to_text, read_article

PAGE = """<!doctype html><html><head><title>Ports &amp; quotas</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><nav>Home</nav><article><h1>Ministers meet</h1>
<p>LISBON (Reuters) &mdash; Two   ministers met on <b>Tuesday</b>.</p>
<p>They will meet again.</p></article></body></html>"""

MAIL = b"""From: desk@example.org
Subject: Ministers meet in Lisbon
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b"

--b
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

LISBON (Reuters) \xe2\x80\x94 Two ministers met on Tuesday.
--b
Content-Type: text/html; charset=utf-8

<p>ignored</p>
--b--
"""


def test_html_keeps_paragraphs_and_drops_scripts_and_menus() -> None:
    text, title = html_to_text(PAGE)
    assert title == "Ports & quotas"
    assert text.splitlines() == [
        "Ministers meet",
        "LISBON (Reuters) — Two ministers met on Tuesday.",
        "They will meet again.",
    ]


def test_an_html_file_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read_article(path)
    assert "not text" not in article.text
    assert (article.title, article.outlet) == ("Ports & quotas", "Reuters")


def test_an_eml_body_is_used_with_its_subject(tmp_path: Path) -> None:
    path = tmp_path / "story.eml"
    path.write_bytes(MAIL)
    article = read_article(path)
    assert article.text == "LISBON (Reuters) — Two ministers met on Tuesday."
    assert article.title == "Ministers meet in Lisbon"


def test_an_eml_keeps_the_day_it_was_sent_and_ignores_a_broken_date(tmp_path: Path) -> None:
    path = tmp_path / "story.eml"
    path.write_bytes(
        MAIL.replace(b"MIME-Version", b"Date: Tue, 8 Jul 2025 09:15:00 +0200\nMIME-Version")
    )
    assert read_article(path).sent == dt.date(2025, 7, 8)
    path.write_bytes(MAIL.replace(b"MIME-Version", b"Date: the day before yesterday\nMIME-Version"))
    assert read_article(path).sent is None
    path.write_bytes(MAIL)
    assert read_article(path).sent is None


def test_windows_line_ends_become_plain_newlines(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n")
    assert read_article(path).text == "First line.\nSecond line."


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("story.pdf", b"%PDF", "only .txt, .html and .eml"),
        ("story.txt", b"abc\x00def", "not a text file"),
        ("missing.txt", None, "no such file"),
    ],
)
def test_unreadable_files_give_one_clear_error(
    tmp_path: Path, name: str, data: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    with pytest.raises(UserError, match=message):
        read_article(path)


def test_outlet_is_guessed_only_from_a_wire_dateline() -> None:
    assert guess_outlet("KUALA LUMPUR, Malaysia (AP) — Text") == "AP"
    assert guess_outlet("Officials (who asked not to be named) said") == ""
