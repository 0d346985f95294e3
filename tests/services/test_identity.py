"""Who is signed in, as the program reads it: a file's one person, or the server's role."""

from __future__ import annotations

import getpass

import pytest

from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services


def test_the_signed_in_identity(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "kajsa")
    who = services.connection.identity()
    if services.connection.on_server:
        # The test role made the database: it owns it, and is no one's staff.
        assert who.on_server and who.owner and who.role is None and who.unit is None
        assert who.user == services.connection.server.user  # type: ignore[union-attr]
    else:
        assert (who.user, who.role, who.single_user) == ("kajsa", StaffRole.ADMIN, True)
    assert services.connection.identity() is who  # read once


def test_a_file_without_an_account_name_is_nobody_in_particular(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_account() -> str:
        raise OSError("no account")

    monkeypatch.setattr(getpass, "getuser", no_account)
    if not services.connection.on_server:
        assert services.connection.identity(again=True).user == ""
