"""A database's location: a file, a server's URL, or a server profile; never a password."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador.domain.errors import StorageError
from ambassador.storage.address import (
    BAD_PROFILE,
    DEFAULT_SSLMODE,
    NO_DATABASE_NAMED,
    NOT_AN_ADDRESS,
    PASSWORD_IN_ADDRESS,
    UNKNOWN_OPTION,
    ServerAddress,
    is_server_address,
    parse_address,
    parse_location,
    read_profile,
)


@pytest.mark.parametrize(
    "text",
    [
        "postgresql+psycopg://anna@db.kommun.local/ambassador",
        "postgresql://db/ambassador",
        "postgres://db/ambassador",
        "POSTGRESQL://db/ambassador",
    ],
)
def test_a_server_url_is_a_server(text: str) -> None:
    assert is_server_address(text)
    assert isinstance(parse_location(text), ServerAddress)


@pytest.mark.parametrize(
    "text", ["ambassador.db", "C:/Users/anna/ambassador.db", "sqlite:///x.db", "postgresql:"]
)
def test_anything_else_is_a_file(text: str) -> None:
    assert not is_server_address(text)
    assert parse_location(text) == Path(text)


def test_a_url_is_read_whole() -> None:
    address = parse_address(
        "postgresql+psycopg://anna%40kommun@db.kommun.local:6543/amb%C3%A5"
        "?sslmode=verify-ca&sslrootcert=/etc/ssl/ca.pem"
    )
    assert address == ServerAddress(
        database="ambå",
        host="db.kommun.local",
        port=6543,
        user="anna@kommun",
        options=(("sslmode", "verify-ca"), ("sslrootcert", "/etc/ssl/ca.pem")),
    )
    assert address.describe() == "anna@kommun@db.kommun.local:6543/ambå"
    assert parse_address(address.url()) == address


def test_tls_is_verified_in_full_unless_the_address_says_otherwise() -> None:
    address = parse_address("postgresql://db/ambassador")
    assert address.sslmode == DEFAULT_SSLMODE == "verify-full"
    assert address.connect_args() == {
        "sslmode": "verify-full",
        "connect_timeout": 10,
        "host": "db",
        "dbname": "ambassador",
    }
    assert (
        parse_address("postgresql://db/a?connect_timeout=3").connect_args()["connect_timeout"]
        == "3"
    )
    assert parse_address("postgresql://db/a?sslmode=disable").connect_args()["sslmode"] == (
        "disable"
    )


def test_a_socket_folder_is_a_host() -> None:
    address = parse_address("postgresql+psycopg://postgres@/ambassador?host=/run/pg&port=5433")
    assert (address.host, address.port, address.database) == ("/run/pg", 5433, "ambassador")
    assert parse_address(address.url()) == address


@pytest.mark.parametrize(
    "text",
    [
        "postgresql://anna:hemligt@db/ambassador",
        "postgresql://anna@db/ambassador?password=hemligt",
    ],
)
def test_a_password_in_the_address_is_refused_without_repeating_it(text: str) -> None:
    with pytest.raises(StorageError) as caught:
        parse_address(text)
    assert caught.value.message == PASSWORD_IN_ADDRESS
    assert "hemligt" not in str(caught.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("mysql://db/ambassador", NOT_AN_ADDRESS),
        ("postgresql://db:port/ambassador", NOT_AN_ADDRESS),
        ("postgresql://db/", NO_DATABASE_NAMED),
        ("postgresql://db/a?options=-c%20log_statement=all", UNKNOWN_OPTION),
        ("postgresql://db/a?sslmode=sometimes", UNKNOWN_OPTION),
    ],
)
def test_what_is_not_an_address_is_refused(text: str, message: str) -> None:
    with pytest.raises(StorageError) as caught:
        parse_address(text)
    assert caught.value.message == message


def test_a_profile_names_the_server(tmp_path: Path) -> None:
    profile = tmp_path / "server.toml"
    profile.write_text(
        '[server]\nhost = "db.kommun.local"\nport = 5432\ndatabase = "ambassador"\n'
        'user = "anna"\nsslrootcert = "/etc/ssl/kommun-ca.pem"\n',
        encoding="utf-8",
    )
    address = parse_location(str(profile))
    assert address == read_profile(profile)
    assert address == ServerAddress(
        database="ambassador",
        host="db.kommun.local",
        port=5432,
        user="anna",
        options=(("sslrootcert", "/etc/ssl/kommun-ca.pem"),),
    )
    assert address.sslmode == "verify-full"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[server]\ndatabase = "a"\npassword = "hemligt"\n', PASSWORD_IN_ADDRESS),
        ("not toml at all [", BAD_PROFILE),
        ('[other]\ndatabase = "a"\n', BAD_PROFILE),
        ('[server]\nhost = "db"\n', NO_DATABASE_NAMED),
        ('[server]\ndatabase = "a"\nport = "five"\n', NOT_AN_ADDRESS),
    ],
)
def test_a_profile_that_cannot_serve_is_refused(tmp_path: Path, content: str, message: str) -> None:
    profile = tmp_path / "server.toml"
    profile.write_text(content, encoding="utf-8")
    with pytest.raises(StorageError) as caught:
        read_profile(profile)
    assert caught.value.message == message
    assert "hemligt" not in str(caught.value)
