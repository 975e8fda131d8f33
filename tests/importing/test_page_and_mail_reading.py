"""What a saved web page or e-mail says about its story: the page's date, no site menus, the
forwarded story rather than the forward."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from diplomatic_calendar.importing.reading import read_article
from diplomatic_calendar.ui.context import AppContext
from diplomatic_calendar.ui.import_window import ImportWindow

STORY = (
    "<p>European Trade Commissioner Maroš Šefčovič met Malaysia's Minister of Investment, "
    "Trade and Industry Tengku Zafrul Aziz in Kuala Lumpur on Tuesday.</p>"
)


def _page(head: str = "", body: str = STORY) -> str:
    return (
        f"<!doctype html><html><head><title>Trade talks</title>{head}</head><body>"
        "<header><a>World News</a></header><nav>Home | World | Sign in</nav>"
        f"<article><header><h1>EU meets Malaysia</h1></header>{body}</article>"
        "<aside>Most read: Stocks fall</aside><footer>© 2025 News Corp</footer></body></html>"
    )


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2025-07-08T09:15:00+02:00">',
        '<meta name="date" content="2025-07-08">',
        '<meta name="pubdate" content="2025-07-08T07:15:00Z">',
        '<meta name="DC.date.issued" content="2025-07-08">',
        '<meta itemprop="datePublished" content="2025-07-08T09:15">',
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": '
        '[{"@type": "NewsArticle", "headline": "x", "datePublished": "2025-07-08T09:15:00"}]}'
        "</script>",
    ],
)
def test_a_page_states_its_publication_date(tmp_path: Path, head: str) -> None:
    path = tmp_path / "story.html"
    path.write_text(_page(head), encoding="utf-8")
    assert read_article(path).published == dt.date(2025, 7, 8)


def test_a_page_that_states_no_date_gives_none(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(_page('<meta name="date" content="soon">'), encoding="utf-8")
    assert read_article(path).published is None


def test_site_menus_banners_and_footers_are_not_the_story(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(_page(), encoding="utf-8")
    lines = read_article(path).text.splitlines()
    assert lines[0] == "EU meets Malaysia"  # the story's own header stays
    assert lines[1].startswith("European Trade Commissioner")
    assert len(lines) == 2


def test_the_window_takes_the_page_date_as_confirmed(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "story.html"
    head = '<meta property="article:published_time" content="2025-07-01T09:15:00+02:00">'
    path.write_text(_page(head), encoding="utf-8")
    window = ImportWindow(context)
    qtbot.addWidget(window)
    window.load_file(path)
    assert window.plan is not None
    assert (window.plan.published, window.plan.published_confirmed) == (dt.date(2025, 7, 1), True)
    [event] = window.plan.events
    assert event.first == dt.date(2025, 7, 1)  # "on Tuesday" counts from the page's day


FORWARD = b"""Subject: Fwd: FW: Readout
Date: Fri, 04 Jul 2025 09:00:00 +0000
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: text/plain; charset="utf-8"

see below, can we meet Monday?

--outer
Content-Type: message/rfc822
Content-Disposition: attachment

Subject: Readout
Date: Thu, 03 Jul 2025 09:00:00 +0000
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0

Berlin -- German Foreign Minister Johann Wadephul met French Foreign Minister
Jean-Noel Barrot on Wednesday.

--outer--
"""


def test_a_forwarded_story_is_read_from_the_attached_message(tmp_path: Path) -> None:
    path = tmp_path / "fwd.eml"
    path.write_bytes(FORWARD)
    article = read_article(path)
    assert article.text.startswith("Berlin -- German Foreign Minister Johann Wadephul")
    assert "see below" not in article.text
    assert (article.title, article.sent) == ("Readout", dt.date(2025, 7, 3))


def test_a_forward_prefix_is_not_part_of_the_headline(tmp_path: Path) -> None:
    path = tmp_path / "fwd.eml"
    path.write_bytes(
        b"Subject: FW: Fwd: Macron to meet Modi\nContent-Type: text/plain\n\nParis -- talks.\n"
    )
    assert read_article(path).title == "Macron to meet Modi"
