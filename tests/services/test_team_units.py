"""Issue 22's role test: two coordinators in two units and a manager, each a real database role
made by `add-user` and signed in with their own password. Each coordinator's lists, search,
exports, calendar and documents hold only their unit's people; another unit's record is "not
found"; the organisation's lists and the audit log are refused by the database itself. The
team is tests/team.py's (the manager's statistics are tests of their own over the same)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ambassador.domain.browse import ParticipantFilter, PlacementFilter
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import ListName
from ambassador.domain.errors import AmbassadorError, NotFoundError, StorageError
from ambassador.domain.search import HitKind
from ambassador.domain.team import StaffRole
from ambassador.storage.address import ServerAddress
from ambassador.storage.faults import NO_PERMISSION
from tests.team import Team, TwoUnits, UnitPeople, team_on, two_units

pytestmark = pytest.mark.postgresql_only


@pytest.fixture
def team(server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as made:
        yield made


@pytest.fixture
def units(team: Team) -> TwoUnits:
    return two_units(team)


def both(units: TwoUnits) -> list[tuple[UnitPeople, UnitPeople]]:
    """Each unit beside the other."""
    return [(units.norr, units.soder), (units.soder, units.norr)]


def test_each_signed_in_person_is_who_their_staff_row_says(team: Team, units: TwoUnits) -> None:
    anna = units.norr.services.connection.identity()
    assert (anna.user, anna.role, anna.unit) == (
        team.login("anna"),
        StaffRole.COORDINATOR,
        "Norr",
    )
    assert anna.on_server and not anna.owner and not anna.is_admin and anna.sees_people
    maja = units.manager.services.connection.identity()
    assert (maja.role, maja.unit, maja.is_manager, maja.sees_people) == (
        StaffRole.MANAGER,
        None,
        True,
        False,
    )
    it = team.owner_services.connection.identity()
    assert it.owner and it.role is None and it.is_admin and it.sees_people


def test_each_coordinator_lists_only_their_units_people(units: TwoUnits) -> None:
    for own, other in both(units):
        listed = own.services.browse.participants(ParticipantFilter())
        assert sorted(row.id for row in listed.rows) == sorted(own.participants)
        assert listed.total == len(own.participants)
        assert {p.id for p in own.services.participants.page()} == set(own.participants)
        placements = own.services.browse.placements(PlacementFilter())
        assert sorted(row.id for row in placements.rows) == sorted(own.placements)
        # Employers are the whole organisation's.
        choices = {choice.id for choice in own.services.browse.employer_choices()}
        assert {own.employer, other.employer} <= choices
        overview = own.services.overview.overview()
        seen = {item.placement_id for item in overview.week_check_ins + overview.today_check_ins}
        assert seen and seen <= set(own.placements)


def test_each_coordinators_search_finds_only_their_units_people_and_notes(
    units: TwoUnits,
) -> None:
    for own, other in both(units):
        search = own.services.search
        found = search.search(own.name_word)
        assert {r.participant_id for r in found if r.hit.kind is HitKind.PARTICIPANT} == set(
            own.participants
        )
        assert search.search(other.name_word) == []
        assert search.search(other.note_word) == []
        notes = search.search(own.note_word)
        assert len(notes) == 2 and {r.participant_id for r in notes} == set(own.participants)
        common = search.search_counted(TwoUnits.COMMON_WORD)
        assert {r.participant_id for r in common.results} == set(own.participants)
        assert common.total == len(common.results) == 2
        # An employer of the other unit's is found: employers are everyone's.
        assert any(r.employer_id == other.employer for r in search.search("Arbetsplats"))


def test_another_units_record_is_not_found(units: TwoUnits, tmp_path: Path) -> None:
    for own, other in both(units):
        services = own.services
        participant, placement = other.participants[0], other.placements[0]
        attempts: list[tuple[Callable[..., object], tuple[object, ...]]] = [
            (services.participants.get, (participant,)),
            (services.browse.participant, (participant,)),
            (services.placements.get, (placement,)),
            (services.browse.placement, (placement,)),
            (services.documents.write_summary, (placement, tmp_path / "s.pdf")),
            (services.documents.write_agreement, (placement, tmp_path / "a.pdf")),
            (services.documents.write_register_extract, (participant, tmp_path / "e.pdf")),
        ]
        for attempt, arguments in attempts:
            with pytest.raises(NotFoundError):
                attempt(*arguments)
        assert not list(tmp_path.iterdir())


def test_each_coordinators_exports_and_documents_hold_only_their_units_people(
    units: TwoUnits, tmp_path: Path
) -> None:
    for own, other in both(units):
        folder = tmp_path / own.coordinator.name
        folder.mkdir()
        exports, documents = own.services.exports, own.services.documents
        exports.write_participants(folder / "people.csv")
        listed = _csv_text(folder / "people.csv")
        assert own.name_word in listed and other.name_word not in listed
        exports.write_placements(folder / "placements.csv")
        listed = _csv_text(folder / "placements.csv")
        assert own.name_word in listed and other.name_word not in listed
        calendar = exports.write_calendar(folder / "calendar.ics")
        assert calendar.rows > 0
        events = (folder / "calendar.ics").read_text(encoding="utf-8")
        assert f"Arbetsplats {own.coordinator.unit}" in events
        assert f"Arbetsplats {other.coordinator.unit}" not in events
        written = documents.write_active_summaries(folder)
        assert sorted(d.subject_id for d in written) == sorted(own.placements)
        agreement = documents.write_agreement(own.placements[0], folder / "agreement.pdf")
        extract = documents.write_register_extract(own.participants[0], folder / "extract.pdf")
        assert (agreement.subject_id, extract.subject_id) == (
            own.placements[0],
            own.participants[0],
        )
        # The register extract's data: the person's own placements and notes, nothing else.
        detail = own.services.browse.participant(own.participants[0])
        assert {p.id for p in detail.placements} == {own.placements[0]}


def test_a_coordinator_cannot_change_the_organisations_lists_or_the_audit_log(
    units: TwoUnits, clock: FixedClock
) -> None:
    anna = units.norr.coordinator
    with pytest.raises(AmbassadorError):
        anna.services.settings.save_list(ListName.NOTE_KINDS, ["Besök"])
    # The database itself refuses, whatever the program asks.
    with pytest.raises(StorageError) as refused, anna.database.write() as uow:
        uow.lists.replace(ListName.NOTE_KINDS, ["Besök"])
    assert refused.value.message == NO_PERMISSION
    with pytest.raises(StorageError) as refused, anna.database.write() as uow:
        uow.audit.delete_older_than(clock.now().replace(year=2100))
    assert refused.value.message == NO_PERMISSION
    assert units.norr.services.settings.list_labels(ListName.NOTE_KINDS)  # still read


def test_an_admin_may_change_the_organisations_lists(team: Team, units: TwoUnits) -> None:
    admin = team.add("ada", StaffRole.ADMIN, "Norr")
    assert admin.services.connection.identity().is_admin
    with admin.database.write() as uow:
        uow.lists.replace(ListName.NOTE_KINDS, ["Besök", "Telefonsamtal"])
    # An admin is a coordinator of their unit too: Norr's people, not Söder's.
    listed = admin.services.browse.participants(ParticipantFilter())
    assert sorted(row.id for row in listed.rows) == sorted(units.norr.participants)


def test_a_manager_reads_no_person(units: TwoUnits) -> None:
    maja = units.manager.services
    with pytest.raises(StorageError):
        maja.browse.participants(ParticipantFilter())


def _csv_text(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")
