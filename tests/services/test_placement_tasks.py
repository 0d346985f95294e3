"""The tasks a placement covers: an employer's save keeps its tasks' ids (and so the links),
a placement's tasks are its employer's, in the employer's order, and go with a removed task."""

from __future__ import annotations

from dataclasses import replace

import pytest

from ambassador.domain.errors import ValidationError
from ambassador.domain.tasks import COVERED_TASKS_FIELD, TASK_NOT_OFFERED, EmployerTask
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import employer_fields, make_placement

LAGER = "Lager och logistik"
KOK = "Kök och restaurang"


def employer_with_tasks(services: Services, name: str, *titles: str) -> tuple[int, list[int]]:
    saved = services.employers.create(
        employer_fields(name=name, organisation_number=None),
        [EmployerTask(title=title, category=LAGER) for title in titles],
    )
    tasks = services.employers.tasks(saved.employer.id)
    assert all(task.id is not None for task in tasks)
    return saved.employer.id, [task.id for task in tasks if task.id is not None]


def test_an_employers_save_keeps_the_ids_of_the_tasks_it_keeps(services: Services) -> None:
    employer, (plocka, packa, inventera) = employer_with_tasks(
        services, "Lagerhuset", "Plocka", "Packa", "Inventera"
    )
    tasks = services.employers.tasks(employer)
    # Renamed, moved first, one removed, one new.
    edited = [
        replace(tasks[2], title="Inventera hyllor", category=KOK),
        tasks[0],
        EmployerTask(title="Köra truck"),
    ]
    services.employers.update(
        employer, employer_fields(name="Lagerhuset", organisation_number=None), edited
    )
    after = services.employers.tasks(employer)
    assert [(t.id, t.title, t.category) for t in after[:2]] == [
        (inventera, "Inventera hyllor", KOK),
        (plocka, "Plocka", LAGER),
    ]
    assert after[2].title == "Köra truck" and after[2].id not in (plocka, packa, inventera)


def test_a_task_id_of_another_employer_is_a_new_task_not_a_move(services: Services) -> None:
    first, (plocka,) = employer_with_tasks(services, "Lagerhuset", "Plocka")
    second, _ = employer_with_tasks(services, "Köket", "Diska")
    services.employers.update(
        second,
        employer_fields(name="Köket", organisation_number=None),
        [EmployerTask(title="Plocka", id=plocka)],
    )
    assert [t.id for t in services.employers.tasks(first)] == [plocka]
    (taken,) = services.employers.tasks(second)
    assert taken.title == "Plocka" and taken.id != plocka


def test_a_placement_keeps_its_tasks_in_the_employers_order(
    services: Services, database: Database
) -> None:
    employer, (plocka, packa, inventera) = employer_with_tasks(
        services, "Lagerhuset", "Plocka", "Packa", "Inventera"
    )
    placement_id = make_placement(
        services, employer_id=employer, task_ids=(inventera, plocka, inventera)
    )
    assert services.placements.get(placement_id).task_ids == (plocka, inventera)
    (listed,) = services.placements.of_participant(
        services.placements.get(placement_id).participant_id
    )
    assert listed.task_ids == (plocka, inventera)
    with database.read() as uow:  # the whole register, as the placements list export reads it
        assert uow.placements.all()[placement_id].task_ids == (plocka, inventera)

    placement = services.placements.get(placement_id)
    saved = services.placements.update(
        placement_id, replace(placement, task_ids=(packa,)), expected_version=placement.version
    )
    assert saved.placement.task_ids == (packa,)
    assert services.placements.get(placement_id).task_ids == (packa,)
    services.placements.update(placement_id, replace(saved.placement, task_ids=()))
    assert services.placements.get(placement_id).task_ids == ()


def test_a_task_of_another_employer_is_refused(services: Services, database: Database) -> None:
    employer, _ = employer_with_tasks(services, "Lagerhuset", "Plocka")
    _, (diska,) = employer_with_tasks(services, "Köket", "Diska")
    with pytest.raises(ValidationError) as raised:
        make_placement(services, employer_id=employer, task_ids=(diska,))
    assert [(p.field, p.message) for p in raised.value.problems] == [
        (COVERED_TASKS_FIELD, TASK_NOT_OFFERED)
    ]
    with database.read() as uow:
        assert uow.placements.of_employer(employer) == []


def test_the_placement_keeps_its_task_through_the_employers_save_and_loses_a_removed_one(
    services: Services,
) -> None:
    employer, (plocka, packa) = employer_with_tasks(services, "Lagerhuset", "Plocka", "Packa")
    placement_id = make_placement(services, employer_id=employer, task_ids=(plocka, packa))
    tasks = services.employers.tasks(employer)
    fields = employer_fields(name="Lagerhuset", organisation_number=None)
    services.employers.update(employer, fields, [replace(tasks[0], title="Plocka varor")])
    assert services.placements.get(placement_id).task_ids == (plocka,)
    # Saving the employer with the same tasks again changes nothing of the placement's.
    services.employers.update(employer, fields, services.employers.tasks(employer))
    assert services.placements.get(placement_id).task_ids == (plocka,)
    services.employers.update(employer, fields, [])
    assert services.placements.get(placement_id).task_ids == ()
