"""Issue 24's done-criterion, in a Danish coordinator's own spreadsheet: `ambassador init --db
dk.db --country dk`, then `ambassador import participants FILE` of an .xlsx with Danish headers
and words takes valid CPR numbers (one failing modulus 11 among them) and refuses, changing
nothing, a file holding an impossible date; the same for employers and CVR numbers; and the
placements sheet files its rows under the Danish lists' entries."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender, ListName
from ambassador.services.bundle import Services
from ambassador.services.opening import open_services
from ambassador.storage.database import Database
from tests.snapshots import dump_file

CPR_WEIGHTS = (4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
CVR_WEIGHTS = (2, 7, 6, 5, 4, 3, 2, 1)


def passes_modulus_11(digits: str, weights: tuple[int, ...]) -> bool:
    return sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11 == 0


def cpr(birth: date, serial: int, *, modulus_11: bool) -> str:
    """A made-up CPR number DDMMYY-SSSS born `birth`, from `serial` up to the first that holds
    (or fails) the modulus-11 check as asked."""
    while True:
        digits = f"{birth:%d%m%y}{serial:04d}"
        if passes_modulus_11(digits, CPR_WEIGHTS) == modulus_11:
            return f"{digits[:6]}-{digits[6:]}"
        serial += 1


def cvr(seven: str) -> str:
    check = -sum(w * int(d) for w, d in zip(CVR_WEIGHTS, seven, strict=False)) % 11
    assert check < 10
    return f"{seven}{check}"


def xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def with_services(path: Path) -> tuple[Database, Services]:
    return open_services(path, FixedClock(datetime(2026, 12, 7, 9, 0)))


MIKKEL = cpr(date(1984, 3, 14), 1001, modulus_11=True)  # 1900s by its seventh digit
FREJA = cpr(date(2003, 11, 2), 4000, modulus_11=False)  # 2000s by its seventh digit 4
SOEREN = cpr(date(1971, 8, 30), 2001, modulus_11=False)
PARTICIPANT_HEADERS = [
    "Fornavn", "Efternavn", "CPR-nummer", "Køn", "Telefon", "E-mail", "Adresse", "Henvist af",
    "Henvisningsdato",
]  # fmt: skip


@pytest.fixture
def dk_db(tmp_path: Path) -> Path:
    path = tmp_path / "dk.db"
    assert main(["--lang", "en", "init", "--db", str(path), "--country", "dk"]) == EXIT_OK
    return path


def test_a_danish_participants_sheet_with_cpr_numbers_is_imported(
    dk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = xlsx(
        tmp_path / "borgere.xlsx",
        [
            PARTICIPANT_HEADERS,
            ["Mikkel", "Sørensen", MIKKEL, "M", "21 34 56 78", "", "Hovedgaden 3, 7100 Vejle",
             "Jobcenter", date(2026, 10, 1)],
            ["Freja", "Jørgensen", FREJA, "Kvinde", "", "freja@example.dk", "", "A-kasse",
             "1/10/2026"],
            ["Søren", "Østergaard", SOEREN, "mand", "", "", "", "Kommune", ""],
        ],
    )  # fmt: skip
    assert main(["--lang", "en", "import", "participants", str(sheet), "--db", str(dk_db)]) == 0
    assert "Imported 3 records" in capsys.readouterr().out

    database, services = with_services(dk_db)
    try:
        people = {p.first_name: p for p in services.participants.page()}
        sources = services.settings.list_labels(ListName.REFERRAL_SOURCES)
    finally:
        database.dispose()
    assert people["Mikkel"].personal_identity_number == MIKKEL.replace("-", "")
    assert people["Freja"].personal_identity_number == FREJA.replace("-", "")
    assert people["Søren"].personal_identity_number == SOEREN.replace("-", "")
    assert [people[n].gender for n in ("Mikkel", "Freja", "Søren")] == [
        Gender.MAN, Gender.WOMAN, Gender.MAN
    ]  # fmt: skip
    assert people["Freja"].referral_source == "A-kasse" and "A-kasse" in sources
    assert people["Mikkel"].referral_date == date(2026, 10, 1)


def test_a_danish_sheet_with_an_impossible_date_is_refused_changing_nothing(
    dk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    impossible = "300290-1234"  # 30 February 1990
    sheet = xlsx(
        tmp_path / "forkert.xlsx",
        [PARTICIPANT_HEADERS[:3], ["Mikkel", "Sørensen", MIKKEL], ["Anne", "Holm", impossible]],
    )
    before = dump_file(dk_db)
    capsys.readouterr()
    args = ["--lang", "en", "import", "participants", str(sheet), "--db", str(dk_db)]
    assert main(args) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "Row 3: refused" in err and "real date of birth" in err
    assert "300290" not in err and MIKKEL[:6] not in err
    assert dump_file(dk_db) == before


def test_a_danish_employers_sheet_takes_cvr_numbers_and_refuses_a_wrong_check_digit(
    dk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bakery, storage = cvr("2941875"), cvr("3712046")
    wrong = bakery[:7] + str((int(bakery[7]) + 1) % 10)
    headers = ["Virksomhed", "CVR-nummer", "Sektor", "Branche", "Kontaktperson", "Telefon"]
    refused = xlsx(
        tmp_path / "forkert.xlsx",
        [headers, ["Kolding Lager A/S", storage, "Privat", "Logistik", "", ""],
         ["Vestegnens Bageri ApS", wrong, "Privat", "Bageri", "", ""]],
    )  # fmt: skip
    before = dump_file(dk_db)
    args = ["--lang", "en", "import", "employers", str(refused), "--db", str(dk_db)]
    assert main(args) == EXIT_FAILED
    assert "check digit does not match" in capsys.readouterr().err
    assert dump_file(dk_db) == before

    taken = xlsx(
        tmp_path / "virksomheder.xlsx",
        [headers, ["Kolding Lager A/S", storage, "Privat", "Logistik", "Kirsten Bæk", "70112233"],
         ["Vestegnens Bageri ApS", f"DK {bakery[:2]} {bakery[2:4]} {bakery[4:6]} {bakery[6:]}",
          "Kommunal", "Bageri", "", ""]],
    )  # fmt: skip
    args = ["--lang", "en", "import", "employers", str(taken), "--db", str(dk_db)]
    assert main(args) == EXIT_OK
    database, services = with_services(dk_db)
    try:
        numbers = {e.name: e.organisation_number for e in services.employers.page()}
    finally:
        database.dispose()
    assert numbers == {"Kolding Lager A/S": storage, "Vestegnens Bageri ApS": bakery}


def test_a_danish_placements_sheet_files_rows_under_the_danish_lists(
    dk_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    storage = cvr("3712046")
    xlsx_people = xlsx(
        tmp_path / "b.xlsx", [PARTICIPANT_HEADERS[:3], ["Mikkel", "Sørensen", MIKKEL]]
    )
    xlsx_firms = xlsx(tmp_path / "v.xlsx", [["Virksomhed", "CVR"], ["Kolding Lager A/S", storage]])
    placements = xlsx(
        tmp_path / "forloeb.xlsx",
        [["CPR", "CVR-nummer", "Forløbstype", "Startdato", "Slutdato"],
         [MIKKEL, storage, "Virksomhedspraktik", "1/11/2026", "31/1/2027"]],
    )  # fmt: skip
    for kind, path in (("participants", xlsx_people), ("employers", xlsx_firms)):
        assert main(["--lang", "en", "import", kind, str(path), "--db", str(dk_db)]) == EXIT_OK
    args = ["--lang", "en", "import", "placements", str(placements), "--db", str(dk_db)]
    assert main(args) == EXIT_OK, capsys.readouterr().err
    database, services = with_services(dk_db)
    try:
        (person,) = services.participants.page()
        (placement,) = services.placements.of_participant(person.id)
    finally:
        database.dispose()
    assert placement.placement_type == "Virksomhedspraktik"
    assert placement.start_date == date(2026, 11, 1)
    assert placement.planned_end_date == date(2027, 1, 31)
