"""Importing participants, employers and placements from hand-made CSV and XLSX files: the good
rows arrive exactly, a bad file changes nothing and names each bad row and why."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from ambassador.domain.audit import AuditAction
from ambassador.domain.enums import AgreementStatus, ContactRole, Gender, Outcome, Sector
from ambassador.domain.errors import Problem, RuleViolationError
from ambassador.domain.exports import ListKind
from ambassador.domain.identity import BAD_CHECKSUM
from ambassador.domain.validation import END_BEFORE_START, NAME_CHARACTERS, REQUIRED
from ambassador.interchange.columns import guess_mapping, missing_columns
from ambassador.interchange.records import FORMULA, NUL_BYTE
from ambassador.interchange.refusals import TOO_MANY_ROWS, SheetError
from ambassador.interchange.sheets import CsvDialect, Sheet, SheetFormat, read_sheet
from ambassador.services import importing
from ambassador.services.bundle import Services
from ambassador.services.importing import HAS_BAD_ROWS, RowStatus
from tests.factories import (
    make_employer,
    make_identity_number,
    make_organisation_number,
    make_participant,
    make_supervisor,
)
from tests.opendocument import Formula, ods_bytes
from tests.snapshots import dump_file

ANNA = make_identity_number(date(1990, 4, 2), woman=True)
OLLE = make_identity_number(date(1984, 11, 30), woman=False)
BAD_NUMBER = ANNA[:-1] + str((int(ANNA[-1]) + 1) % 10)
ORG = make_organisation_number(4711)
OTHER_ORG = make_organisation_number(815)


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def load(
    kind: ListKind, path: Path, dialect: CsvDialect | None = None
) -> tuple[Sheet, dict[int, str]]:
    sheet = read_sheet(path, dialect)
    return sheet, guess_mapping(kind, sheet.headers)


def run(services: Services, kind: ListKind, path: Path) -> importing.ImportResult:
    sheet, mapping = load(kind, path)
    assert missing_columns(kind, mapping) == []
    return services.imports.commit(kind, sheet, mapping)


# Participants -----------------------------------------------------------------------------


def test_swedish_excel_csv_in_windows_1252_arrives_exactly(
    services: Services, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "deltagare.csv",
        "Förnamn;Efternamn;Personnummer;Kön;Telefon;E-post;Remissdatum;Tolkbehov;Språk\n"
        f"Åsa;Ärlig;{ANNA};Kvinna;070-123 45 67;asa@example.se;1/3/2026;ja;Svenska\n"
        f"Örjan;Ödmark;{OLLE};M;;;20260115;nej;\n",
        encoding="cp1252",
    )
    result = run(services, ListKind.PARTICIPANTS, path)

    assert result.added == 2
    by_name = {p.first_name: p for p in services.participants.page()}
    asa, orjan = by_name["Åsa"], by_name["Örjan"]
    assert (asa.last_name, asa.gender, asa.phone, asa.email) == (
        "Ärlig",
        Gender.WOMAN,
        "070-123 45 67",
        "asa@example.se",
    )
    assert asa.personal_identity_number == ANNA.replace("-", "")
    assert (asa.referral_date, asa.interpreter_needed, asa.language) == (
        date(2026, 3, 1),
        True,
        "Svenska",
    )
    assert (orjan.gender, orjan.referral_date, orjan.interpreter_needed) == (
        Gender.MAN,
        date(2026, 1, 15),
        False,
    )
    assert result.changes.participants == {asa.id, orjan.id}
    assert services.search.search("Ödmark")  # the names are findable at once


def test_utf8_with_bom_comma_and_empty_rows(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes(
        "\ufeffFirst name,Last name,Personal identity number\r\n"
        f"Åke,Lindqvist,{ANNA}\r\n,,\r\n\r\nZeynep,Yılmaz,\r\n".encode()
    )
    sheet, mapping = load(ListKind.PARTICIPANTS, path)
    preview = services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)
    assert [(row.number, row.status) for row in preview.rows] == [
        (2, RowStatus.NEW),
        (5, RowStatus.NEW),
    ]
    services.imports.commit(ListKind.PARTICIPANTS, sheet, mapping)
    assert sorted(p.last_name for p in services.participants.page()) == ["Lindqvist", "Yılmaz"]


def test_bad_rows_are_each_named_and_the_file_changes_nothing(
    services: Services, tmp_path: Path, database_path: Path
) -> None:
    make_participant(services, first_name="Redan", last_name="Registrerad")
    path = write(
        tmp_path,
        "bad.csv",
        "Förnamn;Efternamn;Personnummer;Remissdatum\n"
        f"Bra;Person;{OLLE};2026-02-01\n"
        f"Fel;Nummer;{BAD_NUMBER};\n"
        ";Namnlös;;\n"
        "Datum;Fel;;31/2/2026\n"
        "R2;D2;;\n",
    )
    sheet, mapping = load(ListKind.PARTICIPANTS, path)
    before = dump_file(database_path)

    preview = services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)
    reasons = {row.number: [(p.field, p.message) for p in row.problems] for row in preview.bad}
    assert reasons == {
        3: [("personal_identity_number", BAD_CHECKSUM)],
        4: [("first_name", REQUIRED)],
        5: [("referral_date", importing.records.values.BAD_DATE)],
        6: [("first_name", NAME_CHARACTERS), ("last_name", NAME_CHARACTERS)],
    }
    assert preview.count(RowStatus.NEW) == 1
    # A refused row is named as the file names it, never by its identity number.
    assert [row.label for row in preview.bad] == ["Fel Nummer", "Namnlös", "Datum Fel", "R2 D2"]
    with pytest.raises(RuleViolationError) as refused:
        services.imports.commit(ListKind.PARTICIPANTS, sheet, mapping)
    assert refused.value.message == HAS_BAD_ROWS
    assert refused.value.params == {"count": 4}
    assert dump_file(database_path) == before


def test_bad_rows_left_out_on_purpose_let_the_good_ones_in(
    services: Services, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "mixed.csv",
        f"Förnamn;Efternamn;Personnummer\nBra;Person;{OLLE}\nFel;Nummer;{BAD_NUMBER}\n",
    )
    sheet, mapping = load(ListKind.PARTICIPANTS, path)
    result = services.imports.commit(ListKind.PARTICIPANTS, sheet, mapping, leave_out_bad=True)
    assert result.added == 1
    assert [p.last_name for p in services.participants.page()] == ["Person"]


def test_registered_ones_are_left_as_they_are_and_twins_in_the_file_refused(
    services: Services, tmp_path: Path
) -> None:
    make_participant(services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    make_participant(services, first_name="Utan", last_name="Nummer")
    path = write(
        tmp_path,
        "again.csv",
        "Förnamn;Efternamn;Personnummer\n"
        f"åsa;ÄRLIG;{ANNA}\n"  # the same number and name, written otherwise
        "utan;NUMMER;\n"  # same name, neither has a number
        f"Ny;Person;{OLLE}\n"
        f"Ny;Dubblett;{OLLE}\n",  # the same number twice in the file
    )
    sheet, mapping = load(ListKind.PARTICIPANTS, path)
    preview = services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)
    assert [row.status for row in preview.rows] == [
        RowStatus.EXISTING,
        RowStatus.EXISTING,
        RowStatus.BAD,
        RowStatus.BAD,
    ]
    assert preview.rows[0].problems[0].message == importing.PIN_REGISTERED
    assert preview.rows[1].problems[0].message == importing.NAME_REGISTERED
    # Neither of the two is the right one: both are refused, each naming the other.
    assert [row.problems for row in preview.rows[2:]] == [
        (Problem("personal_identity_number", importing.SAME_NUMBER_IN_FILE, {"rows": "5"}),),
        (Problem("personal_identity_number", importing.SAME_NUMBER_IN_FILE, {"rows": "4"}),),
    ]
    # The identity number is shown masked, never whole.
    assert ANNA not in preview.rows[0].label and ANNA[:8] in preview.rows[0].label


def test_a_registered_number_under_another_name_is_a_conflict(
    services: Services, tmp_path: Path
) -> None:
    make_participant(services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    path = write(
        tmp_path,
        "conflict.csv",
        f"Förnamn;Efternamn;Personnummer\nBo;Ek;{ANNA}\nNy;Person;{OLLE}\n",
    )
    sheet, mapping = load(ListKind.PARTICIPANTS, path)

    preview = services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)

    assert [row.status for row in preview.rows] == [RowStatus.BAD, RowStatus.NEW]
    assert preview.rows[0].problems == (
        Problem("personal_identity_number", importing.PIN_OTHER_NAME),
    )
    with pytest.raises(RuleViolationError):
        services.imports.commit(ListKind.PARTICIPANTS, sheet, mapping)


def test_the_same_name_without_numbers_twice_in_a_file_refuses_both(
    services: Services, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "names.csv",
        "Förnamn;Efternamn;Personnummer\n"
        "Anna;Berg;\n"
        f"Anna;Berg;{ANNA}\n"  # one of the two has no number: they cannot be told apart
        "Olle;Ek;\n"
        f"Lisa;Lund;{OLLE}\n"
        f"lisa;lund;{make_identity_number(date(1970, 1, 1), woman=True)}\n",  # two numbers
    )
    sheet, mapping = load(ListKind.PARTICIPANTS, path)

    preview = services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)

    assert [(row.status, row.problems) for row in preview.rows[:2]] == [
        (RowStatus.BAD, (Problem("first_name", importing.SAME_NAME_IN_FILE, {"rows": "3"}),)),
        (RowStatus.BAD, (Problem("first_name", importing.SAME_NAME_IN_FILE, {"rows": "2"}),)),
    ]
    assert [row.status for row in preview.rows[2:]] == [RowStatus.NEW] * 3


def test_many_twins_are_named_five_and_an_ellipsis(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "many.csv", "Förnamn;Efternamn\n" + "Anna;Berg\n" * 8 + "Bo;Ek\n")
    sheet, mapping = load(ListKind.PARTICIPANTS, path)

    preview = services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)

    assert preview.rows[0].problems[0].params == {"rows": "3, 4, 5, 6, 7, …"}
    assert preview.rows[7].problems[0].params == {"rows": "2, 3, 4, 5, 6, …"}
    assert preview.count(RowStatus.BAD) == 8
    assert preview.rows[8].status is RowStatus.NEW


def test_a_row_whose_cell_held_a_nul_byte_is_refused_not_read_without_it(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(
        "Förnamn;Efternamn;Ort\r\nAnna;Be\x00rg;Lund\r\nBo;Ek;Ume\x00å\r\nCilla;Ås;Lund\r\n".encode()
        + "Dan;Öst;Lund\r\n".encode() * 5
    )
    sheet, mapping = load(ListKind.PARTICIPANTS, path)

    preview = services.imports.preview(ListKind.PARTICIPANTS, sheet, mapping)

    assert [(row.status, row.problems) for row in preview.rows[:3]] == [
        (RowStatus.BAD, (Problem("last_name", NUL_BYTE),)),
        (RowStatus.NEW, ()),  # the NUL is in a column not read
        (RowStatus.NEW, ()),
    ]
    assert preview.rows[0].label == "Anna Be\ufffdrg"


def test_an_ods_file_imports_like_a_workbook(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "deltagare.ods"
    path.write_bytes(
        ods_bytes(
            [
                ["Förnamn", "Efternamn", "Personnummer", "Kön", "Remissdatum", "Timmar"],
                ["Åsa", "Öberg", ANNA, "Kvinna", date(2026, 3, 1), Formula("of:=1+1", 2)],
                ["Olle", "Ek", OLLE, "Man", date(2026, 3, 2), None],
            ]
        )
    )

    sheet = services.imports.read(path)
    mapping = guess_mapping(ListKind.PARTICIPANTS, sheet.headers)
    result = services.imports.commit(ListKind.PARTICIPANTS, sheet, mapping)

    assert sheet.file_format is SheetFormat.ODS
    assert result.added == 2
    people = {p.first_name: p for p in services.participants.page()}
    assert people["Åsa"].personal_identity_number == ANNA.replace("-", "")
    assert people["Åsa"].gender is Gender.WOMAN
    assert people["Olle"].referral_date == date(2026, 3, 2)


def test_the_service_reads_within_the_limits_in_the_settings(
    services: Services, tmp_path: Path
) -> None:
    services.settings.save(replace(services.settings.get(), import_max_rows=100))
    path = write(tmp_path, "lista.csv", "Förnamn;Efternamn\n" + "Anna;Berg\n" * 101)

    with pytest.raises(SheetError) as raised:
        services.imports.read(path)

    assert (raised.value.message, raised.value.params) == (TOO_MANY_ROWS, {"rows": "100"})
    assert services.imports.limits().max_rows == 100


def test_the_service_detects_what_is_not_given_and_keeps_what_is(
    services: Services, tmp_path: Path
) -> None:
    path = write(tmp_path, "lista.csv", "Förnamn,Efternamn\nÅsa,Öberg\n", encoding="cp1252")

    detected = services.imports.read(path)
    comma_given = services.imports.read(path, delimiter=",")
    utf8_given = services.imports.read(path, encoding="utf-8")

    assert detected.dialect == comma_given.dialect == CsvDialect("cp1252", ",")
    assert utf8_given.dialect == CsvDialect("utf-8", ",")
    assert utf8_given.rows[0].cells[0] == "\ufffd" + "sa"


def test_a_full_name_column_is_split(services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "namn.csv", 'Namn;Kön\nAnna Maria Berg;K\n"Lund, Per";man\n')
    run(services, ListKind.PARTICIPANTS, path)
    names = sorted((p.first_name, p.last_name) for p in services.participants.page())
    assert names == [("Anna Maria", "Berg"), ("Per", "Lund")]


def test_xlsx_with_merged_title_formula_and_number_cells(
    services: Services, tmp_path: Path, database_path: Path
) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Deltagare hösten 2026"
    sheet.merge_cells("A1:D1")
    sheet.append(["Förnamn", "Efternamn", "Personnummer", "Remissdatum"])
    sheet.append(["Åsa", "Ärlig", int(ANNA.replace("-", "")), date(2026, 3, 1)])
    sheet.append(["Olle", "=UPPER(A3)", OLLE, None])
    path = tmp_path / "deltagare.xlsx"
    book.save(path)

    read, mapping = load(ListKind.PARTICIPANTS, path)
    preview = services.imports.preview(ListKind.PARTICIPANTS, read, mapping)
    assert [(row.number, row.status) for row in preview.rows] == [
        (3, RowStatus.NEW),
        (4, RowStatus.BAD),
    ]
    assert [(p.field, p.message) for p in preview.rows[1].problems] == [("last_name", FORMULA)]
    before = dump_file(database_path)
    with pytest.raises(RuleViolationError):
        services.imports.commit(ListKind.PARTICIPANTS, read, mapping)
    assert dump_file(database_path) == before

    services.imports.commit(ListKind.PARTICIPANTS, read, mapping, leave_out_bad=True)
    (asa,) = services.participants.page()
    assert (asa.personal_identity_number, asa.referral_date) == (
        ANNA.replace("-", ""),
        date(2026, 3, 1),
    )


@pytest.mark.slow
def test_fifty_thousand_rows_arrive_in_one_transaction(services: Services, tmp_path: Path) -> None:
    lines = ["Förnamn;Efternamn;Telefon"]
    letters = "abcdefghijklmnopqrstuvwxyzåäö"
    for i in range(50_000):
        tag = "".join(letters[int(d)] for d in f"{i:05d}")
        lines.append(f"Anna{tag};Svensson{tag};070-{i:07d}")
    path = write(tmp_path, "many.csv", "\n".join(lines) + "\n")
    result = run(services, ListKind.PARTICIPANTS, path)
    assert result.added == 50_000
    assert services.participants.page(limit=1, offset=49_999)
    audit = [e for e in services.audit.recent() if e.action is AuditAction.IMPORT]
    assert [(e.count, e.detail) for e in audit] == [(50_000, "participants")]


# Employers --------------------------------------------------------------------------------


def test_employers_with_one_row_per_contact(services: Services, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "arbetsgivare.csv",
        "Arbetsgivare;Org.nr;Sektor;Bransch;Platser;Kontaktperson;Roll;Telefon;E-post\n"
        f"Vårdcentralen Åby;{ORG};Regional;Vård;3;Karin Ek;Handledare;070-1112223;"
        "karin@example.se\n"
        f"Vårdcentralen Åby;{ORG};Regional;Vård;3;Lars Ås;Chef;;lars@example.se\n"
        f"Bageriet i Öby;{OTHER_ORG};Privat;Livsmedel;1;;;;\n",
    )
    result = run(services, ListKind.EMPLOYERS, path)
    assert (result.added, result.contacts_added) == (2, 2)
    employers = {e.name: e for e in services.employers.page()}
    vard = employers["Vårdcentralen Åby"]
    assert (vard.organisation_number, vard.sector, vard.industry, vard.capacity) == (
        ORG,
        Sector.REGIONAL,
        "Vård",
        3,
    )
    contacts = services.employers.contacts(vard.id)
    assert [(c.name, c.role, c.email) for c in contacts] == [
        ("Karin Ek", ContactRole.SUPERVISOR, "karin@example.se"),
        ("Lars Ås", ContactRole.MANAGER, "lars@example.se"),
    ]
    assert employers["Bageriet i Öby"].agreement_status is AgreementStatus.NONE


def test_employer_already_registered_and_bad_organisation_number(
    services: Services, tmp_path: Path
) -> None:
    make_employer(services, name="Finns Redan AB", organisation_number=ORG)
    path = write(
        tmp_path,
        "ag.csv",
        f"Företag;Orgnr\nNytt Namn AB;{ORG}\nFel AB;{OTHER_ORG[:-1]}0\n",
    )
    sheet, mapping = load(ListKind.EMPLOYERS, path)
    preview = services.imports.preview(ListKind.EMPLOYERS, sheet, mapping)
    assert [row.status for row in preview.rows] == [RowStatus.EXISTING, RowStatus.BAD]
    assert preview.rows[1].problems[0].field == "organisation_number"


def test_one_organisation_number_under_two_names_refuses_both_rows(
    services: Services, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "ag.csv",
        "Arbetsgivare;Org.nr;Kontaktperson\n"
        f"Vårdcentralen Åby;{ORG};Karin Ek\n"
        f"Bageriet i Öby;{ORG};Lars Ås\n"  # another employer, the same number
        f"vårdcentralen åby;{ORG};Eva Berg\n"  # the first one's second contact
        f"Bageriet i Öby;{OTHER_ORG};\n",
    )
    sheet, mapping = load(ListKind.EMPLOYERS, path)

    preview = services.imports.preview(ListKind.EMPLOYERS, sheet, mapping)

    def twins_of(rows: str) -> tuple[Problem, ...]:
        return (
            Problem("organisation_number", importing.SAME_ORGANISATION_IN_FILE, {"rows": rows}),
        )

    assert [(row.status, row.problems) for row in preview.rows] == [
        (RowStatus.BAD, twins_of("3")),
        (RowStatus.BAD, twins_of("2, 4")),
        (RowStatus.BAD, twins_of("3")),
        (RowStatus.NEW, ()),
    ]
    # Nothing is merged: left out on purpose, only the employer that stands alone arrives.
    result = services.imports.commit(ListKind.EMPLOYERS, sheet, mapping, leave_out_bad=True)
    assert (result.added, result.contacts_added) == (1, 0)
    assert [(e.name, e.organisation_number) for e in services.employers.page()] == [
        ("Bageriet i Öby", OTHER_ORG)
    ]


# Placements -------------------------------------------------------------------------------


def test_placements_find_their_participant_and_employer(services: Services, tmp_path: Path) -> None:
    participant = make_participant(
        services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA
    )
    other = make_participant(services, first_name="Per", last_name="Lund")
    employer = make_employer(services, name="Vårdcentralen Åby", organisation_number=ORG)
    supervisor = make_supervisor(services, employer, "Karin Ek")
    types = services.settings.list_labels(importing.ListName.PLACEMENT_TYPES)
    path = write(
        tmp_path,
        "placeringar.csv",
        "Personnummer;Deltagare;Arbetsgivare;Org.nr;Placeringstyp;Startdatum;Slutdatum;"
        "Handledare;Timmar per vecka\n"
        f"{ANNA};;;{ORG};{types[0].upper()};2026-11-02;2027-02-26;karin ek;37,5\n"
        f";Per Lund;Vårdcentralen Åby;;{types[0]};20261201;;;\n",
    )
    result = run(services, ListKind.PLACEMENTS, path)
    assert result.added == 2
    first, second = (services.placements.of_participant(p)[0] for p in (participant, other))
    assert (first.employer_id, first.placement_type, first.supervisor_id) == (
        employer,
        types[0],
        supervisor,
    )
    assert (first.start_date, first.planned_end_date, first.hours_per_week) == (
        date(2026, 11, 2),
        date(2027, 2, 26),
        37.5,
    )
    assert second.start_date == date(2026, 12, 1)
    # The follow-up plan starts from today: an imported placement has no overdue history.
    check_ins = services.follow_up.check_ins_of_placement(first.id)
    assert check_ins and all(c.scheduled_at.date() >= date(2026, 11, 24) for c in check_ins)
    assert result.changes.check_ins == {
        c.id for p in (first, second) for c in services.follow_up.check_ins_of_placement(p.id)
    }


def test_the_same_placement_twice_in_a_file_refuses_both_rows(
    services: Services, tmp_path: Path
) -> None:
    make_participant(services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    make_employer(services, name="Vårdcentralen Åby", organisation_number=ORG)
    kind = services.settings.list_labels(importing.ListName.PLACEMENT_TYPES)[0]
    path = write(
        tmp_path,
        "placeringar.csv",
        "Personnummer;Org.nr;Placeringstyp;Startdatum\n"
        f"{ANNA};{ORG};{kind};2026-11-02\n"
        f"{ANNA};{ORG};{kind};2026-12-01\n"
        f"{ANNA};{ORG};{kind};2026-11-02\n",
    )
    sheet, mapping = load(ListKind.PLACEMENTS, path)

    preview = services.imports.preview(ListKind.PLACEMENTS, sheet, mapping)

    assert [(row.number, row.status) for row in preview.rows] == [
        (2, RowStatus.BAD),
        (3, RowStatus.NEW),
        (4, RowStatus.BAD),
    ]
    assert preview.rows[0].problems == (
        Problem("start_date", importing.SAME_PLACEMENT_IN_FILE, {"rows": "4"}),
    )
    assert preview.rows[2].problems[0].params == {"rows": "2"}


def test_bad_placements_each_with_their_reason(
    services: Services, tmp_path: Path, database_path: Path
) -> None:
    make_participant(services, first_name="Åsa", last_name="Ärlig", personal_identity_number=ANNA)
    make_participant(services, first_name="Per", last_name="Lund")
    make_participant(services, first_name="Per", last_name="Lund")
    make_employer(services, name="Vårdcentralen Åby", organisation_number=ORG)
    kind = services.settings.list_labels(importing.ListName.PLACEMENT_TYPES)[0]
    path = write(
        tmp_path,
        "fel.csv",
        "Personnummer;Deltagare;Arbetsgivare;Placeringstyp;Startdatum;Slutdatum\n"
        f"{ANNA};;Okänd Arbetsgivare AB;{kind};2026-11-02;\n"
        f"{ANNA};;Vårdcentralen Åby;{kind};2026-11-02;2026-10-01\n"
        f"{ANNA};;Vårdcentralen Åby;Rymdresa;2026-11-02;\n"
        f";Per Lund;Vårdcentralen Åby;{kind};2026-11-02;\n"
        f";Ingen Alls;Vårdcentralen Åby;{kind};;\n",
    )
    sheet, mapping = load(ListKind.PLACEMENTS, path)
    before = dump_file(database_path)
    preview = services.imports.preview(ListKind.PLACEMENTS, sheet, mapping)
    reasons = {row.number: [p.message for p in row.problems] for row in preview.rows}
    assert reasons == {
        2: [importing.UNKNOWN_EMPLOYER],
        3: [END_BEFORE_START],
        4: [importing.UNKNOWN_TYPE],
        5: [importing.SEVERAL_PARTICIPANTS],
        6: [REQUIRED],
    }
    with pytest.raises(RuleViolationError):
        services.imports.commit(ListKind.PLACEMENTS, sheet, mapping)
    assert dump_file(database_path) == before


def test_an_ended_placement_arrives_ended_without_check_ins(
    services: Services, tmp_path: Path
) -> None:
    participant = make_participant(services, personal_identity_number=ANNA)
    make_employer(services, organisation_number=ORG)
    kind = services.settings.list_labels(importing.ListName.PLACEMENT_TYPES)[0]
    path = write(
        tmp_path,
        "historik.csv",
        "Personnummer;Org.nr;Placeringstyp;Startdatum;Slutdatum;Avslutad;Utfall\n"
        f"{ANNA};{ORG};{kind};2025-01-07;2025-06-30;2025-06-13;Anställning\n",
    )
    run(services, ListKind.PLACEMENTS, path)
    (placement,) = services.placements.of_participant(participant)
    assert placement.ending is not None
    assert (placement.ending.ended_on, placement.ending.outcome) == (
        date(2025, 6, 13),
        Outcome.EMPLOYMENT,
    )
    assert services.follow_up.check_ins_of_placement(placement.id) == []


def test_a_placement_that_ended_within_the_checks_period_gets_its_outcome_check(
    services: Services, tmp_path: Path
) -> None:
    """Today is 2026-11-24 and the check comes 90 days after the end: an end on 2026-08-26 is
    checked today, one a day earlier would be asked about a day already gone."""
    people = [
        make_participant(services, first_name=name, last_name="Ek") for name in ("Ada", "Bo", "Cem")
    ]
    make_employer(services, organisation_number=ORG)
    kind = services.settings.list_labels(importing.ListName.PLACEMENT_TYPES)[0]
    path = write(
        tmp_path,
        "avslutade.csv",
        "Deltagare;Org.nr;Placeringstyp;Startdatum;Avslutad;Utfall\n"
        f"Ada Ek;{ORG};{kind};2026-03-02;2026-10-01;Anställning\n"
        f"Bo Ek;{ORG};{kind};2026-03-02;2026-08-26;Studier\n"
        f"Cem Ek;{ORG};{kind};2026-03-02;2026-08-25;Anställning\n",
    )

    result = run(services, ListKind.PLACEMENTS, path)

    ada, bo, cem = (services.placements.of_participant(p)[0] for p in people)
    checks = {p: services.outcome_checks.of_placement(p.id) for p in (ada, bo, cem)}
    assert [None if c is None else c.due_on for c in checks.values()] == [
        date(2026, 12, 30),
        date(2026, 11, 24),
        None,
    ]
    assert result.changes.outcome_checks == {c.id for c in checks.values() if c is not None}
    assert [d.placement_id for d in services.outcome_checks.due()] == [bo.id]


def test_a_file_without_the_needed_columns_is_told_what_it_lacks(tmp_path: Path) -> None:
    path = write(tmp_path, "x.csv", "Kommun;Telefon\nÅby;070-1234567\n")
    sheet, mapping = load(ListKind.PLACEMENTS, path)
    assert [c.key for c in missing_columns(ListKind.PLACEMENTS, mapping)] == [
        "participant_name",
        "name",
        "placement_type",
        "start_date",
    ]
