"""A settings form saves what was changed in it, not what it read: a setting someone else
changed after the form read it stays theirs (no lost update), and on a server a coordinator's
own contact details are saved while the organisation's part, which an administrator changed
meanwhile, is left as the administrator saved it."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services
from ambassador.storage.address import ServerAddress
from tests.team import Team, team_on


def test_a_form_read_before_another_save_keeps_that_save(services: Services) -> None:
    read = services.settings.get()
    services.settings.save(dataclasses.replace(read, organisation_name="Jobbtorget Öst"))
    # The first form, still open, changes the phone alone.
    services.settings.save(dataclasses.replace(read, coordinator_phone="070-123 45 67"), read=read)
    stored = services.settings.get()
    assert (stored.organisation_name, stored.coordinator_phone) == (
        "Jobbtorget Öst",
        "070-123 45 67",
    )


@pytest.fixture
def team(server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as team:
        yield team


@pytest.mark.postgresql_only
def test_a_coordinator_saves_their_phone_after_the_administrator_renamed_the_organisation(
    team: Team,
) -> None:
    anna = team.add("anna", StaffRole.COORDINATOR, "Norr").services
    greta = team.add("greta", StaffRole.ADMIN, "Norr").services
    read = anna.settings.get()
    greta.settings.save(dataclasses.replace(greta.settings.get(), organisation_name="Jobb Syd"))
    anna.settings.save(dataclasses.replace(read, coordinator_phone="070-765 43 21"), read=read)
    assert anna.settings.get().coordinator_phone == "070-765 43 21"
    assert anna.settings.get().organisation_name == "Jobb Syd"
    assert greta.settings.get().coordinator_phone != "070-765 43 21"
