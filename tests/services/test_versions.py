"""Every save counts a version, and a form that saves with a version someone else has since
saved past is refused with the record as it is now: nothing is written, on a file or a server.

A form is played here by a record read through the services and saved later with its version;
"someone else" by a save in between through the same services (the two-connection races are in
test_races.py)."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from ambassador.domain.employer import ContactFields
from ambassador.domain.enums import ContactRole, Outcome
from ambassador.domain.errors import ConflictError, NotFoundError, ValidationError
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.placement import ALREADY_ENDED, Ending, PlacementFields
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.conftest import NOW
from tests.factories import (
    employer_fields,
    make_employer,
    make_placement,
    note_fields,
    participant_fields,
    without_ids,
)
from tests.peek import table


def editable(placement: object) -> PlacementFields:
    """The fields a placement form shows, as read."""
    names = [field.name for field in dataclasses.fields(PlacementFields)]
    return PlacementFields(**{name: getattr(placement, name) for name in names})


def changed_by_on(database: Database) -> str:
    """Who the change log names for a save here: the database user on a server, no one on a
    file."""
    return "" if database.server is None else database.server.user or ""


def test_every_save_counts_a_version(services: Services) -> None:
    placement_id = make_placement(services)
    read = services.placements.get(placement_id)
    assert read.version == 1

    saved = services.placements.update(
        placement_id, editable(dataclasses.replace(read, purpose="Ny")), expected_version=1
    )
    assert saved.placement.version == 2 == services.placements.get(placement_id).version
    # A save of what is already there counts too: the form was saved.
    again = services.placements.update(placement_id, editable(saved.placement))
    assert again.placement.version == 3
    services.placements.set_paused(placement_id, True, expected_version=3)
    services.placements.set_paused(placement_id, False, expected_version=4)
    assert services.placements.get(placement_id).version == 5


def test_a_stale_placement_form_is_refused_with_the_record_as_it_is(
    services: Services, database: Database
) -> None:
    """Anna saves the purpose; Bo's form, read before, saves the goals: Bo is refused with
    Anna's purpose in hand, and nothing of his is written."""
    placement_id = make_placement(services, purpose="Gammalt syfte", goals="Gamla mål")
    anna = services.placements.get(placement_id)
    bo = services.placements.get(placement_id)
    services.placements.update(
        placement_id,
        editable(dataclasses.replace(anna, purpose="Annas syfte")),
        expected_version=anna.version,
    )

    with pytest.raises(ConflictError) as refused:
        services.placements.update(
            placement_id,
            editable(dataclasses.replace(bo, goals="Bos mål")),
            expected_version=bo.version,
        )

    conflict = refused.value
    assert (conflict.kind, conflict.record_id, conflict.deleted) == (
        "placement",
        placement_id,
        False,
    )
    assert conflict.current == services.placements.get(placement_id)
    assert (conflict.current.purpose, conflict.current.goals) == ("Annas syfte", "Gamla mål")
    assert conflict.current.version == bo.version + 1
    assert conflict.changed_by == changed_by_on(database)
    # Bo merges and saves again with the version he has now been shown: both edits stay.
    merged = dataclasses.replace(conflict.current, goals="Bos mål")
    services.placements.update(
        placement_id, editable(merged), expected_version=conflict.current.version
    )
    stored = services.placements.get(placement_id)
    assert (stored.purpose, stored.goals, stored.version) == ("Annas syfte", "Bos mål", 3)


def test_stale_end_pause_and_trash_of_a_placement_are_refused(services: Services) -> None:
    placement_id = make_placement(services)
    read = services.placements.get(placement_id)
    services.placements.update(placement_id, editable(dataclasses.replace(read, unit="Lager")))
    ending = Ending(ended_on=NOW.date(), outcome=Outcome.EMPLOYMENT)

    for refused_call in (
        lambda: services.placements.end(placement_id, ending, expected_version=read.version),
        lambda: services.placements.set_paused(placement_id, True, expected_version=1),
        lambda: services.placements.delete(placement_id, expected_version=read.version),
    ):
        with pytest.raises(ConflictError) as refused:
            refused_call()
        assert refused.value.current.unit == "Lager"
    stored = services.placements.get(placement_id)
    assert (stored.ending, stored.paused, stored.version) == (None, False, 2)
    assert services.outcome_checks.of_placement(placement_id) is None


def test_ending_an_ended_placement_says_it_has_ended_whatever_the_version(
    services: Services,
) -> None:
    """The second of two who end the same placement is told it has ended: there is nothing
    to merge an ending with."""
    placement_id = make_placement(services)
    read = services.placements.get(placement_id)
    ending = Ending(ended_on=NOW.date(), outcome=Outcome.EMPLOYMENT)
    services.placements.end(placement_id, ending, expected_version=read.version)

    with pytest.raises(ValidationError) as refused:
        services.placements.end(
            placement_id,
            Ending(ended_on=NOW.date() - timedelta(days=1), outcome=Outcome.STUDIES),
            expected_version=read.version,
        )
    assert [p.message for p in refused.value.problems] == [ALREADY_ENDED]
    assert services.placements.get(placement_id).ending == ending


def test_a_record_someone_trashed_is_a_conflict_with_nothing_to_merge(
    services: Services,
) -> None:
    placement_id = make_placement(services)
    read = services.placements.get(placement_id)
    services.placements.delete(placement_id, expected_version=read.version)

    with pytest.raises(ConflictError) as refused:
        services.placements.update(placement_id, editable(read), expected_version=read.version)
    assert refused.value.deleted and refused.value.current.deleted_at == NOW
    # A caller that is not a form is told it is not found, as before versions.
    with pytest.raises(NotFoundError):
        services.placements.update(placement_id, editable(read))


def test_a_stale_participant_form_is_refused_and_nothing_written(services: Services) -> None:
    participant_id = services.participants.create(participant_fields()).participant.id
    read = services.participants.get(participant_id)
    services.participants.update(
        participant_id, participant_fields(phone="070-111 11 11"), expected_version=read.version
    )

    with pytest.raises(ConflictError) as refused:
        services.participants.update(
            participant_id, participant_fields(goals="Ett jobb"), expected_version=read.version
        )
    assert refused.value.kind == "participant"
    assert refused.value.current.phone == "070-111 11 11" and refused.value.current.goals == ""
    with pytest.raises(ConflictError):
        services.participants.delete(participant_id, expected_version=read.version)
    stored = services.participants.get(participant_id)
    assert (stored.goals, stored.deleted_at, stored.version) == ("", None, 2)
    services.participants.delete(participant_id, expected_version=stored.version)
    assert services.trash.items()[0].record_id == participant_id


def test_an_employers_tasks_are_saved_with_its_version(services: Services) -> None:
    """Tasks go with the employer's form: replacing them alone counts a save of the employer,
    so another form holding the employer sees it changed."""
    employer_id = make_employer(services)
    read = services.employers.get(employer_id)
    fields = employer_fields()
    tasks = [EmployerTask(title="Plocka varor")]
    saved = services.employers.update(employer_id, fields, tasks, expected_version=read.version)
    assert saved.employer.version == read.version + 1

    with pytest.raises(ConflictError) as refused:
        services.employers.update(
            employer_id, employer_fields(capacity=3), [], expected_version=read.version
        )
    assert refused.value.kind == "employer" and refused.value.current == saved.employer
    assert without_ids(services.employers.tasks(employer_id)) == tasks
    assert services.employers.get(employer_id).capacity == fields.capacity
    with pytest.raises(ConflictError):
        services.employers.delete(employer_id, expected_version=read.version)


def test_a_contact_has_a_version_of_its_own(services: Services) -> None:
    """A contact is edited in a form of its own: its version, not its employer's, guards it,
    and saving the employer does not make a contact form stale."""
    employer_id = make_employer(services)
    contact, _changes = services.employers.add_contact(
        ContactFields(employer_id=employer_id, name="Kerstin Lind", role=ContactRole.SUPERVISOR)
    )
    assert contact.version == 1
    employer = services.employers.get(employer_id)
    services.employers.update(employer_id, employer_fields(), expected_version=employer.version)

    renamed, _changes = services.employers.update_contact(
        contact.id,
        ContactFields(employer_id=employer_id, name="Kerstin Lindh"),
        expected_version=contact.version,
    )
    assert renamed.version == 2
    with pytest.raises(ConflictError) as refused:
        services.employers.update_contact(
            contact.id,
            ContactFields(employer_id=employer_id, name="Kerstin Berg"),
            expected_version=contact.version,
        )
    assert refused.value.kind == "contact" and refused.value.current == renamed
    assert services.employers.contacts(employer_id) == [renamed]


def test_a_stale_note_is_not_trashed(services: Services) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    note = services.follow_up.add_note(
        note_fields(participant_id, placement_id, NOW - timedelta(hours=1))
    ).note
    assert note.version == 1
    services.follow_up.delete_note(note.id, expected_version=1)
    with pytest.raises(ConflictError) as refused:
        services.follow_up.delete_note(note.id, expected_version=1)
    assert refused.value.deleted and refused.value.kind == "note"


def test_a_stale_outcome_check_is_refused(services: Services, database: Database) -> None:
    placement_id = make_placement(services, start_date=date(2026, 3, 1))
    services.placements.end(
        placement_id, Ending(ended_on=date(2026, 6, 1), outcome=Outcome.EMPLOYMENT)
    )
    check = services.outcome_checks.of_placement(placement_id)
    assert check is not None and check.version == 1
    services.outcome_checks.record(check.id, FollowUpResult.WORK, expected_version=1)
    with pytest.raises(ConflictError) as refused:
        services.outcome_checks.take_back(check.id, expected_version=1)
    assert refused.value.current.result is FollowUpResult.WORK
    services.outcome_checks.take_back(check.id, expected_version=2)
    assert table(database, "SELECT version, result FROM outcome_checks") == [(3, None)]


def test_callers_that_are_not_forms_save_as_before(services: Services) -> None:
    """Imports, sample data and the command line pass no version: nothing is checked, and the
    version still counts their saves."""
    placement_id = make_placement(services)
    read = services.placements.get(placement_id)
    services.placements.update(placement_id, editable(dataclasses.replace(read, unit="A")))
    services.placements.update(placement_id, editable(dataclasses.replace(read, unit="B")))
    assert services.placements.get(placement_id).version == 3
