"""`ambassador import tasks`: an employer's tasks read from a sheet, a task it already lists
said to be updated and updated, not doubled."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador.cli import EXIT_OK, main
from ambassador.domain.tasks import EmployerTask
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import employer_fields


def test_import_tasks_adds_new_and_updates_listed_ones(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    employer = services.employers.create(
        employer_fields(name="Lagerhuset AB", organisation_number=None),
        [EmployerTask(title="Plocka varor")],
    ).employer.id
    database.dispose()
    path = tmp_path / "tasks.csv"
    path.write_text(
        "Employer,Task,Category\n"
        "Lagerhuset AB,Plocka varor,Lager och logistik\n"
        "Lagerhuset AB,Packa,\n",
        encoding="utf-8",
    )
    args = ["--lang", "en", "import", "tasks", str(path), "--db", str(database_path)]
    assert main([*args, "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Row 2: already registered, updated: Lagerhuset AB: Plocka varor" in out
    assert "1 new, 0 already registered, 0 refused." in out
    assert "1 already registered will be updated." in out
    assert main(args) == EXIT_OK
    assert "Imported 2 records and 0 contacts." in capsys.readouterr().out
    tasks = services.employers.tasks(employer)
    assert [(t.title, t.category) for t in tasks] == [
        ("Plocka varor", "Lager och logistik"),
        ("Packa", ""),
    ]
    database.dispose()
