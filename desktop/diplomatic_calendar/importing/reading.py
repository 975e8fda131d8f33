"""Article files as plain text: .txt as it is, .html reduced to its text, .eml's body."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from diplomatic_calendar.domain.errors import UserError
from diplomatic_calendar.importing.pages import read_page

ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm", ".eml")
_MAX_BYTES = 5 * 1024 * 1024
# "Fwd: Fw: FW: Readout": what the mail program added to the story's subject
_FORWARDED = re.compile(r"^(?:(?:fwd?|fw)\s*:\s*)+", re.IGNORECASE)
_OUTLET = re.compile(r"\(([A-Z][A-Za-z]{1,15}|[A-Z][a-z]+ [A-Z][a-z]+)\)\s*[—–-]")


@dataclass(frozen=True, slots=True)
class Article:
    """An article's text and whatever the file said about it."""

    text: str
    title: str = ""
    outlet: str = ""
    url: str = ""
    # When an e-mailed article was sent, on the sender's calendar: a likely publication date,
    # to be confirmed, for a story that does not date itself.
    sent: dt.date | None = None
    # The publication day a web page states in its markup: the article's own word, not a guess.
    published: dt.date | None = None


def html_to_text(markup: str) -> tuple[str, str]:
    """The visible story text of an HTML page, paragraphs on their own lines, and its <title>."""
    text, title, _ = read_page(markup)
    return text, title


def normalise(text: str) -> str:
    """One kind of line break and no byte-order mark, so offsets mean the same everywhere."""
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def guess_outlet(text: str) -> str:
    """The agency named in a wire dateline such as 'KUALA LUMPUR (AP) —', if there is one."""
    match = _OUTLET.search(text[:400])
    return match.group(1) if match else ""


def eml_article(data: bytes) -> Article:
    """The body of an e-mailed article (plain text preferred), with its subject as the title.

    A story forwarded as an attachment is read from the attached message: the forwarder's own
    note ("see below") is not the article, and the attachment's Date is when it was first sent.
    """
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    outer, message = message, _forwarded_story(message)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise UserError("this e-mail has no text body to import")
    try:
        body = str(part.get_content())
    except (LookupError, ValueError) as err:
        raise UserError(f"the e-mail's text cannot be decoded ({err})") from None
    if part.get_content_subtype() == "html":
        body, _ = html_to_text(body)
    text = normalise(body).strip("\n")
    subject = _subject(message) or _subject(outer)
    sent = _sent_on(message) or _sent_on(outer)
    return Article(text, title=subject, outlet=guess_outlet(text), sent=sent)


def _subject(message: EmailMessage) -> str:
    """The subject as the story's headline, without the "Fwd:" a mail program put before it."""
    return _FORWARDED.sub("", " ".join(str(message.get("Subject", "")).split()))


def _forwarded_story(message: EmailMessage) -> EmailMessage:
    """The message attached to a forward (the innermost, when forwards were forwarded), or the
    message itself when nothing is attached."""
    for _ in range(10):  # forwards nest; a bound keeps a malformed mail from looping
        attached = next(
            (p for p in message.walk() if p.get_content_type() == "message/rfc822"), None
        )
        if attached is None:
            return message
        inner = attached.get_payload()
        story = inner[0] if isinstance(inner, list) and inner else None
        if not isinstance(story, EmailMessage):
            return message
        message = story
    return message


def _sent_on(message: EmailMessage) -> dt.date | None:
    """The day in the Date header as the sender wrote it; None when it is missing or unreadable."""
    try:
        header = message.get("Date")
        when = getattr(header, "datetime", None)
    except (TypeError, ValueError, IndexError):
        return None
    return when.date() if isinstance(when, dt.datetime) else None


def utf16_text(data: bytes, name: str) -> str | None:
    """The text of UTF-16 with its byte-order mark (as Windows Notepad saves "Unicode" text);
    None for anything else. Junk that merely starts with such a mark is refused."""
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = data.decode("utf-16")
    except UnicodeDecodeError:
        raise UserError(f"{name} is not readable UTF-16 text") from None
    if "\x00" in text:
        raise UserError(f"{name} is not a text file (it contains NUL characters)")
    return text


def _decode(data: bytes, name: str) -> str:
    wide = utf16_text(data, name)
    if wide is not None:
        return wide
    if b"\x00" in data[:65536]:
        raise UserError(f"{name} is not a text file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Older pages are often Windows-1252; that decoding never fails, so it is the fallback.
        return data.decode("cp1252", errors="replace")


def read_article(path: Path) -> Article:
    """An article from a .txt, .html or .eml file, or one clear error."""
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise UserError(f"{path.name}: only .txt, .html and .eml articles can be imported")
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise UserError(f"{path.name} is larger than 5 MB; save only the story itself")
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise UserError(f"{path} is a folder, not an article file") from None
    except OSError as err:
        raise UserError(f"cannot read {path}: {err.strerror}") from None
    if suffix == ".eml":
        return eml_article(data)
    text = normalise(_decode(data, path.name))
    title, published = "", None
    if suffix in (".html", ".htm"):
        text, title, published = read_page(text)
    return Article(text.strip("\n"), title=title, outlet=guess_outlet(text), published=published)
