"""Participants, employers and contacts: validation, duplicates, consents, trash."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.employer import ContactFields
from ambassador.domain.enums import ConsentScope, ContactRole
from ambassador.domain.errors import NotFoundError, RuleViolationError, ValidationError
from ambassador.domain.trash import TrashKind
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import (
    employer_fields,
    make_employer,
    make_identity_number,
    make_organisation_number,
    make_participant,
    make_placement,
    note_fields,
    participant_fields,
)


def test_create_participant_stores_normalised_number(services: Services) -> None:
    number = make_identity_number(date(1990, 5, 17))
    saved = services.participants.create(participant_fields(personal_identity_number=number))
    assert saved.participant.personal_identity_number == number.replace("-", "")
    assert saved.changes.participants == {saved.participant.id}


def test_create_participant_refuses_duplicate_number_and_writes_nothing(
    services: Services,
) -> None:
    number = make_identity_number(date(1990, 5, 17))
    services.participants.create(participant_fields(personal_identity_number=number))
    short_form = number[2:]  # the same person written YYMMDD-NNNN
    with pytest.raises(ValidationError) as raised:
        services.participants.create(
            participant_fields(first_name="Annan", personal_identity_number=short_form)
        )
    assert [p.field for p in raised.value.problems] == ["personal_identity_number"]
    assert len(services.participants.page()) == 1


def test_number_of_trashed_participant_can_be_registered_again(services: Services) -> None:
    number = make_identity_number(date(1990, 5, 17))
    first = services.participants.create(participant_fields(personal_identity_number=number))
    services.participants.delete(first.participant.id)
    services.participants.create(participant_fields(personal_identity_number=number))
    assert len(services.participants.page()) == 1


def test_update_participant_keeps_own_number(services: Services) -> None:
    number = make_identity_number(date(1975, 1, 31), woman=False)
    saved = services.participants.create(participant_fields(personal_identity_number=number))
    updated = services.participants.update(
        saved.participant.id,
        replace(participant_fields(personal_identity_number=number), goals="Undersköterska"),
    )
    assert updated.participant.goals == "Undersköterska"
    assert updated.participant.updated_at == saved.participant.updated_at


def test_update_missing_participant_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.participants.update(404, participant_fields())


def test_consent_to_share_needs_requires_employer(services: Services) -> None:
    participant_id = make_participant(services)
    employer_id = make_employer(services)
    with pytest.raises(ValidationError):
        services.participants.give_consent(
            participant_id, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER, None, date(2026, 11, 1)
        )
    services.participants.give_consent(
        participant_id, ConsentScope.SHARE_NEEDS_WITH_EMPLOYER, employer_id, date(2026, 11, 1)
    )
    (consent,) = services.participants.consents(participant_id)
    assert consent.in_force_on(date(2026, 11, 24))
    services.participants.withdraw_consent(participant_id, consent.id)
    (withdrawn,) = services.participants.consents(participant_id)
    assert not withdrawn.in_force_on(date(2026, 11, 24))


def test_withdrawing_an_unknown_consent_is_not_found_and_changes_nothing(
    services: Services,
) -> None:
    participant_id = make_participant(services)
    other_id = make_participant(services)
    services.participants.give_consent(
        participant_id, ConsentScope.CONTACT_REFERRAL_SOURCE, None, date(2026, 11, 1)
    )
    (consent,) = services.participants.consents(participant_id)
    for owner, consent_id in ((participant_id, consent.id + 1), (other_id, consent.id)):
        with pytest.raises(NotFoundError) as raised:
            services.participants.withdraw_consent(owner, consent_id)
        assert (raised.value.kind, raised.value.record_id) == ("consent", consent_id)
    assert services.participants.consents(participant_id) == [consent]


def test_employer_duplicate_organisation_number_refused(services: Services) -> None:
    number = make_organisation_number(1234)
    make_employer(services, organisation_number=number)
    with pytest.raises(ValidationError):
        make_employer(services, name="Samma AB", organisation_number=number.replace("-", ""))


def test_employer_with_placements_cannot_be_deleted(services: Services) -> None:
    employer_id = make_employer(services)
    make_placement(services, employer_id=employer_id)
    with pytest.raises(RuleViolationError):
        services.employers.delete(employer_id)
    assert services.employers.get(employer_id).deleted_at is None


def test_trash_restores_within_30_days_and_purges_after(
    services: Services, clock: FixedClock, database: Database
) -> None:
    participant_id = make_participant(services)
    placement_id = make_placement(services, participant_id=participant_id)
    services.follow_up.schedule_check_in(placement_id, clock.now(), "Telefonsamtal")
    (check_in,) = services.follow_up.check_ins_of_placement(placement_id)
    services.follow_up.complete_check_in(
        check_in.id,
        note_fields(participant_id, placement_id, clock.now(), text="Pratade om hygienrutiner"),
    )
    services.participants.delete(participant_id)
    with pytest.raises(NotFoundError):
        services.participants.get(participant_id)
    clock.set(clock.now() + timedelta(days=26))
    services.trash.restore(services.trash.items()[0].kind, participant_id)
    assert services.participants.get(participant_id).id == participant_id

    services.participants.delete(participant_id)
    clock.set(clock.now() + timedelta(days=30))
    assert services.trash.items() == []  # expired: no longer offered
    assert services.trash.empty_expired() == 1
    with pytest.raises(NotFoundError):
        services.placements.get(placement_id)
    assert services.search.search("Åsa") == []
    assert services.search.search("hygienrutiner") == []
    with database.read() as uow:  # nothing left behind that pointed at the person
        assert uow.notes.of_participant(participant_id) == []
        assert uow.check_ins.of_placement(placement_id) == []


def test_employer_fields_factory_is_valid(services: Services) -> None:
    assert services.employers.create(employer_fields()).employer.name == "Bergströms Bygg AB"


def test_contacts_are_added_edited_and_listed_by_name(services: Services) -> None:
    employer_id = make_employer(services)
    first, _changes = services.employers.add_contact(
        ContactFields(employer_id=employer_id, name="Ulf Berg", role=ContactRole.MANAGER)
    )
    services.employers.add_contact(ContactFields(employer_id=employer_id, name="Anna Ek"))
    edited, changes = services.employers.update_contact(
        first.id, ContactFields(employer_id=employer_id, name="Ulf Bergh", phone="070-111 22 33")
    )
    assert changes.employers == {employer_id}
    assert [c.name for c in services.employers.contacts(employer_id)] == ["Anna Ek", "Ulf Bergh"]
    with pytest.raises(ValidationError):
        services.employers.update_contact(first.id, ContactFields(employer_id=employer_id, name=""))
    with pytest.raises(NotFoundError):
        services.employers.update_contact(999, ContactFields(employer_id=employer_id, name="X"))


def test_employer_update_and_trash_round_trip(
    services: Services, clock: FixedClock, database: Database
) -> None:
    employer_id = make_employer(services)
    make_supervisor_id = services.employers.add_contact(
        ContactFields(employer_id=employer_id, name="Kerstin Lind")
    )[0].id
    services.employers.update(employer_id, employer_fields(name="Bergströms Bygg & Måleri AB"))
    assert services.employers.get(employer_id).name == "Bergströms Bygg & Måleri AB"
    services.employers.delete(employer_id)
    assert services.employers.page() == []
    clock.set(clock.now() + timedelta(days=31))
    assert services.trash.empty_expired() == 1
    with database.read() as uow:
        assert uow.employers.get(employer_id, include_deleted=True) is None
        assert uow.employers.contact(make_supervisor_id) is None
    with pytest.raises(NotFoundError):
        services.trash.restore(TrashKind.EMPLOYER, employer_id)


def test_deleted_note_leaves_search_and_can_be_restored(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    note = services.follow_up.add_note(
        note_fields(participant_id, placement_id, clock.now(), text="Kassasystem klart")
    ).note
    services.follow_up.delete_note(note.id)
    assert services.search.search("kassasystem") == []
    assert services.follow_up.notes_of_placement(placement_id) == []
    services.trash.restore(TrashKind.NOTE, note.id)
    assert [n.id for n in services.follow_up.notes_of_placement(placement_id)] == [note.id]
