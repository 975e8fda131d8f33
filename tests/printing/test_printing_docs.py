"""The README's lines on print and export name every option the commands take."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from diplomatic_calendar.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _subparser(name: str):  # type: ignore[no-untyped-def]
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sub.choices[name]  # type: ignore[union-attr]


@pytest.mark.parametrize("command", ["print", "export"])
def test_every_option_of_the_command_is_in_the_readme(command: str) -> None:
    text = README.read_text(encoding="utf-8")
    assert f"diplomatic-calendar {command} " in text
    usage = text[text.index(f"diplomatic-calendar {command} ") :].split("diplomatic-calendar ")[1]
    for action in _subparser(command)._actions:
        names = [n for n in action.option_strings if n not in ("-h", "--help", "--db")]
        if names:
            assert any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", usage) for n in names), (
                f"{command} {names[-1]} is not in the README"
            )


def test_the_readme_says_how_repeating_events_are_imported() -> None:
    text = README.read_text(encoding="utf-8")
    assert "Repeating events are expanded" in text


def test_the_readme_gives_the_occurrence_limit_the_import_applies() -> None:
    from diplomatic_calendar.printing.ics_read import MAX_OCCURRENCES

    text = " ".join(README.read_text(encoding="utf-8").split())
    assert f"at most {MAX_OCCURRENCES:,} per series" in text
