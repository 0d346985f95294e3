"""The command line's crash net: a bug is logged without personal data, told in one line in
the person's language, and ends the command with its own exit code; Ctrl+C ends it quietly."""

from __future__ import annotations

from pathlib import Path

import pytest

from ambassador import crash
from ambassador.cli import EXIT_BUG, EXIT_FAILED, EXIT_INTERRUPTED, main
from ambassador.services.backups import BackupService

NAME = "Anna Svensson"
NUMBER = "19811228-9874"


def test_a_bug_in_a_command_is_logged_without_personal_data_and_told_in_one_line(
    database_path: Path,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def take(*_args: object, **_kwargs: object) -> Path:
        raise RuntimeError(f"{NAME} {NUMBER}")

    monkeypatch.setattr(BackupService, "take", take)
    assert main(["backup", "--db", str(database_path)]) == EXIT_BUG
    captured = capsys.readouterr()
    log = data_folder / "logs" / crash.LOG_NAME
    assert captured.out == ""
    assert captured.err == (
        "Ett oväntat fel stoppade kommandot; inget som sparats har gått förlorat. "
        f"Detaljer finns i loggen: {log}\n"
    )
    text = log.read_text(encoding="utf-8")
    assert "an error escaped the command line" in text
    assert 'ambassador/cli/safety.py", line' in text and "in run_backup" in text
    assert "in take" in text and "RuntimeError (its message is not logged" in text
    assert NAME not in text and NUMBER not in text and "Svensson" not in text


def test_the_bug_line_is_english_on_request(
    database_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(BackupService, "take", lambda *_a, **_k: 1 / 0)
    assert main(["--lang", "en", "backup", "--db", str(database_path)]) == EXIT_BUG
    err = capsys.readouterr().err
    assert err.startswith("An unexpected error stopped the command; nothing that was saved")
    assert err.count("\n") == 1


def test_without_a_log_the_bug_is_still_told(
    database_path: Path,
    data_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data_folder.parent.joinpath("data").write_text("a file where the folder should be")
    monkeypatch.setattr(BackupService, "take", lambda *_a, **_k: 1 / 0)
    assert main(["backup", "--db", str(database_path)]) == EXIT_BUG
    assert capsys.readouterr().err.endswith("Loggen kunde inte skrivas.\n")


def test_the_programs_own_refusal_is_one_line_and_no_bug(
    tmp_path: Path, data_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup", "--db", str(tmp_path / "saknas.db")]) == EXIT_FAILED
    assert capsys.readouterr().err.count("\n") == 1
    assert not (data_folder / "logs" / crash.LOG_NAME).exists()


def test_ctrl_c_ends_the_command_quietly(
    database_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_args: object, **_kwargs: object) -> Path:
        raise KeyboardInterrupt

    monkeypatch.setattr(BackupService, "take", interrupted)
    assert main(["backup", "--db", str(database_path)]) == EXIT_INTERRUPTED
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", "")
