"""`ambassador export tasks`: the task catalogue as CSV or XLSX, by employer, logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador.cli import EXIT_OK, main
from ambassador.domain.tasks import EmployerTask
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import employer_fields, make_organisation_number, make_placement


def test_export_tasks_writes_every_employers_tasks_logged(
    services: Services,
    database: Database,
    database_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    number = make_organisation_number(7)
    lager = services.employers.create(
        employer_fields(name="Lagerhuset", organisation_number=number, capacity=2),
        [
            EmployerTask(
                title="Plocka varor",
                category="Lager och logistik",
                requirements=("Tunga lyft", "Körkort B"),
            ),
            EmployerTask(title="Packa"),
        ],
    ).employer.id
    services.employers.create(
        employer_fields(name="Köket", organisation_number=None), [EmployerTask(title="Diska")]
    )
    plocka = services.employers.tasks(lager)[0].id
    assert plocka is not None
    make_placement(services, employer_id=lager, task_ids=(plocka,))
    database.dispose()
    db = ["--db", str(database_path)]
    out = tmp_path / "tasks.xlsx"
    args = ["--lang", "en", "export", "tasks", "--format", "xlsx", "--out", str(out)]
    assert main([*args, *db]) == EXIT_OK
    assert "3" in capsys.readouterr().out
    sheet = read_sheet(out)
    assert list(sheet.headers[:9]) == [
        "Employer",
        "Organisation number",
        "Task",
        "Category",
        "Requirements",
        "Sector",
        "Places",
        "Free places",
        "Placements that covered it",
    ]
    formatted = services.employers.get(lager).organisation_number
    assert [list(row.cells[:9]) for row in sheet.rows] == [
        ["Köket", "", "Diska", "", "", "Private", "2", "2", "0"],
        [
            "Lagerhuset",
            formatted,
            "Plocka varor",
            "Warehouse and logistics",
            "Heavy lifting; Driving licence (B)",
            "Private",
            "2",
            "1",
            "1",
        ],
        ["Lagerhuset", formatted, "Packa", "", "", "Private", "2", "1", "0"],
    ]
    csv = tmp_path / "uppgifter.csv"
    assert main(["--lang", "sv", "export", "tasks", "--out", str(csv), *db]) == EXIT_OK
    assert csv.read_text(encoding="utf-8-sig").count("Plocka varor") == 1
    kinds = [e.detail for e in services.audit.recent() if e.action == "export"]
    assert kinds == ["list_tasks", "list_tasks"]
    database.dispose()
