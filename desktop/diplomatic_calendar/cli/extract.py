"""``diplomatic-calendar extract``: propose draft records from a news article, as JSON or text."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from diplomatic_calendar.cli._common import add_command, date_arg
from diplomatic_calendar.domain.errors import UserError

HELP = "propose officials, events and tariffs from a news article (FILE, or - for stdin)"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``extract`` subcommand."""
    parser = add_command(sub, "extract", run, HELP)
    parser.add_argument("file", metavar="FILE", help="the article as a text file; - reads stdin")
    parser.add_argument(
        "--published",
        type=date_arg,
        metavar="YYYY-MM-DD",
        help="the publication date (default: a date written in the article itself)",
    )
    parser.add_argument("--format", choices=("json", "text"), default="json", help="output format")


def run(args: argparse.Namespace) -> int:
    """Read the article, extract, print."""
    from diplomatic_calendar.extraction import extract, find_publication_date

    text = read_article(args.file)
    published = args.published
    if published is None and text.strip():
        published = find_publication_date(text)
        if published is None:
            raise UserError(
                "the article does not say when it was published; pass --published YYYY-MM-DD"
            )
    result = extract(text, published)
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(summary(result.to_dict()))
    return 0


def read_article(name: str) -> str:
    """The article's text from a file or stdin, decoded as UTF-8 with one clear error; a web
    page or an e-mail is read for its story, as ``import`` reads it."""
    if name != "-" and Path(name).suffix.lower() in (".html", ".htm", ".eml"):
        from diplomatic_calendar.importing.reading import read_article as read_file

        return read_file(Path(name)).text
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError:
        raise UserError(f"no such file: {name}") from None
    except IsADirectoryError:
        raise UserError(f"{name} is a folder, not an article file") from None
    except OSError as err:
        raise UserError(f"cannot read {name}: {err.strerror}") from None
    from diplomatic_calendar.importing.reading import utf16_text

    wide = utf16_text(data, name)
    if wide is not None:
        return wide
    if b"\x00" in data[:65536]:
        raise UserError(f"{name} is not a text file (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise UserError(
            f"{name} is not UTF-8 text (bad byte at position {err.start}); save it as UTF-8"
        ) from None


def summary(data: dict[str, Any]) -> str:
    """A readable listing of the drafts, one line each."""
    lines = [f"Published {data['published']}", "", f"Officials ({len(data['officials'])}):"]
    for o in data["officials"]:
        lines.append(f"  {o['name']} — {o['title'] or '?'} ({o['country'] or '?'})")
    lines += ["", f"Events ({len(data['events'])}):"]
    for e in data["events"]:
        where = ", ".join(x for x in (e["location"]["city"], e["location"]["country"]) if x)
        when = e["date"] or "undated"
        if e["end_date"]:
            when += f" to {e['end_date']}"
        lines.append(
            f"  {when} {e['kind']} [{e['status']}] {e['title']}" + (f" — {where}" if where else "")
        )
        lines.append(f"      with {', '.join(e['participants'])}")
    lines += ["", f"Tariffs ({len(data['tariffs'])}):"]
    for t in data["tariffs"]:
        goods = f" on {t['scope']}" if t.get("scope") else ""
        lines.append(
            f"  {t['imposer'] or '?'} on {t['target']}: {t['rate_percent']}%{goods} "
            f"from {t['effective_date'] or '?'} [{t['status']}]"
        )
    return "\n".join(lines)
