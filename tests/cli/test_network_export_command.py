"""`ambassador export network-contacts`: the employer network log as CSV or XLSX, logged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ambassador.cli import EXIT_OK, main
from ambassador.domain.network import NetworkContactFields
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_employer


def test_export_network_contacts_writes_a_logged_list(
    services: Services,
    database: Database,
    database_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    employer = make_employer(services)
    services.network.add(
        NetworkContactFields(
            employer_id=employer,
            occurred_at=datetime(2026, 11, 2, 10, 0),
            kind="Telefonsamtal",
            text="Frågade om sommarjobb.",
        )
    )
    database.dispose()
    db = ["--db", str(database_path)]
    out = tmp_path / "network.xlsx"
    args = ["--lang", "en", "export", "network-contacts", "--format", "xlsx", "--out", str(out)]
    assert main([*args, *db]) == EXIT_OK
    assert "1" in capsys.readouterr().out
    sheet = read_sheet(out)
    assert [row.cells[3] for row in sheet.rows] == ["Phone call"]
    csv = tmp_path / "network.csv"
    assert main(["export", "network_contacts", "--out", str(csv), *db]) == EXIT_OK
    assert csv.read_text(encoding="utf-8-sig").count("Frågade om sommarjobb.") == 1
    kinds = [e.detail for e in services.audit.recent() if e.action == "export"]
    assert kinds == ["list_network_contacts", "list_network_contacts"]
    database.dispose()
