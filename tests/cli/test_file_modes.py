"""Owner-only files from the command line: under the usual mask 022, the database a command
creates (with its -wal and -shm while open), its folder, backups and their folder, lists,
calendar files, PDFs and the crash log are their owner's alone."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ambassador.cli.common import EXIT_BUG, EXIT_OK
from ambassador.cli.program import main
from ambassador.services import backups, sample_data

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="Windows has ACLs, not modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_mask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    assert os.umask(previous) == 0o022  # the command put the caller's mask back


def test_every_file_a_command_writes_is_owner_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = tmp_path / "ny mapp" / "ambassador.db"
    while_open: dict[str, int] = {}
    generate = sample_data.SampleDataService.generate

    def generate_and_look(self: Any, *args: Any) -> Any:
        report = generate(self, *args)
        for suffix in ("-wal", "-shm"):  # they exist only while the database is open
            while_open[suffix] = mode(database.with_name(database.name + suffix))
        return report

    monkeypatch.setattr(sample_data.SampleDataService, "generate", generate_and_look)
    db = ["--db", str(database)]
    assert main(["--lang", "en", "demo", *db, "--size", "small", "--seed", "3"]) == EXIT_OK
    assert while_open == {"-wal": 0o600, "-shm": 0o600}
    assert mode(database) == 0o600 and mode(database.parent) == 0o700

    out = tmp_path / "ut"
    out.mkdir()
    lines = [
        ["backup"],
        ["backup", "--to", str(tmp_path / "usb" / "kopior")],
        ["export", "participants", "--out", str(out / "deltagare.csv")],
        ["export", "placements", "--format", "xlsx", "--out", str(out / "placeringar.xlsx")],
        ["calendar", "--from", "2026-01-01", "--to", "2026-12-31", "--out", str(out / "k.ics")],
        ["report", "summary", "1", "--out", str(out / "uppfoljning.pdf")],
    ]
    for line in lines:
        assert main(["--lang", "en", *line, *db]) == EXIT_OK, line
    written = [
        *(database.parent / "backups").iterdir(),
        *(tmp_path / "usb" / "kopior").iterdir(),
        *out.iterdir(),
    ]
    assert len(written) == 6
    assert {path.name: mode(path) for path in written} == {path.name: 0o600 for path in written}
    for folder in (database.parent / "backups", tmp_path / "usb", tmp_path / "usb" / "kopior"):
        assert mode(folder) == 0o700, folder


def test_the_crash_log_is_owner_only(
    data_folder: Path, database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def bug(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(backups.BackupService, "take", bug)
    assert main(["--lang", "en", "backup", "--db", str(database_path)]) == EXIT_BUG
    logs = data_folder / "logs"  # the data folder itself made on the way: the user's own
    assert mode(logs) == 0o700 and mode(data_folder) == 0o700
    assert [mode(path) for path in logs.iterdir()] == [0o600]
