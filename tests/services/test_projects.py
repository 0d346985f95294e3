"""Projects: the list, add, change with versions, remove refused while placements belong."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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


def test_report_counts_people_from_the_stored_placements(services: Services) -> None:
    from ambassador.domain.enums import Gender, Outcome
    from ambassador.domain.placement import Ending
    from ambassador.domain.project_report import AgeBand
    from tests.factories import make_identity_number, make_participant

    project = services.projects.add(project_fields(target_participants=4)).project
    young = make_participant(
        services,
        gender=Gender.WOMAN,
        personal_identity_number=make_identity_number(date(2003, 5, 5)),
    )
    older = make_participant(services, gender=Gender.MAN, personal_identity_number=None)
    first = make_placement(
        services,
        young,
        project_id=project.id,
        start_date=date(2025, 2, 1),
        planned_end_date=date(2025, 6, 30),
    )
    services.placements.end(first, Ending(ended_on=date(2025, 6, 30), outcome=Outcome.STUDIES))
    second = make_placement(
        services,
        young,
        project_id=project.id,
        start_date=date(2025, 8, 1),
        planned_end_date=date(2026, 3, 31),
    )
    services.placements.end(second, Ending(ended_on=date(2026, 3, 31), outcome=Outcome.EMPLOYMENT))
    make_placement(services, older, project_id=project.id, start_date=date(2026, 9, 1))
    make_placement(services, start_date=date(2026, 9, 1))  # in no project

    report = services.projects.report(project.id)
    assert report.people == 2
    assert report.placements_started == 3
    assert report.ended.total == 1
    assert report.ended.of_age(AgeBand.UNDER_25) == 1
    assert report.started.of_age(AgeBand.UNKNOWN) == 1
    assert [(o, p.total) for o, p in report.outcomes] == [(Outcome.EMPLOYMENT, 1)]
    assert report.not_recorded.total == 1  # due in June 2026, before the clock's today
    assert report.toward_target == 2
    lines = services.projects.lines()
    assert [(line.project.id, line.people) for line in lines] == [(project.id, 2)]

    services.placements.delete(second)  # to the trash: no longer counted
    assert services.projects.report(project.id).placements_started == 2


def test_the_list_and_the_report_count_toward_the_target_alike(services: Services) -> None:
    """Rapporter's list and the report say the same people so far: one started in the project
    by today, another only planned to start after it, a third in the trash."""
    project = services.projects.add(project_fields()).project
    make_placement(services, project_id=project.id, start_date=date(2026, 11, 24))
    make_placement(services, project_id=project.id, start_date=date(2026, 12, 14))
    trashed = make_placement(services, project_id=project.id, start_date=date(2026, 10, 1))
    services.placements.delete(trashed)
    report = services.projects.report(project.id)
    assert report.people == 2
    assert report.toward_target == 1
    lines = services.projects.lines()
    assert [(line.project.id, line.people) for line in lines] == [(project.id, 1)]


def test_the_report_is_written_as_pdf_and_xlsx_and_logged(
    services: Services, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    from ambassador.domain.project_report import PROJECT_REPORT, PROJECT_REPORT_XLSX
    from tests.pdfs import pdf_words

    project = services.projects.add(project_fields()).project
    make_placement(services, project_id=project.id, start_date=date(2026, 9, 1))
    pdf = services.projects.write_report(project.id, tmp_path / "r.pdf", language="en")
    assert pdf.kind == PROJECT_REPORT
    assert "1 of target 60 people (2%)" in pdf_words(tmp_path / "r.pdf")
    xlsx = services.projects.write_report_xlsx(project.id, tmp_path / "r.xlsx", language="en")
    assert xlsx.kind == PROJECT_REPORT_XLSX
    sheet = load_workbook(tmp_path / "r.xlsx").active
    assert sheet is not None
    rows = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert rows["Project report"][0] == "Vägen vidare (ESF+)"
    assert rows["People toward the target"][0] == 1
    assert rows["Share of the target (%)"][0] == 1.7  # 1 of 60
    # Woman, Man, Other, Prefers not to say, Total, five age bands, Placements.
    assert rows["People started"] == (1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1)  # no number: age unknown
    logged = [(e.detail, e.subject_kind, e.subject_ids) for e in services.audit.recent()]
    assert (PROJECT_REPORT, "project", (project.id,)) in logged
    assert (PROJECT_REPORT_XLSX, "project", (project.id,)) in logged


def test_the_workbook_is_an_export_and_the_pdf_a_print_in_the_log(
    services: Services, tmp_path: Path
) -> None:
    from ambassador.domain.audit import DETAIL_LABELS, AuditAction
    from ambassador.domain.project_report import PROJECT_REPORT, PROJECT_REPORT_XLSX

    project = services.projects.add(project_fields()).project
    services.projects.write_report(project.id, tmp_path / "r.pdf", language="en")
    services.projects.write_report_xlsx(project.id, tmp_path / "r.xlsx", language="en")
    actions = {e.detail: e.action for e in services.audit.recent()}
    assert actions[PROJECT_REPORT] is AuditAction.PRINT
    assert actions[PROJECT_REPORT_XLSX] is AuditAction.EXPORT
    assert DETAIL_LABELS[PROJECT_REPORT] == "Project report"


def test_the_placement_list_names_each_placements_project(
    services: Services, tmp_path: Path
) -> None:
    from ambassador.interchange.sheets import read_sheet

    project = services.projects.add(project_fields(name="Unga in")).project
    make_placement(services, project_id=project.id)
    make_placement(services)
    path = services.exports.write_placements(tmp_path / "pl.csv", language="en").path
    sheet = read_sheet(path)
    rows = [dict(zip(sheet.headers, row.cells, strict=True)) for row in sheet.rows]
    assert sorted(row["Project"] for row in rows) == ["", "Unga in"]
