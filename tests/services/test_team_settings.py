"""On a server, as real database roles: the organisation's settings are its administrator's
(a coordinator's program knows it before the database refuses), a coordinator's own contact
details and language are theirs, their drafts are their own, their entries in the logs name
them, and old log entries are an administrator's to purge."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import text

from ambassador.domain.clock import FixedClock
from ambassador.domain.drafts import note_key
from ambassador.domain.enums import ListName
from ambassador.domain.errors import RuleViolationError, StorageError
from ambassador.domain.plan import DEFAULT_PLAN
from ambassador.domain.reporting_systems import ReportingSystem
from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services
from ambassador.services.settings import ADMINISTRATOR_ONLY
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from tests.factories import make_placement, note_fields
from tests.peek import table
from tests.team import Member, Team, team_on

pytestmark = pytest.mark.postgresql_only

LONG_AGO = datetime(2022, 3, 1, 10, 0)


@pytest.fixture
def team(engine_name: str, server_address: ServerAddress, clock: FixedClock) -> Iterator[Team]:
    with team_on(server_address, clock) as made:
        yield made


def coordinator(team: Team, name: str) -> Member:
    """A coordinator in Norr, where `placement_in_unit` puts its person."""
    return team.add(name, StaffRole.COORDINATOR, "Norr")


def administrator(team: Team, name: str) -> Member:
    return team.add(name, StaffRole.ADMIN, "Norr")


def placement_in_unit(services: Services, database: Database, unit: str = "Norr") -> int:
    """A placement whose person is in `unit`, made by the owner (IT) and moved there."""
    placement = make_placement(services)
    with database.engine.begin() as connection:
        connection.execute(
            text("UPDATE participants SET unit_id = (SELECT id FROM units WHERE name = :unit)"),
            {"unit": unit},
        )
    return placement


def test_a_coordinator_keeps_their_own_contact_details_and_language(
    team: Team, services: Services, database: Database
) -> None:
    services.settings.save(
        dataclasses.replace(
            services.settings.get(), organisation_name="Jobbcenter", coordinator_name="Växeln"
        )
    )
    anna, bo = coordinator(team, "anna"), coordinator(team, "bo")
    as_anna, as_bo = anna.services, bo.services
    assert not as_anna.settings.organisation_editable()
    mine = dataclasses.replace(
        as_anna.settings.get(),
        coordinator_name="Anna Berg",
        coordinator_phone="070-111 22 33",
        language="en",
    )
    as_anna.settings.save(mine)
    assert as_anna.settings.get() == mine
    assert as_anna.settings.get().organisation_name == "Jobbcenter"
    # Bo, who set nothing, has the organisation's; the organisation's own are unchanged.
    bo_sees = as_bo.settings.get()
    assert (bo_sees.coordinator_name, bo_sees.language) == ("Växeln", "sv")
    assert services.settings.get().coordinator_name == "Växeln"
    assert sorted(table(database, "SELECT user_name, key FROM user_settings")) == [
        (anna.name, "coordinator_name"),
        (anna.name, "coordinator_phone"),
        (anna.name, "language"),
    ]
    # What the database keeps per user is the user's alone to see.
    with bo.database.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM user_settings")) == 0


def test_a_coordinator_is_refused_the_organisations_settings_before_the_database_refuses(
    team: Team,
) -> None:
    anna = coordinator(team, "anna")
    as_anna = anna.services
    settings = as_anna.settings.get()
    attempts = [
        lambda: as_anna.settings.save(
            dataclasses.replace(settings, organisation_name="Annas eget")
        ),
        lambda: as_anna.settings.save(dataclasses.replace(settings, import_max_rows=500)),
        lambda: as_anna.settings.save_list(ListName.NOTE_KINDS, ["Samtal"]),
        lambda: as_anna.settings.set_type_plan(
            as_anna.settings.list_labels(ListName.PLACEMENT_TYPES)[0], DEFAULT_PLAN
        ),
        lambda: as_anna.report_mappings.save(ReportingSystem.SUS, []),
    ]
    for attempt in attempts:
        with pytest.raises(RuleViolationError) as refused:
            attempt()
        assert refused.value.message == ADMINISTRATOR_ONLY
    # Saving the form unchanged is no attempt: nothing of the organisation's is written.
    as_anna.settings.save(settings)
    sus = ReportingSystem.SUS
    as_anna.report_mappings.save(sus, as_anna.report_mappings.mappings(sus))
    # And the database itself refuses, should anything get past the program.
    with pytest.raises(StorageError), anna.database.write() as uow:
        uow.settings.put({"organisation_name": "Annas eget"})


def test_the_administrator_changes_the_organisations_settings(team: Team) -> None:
    as_admin = administrator(team, "greta").services
    assert as_admin.settings.organisation_editable()
    as_admin.settings.save(
        dataclasses.replace(as_admin.settings.get(), organisation_name="Jobbcenter Syd")
    )
    labels = as_admin.settings.list_labels(ListName.NOTE_KINDS)
    as_admin.settings.save_list(ListName.NOTE_KINDS, [*labels, "Studiebesök"])
    as_anna = coordinator(team, "anna").services
    assert as_anna.settings.get().organisation_name == "Jobbcenter Syd"
    assert "Studiebesök" in as_anna.settings.list_labels(ListName.NOTE_KINDS)


def test_two_coordinators_typing_a_note_on_one_placement_keep_their_own_drafts(
    team: Team, services: Services, database: Database
) -> None:
    as_anna, as_bo = coordinator(team, "anna").services, coordinator(team, "bo").services
    placement = placement_in_unit(services, database)
    person = as_anna.placements.get(placement).participant_id
    key = note_key(participant_id=person, placement_id=placement)
    as_anna.drafts.keep(key, person, placement, {"text": "Annas utkast"})
    as_bo.drafts.keep(key, person, placement, {"text": "Bos utkast"})
    anna_draft, bo_draft = as_anna.drafts.get(key), as_bo.drafts.get(key)
    assert anna_draft is not None and anna_draft.fields["text"] == "Annas utkast"
    assert bo_draft is not None and bo_draft.fields["text"] == "Bos utkast"
    as_anna.drafts.discard(key)
    assert as_anna.drafts.get(key) is None
    kept = as_bo.drafts.get(key)
    assert kept is not None and kept.fields["text"] == "Bos utkast"


def test_the_logs_name_the_coordinator_and_old_entries_are_the_administrators_to_purge(
    team: Team, services: Services, database: Database, clock: FixedClock
) -> None:
    annas, admins = coordinator(team, "anna"), administrator(team, "greta")
    as_anna, as_admin = annas.services, admins.services
    anna, admin = annas.name, admins.name
    person = as_anna.placements.get(placement_in_unit(services, database)).participant_id
    note = as_anna.follow_up.add_note(note_fields(person, None, clock.now())).note.id
    as_anna.settings.save(dataclasses.replace(as_anna.settings.get(), coordinator_name="Anna Berg"))
    (entry,) = as_anna.audit.recent()
    assert entry.user_name == anna
    assert ("notes", note, anna) in {
        (c.table_name, c.record_id, c.user_name) for c in as_anna.audit.changes()
    }
    assert as_anna.audit.changes(user_name=anna)
    assert as_anna.audit.changes(user_name=admin) == []
    # The filter offers the team (Greta too, who changed nothing) and the newest changers.
    assert {anna, admin} <= set(as_anna.audit.change_users())

    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO change_log (at, user_name, table_name, record_id, action) "
                "VALUES (:at, 'someone', 'participants', 999, 'delete')"
            ),
            {"at": LONG_AGO},
        )
    as_admin.settings.save(
        dataclasses.replace(
            as_admin.settings.get(),
            log_retention_months=12,
            log_retention_decision="KS 2025-03-12 § 46",
        )
    )
    assert not as_anna.retention.may_purge_logs()
    plan = as_anna.retention.preview()
    assert plan.logs_for_administrator and plan.log_entries == 0
    as_anna.retention.purge()  # nothing of hers due: the logs stay
    assert (999,) in table(database, "SELECT record_id FROM change_log")
    with pytest.raises(StorageError), annas.database.write() as uow:
        uow.change_log.delete_older_than(datetime(2023, 1, 1))

    assert as_admin.retention.may_purge_logs()
    assert as_admin.retention.preview().log_entries >= 1
    as_admin.retention.purge()
    assert (999,) not in table(database, "SELECT record_id FROM change_log")


def test_coordinators_export_the_calendar_with_the_same_uids(
    team: Team, services: Services, database: Database, clock: FixedClock, tmp_path: Path
) -> None:
    """The calendar's word is the organisation's, which a coordinator may not store: IT's
    add-user makes it, and everyone's files agree."""
    as_anna = coordinator(team, "anna").services
    as_bo = coordinator(team, "bo").services
    placement = placement_in_unit(services, database)
    at = clock.now() + timedelta(days=2)
    services.follow_up.schedule_check_in(placement, at, "Arbetsplatsbesök")
    owners = services.exports.write_calendar(tmp_path / "it.ics").path.read_bytes()
    annas = as_anna.exports.write_calendar(tmp_path / "anna.ics").path.read_bytes()
    bos = as_bo.exports.write_calendar(tmp_path / "bo.ics").path.read_bytes()
    uids = [
        [str(event["UID"]) for event in Calendar.from_ical(data).walk("VEVENT")]
        for data in (owners, annas, bos)
    ]
    assert uids[0] and uids[0] == uids[1] == uids[2]
