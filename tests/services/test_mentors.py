"""Mentors: the list, those a placement may have, add, change with versions, remove refused
while placements name the mentor; a placement's mentor must be its employer's or the unit's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ambassador.domain.errors import (
    ConflictError,
    NotFoundError,
    RuleViolationError,
    ValidationError,
)
from ambassador.domain.mentors import MentorFields
from ambassador.domain.placement import PlacementFields
from ambassador.services.bundle import Services
from tests.factories import make_employer, make_participant, make_placement


def test_for_employer_lists_the_employers_mentors_then_the_units(services: Services) -> None:
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    garage = make_employer(services, name="Verkstaden", organisation_number=None)
    at_bakery = services.mentors.add(MentorFields(name="Per Lund", employer_id=bakery)).mentor
    services.mentors.add(MentorFields(name="Åsa Berg", employer_id=garage))
    unit = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    assert [m.id for m in services.mentors.for_employer(bakery)] == [at_bakery.id, unit.id]
    assert len(services.mentors.mentors()) == 3
    assert unit.in_unit and not at_bakery.in_unit


def test_where_the_mentors_work_is_named_an_employer_in_the_trash_too(
    services: Services,
) -> None:
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    garage = make_employer(services, name="Verkstaden", organisation_number=None)
    make_employer(services, name="Ingen mentor AB", organisation_number=None)
    services.mentors.add(MentorFields(name="Per Lund", employer_id=bakery))
    services.mentors.add(MentorFields(name="Åsa Berg", employer_id=garage))
    services.mentors.add(MentorFields(name="Eva Holm"))
    services.employers.delete(garage)
    assert services.mentors.employer_names() == {bakery: "Bageriet", garage: "Verkstaden"}


def test_add_cleans_refuses_bad_fields_and_an_unknown_employer(services: Services) -> None:
    saved = services.mentors.add(MentorFields(name=" Eva Holm\x00 ", phone=" 070-123 45 67 "))
    assert (saved.mentor.name, saved.mentor.phone) == ("Eva Holm", "070-123 45 67")
    assert saved.changes.mentors == {saved.mentor.id}
    with pytest.raises(ValidationError) as error:
        services.mentors.add(MentorFields(name="", phone="abc", email="nej"))
    assert {p.field for p in error.value.problems} == {"name", "phone", "email"}
    with pytest.raises(NotFoundError):
        services.mentors.add(MentorFields(name="Per Lund", employer_id=9999))
    assert len(services.mentors.mentors()) == 1


def test_update_refuses_a_stale_version(services: Services) -> None:
    mentor = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    first = services.mentors.update(
        mentor.id, MentorFields(name="Eva Holm", phone="08-123 45"), expected_version=1
    )
    assert first.mentor.version == 2
    assert first.changes.mentors == {mentor.id}
    with pytest.raises(ConflictError):
        services.mentors.update(mentor.id, MentorFields(name="Eva Lind"), expected_version=1)
    assert services.mentors.get(mentor.id).name == "Eva Holm"


def test_remove_is_refused_while_placements_name_the_mentor(services: Services) -> None:
    mentor = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    make_placement(services, mentor_id=mentor.id, mentor_hours=2.0)
    trashed = make_placement(services, mentor_id=mentor.id)
    services.placements.delete(trashed)
    with pytest.raises(RuleViolationError) as error:
        services.mentors.remove(mentor.id)
    assert error.value.params == {"count": 2}
    assert "2 placements" in str(error.value)
    assert services.mentors.placement_count(mentor.id) == 2
    other = services.mentors.add(MentorFields(name="Per Lund")).mentor
    assert services.mentors.remove(other.id).mentors == {other.id}
    with pytest.raises(NotFoundError):
        services.mentors.get(other.id)


def test_a_placements_mentor_is_its_employers_or_the_units(services: Services) -> None:
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    garage = make_employer(services, name="Verkstaden", organisation_number=None)
    elsewhere = services.mentors.add(MentorFields(name="Åsa Berg", employer_id=garage)).mentor
    here = services.mentors.add(MentorFields(name="Per Lund", employer_id=bakery)).mentor
    unit = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    base = PlacementFields(
        participant_id=make_participant(services),
        employer_id=bakery,
        placement_type="Praktik",
        start_date=date(2026, 9, 1),
    )
    with pytest.raises(ValidationError) as error:
        services.placements.create(replace(base, mentor_id=elsewhere.id))
    assert [p.field for p in error.value.problems] == ["mentor_id"]
    with pytest.raises(ValidationError) as error:
        services.placements.create(replace(base, project_id=4242))
    assert [p.field for p in error.value.problems] == ["project_id"]
    for mentor in (here, unit):
        saved = services.placements.create(
            replace(base, mentor_id=mentor.id, mentor_hours=1.5)
        ).placement
        stored = services.placements.get(saved.id)
        assert (stored.mentor_id, stored.mentor_hours) == (mentor.id, 1.5)


def test_a_placements_terms_are_stored_and_read_back(services: Services) -> None:
    placement_id = make_placement(
        services,
        placement_type="Lönebidrag",
        subsidy_type="Lönebidrag",
        subsidy_amount=16_500.0,
        subsidy_percent=80,
        decision_number="Af 2026-77",
        decision_start=date(2026, 9, 1),
        decision_end=date(2027, 8, 31),
        agreement_form="Visstidsanställning",
        employer_of_record="Bageriet AB",
        municipal_cost=4_200.0,
    )
    stored = services.placements.get(placement_id)
    assert (stored.subsidy_type, stored.subsidy_amount, stored.subsidy_percent) == (
        "Lönebidrag",
        16_500.0,
        80,
    )
    assert (stored.decision_number, stored.decision_start, stored.decision_end) == (
        "Af 2026-77",
        date(2026, 9, 1),
        date(2027, 8, 31),
    )
    assert (stored.agreement_form, stored.employer_of_record, stored.municipal_cost) == (
        "Visstidsanställning",
        "Bageriet AB",
        4_200.0,
    )
