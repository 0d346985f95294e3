"""Projects: the list, add, change with versions, remove refused while placements belong."""

from __future__ import annotations

from datetime import date

import pytest

from ambassador.domain.errors import ConflictError, RuleViolationError, ValidationError
from ambassador.domain.projects import ProjectFields
from ambassador.services.bundle import Services
from ambassador.services.projects import ProjectService
from tests.factories import make_placement


def project_fields(**overrides: object) -> ProjectFields:
    values: dict[str, object] = {
        "name": "Vägen vidare (ESF+)",
        "start_date": date(2025, 1, 1),
        "end_date": date(2027, 12, 31),
        "reference": "2024/00123",
        "funding_source": "ESF+",
        "target_participants": 60,
    }
    values.update(overrides)
    return ProjectFields(**values)  # type: ignore[arg-type]


def test_projects_lists_the_newest_period_first(services: Services) -> None:
    assert services.projects.projects() == []
    older = services.projects.add(project_fields(name="Unga in", start_date=date(2024, 3, 1)))
    newer = services.projects.add(project_fields())
    listed = services.projects.projects()
    assert [p.id for p in listed] == [newer.project.id, older.project.id]
    assert listed[0].target_participants == 60
    assert listed[0].funding_source == "ESF+"
    assert newer.changes.projects == {newer.project.id}


def test_add_cleans_and_refuses_bad_fields(services: Services) -> None:
    saved = services.projects.add(project_fields(name="  Unga in \x00", reference=" R1 "))
    assert saved.project.name == "Unga in"
    assert saved.project.reference == "R1"
    with pytest.raises(ValidationError) as error:
        services.projects.add(
            project_fields(
                name=" ",
                start_date=date(2026, 1, 1),
                end_date=date(2025, 1, 1),
                target_participants=0,
            )
        )
    assert {p.field for p in error.value.problems} == {"name", "end_date", "target_participants"}
    assert len(services.projects.projects()) == 1


def test_update_refuses_a_stale_version(services: Services) -> None:
    project = services.projects.add(project_fields()).project
    first = services.projects.update(
        project.id, project_fields(target_participants=70), expected_version=project.version
    )
    assert first.project.target_participants == 70
    assert first.project.version == project.version + 1
    with pytest.raises(ConflictError):
        services.projects.update(
            project.id, project_fields(target_participants=80), expected_version=project.version
        )
    assert services.projects.get(project.id).target_participants == 70


def test_remove_is_refused_while_placements_belong_to_it(services: Services) -> None:
    project = services.projects.add(project_fields()).project
    make_placement(services, project_id=project.id)
    make_placement(services, project_id=project.id)
    with pytest.raises(RuleViolationError) as error:
        services.projects.remove(project.id)
    assert error.value.params == {"count": 2}
    assert "2 placements" in str(error.value)
    assert services.projects.get(project.id).id == project.id
    other = services.projects.add(project_fields(name="Unga in")).project
    changes = services.projects.remove(other.id, expected_version=other.version)
    assert changes.projects == {other.id}
    assert [p.id for p in services.projects.projects()] == [project.id]


def test_every_writing_method_is_retried() -> None:
    for name in ("add", "update", "remove"):
        method = getattr(ProjectService, name)
        assert getattr(method, "__wrapped__", None) is not None, name
