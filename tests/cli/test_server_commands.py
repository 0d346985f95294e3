"""The command line on a PostgreSQL server: `--db` takes an address or a profile, a refused
one is a usage error in one line; the password comes from the keyring, else libpq's own way,
else the terminal; what only a file has is refused for a server in one sentence; `init`,
`check`, `search` and `server upgrade` on a server."""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from ambassador.domain.clock import FixedClock
from ambassador.storage.address import ServerAddress
from ambassador.storage.migrate import HEAD_REVISION
from tests.conftest import ScratchDatabases
from tests.keyrings import MemoryKeyring, in_memory

SERVER = "postgresql://anna@db.kommun.local/ambassador"
FILE_ONLY = (
    "Error: '{command}' is for a database file. On a server, backups and encryption at rest "
    "are the server's, run by IT (see docs/server.md)."
)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """No test reaches the computer's own keyring."""
    with in_memory() as memory:
        yield memory


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(["--lang", "en", *argv])
    except SystemExit as exit_:  # argparse's usage error
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_an_address_with_a_password_is_a_usage_error_in_one_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, _out, err = run(capsys, "check", "--db", "postgresql://anna:hemligt@db/ambassador")
    assert code == EXIT_USAGE
    assert err.splitlines()[-1] == (
        "ambassador check: error: argument --db: A password never goes in the server's address "
        "or profile; it is asked for when the program starts"
    )
    assert "hemligt" not in err and "Traceback" not in err


def test_a_profile_that_is_not_there_or_not_a_profile_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "server.toml"
    code, _out, err = run(capsys, "search", "anna", "--db", str(missing))
    assert code == EXIT_USAGE
    assert err.splitlines()[-1] == (
        f"ambassador search: error: argument --db: There is no file or folder {missing}."
    )
    missing.write_text("[server\nhost = ", encoding="utf-8")
    code, _out, err = run(capsys, "search", "anna", "--db", str(missing))
    assert code == EXIT_USAGE
    assert err.splitlines()[-1].endswith(
        f"This server profile cannot be read: it is not a profile Ambassador knows: {missing}"
    )


@pytest.mark.parametrize(
    ("command", "argv"),
    [
        ("backup", ("backup", "--db", SERVER)),
        ("restore", ("restore", "kopia.db", "--db", SERVER)),
    ],
)
def test_a_file_s_command_refuses_a_server_in_one_sentence(
    capsys: pytest.CaptureFixture[str], command: str, argv: tuple[str, ...]
) -> None:
    code, _out, err = run(capsys, *argv)
    assert code == EXIT_FAILED
    assert err.splitlines() == [FILE_ONLY.format(command=command)]


def test_a_server_upgrade_of_a_file_is_refused(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run(capsys, "server", "upgrade", "--db", str(database_path))
    assert code == EXIT_FAILED
    assert err.startswith("Error: 'server upgrade' is for a database on a server")


def test_the_help_names_a_server_as_a_database(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "search", "--help")
    assert code == EXIT_OK
    assert "--db FILE|URL" in out and "postgresql://user@host/database" in out


# On the test server.


def _test_password() -> str:
    """The test role's password, from the PGPASSFILE the test server's address relies on."""
    line = Path(os.environ["PGPASSFILE"]).read_text(encoding="utf-8").splitlines()[0]
    return line.rsplit(":", 1)[1]


def _url(address: ServerAddress) -> str:
    return address.url()


@pytest.mark.postgresql_only
def test_init_makes_an_empty_server_database_once(
    scratch_databases: ScratchDatabases, capsys: pytest.CaptureFixture[str]
) -> None:
    address = scratch_databases.make()
    try:
        code, out, _err = run(capsys, "init", "--db", _url(address))
        assert code == EXIT_OK
        assert out.strip() == f"A new, empty database was made: {address.describe()}"
        code, _out, err = run(capsys, "init", "--db", _url(address))
        assert code == EXIT_FAILED
        assert "already holds tables" in err
        code, out, _err = run(capsys, "check", "--db", _url(address))
        assert code == EXIT_OK
        assert f"Server:           {address.describe()}" in out
        assert f"Schema revision:  {HEAD_REVISION}" in out
        assert "  Participants  " in out
        code, out, _err = run(capsys, "server", "upgrade", "--db", _url(address))
        assert (code, out.strip()) == (
            EXIT_OK,
            f"{address.describe()} is up to date: revision {HEAD_REVISION}.",
        )
    finally:
        scratch_databases.drop(address)


@pytest.mark.postgresql_only
def test_an_uninitialised_server_database_is_refused_naming_init(
    scratch_databases: ScratchDatabases, capsys: pytest.CaptureFixture[str]
) -> None:
    address = scratch_databases.make()
    try:
        code, _out, err = run(capsys, "demo", "--db", _url(address))
        assert code == EXIT_FAILED
        assert "'ambassador init --db ADDRESS'" in err
    finally:
        scratch_databases.drop(address)


@pytest.mark.postgresql_only
def test_the_password_is_asked_at_the_terminal_when_the_server_asks_for_one(
    server_address: ServerAddress,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
) -> None:
    password = _test_password()
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    prompts: list[str] = []

    def typed(prompt: str) -> str:
        prompts.append(prompt)
        return password

    monkeypatch.setattr(getpass, "getpass", typed)
    code, out, _err = run(capsys, "search", "anna", "--db", _url(server_address))
    assert code == EXIT_OK
    where = f"{server_address.host}:{server_address.port}/{server_address.database}"
    assert prompts == [f"Password for {server_address.user}@{where}: "]
    # Kept in the keyring: asked no more.
    memory_keyring.set_password("Ambassador", server_address.describe(), password)
    prompts.clear()
    assert run(capsys, "search", "anna", "--db", _url(server_address))[0] == EXIT_OK
    assert prompts == []
    # A kept password the server refuses: asked at the terminal instead.
    memory_keyring.set_password("Ambassador", server_address.describe(), "gammalt")
    assert run(capsys, "search", "anna", "--db", _url(server_address))[0] == EXIT_OK
    assert len(prompts) == 1


@pytest.mark.postgresql_only
def test_a_wrong_password_or_no_terminal_is_one_sentence(
    server_address: ServerAddress,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: "fel lösenord")
    code, _out, err = run(capsys, "search", "anna", "--db", _url(server_address))
    assert code == EXIT_FAILED
    assert err.splitlines() == [
        "Error: The database server refused the sign-in: the user name or password is wrong"
    ]

    def no_terminal(_prompt: str = "") -> str:
        raise EOFError

    monkeypatch.setattr(getpass, "getpass", no_terminal)
    code, _out, err = run(capsys, "check", "--db", _url(server_address))
    assert code == EXIT_FAILED
    assert err.splitlines() == [
        "Error: The database server asks for a password and it could not be asked for: there "
        "is no terminal to type it at."
    ]


def test_the_window_is_given_a_server_s_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from ambassador import system_libraries

    monkeypatch.setattr(system_libraries, "missing_packages", lambda: [])
    given: list[object] = []

    def run_window(database: object, *, demo: bool, language: str | None) -> int:
        given.append(database)
        return 0

    monkeypatch.setattr("ambassador.app.run_window", run_window)
    assert main(["--db", SERVER]) == EXIT_OK
    assert given == [ServerAddress(database="ambassador", host="db.kommun.local", user="anna")]


def test_the_window_is_not_started_on_an_address_with_a_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("ambassador.app.run_window", lambda *a, **k: pytest.fail("started"))
    code, _out, err = run(capsys, "--db", "postgresql://anna:hemligt@db/ambassador")
    assert code == EXIT_USAGE
    assert "A password never goes in the server's address" in err and "hemligt" not in err


def test_without_db_a_command_uses_the_profile_it_deployed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ambassador import paths

    profile = tmp_path / "server.toml"
    profile.write_text("[klient]\n", encoding="utf-8")
    monkeypatch.setattr(paths, "server_profile", lambda: profile)
    code, _out, err = run(capsys, "search", "anna")
    assert code == EXIT_FAILED
    assert err.splitlines() == [
        "Error: This server profile cannot be read: it is not a profile Ambassador knows: "
        f"{profile}"
    ]


@pytest.mark.postgresql_only
def test_a_purge_on_a_server_says_what_the_server_still_holds(
    server_address: ServerAddress,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ambassador.cli import database as cli_database
    from ambassador.services.opening import open_services

    database, services = open_services(server_address, clock)
    services.settings.save(
        replace(services.settings.get(), log_retention_months=1, log_retention_decision="KS § 9")
    )
    database.dispose()
    later = FixedClock(clock.now().replace(year=2027))
    monkeypatch.setattr(cli_database, "SystemClock", lambda: later)
    code, out, _err = run(capsys, "purge", "--db", _url(server_address), "--dry-run")
    assert code == EXIT_OK and "1 log entries" in out and "Dry run: nothing was removed." in out
    code, out, _err = run(capsys, "purge", "--db", _url(server_address))
    assert code == EXIT_OK
    assert "\nPurged. The database server's write-ahead log and IT's backups" in out
    assert "backup was taken" not in out


@pytest.mark.postgresql_only
def test_an_older_server_database_is_upgraded_by_it_alone(
    server_address: ServerAddress, capsys: pytest.CaptureFixture[str]
) -> None:
    from alembic import command

    from ambassador.storage.migrate import alembic_config
    from ambassador.storage.server import create_server_engine

    engine = create_server_engine(server_address)
    with engine.connect() as connection:
        command.downgrade(alembic_config(connection), "0007")
        connection.commit()
    engine.dispose()
    url = _url(server_address)
    code, _out, err = run(capsys, "search", "anna", "--db", url)
    assert code == EXIT_FAILED
    assert "'ambassador server upgrade --db ADDRESS'" in err
    code, out, _err = run(capsys, "check", "--db", url)
    assert code == EXIT_OK
    assert "Schema revision:  0007" in out
    assert f"IT upgrades it to revision {HEAD_REVISION} with 'ambassador server upgrade'" in out
    code, out, _err = run(capsys, "server", "upgrade", "--db", url)
    assert (code, out.strip()) == (
        EXIT_OK,
        f"Upgraded {server_address.describe()}: revision 0007 → {HEAD_REVISION}.",
    )
    assert run(capsys, "search", "anna", "--db", url)[0] == EXIT_OK
