"""Faults from outside the program, on every command: a folder given for a file, a file where
the output should go, a reader that goes away, no terminal to ask a passphrase at. Each is one
line in the person's language and exit code 1: never a traceback, never the crash log."""

from __future__ import annotations

import getpass
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ambassador.cli.common import EXIT_FAILED
from ambassador.cli.program import main
from ambassador.services.bundle import Services
from ambassador.storage.database import Database

PASSPHRASE = "en lång lösenfras för testet"

# Every command that reads a database, with what it needs besides `--db`.
COMMANDS = [
    ["check"],
    ["report", "summary", "1", "--out", "{out}/s.pdf"],
    ["report", "agreement", "1", "--out", "{out}/a.pdf"],
    ["report", "extract", "1", "--out", "{out}/e.pdf"],
    ["report", "stats", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}/st.pdf"],
    ["report", "sentences", "--from", "2026-01-01", "--to", "2026-12-31"],
    ["report", "summaries", "--active", "--out-dir", "{out}/many"],
    ["report", "selfcheck"],
    ["backup", "--to", "{out}/backups"],
    ["purge", "--dry-run"],
    ["import", "participants", "{out}/people.csv", "--dry-run"],
    ["export", "participants", "--out", "{out}/p.csv"],
    ["calendar", "--out", "{out}/c.ics"],
    ["questionnaire", "print", "1", "--out", "{out}/q.pdf"],
    ["questionnaire", "answer", "ABC-DEF", "45354"],
    ["outcome-check", "list"],
    ["outcome-check", "record", "1", "work"],
    ["demo"],
]


def _line(command: list[str], out: Path) -> list[str]:
    return [part.format(out=out) for part in command]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_folder_given_as_the_database_is_one_sentence(
    command: list[str],
    tmp_path: Path,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    (tmp_path / "people.csv").write_text("Förnamn;Efternamn\nÅsa;Öberg\n", encoding="utf-8")
    line = ["--lang", "en", *_line(command, tmp_path), "--db", str(folder)]
    assert main(line) == EXIT_FAILED
    out, err = capsys.readouterr()
    assert err.splitlines() == [f"Error: {folder} is a folder, not a file."]
    assert "Traceback" not in out + err
    assert not (data_folder / "logs").exists()  # not a bug: nothing for the crash log


@pytest.mark.parametrize(
    "command",
    [
        ["report", "summary", "1", "--out", "{out}"],
        ["report", "stats", "--from", "2026-01-01", "--to", "2026-12-31", "--out", "{out}"],
        ["export", "employers", "--out", "{out}"],
        ["calendar", "--out", "{out}"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_a_folder_given_as_the_output_is_one_sentence(
    command: list[str],
    tmp_path: Path,
    database_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    line = ["--lang", "en", *[p.format(out=folder) for p in command], "--db", str(database_path)]
    code = main(line)
    err = capsys.readouterr().err
    if command[1] == "summary":  # placement 1 is not there: refused before any file
        assert code == EXIT_FAILED and err.splitlines() == [
            "Error: There is no placement number 1."
        ]
        return
    assert code == EXIT_FAILED
    assert len(err.splitlines()) == 1 and str(folder) in err and "Traceback" not in err
    assert list(folder.iterdir()) == []


def test_a_reader_that_goes_away_ends_the_command_quietly(database_path: Path) -> None:
    """`ambassador outcome-check list | head -1`: no BrokenPipeError on standard error. The
    pipe's reading end is closed before the command writes, so the break is certain."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        finished = subprocess.run(
            [
                sys.executable,
                "-m",
                "ambassador",
                "outcome-check",
                "list",
                "--db",
                str(database_path),
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write_end)
    assert finished.stderr == ""
    assert finished.returncode == EXIT_FAILED


def test_no_terminal_for_the_passphrase_is_one_sentence(
    database_path: Path,
    database: Database,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()

    def no_terminal(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", no_terminal)
    assert main(["--lang", "en", "outcome-check", "list", "--db", str(database_path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "Error: The database is encrypted and its passphrase could not be asked for: there is "
        "no terminal to type it at."
    ]


def test_without_a_terminal_the_passphrase_comes_from_standard_input_quietly(
    database_path: Path, database: Database, services: Services
) -> None:
    """A script pipes the passphrase in: no prompt and no echo warnings in its output; with
    nothing piped in, the one sentence. A new session has no terminal to ask at."""
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()
    line = [sys.executable, "-m", "ambassador", "--lang", "en", "outcome-check", "list"]
    line += ["--db", str(database_path)]
    piped = subprocess.run(
        line, input=PASSPHRASE + "\n", capture_output=True, text=True, start_new_session=True
    )
    assert (piped.returncode, piped.stderr) == (0, "")
    assert piped.stdout.startswith("No outcome check is due")
    nothing = subprocess.run(
        line, stdin=subprocess.DEVNULL, capture_output=True, text=True, start_new_session=True
    )
    assert nothing.returncode == EXIT_FAILED
    assert nothing.stderr.splitlines() == [
        "Error: The database is encrypted and its passphrase could not be asked for: there is "
        "no terminal to type it at."
    ]
