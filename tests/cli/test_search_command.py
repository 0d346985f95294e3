"""`ambassador search`: past the count's cap it says "more than", in the person's number
format, on a file and on a server alike."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends import null

from ambassador.cli import EXIT_OK, main
from ambassador.domain.clock import FixedClock
from ambassador.services import search as search_service
from ambassador.services.bundle import Services
from ambassador.storage.address import ServerAddress
from ambassador.storage.server import open_server
from tests.factories import make_placement, note_fields


@pytest.fixture(autouse=True)
def no_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    keyring.set_keyring(null.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(before)


def add_notes(services: Services, clock: FixedClock, count: int) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    for n in range(count):
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now(), text=f"Veckan gick bra {n}.")
        )


def said(capsys: pytest.CaptureFixture[str], db: str, *argv: str) -> str:
    assert main(["search", *argv, "--db", db]) == EXIT_OK
    return capsys.readouterr().err.strip()


def counts_said(
    capsys: pytest.CaptureFixture[str], db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_service, "COUNT_CAP", 5)
    assert said(capsys, db, "veckan", "--limit", "3", "--lang", "en") == (
        "3 of more than 5 matches shown; --limit shows more."
    )
    assert said(capsys, db, "veckan", "--limit", "7", "--lang", "en") == (
        "7 of more than 5 matches shown; --limit shows more."
    )
    assert said(capsys, db, "veckan", "--limit", "20", "--lang", "en") == ""
    monkeypatch.setattr(search_service, "COUNT_CAP", 8)
    assert said(capsys, db, "veckan", "--limit", "3", "--lang", "en") == (
        "3 of 8 matches shown; --limit shows more."
    )
    monkeypatch.setattr(search_service, "COUNT_CAP", 1000)
    monkeypatch.setattr(search_service.SearchOutcome, "past_cap", property(lambda _self: True))
    # The cap as the language writes a thousand: 1,000 in English, 1.000 in Danish.
    assert said(capsys, db, "veckan", "--limit", "3", "--lang", "en").startswith(
        "3 of more than 1,000 matches"
    )
    assert "1.000" in said(capsys, db, "veckan", "--limit", "3", "--lang", "da")


def test_past_the_cap_a_file_says_more_than_the_cap(
    services: Services,
    clock: FixedClock,
    database_path: object,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_notes(services, clock, 8)
    counts_said(capsys, str(database_path), monkeypatch)


@pytest.mark.postgresql_only
def test_past_the_cap_a_server_says_more_than_the_cap(
    server_address: ServerAddress,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database = open_server(server_address)
    try:
        add_notes(Services.build(database, clock), clock, 8)
    finally:
        database.dispose()
    counts_said(capsys, server_address.url(), monkeypatch)
