"""`ambassador init --country` and `demo --country`: a database made for Denmark takes CPR
and CVR numbers on import and refuses, changing nothing, a file with an impossible date."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from ambassador.domain.clock import FixedClock
from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.services.opening import open_services
from tests.snapshots import dump_file

# Made up: ten digits failing the old modulus-11 test, and a CVR number with its check digit.
CPR_WITHOUT_MOD_11 = "150685-2000"
CVR = "13585628"


def country_of(path: Path) -> str:
    database, services = open_services(path, FixedClock(datetime(2026, 11, 24, 9, 0)))
    try:
        return services.settings.country()
    finally:
        database.dispose()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_init_makes_a_database_for_the_country_given(tmp_path: Path) -> None:
    assert main(["--lang", "en", "init", "--db", str(tmp_path / "dk.db"), "--country", "dk"]) == 0
    assert country_of(tmp_path / "dk.db") == DENMARK
    assert main(["--lang", "en", "init", "--db", str(tmp_path / "se.db")]) == EXIT_OK
    assert country_of(tmp_path / "se.db") == SWEDEN


def test_init_refuses_an_unknown_country(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "no.db"
    with pytest.raises(SystemExit) as stopped:
        main(["--lang", "en", "init", "--db", str(path), "--country", "no"])
    assert stopped.value.code == EXIT_USAGE
    assert "--country" in capsys.readouterr().err
    assert not path.exists()


def test_a_danish_database_imports_cpr_and_cvr_numbers_and_refuses_impossible_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "dk.db"
    assert main(["--lang", "en", "init", "--db", str(db), "--country", "dk"]) == EXIT_OK
    bad = write(
        tmp_path,
        "bad.csv",
        f"Förnamn;Efternamn;Personnummer\nIda;Holm;{CPR_WITHOUT_MOD_11}\nOle;Bak;300285-1123\n",
    )
    before = dump_file(db)
    capsys.readouterr()
    assert main(["--lang", "en", "import", "participants", str(bad), "--db", str(db)]) == (
        EXIT_FAILED
    )
    err = capsys.readouterr().err
    assert "Row 3: refused" in err
    assert "The CPR number does not begin with a real date of birth." in err
    assert "300285" not in err
    assert dump_file(db) == before

    good = write(
        tmp_path,
        "good.csv",
        f"Förnamn;Efternamn;Personnummer\nIda;Holm;{CPR_WITHOUT_MOD_11}\nBo;Lund;0101363000\n",
    )
    assert main(["--lang", "en", "import", "participants", str(good), "--db", str(db)]) == 0
    assert "Imported 2 records" in capsys.readouterr().out

    employers = write(
        tmp_path, "employers.csv", f"Arbetsgivare;Organisationsnummer\nFynbo Bageri;{CVR}\n"
    )
    wrong = write(
        tmp_path, "wrong.csv", "Arbetsgivare;Organisationsnummer\nHavnens Værksted;13585627\n"
    )
    before = dump_file(db)
    assert main(["--lang", "en", "import", "employers", str(wrong), "--db", str(db)]) == (
        EXIT_FAILED
    )
    assert "The CVR number's check digit does not match" in capsys.readouterr().err
    assert dump_file(db) == before
    assert main(["--lang", "en", "import", "employers", str(employers), "--db", str(db)]) == 0


def test_demo_writes_into_a_database_of_the_country_given(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    args = ["--lang", "en", "demo", "--db", str(path), "--size", "small", "--country", "dk"]
    assert main(args) == EXIT_OK
    assert country_of(path) == DENMARK


def test_demo_keeps_the_country_of_a_database_made_with_init(tmp_path: Path) -> None:
    path = tmp_path / "d.db"
    assert main(["--lang", "en", "init", "--db", str(path), "--country", "dk"]) == EXIT_OK
    assert main(["--lang", "en", "demo", "--db", str(path), "--size", "small"]) == EXIT_OK
    assert country_of(path) == DENMARK
