"""`ambassador report project ID` and `ambassador report projects`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_placement
from tests.pdfs import pdf_words
from tests.services.test_projects import project_fields


def run(database_path: Path, *args: str) -> int:
    return main(["report", *args, "--db", str(database_path), "--lang", "en"])


def logged_kinds(database: Database) -> list[str]:
    with database.read() as uow:
        return [entry.detail for entry in uow.audit.recent(50)]


@pytest.fixture
def project_id(services: Services) -> int:
    project = services.projects.add(project_fields()).project
    make_placement(services, project_id=project.id, start_date=date(2026, 9, 1))
    make_placement(services, project_id=project.id, start_date=date(2026, 10, 1))
    return project.id


def test_the_report_is_written_as_pdf_and_logged(
    database_path: Path,
    database: Database,
    project_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "projekt.pdf"
    assert run(database_path, "project", str(project_id), "--out", str(out)) == EXIT_OK
    assert capsys.readouterr().out.startswith(f"Written: {out}")
    assert "2 of target 60 people (3%)" in pdf_words(out)
    assert logged_kinds(database) == ["project_report"]


def test_the_report_as_xlsx_by_format_or_ending(
    database_path: Path, database: Database, project_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "projekt.xlsx"
    assert run(database_path, "project", str(project_id), "--out", str(out)) == EXIT_OK
    other = tmp_path / "projekt.bin"
    assert (
        run(database_path, "project", str(project_id), "--out", str(other), "--format", "xlsx")
        == EXIT_OK
    )
    for path in (out, other):
        with path.open("rb") as file:
            sheet = load_workbook(file).active
            assert sheet is not None
            rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
        assert rows["People started"][5] == 2  # the total column
    assert logged_kinds(database) == ["project_report_xlsx", "project_report_xlsx"]


def test_a_chosen_period(database_path: Path, project_id: int, tmp_path: Path) -> None:
    out = tmp_path / "oktober.xlsx"
    args = ["project", str(project_id), "--out", str(out), "--from", "2026-10-01"]
    assert run(database_path, *args, "--to", "2026-10-31") == EXIT_OK
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = {row[0]: row for row in sheet.iter_rows(values_only=True) if row[0]}
    assert rows["People started"][5] == 1
    assert rows["People active"][5] == 2
    assert run(database_path, *args) == EXIT_FAILED  # --from without --to
    assert run(database_path, *args, "--to", "2026-09-30") == EXIT_FAILED


def test_an_unknown_project_is_one_sentence_naming_the_projects(
    database_path: Path,
    database: Database,
    project_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "x.pdf"
    assert run(database_path, "project", str(project_id + 100), "--out", str(out)) == EXIT_FAILED
    err = capsys.readouterr().err.strip()
    assert err == (
        f"There is no project {project_id + 100}; the projects are: "
        f"{project_id} Vägen vidare (ESF+)."
    )
    assert not out.exists()
    assert logged_kinds(database) == []


def test_no_project_at_all(
    database_path: Path, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(database_path, "project", "7", "--out", str(tmp_path / "x.pdf")) == EXIT_FAILED
    assert capsys.readouterr().err.strip() == "There is no project 7; no project is registered."
    assert run(database_path, "projects") == EXIT_OK
    assert "No project is registered." in capsys.readouterr().out


def test_projects_are_listed_with_people_beside_the_target(
    database_path: Path,
    services: Services,
    project_id: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.projects.add(project_fields(name="Unga in", target_participants=None))
    assert run(database_path, "projects") == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == [
        "Number",
        "Name",
        "Period",
        "Funding",
        "People",
        "so",
        "far",
        "of",
        "the",
        "target",
    ]
    assert "Vägen vidare (ESF+)" in lines[1] or "Vägen vidare (ESF+)" in lines[2]
    text = "\n".join(lines)
    assert "2 of 60 (3%)" in text
    assert "0 (no target)" in text
    assert "2025-01-01 – 2027-12-31" in text
