"""IT's commands for a team on a server (`ambassador server add-user`, `users`, `units`,
`assign-unit`, `remove-user`), run as the database's owner, a role with CREATEROLE: real
roles are made on the test cluster, named for this run and dropped at the end."""

from __future__ import annotations

import dataclasses
import getpass
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import StorageError
from ambassador.services.opening import open_services
from ambassador.storage.address import ServerAddress
from ambassador.storage.server import (
    NOT_STAFF,
    SignInRefusedError,
    create_server_engine,
    open_server,
)
from tests.factories import make_participant
from tests.keyrings import MemoryKeyring, in_memory

NOT_IT = (
    "Error: Users and units are IT's: run this as the database's owner, a role with "
    "CREATEROLE (see docs/server.md)"
)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    with in_memory() as memory:
        yield memory


@pytest.fixture
def prefix(postgres_server: ServerAddress) -> Iterator[str]:
    """This test's prefix for role names; every role with it is dropped afterwards."""
    made = f"c{uuid.uuid4().hex[:8]}"
    yield made
    admin = create_server_engine(postgres_server).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        for name in connection.scalars(
            text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"), {"p": f"{made}%"}
        ).all():
            connection.execute(text(f'DROP ROLE "{name}"'))
    admin.dispose()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--lang", "en", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _owner(address: ServerAddress) -> Engine:
    return create_server_engine(address)


def _groups(address: ServerAddress, name: str) -> set[str]:
    engine = _owner(address)
    with engine.connect() as connection:
        found = set(
            connection.scalars(
                text(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles r ON r.oid = m.member WHERE r.rolname = :name"
                ),
                {"name": name},
            )
        )
    engine.dispose()
    return found


@pytest.mark.postgresql_only
def test_add_user_makes_the_role_the_unit_and_the_staff_row(
    server_address: ServerAddress, prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    db = server_address.url()
    anna = f"{prefix}_anna.berg-2"  # a Kerberos-like name: quoted, never pasted
    code, out, _err = run(capsys, "server", "add-user", anna, "--unit", "Norr", "--db", db)
    assert code == EXIT_OK
    assert out.splitlines() == [
        f"Made the database role {anna}, which signs in by Kerberos, or with a password IT "
        "sets later (psql: \\password NAME).",
        "Made the unit Norr.",
        f"{anna} is now an Ambassador user: coordinator in Norr.",
    ]
    assert _groups(server_address, anna) == {"ambassador_coordinator"}
    maja = f"{prefix}_maja"
    code, out, _err = run(capsys, "server", "add-user", maja, "--role", "manager", "--db", db)
    assert code == EXIT_OK and out.splitlines()[-1] == f"{maja} is now an Ambassador user: manager."
    # Again: the same role and unit, now an admin in another unit.
    code, out, _err = run(
        capsys, "server", "add-user", anna, "--unit", "Söder", "--role", "admin", "--db", db
    )
    assert code == EXIT_OK
    assert out.splitlines() == ["Made the unit Söder.", f"{anna} is now admin in Söder."]
    assert _groups(server_address, anna) == {"ambassador_admin"}
    code, out, _err = run(capsys, "server", "users", "--db", db)
    assert code == EXIT_OK
    assert [line.split() for line in out.splitlines()] == [
        ["User", "Unit", "Role"],
        [anna, "Söder", "admin"],
        [maja, "manager"],
    ]
    code, out, _err = run(capsys, "server", "units", "--db", db)
    assert [line.split() for line in out.splitlines()] == [
        ["Unit", "Users", "Participants"],
        ["Norr", "0", "0"],
        ["Söder", "1", "0"],
    ]


@pytest.mark.postgresql_only
def test_a_password_is_asked_twice_and_the_role_signs_in_with_it(
    server_address: ServerAddress,
    prefix: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed = iter(["ett lösenord", "ett annat"])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(typed))
    bo = f"{prefix}_bo"
    argv = ("server", "add-user", bo, "--unit", "Norr", "--password-prompt")
    code, _out, err = run(capsys, *argv, "--db", server_address.url())
    assert (code, err.splitlines()) == (
        EXIT_FAILED,
        ["Error: The two passwords typed differ; nothing was changed."],
    )
    assert _groups(server_address, bo) == set()
    prompts: list[str] = []

    def answer(prompt: str) -> str:
        prompts.append(prompt)
        return "Rätt lösenord 7"

    monkeypatch.setattr(getpass, "getpass", answer)
    code, out, _err = run(capsys, *argv, "--db", server_address.url())
    assert code == EXIT_OK
    assert prompts == [f"Password for {bo}: ", "The same password again: "]
    assert f"Made the database role {bo}, which signs in with the password given." in out
    as_bo = dataclasses.replace(server_address, user=bo)
    database = open_server(as_bo, "Rätt lösenord 7")
    database.dispose()
    with pytest.raises(SignInRefusedError):
        open_server(as_bo, "fel")


@pytest.mark.postgresql_only
@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "Anna Berg",
            "Error: A user's name may hold lower-case letters a–z, digits, '_', '.' and '-', "
            "begins with a letter and is at most 63 characters long",
        ),
        (
            'anna"; DROP TABLE notes; --',
            "Error: A user's name may hold lower-case letters a–z, digits, '_', '.' and '-', "
            "begins with a letter and is at most 63 characters long",
        ),
        (
            "ambassador_coordinator",
            "Error: A user's name may hold lower-case letters a–z, digits, '_', '.' and '-', "
            "begins with a letter and is at most 63 characters long",
        ),
    ],
)
def test_a_name_that_is_not_a_safe_role_name_is_one_sentence(
    server_address: ServerAddress, capsys: pytest.CaptureFixture[str], name: str, said: str
) -> None:
    code, out, err = run(
        capsys, "server", "add-user", name, "--unit", "Norr", "--db", server_address.url()
    )
    assert (code, out, err.splitlines()) == (EXIT_FAILED, "", [said])


@pytest.mark.postgresql_only
def test_an_existing_role_that_is_not_ours_is_refused(
    server_address: ServerAddress, prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    other = f"{prefix}_app"
    engine = _owner(server_address)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{other}" NOLOGIN'))
    engine.dispose()
    refusal = (
        "Error: A database role of that name exists already and is not an Ambassador user "
        "(it cannot sign in, owns the database or is a superuser); choose another name"
    )
    db = server_address.url()
    for name in (other, server_address.user or ""):
        code, _out, err = run(capsys, "server", "add-user", name, "--unit", "Norr", "--db", db)
        assert (code, err.splitlines()) == (EXIT_FAILED, [refusal])
    code, out, _err = run(capsys, "server", "units", "--db", db)
    assert out.strip() == "No units yet: 'ambassador server add-user NAME --unit UNIT' makes one."


@pytest.mark.postgresql_only
def test_a_login_of_the_single_user_guide_becomes_a_team_member(
    server_address: ServerAddress, prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The role docs/server.md had IT make for one coordinator, with the tables' rights."""
    anna = f"{prefix}_anna"
    engine = _owner(server_address)
    with engine.begin() as connection:
        connection.execute(text(f'CREATE ROLE "{anna}" LOGIN'))
        connection.execute(text(f'GRANT SELECT ON participants TO "{anna}"'))
    engine.dispose()
    code, out, _err = run(
        capsys, "server", "add-user", anna, "--unit", "Norr", "--db", server_address.url()
    )
    assert code == EXIT_OK
    assert out.splitlines()[-1] == f"{anna} is now an Ambassador user: coordinator in Norr."
    engine = _owner(server_address)
    with engine.begin() as connection:
        connection.execute(text(f'REVOKE ALL ON participants FROM "{anna}"'))
    engine.dispose()


@pytest.mark.postgresql_only
def test_assign_unit_moves_people_into_a_unit(
    server_address: ServerAddress,
    prefix: str,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """How a server one coordinator used becomes a team's: its people had no unit."""
    database, services = open_services(server_address, clock)
    first, second, third = (make_participant(services) for _ in range(3))
    database.dispose()
    db = server_address.url()
    run(capsys, "server", "add-user", f"{prefix}_anna", "--unit", "Norr", "--db", db)
    code, out, _err = run(capsys, "server", "units", "--db", db)
    assert [line.split() for line in out.splitlines()][1:] == [
        ["Norr", "1", "0"],
        ["(no", "unit)", "0", "3"],
    ]
    code, _out, err = run(capsys, "server", "assign-unit", "Öst", "--unassigned", "--db", db)
    assert (code, err.splitlines()) == (
        EXIT_FAILED,
        ["Error: There is no unit of that name; 'ambassador server units' lists them"],
    )
    argv = ("server", "assign-unit", "Norr", "--participants", f"{first},{third + 100}")
    code, _out, err = run(capsys, *argv, "--db", db)
    assert (code, err.splitlines()) == (
        EXIT_FAILED,
        [f"Error: There is no participant number {third + 100}."],
    )
    code, out, _err = run(
        capsys, "server", "assign-unit", "Norr", "--participants", str(first), "--db", db
    )
    assert (code, out.strip()) == (EXIT_OK, "Moved 1 participants into Norr.")
    code, out, _err = run(capsys, "server", "assign-unit", "Norr", "--unassigned", "--db", db)
    assert (code, out.strip()) == (EXIT_OK, "Moved 2 participants into Norr.")
    code, out, _err = run(capsys, "server", "units", "--db", db)
    assert [line.split() for line in out.splitlines()][1:] == [["Norr", "1", "3"]]
    assert second  # moved with the unassigned


@pytest.mark.postgresql_only
def test_remove_user_takes_them_out_of_the_team_and_keeps_the_role(
    server_address: ServerAddress,
    prefix: str,
    capsys: pytest.CaptureFixture[str],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = server_address.url()
    anna = f"{prefix}_anna"
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: "Annas lösenord 1")
    argv = ("server", "add-user", anna, "--unit", "Norr", "--password-prompt", "--db", db)
    assert run(capsys, *argv)[0] == EXIT_OK
    # Anna, a coordinator, may not run IT's commands.
    as_anna = dataclasses.replace(server_address, user=anna)
    memory_keyring.set_password("Ambassador", as_anna.describe(), "Annas lösenord 1")
    for command in (("users",), ("remove-user", anna), ("add-user", f"{prefix}_x", "--unit", "N")):
        code, _out, err = run(capsys, "server", *command, "--db", as_anna.url())
        assert (code, err.splitlines()) == (EXIT_FAILED, [NOT_IT])
    code, out, _err = run(capsys, "server", "remove-user", anna, "--db", db)
    assert code == EXIT_OK
    assert out.strip() == (
        f"{anna} is no longer an Ambassador user; the logs keep their name. The database role "
        "itself stays: IT drops it (DROP ROLE) when nothing else uses it."
    )
    assert _groups(server_address, anna) == set()
    code, out, _err = run(capsys, "server", "users", "--db", db)
    assert out.strip() == "No Ambassador users yet: 'ambassador server add-user' makes one."
    code, _out, err = run(capsys, "server", "remove-user", anna, "--db", db)
    assert (code, err.splitlines()) == (
        EXIT_FAILED,
        ["Error: There is no Ambassador user of that name; 'ambassador server users' lists them"],
    )
    # Anna may still sign in to the server, and is told she is not one of its users.
    with pytest.raises(StorageError) as refused:
        open_server(as_anna, "Annas lösenord 1")
    assert refused.value.message == NOT_STAFF


@pytest.mark.parametrize(
    "argv",
    [
        ("add-user", "anna", "--unit", "Norr"),
        ("users",),
        ("units",),
        ("assign-unit", "Norr", "--unassigned"),
        ("remove-user", "anna"),
    ],
)
def test_the_team_commands_refuse_a_file_in_one_sentence(
    database_path: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]
) -> None:
    code, _out, err = run(capsys, "server", *argv, "--db", str(database_path))
    assert code == EXIT_FAILED
    assert err.splitlines() == [
        f"Error: 'server {argv[0]}' is for a database on a server; a database file has one user."
    ]


def test_a_coordinator_is_added_with_a_unit(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = run(
        capsys, "server", "add-user", "anna", "--db", "postgresql://it@db.kommun.local/ambassador"
    )
    assert (code, err.splitlines()) == (
        EXIT_FAILED,
        ["Error: A coordinator or an admin works in a unit: give it with --unit UNIT."],
    )


def test_participants_are_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(
            [
                "--lang",
                "en",
                "server",
                "assign-unit",
                "Norr",
                "--participants",
                "1,x",
                "--db",
                "postgresql://it@db/ambassador",
            ]
        )
    assert "'1,x': expected a whole number" in capsys.readouterr().err
