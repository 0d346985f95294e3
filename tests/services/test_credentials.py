"""The server's password in the keyring: kept, found and forgotten by server and user; no
keyring, or a failing one, is "asked each time", never an error."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null
from keyring.errors import KeyringError

from ambassador.services import credentials
from ambassador.storage.address import ServerAddress
from tests.keyrings import MemoryKeyring

ANNA = ServerAddress(database="ambassador", host="db.kommun.local", user="anna")
BERTIL = ServerAddress(database="ambassador", host="db.kommun.local", user="bertil")


class BrokenKeyring(KeyringBackend):
    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("the Secret Service is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise RuntimeError("D-Bus went away")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("the Secret Service is locked")


@pytest.fixture
def use_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def test_a_kept_password_is_found_for_its_server_and_user_alone(use_keyring: None) -> None:
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert credentials.keyring_available()
    assert credentials.saved_password(ANNA) is None
    assert credentials.save_password(ANNA, "hemligt")
    assert credentials.saved_password(ANNA) == "hemligt"
    assert credentials.saved_password(BERTIL) is None
    assert memory.kept == {("Ambassador", "anna@db.kommun.local/ambassador"): "hemligt"}
    credentials.forget_password(ANNA)
    assert credentials.saved_password(ANNA) is None
    credentials.forget_password(ANNA)  # nothing kept: nothing to do, no error


@pytest.mark.parametrize("backend", [fail.Keyring, null.Keyring])
def test_without_a_keyring_nothing_is_kept_and_nothing_fails(
    use_keyring: None, backend: type[KeyringBackend]
) -> None:
    keyring.set_keyring(backend())
    assert not credentials.keyring_available()
    assert not credentials.save_password(ANNA, "hemligt")
    assert credentials.saved_password(ANNA) is None
    credentials.forget_password(ANNA)


def test_a_failing_keyring_is_taken_for_none(
    use_keyring: None, caplog: pytest.LogCaptureFixture
) -> None:
    keyring.set_keyring(BrokenKeyring())  # type: ignore[no-untyped-call]
    assert not credentials.save_password(ANNA, "hemligt")
    assert credentials.saved_password(ANNA) is None
    credentials.forget_password(ANNA)
    said = caplog.text
    assert "hemligt" not in said and "anna" not in said and "Secret Service" not in said
