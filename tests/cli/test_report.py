"""`ambassador report …`: documents from the command line, with clear refusals and exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.domain.enums import ConsentScope, Outcome
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_placement
from tests.pdfs import pdf_text


def export_log_count(database: Database) -> int:
    with database.read() as uow:
        return uow.export_log.count()


@pytest.fixture
def placement_id(services: Services) -> int:
    return make_placement(services)


def run(database_path: Path, *args: str) -> int:
    return main(["report", *args, "--db", str(database_path)])


def test_summary_is_written_and_logged(
    database_path: Path,
    database: Database,
    placement_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "uppföljning.pdf"
    assert run(database_path, "summary", str(placement_id), "--out", str(out)) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.startswith("Skrivet: ") and str(out) in captured.out
    assert "samtycke" in captured.err  # no consent to share the summary is recorded
    assert "Uppföljning av placering" in pdf_text(out)
    assert export_log_count(database) == 1


def test_summary_with_consent_warns_of_nothing(
    database_path: Path,
    services: Services,
    placement_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    placement = services.placements.get(placement_id)
    services.participants.give_consent(
        placement.participant_id,
        ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER,
        placement.employer_id,
        date(2026, 11, 1),
    )
    out = tmp_path / "s.pdf"
    assert run(database_path, "summary", str(placement_id), "--out", str(out)) == EXIT_OK
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("document", ["summary", "agreement"])
def test_english_on_request(
    database_path: Path, placement_id: int, tmp_path: Path, document: str
) -> None:
    out = tmp_path / "doc.pdf"
    code = run(database_path, document, str(placement_id), "--out", str(out), "--lang", "en")
    assert code == EXIT_OK
    assert "Page 1 of" in pdf_text(out)


def test_agreement_and_extract_are_written(
    database_path: Path, database: Database, placement_id: int, services: Services, tmp_path: Path
) -> None:
    participant_id = services.placements.get(placement_id).participant_id
    agreement, extract = tmp_path / "a.pdf", tmp_path / "e.pdf"
    assert run(database_path, "agreement", str(placement_id), "--out", str(agreement)) == EXIT_OK
    assert run(database_path, "extract", str(participant_id), "--out", str(extract)) == EXIT_OK
    assert "Överenskommelse" in pdf_text(agreement)
    assert "Registerutdrag" in pdf_text(extract)
    assert export_log_count(database) == 2


@pytest.mark.parametrize("document", ["summary", "agreement", "extract"])
def test_missing_id_is_refused_and_writes_nothing(
    database_path: Path,
    database: Database,
    tmp_path: Path,
    document: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "x.pdf"
    assert run(database_path, document, "999", "--out", str(out)) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("Fel: Det finns ingen ") and "999" in err
    assert "Traceback" not in err
    assert not out.exists() and export_log_count(database) == 0


def test_unwritable_path_is_refused_and_logs_nothing(
    database_path: Path,
    database: Database,
    placement_id: int,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "saknad mapp" / "s.pdf"
    assert run(database_path, "summary", str(placement_id), "--out", str(out)) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err.startswith("Fel: ") and str(out) in err
    assert export_log_count(database) == 0
    assert list(tmp_path.glob("**/*.part")) == []


def test_missing_database_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "finns-inte.db"
    code = main(["report", "summary", "1", "--out", str(tmp_path / "s.pdf"), "--db", str(path)])
    assert code == EXIT_FAILED
    assert "Det finns ingen databas" in capsys.readouterr().err
    assert not path.exists()


def test_statistics_for_a_period(
    database_path: Path, database: Database, placement_id: int, tmp_path: Path
) -> None:
    out = tmp_path / "statistik.pdf"
    args = ["stats", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out)]
    assert run(database_path, *args) == EXIT_OK
    assert "2026-01-01" in pdf_text(out)
    assert export_log_count(database) == 1


def test_statistics_period_backwards_is_refused(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.pdf"
    args = ["stats", "--from", "2026-12-31", "--to", "2026-01-01", "--out", str(out)]
    assert run(database_path, *args) == EXIT_FAILED
    assert "Perioden" in capsys.readouterr().err
    assert not out.exists()


def test_statistics_date_that_is_no_date_is_a_usage_error(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        run(database_path, "stats", "--from", "1/13/2026", "--to", "2026-12-31", "--out", "x.pdf")
    assert raised.value.code == 2
    assert "--from: '1/13/2026': ett datum som ÅÅÅÅ-MM-DD väntades" in capsys.readouterr().err


def test_summaries_of_active_placements_one_file_each(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    active = [make_placement(services) for _ in range(3)]
    ended = make_placement(services, start_date=date(2026, 1, 5))
    services.placements.end(ended, Ending(ended_on=date(2026, 6, 1), outcome=Outcome.STUDIES))
    folder = tmp_path / "ut" / "mapp"  # made when missing
    assert run(database_path, "summaries", "--active", "--out-dir", str(folder)) == EXIT_OK
    captured = capsys.readouterr()
    assert captured.out.startswith("3 ")
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"uppfoljning-placering-{i}.pdf" for i in active
    )
    assert "3" in captured.err  # none of them has the consent recorded
    assert export_log_count(database) == 3


def test_summaries_without_active_placements_says_so(
    database_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "tom"
    assert run(database_path, "summaries", "--active", "--out-dir", str(folder)) == EXIT_OK
    assert "Ingen placering" in capsys.readouterr().out
    assert list(folder.iterdir()) == []


def test_printing_needs_no_qt(database_path: Path, placement_id: int, tmp_path: Path) -> None:
    """A fresh process writes a document without loading Qt: batch printing on a server or
    from a scheduled task needs no display."""
    out = tmp_path / "s.pdf"
    script = (
        "import sys; from ambassador.cli import main; "
        f"code = main(['report', 'summary', '{placement_id}', '--out', {str(out)!r}, "
        f"'--db', {str(database_path)!r}]); "
        "print(code, 'PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},  # its log folder, not the user's
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == "0 False", result.stderr
    assert out.exists()
