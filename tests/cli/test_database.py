"""`opened`, the one way a command opens a database: the passphrase asked at the terminal,
the language saved in the file followed, the file closed however the block ends."""

from __future__ import annotations

import getpass
from dataclasses import replace
from pathlib import Path

import pytest

from ambassador.cli.common import EXIT_FAILED, EXIT_OK, CliError, Output
from ambassador.cli.database import opened
from ambassador.cli.program import main
from ambassador.domain.audit import AuditAction
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.keys import WrongKeyError
from tests.factories import make_participant

PASSPHRASE = "en lång och hemlig lösenfras"


@pytest.fixture
def disposed(monkeypatch: pytest.MonkeyPatch) -> list[Database]:
    """Each database a command let go of, in order."""
    let_go: list[Database] = []
    dispose = Database.dispose

    def recorded(database: Database) -> None:
        let_go.append(database)
        dispose(database)

    monkeypatch.setattr(Database, "dispose", recorded)
    return let_go


@pytest.fixture
def encrypted(database_path: Path, database: Database, services: Services) -> int:
    """The database encrypted, in English, with one participant; that participant's id."""
    participant_id = make_participant(services)
    services.settings.save(replace(services.settings.get(), language="en"))
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()
    return participant_id


def test_an_encrypted_database_opens_with_the_passphrase_typed_at_the_terminal(
    database_path: Path,
    encrypted: int,
    monkeypatch: pytest.MonkeyPatch,
    disposed: list[Database],
) -> None:
    prompts: list[str] = []
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or PASSPHRASE)
    output = Output(None)
    with opened(output, database_path) as (database, services):
        assert services.participants.get(encrypted).id == encrypted
        assert services.encryption.encrypted
        assert output.language == "en"  # the file's own language, none being asked for
        assert disposed == []
    assert disposed == [database]
    assert prompts == ["Lösenfras för ambassador.db: "]  # asked before the file was read


def test_a_wrong_passphrase_opens_nothing_and_is_counted(
    database_path: Path, encrypted: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["inte den rätta frasen", PASSPHRASE])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(answers))
    with pytest.raises(WrongKeyError), opened(Output("sv"), database_path):
        pytest.fail("a wrong passphrase opened the database")
    output = Output("sv")
    with opened(output, database_path) as (_database, services):
        failed = [e for e in services.audit.recent() if e.action == AuditAction.FAILED_UNLOCK]
        assert [entry.count for entry in failed] == [1]
        assert output.language == "sv"  # asked for: the file's language does not change it


def test_the_database_is_closed_when_the_command_fails(
    database_path: Path, database: Database, disposed: list[Database]
) -> None:
    database.dispose()
    with pytest.raises(RuntimeError), opened(Output("sv"), database_path) as (opened_db, _):
        raise RuntimeError("the command's bug")
    assert disposed == [database, opened_db]


def test_a_missing_file_is_refused_not_created(tmp_path: Path) -> None:
    path = tmp_path / "saknas.db"
    with pytest.raises(CliError), opened(Output("sv"), path):
        pytest.fail("a missing file was opened")
    assert not path.exists()
    with opened(Output("sv"), path, create=True) as (database, _services):
        assert database.is_open
    assert path.exists()


def test_init_makes_a_new_empty_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ny" / "ambassador.db"
    assert main(["--lang", "en", "init", "--db", str(path)]) == EXIT_OK
    assert capsys.readouterr().out == f"A new, empty database was made: {path}\n"
    assert main(["--lang", "en", "check", "--db", str(path)]) == EXIT_OK
    assert sorted(p.name for p in path.parent.iterdir()) == ["ambassador.db"]


@pytest.mark.parametrize("kind", ["empty", "database", "text"])
def test_init_never_makes_a_database_over_a_file(
    tmp_path: Path, database_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = tmp_path / "there.db"
    if kind == "database":
        path = database_path
    else:
        path.write_text("" if kind == "empty" else "mina anteckningar", encoding="utf-8")
    before = path.read_bytes()
    assert main(["--lang", "en", "init", "--db", str(path)]) == EXIT_FAILED
    assert capsys.readouterr().err == (
        f"Error: A file is already there; a new database is never made over a file: {path}\n"
    )
    assert path.read_bytes() == before
