"""`ambassador import | export | calendar`: the preview printed row by row, a refused file
imports nothing and exits 1, the written files are logged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import every, make_identity_number, make_participant, make_placement
from tests.opendocument import ods_bytes
from tests.snapshots import dump_file

GOOD = make_identity_number(date(1993, 2, 14), woman=True)
BAD = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deltagare.csv"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    return path


def test_import_with_a_refused_row_prints_it_and_changes_nothing(
    database_path: Path, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.dispose()
    path = write(tmp_path, f"Förnamn;Efternamn;Personnummer\nÅsa;Öberg;{GOOD}\nFel;Nummer;{BAD}\n")
    before = dump_file(database_path)
    code = main(["--lang", "sv", "import", "participants", str(path), "--db", str(database_path)])
    assert code == EXIT_FAILED
    captured = capsys.readouterr()
    assert "Rad 3: avvisad: Personnummer: Kontrollsiffran" in captured.err
    assert "1 nya, 0 redan registrerade, 1 avvisade." in captured.out
    assert BAD not in captured.out + captured.err  # the number is never echoed
    assert dump_file(database_path) == before


def test_import_dry_run_then_for_real(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database.dispose()
    path = write(tmp_path, f"Förnamn;Efternamn;Personnummer\nÅsa;Öberg;{GOOD}\n")
    args = ["--lang", "en", "import", "participants", str(path), "--db", str(database_path)]
    assert main([*args, "--dry-run"]) == EXIT_OK
    assert "Dry run: nothing was imported." in capsys.readouterr().out
    assert main(args) == EXIT_OK
    assert "Imported 1 records and 0 contacts." in capsys.readouterr().out
    assert main(args) == EXIT_OK  # again: left as it is
    assert "Row 2: already registered, left as it is: Åsa Öberg" in capsys.readouterr().out
    assert [p.last_name for p in services.participants.page()] == ["Öberg"]
    database.dispose()


def test_import_without_the_needed_columns_says_which(
    database_path: Path, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.dispose()
    path = write(tmp_path, "Kommun;Telefon\nÅby;070-1234567\n")
    code = main(["--lang", "en", "import", "employers", str(path), "--db", str(database_path)])
    assert code == EXIT_FAILED
    assert "The file has no column for: Employer." in capsys.readouterr().err


def test_export_and_calendar_write_logged_files(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    placement = make_placement(services, make_participant(services), plan=every(7))
    database.dispose()
    db = ["--db", str(database_path)]
    out = tmp_path / "p.xlsx"
    assert main(["export", "placements", "--format", "xlsx", "--out", str(out), *db]) == EXIT_OK
    assert out.read_bytes().startswith(b"PK")
    notes = tmp_path / "n.csv"
    assert main(["export", "notes", "--out", str(notes), *db]) == EXIT_FAILED
    assert "--placement" in capsys.readouterr().err
    assert (
        main(["export", "notes", "--placement", str(placement), "--out", str(notes), *db])
        == EXIT_OK
    )
    ics = tmp_path / "k.ics"
    period = ["--from", "2026-11-01", "--to", "2026-12-31"]
    assert main(["calendar", "--out", str(ics), *period, *db]) == EXIT_OK
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert (
        main(["calendar", "--out", str(ics), "--from", "2026-12-31", "--to", "2026-01-01", *db])
        == EXIT_FAILED
    )
    kinds = [e.detail for e in services.audit.recent() if e.action == "export"]
    assert kinds == ["calendar", "list_notes", "list_placements"]
    database.dispose()


@pytest.mark.parametrize(
    "how", [[], ["--encoding", "utf-8"], ["--delimiter", "semicolon"], ["--encoding", "utf-8-bom"]]
)
@pytest.mark.parametrize(
    ("name", "sentence"),
    [
        ("gone.csv", "Error: The file cannot be opened; check that it still exists"),
        (".", "Error: This is a folder, not a file; choose the spreadsheet file in it."),
    ],
)
def test_import_of_a_missing_file_or_a_folder_is_one_sentence(
    database_path: Path,
    database: Database,
    tmp_path: Path,
    data_folder: Path,
    capsys: pytest.CaptureFixture[str],
    how: list[str],
    name: str,
    sentence: str,
) -> None:
    database.dispose()
    path = tmp_path / name

    code = main(
        ["--lang", "en", "import", "participants", str(path), *how, "--db", str(database_path)]
    )

    captured = capsys.readouterr()
    assert code == EXIT_FAILED
    assert captured.err.startswith(sentence)
    assert len(captured.err.splitlines()) == 1
    assert "Traceback" not in captured.err
    assert not data_folder.exists()  # no crash log: a refusal, not a bug


def test_import_prints_the_first_fifty_remarks_and_how_many_more(
    database_path: Path, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.dispose()
    rows = f"Person;Nummer;{BAD}\n" * 120
    path = write(tmp_path, f"Förnamn;Efternamn;Personnummer\nÅsa;Öberg;{GOOD}\n{rows}")

    code = main(["--lang", "en", "import", "participants", str(path), "--db", str(database_path)])

    captured = capsys.readouterr()
    assert code == EXIT_FAILED
    shown = [line for line in captured.err.splitlines() if line.startswith("Row ")]
    assert len(shown) == 50
    assert shown[0].startswith("Row 3: refused: Personnummer:")
    assert shown[-1].startswith("Row 52: refused:")
    assert "… and 70 more rows already registered or refused, not shown one by one." in (
        captured.err
    )
    assert "1 new, 0 already registered, 120 refused." in captured.out


@pytest.mark.slow
def test_import_of_a_million_rows_is_one_sentence_fast(
    database_path: Path, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.dispose()
    path = tmp_path / "million.csv"
    path.write_text(
        "Förnamn;Efternamn\n" + "".join(f"Anna{i};Berg\n" for i in range(1_000_000)),
        encoding="utf-8",
    )

    code = main(["--lang", "sv", "import", "participants", str(path), "--db", str(database_path)])

    captured = capsys.readouterr()
    assert code == EXIT_FAILED
    assert captured.out == ""
    assert captured.err.splitlines() == [
        "Fel: Filen har fler än 200\u00a0000 rader, det mesta en import läser; dela upp den i "
        "mindre filer, eller höj gränsen i inställningarna (Datasäkerhet)."
    ]


def test_import_of_an_ods_file(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    database.dispose()
    path = tmp_path / "deltagare.ods"
    path.write_bytes(ods_bytes([["Förnamn", "Efternamn"], ["Åsa", "Öberg"], ["Bo", "Ek"]]))

    code = main(["--lang", "en", "import", "participants", str(path), "--db", str(database_path)])

    assert code == EXIT_OK
    assert "Imported 2 records and 0 contacts." in capsys.readouterr().out
    assert sorted(p.last_name for p in services.participants.page()) == ["Ek", "Öberg"]
    database.dispose()
