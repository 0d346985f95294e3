"""The command line: version, demo and check, with clear messages and exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ambassador import __version__
from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.storage.migrate import HEAD_REVISION


def test_version_prints_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out.strip() == f"Ambassador {__version__}"


def counts(out: str) -> dict[str, str]:
    """The table of what a checked file holds: each line's words, and its number."""
    return dict(line.strip().rsplit(maxsplit=1) for line in out.splitlines() if line[:2] == "  ")


def test_check_reports_healthy_database(
    database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "--db", str(database_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert f"Schemarevision:  {HEAD_REVISION}" in out
    assert counts(out)["Deltagare"] == "0"
    assert out.splitlines()[-1] == (
        "Filen är oskadd: SQLite:s integritetskontroll hittade inga fel i den, och dess tabeller, "
        "index och söktabeller är de som dess schemarevision ska ha."
    )


def test_check_of_a_file_from_the_first_release_counts_its_rows_and_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "gammal.db"
    shutil.copyfile(Path(__file__).parents[1] / "data" / "schema-0001.db", path)
    before = path.read_bytes()
    assert main(["--lang", "en", "check", "--db", str(path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Schema revision:  0001" in out
    assert f"upgrades it to revision {HEAD_REVISION}, after a backup" in out
    # Counted by hand in the frozen file; the audit log came with 0002 and is not in it.
    held = counts(out)
    assert (held["Participants"], held["Notes"], held["Check-ins"]) == ("30", "239", "647")
    assert "Audit log entries" not in held and "The file is undamaged" in out
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00" * 10, b"PK\x03\x04" + os.urandom(4000), os.urandom(8192)],
    ids=["empty", "zeros", "zip", "random"],
)
def test_check_refuses_file_that_is_not_a_database(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "suspekt.db"
    path.write_bytes(content)
    assert main(["check", "--db", str(path)]) == EXIT_FAILED
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert str(path) in captured.err and captured.err.startswith("Fel: ")
    assert path.read_bytes() == content  # never changed


def test_check_refuses_truncated_database(
    tmp_path: Path, database_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = database_path.read_bytes()
    path = tmp_path / "avklippt.db"
    path.write_bytes(data[: len(data) // 2 + 100])
    assert main(["check", "--db", str(path)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "skadad" in err or "inte en Ambassador" in err


def test_check_refuses_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--db", str(tmp_path / "saknas.db")]) == EXIT_FAILED
    assert not (tmp_path / "saknas.db").exists()


def test_demo_writes_sample_data_then_refuses_to_write_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "demo.db"
    assert main(["demo", "--db", str(path), "--size", "small", "--seed", "3"]) == EXIT_OK
    assert "Exempeldata" in capsys.readouterr().out
    assert main(["demo", "--db", str(path)]) == EXIT_FAILED
    assert "redan" in capsys.readouterr().err
    assert main(["--lang", "en", "check", "--db", str(path)]) == EXIT_OK
    assert "The file is undamaged" in capsys.readouterr().out


def test_module_entry_point_runs_as_a_fresh_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ambassador", "check", "--db", str(tmp_path / "nej.db")],
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path)},  # its log folder, not the user's
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == EXIT_FAILED
    assert "Traceback" not in result.stderr
