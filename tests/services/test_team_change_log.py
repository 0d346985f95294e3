"""The change log under row-level security: a coordinator reads their own unit's entries and
the organisation's (employers, lists), never another unit's; an admin, who purges the log,
reads every entry; the conflict dialog's "who saved it" comes from the entries one may read."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ambassador.domain.change_log import ChangeEntry
from ambassador.domain.clock import FixedClock
from ambassador.domain.team import StaffRole
from ambassador.storage.address import ServerAddress
from tests.team import Team, TwoUnits, team_on, two_units

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def team(server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as team:
        yield team


def _seen(entries: list[ChangeEntry], table: str) -> set[int]:
    return {entry.record_id for entry in entries if entry.table_name == table}


def test_each_coordinator_reads_their_units_changes_and_the_organisations(team: Team) -> None:
    units: TwoUnits = two_units(team)
    anna, bo = units.norr.services, units.soder.services
    admin = team.add("ida", StaffRole.ADMIN, "Norr").services

    annas = anna.audit.changes(limit=10_000)
    assert _seen(annas, "participants") == set(units.norr.participants)
    assert _seen(annas, "placements") == set(units.norr.placements)
    assert {units.norr.employer, units.soder.employer} <= _seen(annas, "employers")
    assert {entry.user_name for entry in annas} >= {units.norr.coordinator.name}
    assert units.soder.coordinator.name not in {
        entry.user_name for entry in annas if entry.table_name != "employers"
    }
    assert _seen(bo.audit.changes(limit=10_000), "participants") == set(units.soder.participants)

    everything = admin.audit.changes(limit=10_000)
    assert _seen(everything, "participants") == {
        *units.norr.participants,
        *units.soder.participants,
    }
