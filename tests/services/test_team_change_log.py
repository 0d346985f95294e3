"""The logs under row-level security: a coordinator reads their own unit's change log entries
and the organisation's (employers, lists), and the audit and export entries of their unit,
never another unit's; an admin, who purges the logs, reads every entry."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ambassador.domain.change_log import ChangeEntry
from ambassador.domain.clock import FixedClock
from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services
from ambassador.storage.address import ServerAddress
from tests.factories import make_placement, note_fields
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


def test_each_coordinator_reads_their_units_audit_and_export_entries(
    team: Team, tmp_path: Path
) -> None:
    units = two_units(team)
    anna, bo = units.norr.services, units.soder.services
    admin = team.add("ida", StaffRole.ADMIN, "Norr").services
    anna.exports.write_participants(tmp_path / "norr.csv")
    bo.exports.write_participants(tmp_path / "soder.csv")
    bo.exports.write_participants(tmp_path / "soder-again.csv")

    def exported(services: Services) -> list[tuple[int, ...]]:
        return [entry.subject_ids for entry in services.audit.recent() if entry.subject_ids]

    assert exported(anna) == [tuple(sorted(units.norr.participants))]
    assert len(exported(bo)) == 2
    assert sorted(exported(admin)) == sorted([*exported(anna), *exported(bo)])


def test_a_person_moved_into_a_unit_takes_their_history_along(team: Team) -> None:
    anna = team.add("anna", StaffRole.COORDINATOR, "Norr").services
    bo = team.add("bo", StaffRole.COORDINATOR, "Söder").services
    # Registered before the team, by the owner: in no unit, its history read by no one.
    placement = make_placement(team.owner_services)
    person = team.owner_services.placements.get(placement).participant_id
    note = team.owner_services.follow_up.add_note(
        note_fields(person, placement, team.clock.now(), text="Första veckan gick bra.")
    )
    assert _seen(anna.audit.changes(limit=10_000), "placements") == set()

    team.service.assign_unit("Norr", [person])
    annas = anna.audit.changes(limit=10_000)
    assert person in _seen(annas, "participants")
    assert placement in _seen(annas, "placements")
    assert _seen(annas, "notes") == {note.note.id}
    team.service.assign_unit("Söder", [person])
    assert _seen(anna.audit.changes(limit=10_000), "placements") == set()
    assert placement in _seen(bo.audit.changes(limit=10_000), "placements")
