"""The employer network log as a list: CSV and XLSX, in the reader's language, logged."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from ambassador.domain.audit import AuditAction
from ambassador.domain.network import NetworkContactFields
from ambassador.interchange.sheets import read_sheet
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_employer
from tests.peek import table


def add(services: Services, employer: int, at: datetime, **overrides: object) -> int:
    values: dict[str, object] = {
        "employer_id": employer,
        "occurred_at": at,
        "kind": "Rekryteringsbesök",
        "with_whom": "Platschefen",
        "text": "Visade lagret; två platser till våren.",
        "minutes_spent": 90,
    }
    values.update(overrides)
    return services.network.add(NetworkContactFields(**values)).contact.id  # type: ignore[arg-type]


def test_network_contacts_are_listed_oldest_first_and_logged(
    services: Services, tmp_path: Path, database: Database
) -> None:
    employer = make_employer(services, organisation_number="556036-0793")
    other = make_employer(services, name="Bageriet i Byn", organisation_number=None)
    add(services, employer, datetime(2026, 11, 3, 9, 0), follow_up_on=date(2026, 11, 20))
    add(services, other, datetime(2026, 10, 1, 13, 30), kind="Nätverksmöte", minutes_spent=None)
    trashed = add(services, other, datetime(2026, 10, 2, 13, 30))
    services.network.delete(trashed)

    written = services.exports.write_network_contacts(tmp_path / "n.csv", language="en")

    sheet = read_sheet(written.path)
    assert list(sheet.headers[:4]) == ["When", "Employer", "Organisation number", "Kind"]
    rows = [dict(zip(sheet.headers, row.cells, strict=True)) for row in sheet.rows]
    assert [r["Employer"] for r in rows] == ["Bageriet i Byn", "Bergströms Bygg AB"]
    assert rows[0]["Kind"] == "Network meeting"  # the list's English name
    assert rows[0]["Follow up on"] == "" and rows[0]["Followed up"] == ""
    assert rows[1]["Organisation number"] == "556036-0793"
    assert rows[1]["Text"] == "Visade lagret; två platser till våren."
    assert rows[1]["Minutes"] == "90"
    assert rows[1]["Followed up"] == "no"
    assert written.rows == 2

    services.exports.write_network_contacts(tmp_path / "n.xlsx")
    assert len(read_sheet(tmp_path / "n.xlsx").rows) == 2
    logged = table(database, "SELECT kind, subject_kind, subject_ids, row_count FROM export_log")
    assert logged[0] == ("list_network_contacts", "employer", f"{employer},{other}", 2)
    assert [e.action for e in services.audit.recent()].count(AuditAction.EXPORT) == 2
