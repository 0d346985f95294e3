"""`ambassador check`: every table in words of the language, in columns that line up; a file
whose tables are not those of its revision said damaged, with its newest backup."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.cli.check import TABLES, lines
from ambassador.cli.common import Output
from ambassador.services.backups import MANUAL
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.migrate import HEAD_REVISION
from ambassador.storage.rows import Base
from tests.factories import make_participant


def test_every_table_has_words() -> None:
    assert set(TABLES) == {table.name for table in Base.metadata.sorted_tables}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_table_lines_up_and_names_no_table_by_its_internal_name(
    database_path: Path,
    database: Database,
    services: Services,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    for _ in range(12):
        make_participant(services)
    database.dispose()
    assert main(["check", "--db", str(database_path), "--lang", language]) == EXIT_OK
    out = capsys.readouterr().out
    rows = [line for line in out.splitlines() if line.startswith("  ")]
    assert len(rows) == len(TABLES)
    # Each row ends in its number, right-aligned: the numbers end in one column, and the words
    # before them start in one.
    assert len({len(row) for row in rows}) == 1
    assert all(row[2] != " " and row.rstrip()[-1].isdigit() for row in rows)
    words = {row.strip().rsplit(maxsplit=1)[0]: row.split()[-1] for row in rows}
    participants = "Deltagare" if language == "sv" else "Participants"
    assert words[participants] == "12"
    # Words, not the tables' internal names ("placement_type_plans" and the like).
    assert set(words).isdisjoint(TABLES) and not any("_" in label for label in words)
    heads = out.splitlines()[:2]
    assert heads[0].index(str(database_path)) == heads[1].index(HEAD_REVISION)


def test_a_table_the_words_do_not_know_is_still_shown() -> None:
    shown = lines(Output("en"), "a.db", "0009", {"participants": 3, "hyperlinks": 12345})
    assert shown[-2:] == ["  Participants      3", "  hyperlinks    12345"]


def _drop(path: Path, *statements: str) -> str:
    connection = sqlite3.connect(path)
    for statement in ("PRAGMA foreign_keys=OFF", *statements):
        connection.execute(statement)
    connection.commit()
    connection.close()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_missing_tables_is_damaged_and_its_newest_backup_named(
    database_path: Path,
    database: Database,
    services: Services,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It passed as whole before ("Frisk"), then every command on it failed."""
    backup = services.backups.take(MANUAL)
    database.dispose()
    digest = _drop(database_path, "DROP TABLE notes", "DROP INDEX ix_feedback_given_on")
    assert main(["--lang", "en", "check", "--db", str(database_path)]) == EXIT_FAILED
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "Missing table: notes",
        "Missing index: ix_feedback_given_on",
        "Error: This Ambassador database is damaged: its tables are not those its version must "
        f"have: {database_path}. The newest backup that passes its check was taken "
        f"2026-11-24 09:00: {backup}. To put it in place, keeping the damaged file beside it "
        f"under a new name: ambassador restore {backup} --db {database_path}",
    ]
    assert hashlib.sha256(database_path.read_bytes()).hexdigest() == digest


def test_a_damaged_file_is_refused_by_every_command_with_its_backup_named(
    database_path: Path,
    database: Database,
    services: Services,
    capsys: pytest.CaptureFixture[str],
) -> None:
    backup = services.backups.take(MANUAL)
    database.dispose()
    _drop(database_path, "DROP TABLE settings")
    line = ["--lang", "en", "report", "sentences", "--from", "2026-01-01", "--to", "2026-12-31"]
    assert main([*line, "--db", str(database_path)]) == EXIT_FAILED
    (error,) = capsys.readouterr().err.splitlines()
    assert error.startswith("Error: This Ambassador database is damaged") and str(backup) in error


def test_a_damaged_file_without_a_backup_is_said_damaged(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _drop(database_path, "DROP TABLE participants")
    assert main(["--lang", "en", "check", "--db", str(database_path)]) == EXIT_FAILED
    assert capsys.readouterr().err.splitlines() == [
        "Missing table: participants",
        "Error: This Ambassador database is damaged: its tables are not those its version must "
        f"have: {database_path}",
    ]


def test_the_restore_line_check_names_puts_the_backup_in_place(
    database_path: Path,
    database: Database,
    services: Services,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kept = make_participant(services)
    backup = services.backups.take(MANUAL)
    database.dispose()
    _drop(database_path, "DROP TABLE notes")
    assert main(["--lang", "en", "check", "--db", str(database_path)]) == EXIT_FAILED
    line = capsys.readouterr().err.splitlines()[-1].rsplit(": ", 1)[-1]
    assert line == f"ambassador restore {backup} --db {database_path}"
    assert main(["--lang", "en", *line.split()[1:]]) == EXIT_OK
    (aside,) = database_path.parent.glob("ambassador.db.damaged-*")
    assert main(["--lang", "en", "check", "--db", str(database_path)]) == EXIT_OK
    assert [p.id for p in services.participants.page()] == [kept]
    database.dispose()
    assert aside.exists()
