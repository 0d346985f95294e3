"""`ambassador check`'s table: every table in words of the language, in columns that line up."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador.cli import EXIT_OK, main
from ambassador.cli.check import TABLES, lines
from ambassador.cli.common import Output
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
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
    assert heads[0].index(str(database_path)) == heads[1].index("0005")


def test_a_table_the_words_do_not_know_is_still_shown() -> None:
    shown = lines(Output("en"), "a.db", "0009", {"participants": 3, "hyperlinks": 12345})
    assert shown[-2:] == ["  Participants      3", "  hyperlinks    12345"]
