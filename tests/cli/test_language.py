"""The command line speaks the person's language: `--lang` before or after the command, else
the language saved in the database, else Swedish; argparse's own words included."""

from __future__ import annotations

import argparse
import ast
import inspect
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.cli import EXIT_OK, EXIT_USAGE, main
from ambassador.cli.arguments import ARGPARSE_CONTEXT, ARGPARSE_WORDS, asked_language
from ambassador.cli.program import _window_options
from ambassador.services.bundle import Services
from ambassador.storage.database import Database

# What argparse says only to a programmer building a parser, never to a person typing a line.
ARGPARSE_PROGRAMMER_ERRORS = {
    "%r is not callable",
    "'required' is an invalid argument for positionals",
    ".__call__() not defined",
    'argument "-" with mode %r',
    "cannot have multiple subparser arguments",
    "cannot merge actions - two groups are named %r",
    "conflicting subparser alias: %s",
    "conflicting subparser: %s",
    "conflicting option string: %s",
    "conflicting option strings: %s",
    "dest= is required for options like %r",
    "invalid conflict_resolution value: %r",
    "invalid option string %(option)r: must start with a character %(prefix_chars)r",
    "mutually exclusive arguments must be optional",
}


def help_of(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as raised:
        main(list(argv))
    assert raised.value.code == EXIT_OK
    return capsys.readouterr().out


def usage_error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as raised:
        main(list(argv))
    assert raised.value.code == EXIT_USAGE
    return capsys.readouterr().err


def test_help_is_swedish_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    out = help_of(capsys, "--help")
    assert out.startswith("användning: ambassador [-h] [--version] [--db FIL|URL]")
    assert "skriv exempeldata i en tom databas" in out
    assert "positionsargument:" in out and "flaggor:" in out
    assert "visa den här hjälptexten och avsluta" in out
    assert "Slutkoder:" in out
    for english in ("usage:", "options:", "write sample data", "show this help"):
        assert english not in out


@pytest.mark.parametrize(
    "argv",
    [
        ("--lang", "en", "report", "summary", "--help"),
        ("report", "summary", "--lang", "en", "--help"),
        ("report", "summary", "--help", "--lang=en"),
    ],
    ids=["before", "after", "after-help"],
)
def test_help_is_english_with_lang_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    out = help_of(capsys, *argv)
    assert out.startswith("usage: ambassador report summary [-h] --out FILE.pdf [--db FILE|URL]")
    assert "The follow-up summary for the employer, as PDF." in out
    assert re.search(r"\n  PLACEMENT +the placement's number\n", out)


def test_command_help_says_what_each_option_is_in_swedish(
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = help_of(capsys, "export", "--help")
    assert "--out FIL" in out and "--db FIL" in out and "--from ÅÅÅÅ-MM-DD" in out
    assert "--placement NUMMER" in out
    assert "COMMAND_DB" not in out and "command_db" not in out


def test_argparse_errors_are_swedish(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "check")
    assert err.startswith("användning: ambassador check [-h] --db FIL|URL")
    assert "ambassador check: fel: följande argument krävs: --db" in err

    err = usage_error(capsys, "outcome-check", "record", "1", "employed", "--db", "x.db")
    assert "ogiltigt val: 'employed' (välj bland 'work', " in err

    err = usage_error(capsys, "report", "summary", "ett", "--out", "x.pdf")
    assert "argumentet PLACERING: 'ett': ett heltal väntades" in err

    err = usage_error(capsys, "check", "--db", "x.db", "--färg")
    assert "okända argument: --färg" in err


def test_argparse_errors_are_english_on_request(capsys: pytest.CaptureFixture[str]) -> None:
    err = usage_error(capsys, "check", "--lang", "en")
    assert "ambassador check: error: the following arguments are required: --db" in err


def test_argparse_is_itself_again_after_the_command_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    usage_error(capsys, "check")
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]
    assert argparse.ngettext("expected %s argument", "expected %s arguments", 2) == (  # type: ignore[attr-defined]
        "expected %s arguments"
    )


def test_every_word_argparse_says_to_a_person_has_its_swedish() -> None:
    """Read from this Python's argparse itself, so a new Python's new words fail here."""
    tree = ast.parse(inspect.getsource(argparse))
    said = {
        argument.value.rstrip()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in ("_", "ngettext")
        for argument in node.args
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str)
    }
    to_a_person = said - ARGPARSE_PROGRAMMER_ERRORS
    assert to_a_person <= set(ARGPARSE_WORDS)
    swedish = Catalog.load("sv", paths.translations_dir())
    untranslated = [word for word in ARGPARSE_WORDS if swedish(ARGPARSE_CONTEXT, word) == word]
    assert untranslated == []


def test_without_lang_a_command_speaks_the_databases_language(
    database_path: Path,
    database: Database,
    services: Services,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.settings.save(replace(services.settings.get(), language="en"))
    database.dispose()
    db = ["--db", str(database_path)]
    assert main(["outcome-check", "list", *db]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "No outcome check is due."
    assert main(["outcome-check", "list", *db, "--lang", "sv"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == "Ingen uppföljning efter avslut behöver göras nu."
    assert main(["--lang", "sv", "check", *db]) == EXIT_OK
    assert "Filen är oskadd" in capsys.readouterr().out


def test_a_file_that_cannot_be_opened_is_refused_in_swedish_when_nothing_else_is_known(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "saknas.db"
    assert main(["outcome-check", "list", "--db", str(missing)]) == 1
    assert capsys.readouterr().err == f"Fel: Det finns ingen databas på {missing}.\n"


@pytest.mark.parametrize(
    ("argv", "language"),
    [
        ([], None),
        (["--lang", "en", "check"], "en"),
        (["check", "--lang=en"], "en"),
        (["--lang", "sv", "check", "--lang", "en"], "en"),
        (["--lang", "fi", "check"], None),
        (["check", "--", "--lang", "en"], None),
    ],
)
def test_the_language_is_read_from_anywhere_on_the_line(
    argv: list[str], language: str | None
) -> None:
    assert asked_language(argv) == language


@pytest.mark.parametrize(
    "argv",
    [[], ["--db", "a.db"], ["--demo", "--lang", "en"], ["--lang=sv", "--db=a.db"]],
)
def test_a_line_without_a_command_is_the_window(argv: list[str]) -> None:
    options = _window_options(argv)
    assert options is not None
    assert options.db == (Path("a.db") if "a.db" in " ".join(argv) else None)


@pytest.mark.parametrize(
    "argv",
    [["check"], ["--help"], ["--version"], ["--lang", "fi"], ["--d"], ["--db"], ["x.db"]],
)
def test_a_command_help_or_mistake_is_not_the_window(argv: list[str]) -> None:
    assert _window_options(argv) is None


def test_help_loads_neither_the_database_layer_nor_qt(tmp_path: Path) -> None:
    """`ambassador --help` in a fresh process: quick, because it loads no heavy library."""
    probe = (
        "import sys\n"
        "from ambassador.cli import main\n"
        "try:\n"
        "    main(['--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('sqlalchemy', 'alembic', 'PySide6', 'reportlab', 'openpyxl')\n"
        "print('loaded:', *[m for m in heavy if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},  # its log folder, not the user's
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.splitlines()[-1] == "loaded:"
