"""Calendar files given on the command line: ``--open FILE`` or bare, as a desktop passes them."""

from __future__ import annotations

from pathlib import Path

import pytest

from diplomatic_calendar.cli import build_parser
from diplomatic_calendar.cli._open import files_as_options, window_argv


def parse(argv: list[str]):  # type: ignore[no-untyped-def]
    parser = build_parser()
    return parser.parse_args(window_argv(parser, argv))


def test_bare_ics_paths_become_files_to_open(tmp_path: Path) -> None:
    args = parse(["--db", str(tmp_path / "c.db"), "trip.ics", "Summit.ICS"])
    assert args.command is None
    assert args.open == [Path("trip.ics"), Path("Summit.ICS")]
    assert args.db == tmp_path / "c.db"


def test_open_option_is_repeatable() -> None:
    args = parse(["--open", "a.ics", "--open=b.ics"])
    assert args.open == [Path("a.ics"), Path("b.ics")]


def test_an_existing_file_of_any_name_is_opened(tmp_path: Path) -> None:
    exported = tmp_path / "calendar-export"
    exported.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    assert parse([str(exported)]).open == [exported]


def test_subcommand_arguments_are_left_alone() -> None:
    commands = ["import", "events"]
    argv = ["--db", "x.ics", "import", "article.ics"]
    # The value of --db is not a file to open, and nothing after a subcommand is touched.
    assert files_as_options(argv, commands) == argv
    assert files_as_options(["plain.ics", "--", "z.ics"], commands) == [
        "--open",
        "plain.ics",
        "--",
        "z.ics",
    ]


def test_no_files_means_an_empty_list() -> None:
    assert parse([]).open == []


def test_a_mistyped_command_is_still_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse(["evnts"])
    assert stopped.value.code == 2
    assert "evnts" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "c.db"],
        ["--db=c.db", "trip.ics"],
        ["trip.ics", "--open", "b.ics", "--db", "c.db"],
    ],
)
def test_starting_the_window_reads_the_same_with_the_short_parser(argv: list[str]) -> None:
    from diplomatic_calendar.cli import window_parser
    from diplomatic_calendar.cli._open import only_opens_the_window

    assert only_opens_the_window(argv)
    short = window_parser()
    assert vars(short.parse_args(window_argv(short, argv))) == vars(parse(argv))


@pytest.mark.parametrize(
    "argv",
    [["list"], ["--help"], ["--version"], ["--db"], ["--db", "c.db", "events"], ["-x"], ["nope"]],
)
def test_commands_help_and_mistakes_go_to_the_full_parser(argv: list[str]) -> None:
    from diplomatic_calendar.cli._open import only_opens_the_window

    assert not only_opens_the_window(argv)


def test_the_version_is_still_answered(capsys: pytest.CaptureFixture[str]) -> None:
    from diplomatic_calendar import __version__
    from diplomatic_calendar.cli import main

    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert __version__ in capsys.readouterr().out
