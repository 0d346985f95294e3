"""Reading never writes: commands that only read open the file read-only, work on a read-only
disk and beside another program writing to it, and leave it as it was, byte for byte. What
must write (a document's export-log line, an import) is refused on a read-only file with one
sentence saying why; nothing but `init` and `demo` makes a database, never over a file."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from ambassador.cli.common import EXIT_FAILED, EXIT_OK
from ambassador.cli.program import main
from ambassador.services import opening
from ambassador.services.backups import MANUAL
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_placement

PERIOD = ["--from", "2026-01-01", "--to", "2026-12-31"]
# Commands that only read, and what else they need on the line.
READING = [
    ["check"],
    ["report", "sentences", *PERIOD],
    ["report", "selfcheck"],
    ["outcome-check", "list"],
]
# Commands whose file must have its line in the export log.
LOGGED = [
    ["export", "participants", "--out", "{out}/p.csv"],
    ["calendar", "--out", "{out}/c.ics"],
    ["report", "summary", "{placement}", "--out", "{out}/s.pdf"],
    ["report", "stats", *PERIOD, "--out", "{out}/st.pdf"],
]
# Commands that change the file.
CHANGING = [
    ["import", "participants", "{out}/people.csv"],
    ["purge", "--dry-run"],
    ["outcome-check", "record", "1", "work"],
    ["questionnaire", "print", "{placement}", "--out", "{out}/q.pdf"],
]
READ_ONLY_FILE = "Error: This database file is read-only: it can be read, but not changed: {db}"
NOT_LOGGED = (
    "Error: Nothing was written: every document and list is recorded in the database's export "
    "log, and this database is open read-only."
)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _line(command: list[str], out: Path, placement: int) -> list[str]:
    return [part.format(out=out, placement=placement) for part in command]


@pytest.fixture
def placement(database: Database, services: Services) -> int:
    """A placement in a closed file, with a backup beside it."""
    placement_id = make_placement(services)
    services.backups.take(MANUAL)
    database.dispose()
    return placement_id


@pytest.fixture
def output(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "people.csv").write_text("Förnamn;Efternamn\nÅsa;Öberg\n", encoding="utf-8")
    return folder


@pytest.fixture
def as_if_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file looks read-only to the program (on a read-only disk, below, it is)."""
    monkeypatch.setattr(opening, "writable", lambda _path: False)


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_a_command_that_only_reads_opens_the_file_read_only(
    command: list[str],
    database_path: Path,
    placement: int,
    output: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Even a file that could be written: reading is done with read-only connections."""
    modes: list[bool] = []
    real = opening.open_database
    monkeypatch.setattr(
        opening,
        "open_database",
        lambda *args, **kwargs: modes.append(kwargs["read_only"]) or real(*args, **kwargs),
    )
    before = _digest(database_path)
    beside = sorted(p.name for p in database_path.parent.iterdir())
    line = ["--lang", "en", *_line(command, output, placement), "--db", str(database_path)]
    assert main(line) == EXIT_OK
    assert modes in ([True], [])  # `check` reads without the services
    assert _digest(database_path) == before
    # Not even the empty -wal and -shm a read-only connection makes are left behind.
    assert sorted(p.name for p in database_path.parent.iterdir()) == beside


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_a_read_only_file_is_read(
    command: list[str],
    database_path: Path,
    placement: int,
    output: Path,
    as_if_read_only: None,
) -> None:
    before = _digest(database_path)
    line = ["--lang", "en", *_line(command, output, placement), "--db", str(database_path)]
    assert main(line) == EXIT_OK
    assert _digest(database_path) == before


def test_a_read_only_file_is_backed_up(
    database_path: Path,
    placement: int,
    output: Path,
    as_if_read_only: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A backup is the database itself, with its logs (docs/data-safety.md): it is taken, and
    only its line in the audit log, which cannot be written, is missing."""
    before = _digest(database_path)
    line = ["--lang", "en", "backup", "--to", str(output / "b"), "--db", str(database_path)]
    assert main(line) == EXIT_OK
    assert "Backup written" in capsys.readouterr().out
    (written,) = (output / "b").glob("*.db")
    assert _digest(database_path) == before
    assert written.stat().st_size > 0


@pytest.mark.parametrize("command", LOGGED, ids=lambda c: " ".join(c[:2]))
def test_a_file_with_personal_data_is_not_written_from_a_read_only_database(
    command: list[str],
    database_path: Path,
    placement: int,
    output: Path,
    as_if_read_only: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Its export-log line cannot be written, so neither is the file."""
    before = _digest(database_path)
    line = ["--lang", "en", *_line(command, output, placement), "--db", str(database_path)]
    assert main(line) == EXIT_FAILED
    assert capsys.readouterr().err.splitlines() == [NOT_LOGGED]
    assert sorted(p.name for p in output.iterdir()) == ["people.csv"]
    assert _digest(database_path) == before


@pytest.mark.parametrize("command", CHANGING, ids=lambda c: " ".join(c[:2]))
def test_a_command_that_changes_the_file_is_refused_at_once_on_a_read_only_one(
    command: list[str],
    database_path: Path,
    placement: int,
    output: Path,
    as_if_read_only: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _digest(database_path)
    line = ["--lang", "en", *_line(command, output, placement), "--db", str(database_path)]
    assert main(line) == EXIT_FAILED
    assert capsys.readouterr() == ("", READ_ONLY_FILE.format(db=database_path) + "\n")
    assert _digest(database_path) == before


@pytest.mark.parametrize("kind", ["empty", "sqlite"])
@pytest.mark.parametrize(
    "command",
    [*READING[1:], LOGGED[0], LOGGED[3], CHANGING[0]],
    ids=lambda c: " ".join(c[:2]),
)
def test_an_empty_file_is_never_made_a_database(
    command: list[str],
    kind: str,
    tmp_path: Path,
    output: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Given by mistake, an empty file or another program's empty SQLite file stays as it is."""
    folder = tmp_path / "given"
    folder.mkdir()
    path = folder / "tom.db"
    if kind == "empty":
        path.touch()
    else:
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA user_version = 3")
        connection.close()
    before = path.read_bytes()
    line = ["--lang", "en", *_line(command, output, 1), "--db", str(path)]
    assert main(line) == EXIT_FAILED
    (error,) = capsys.readouterr().err.splitlines()
    assert error.startswith("Error: This file is not an Ambassador database") and str(path) in error
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["tom.db"]
    assert sorted(p.name for p in output.iterdir()) == ["people.csv"]


# Beside a writer ----------------------------------------------------------------------------

HOLD = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
connection.execute(
    "INSERT INTO audit_log (created_at, action, subject_kind, subject_ids, count, detail) "
    "VALUES ('2026-11-24 09:00:00', 'test', '', '', 0, '')"
)
print("holding", flush=True)
sys.stdin.readline()
connection.execute("COMMIT")
"""


@pytest.fixture
def writer(database_path: Path, placement: int) -> Iterator[subprocess.Popen[str]]:
    """Another process in the middle of a write transaction on the file, until told."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stdout.readline() == "holding\n"
        try:
            yield process
        finally:
            if process.poll() is None:
                process.communicate("\n", timeout=30)
    assert process.returncode == 0


@pytest.mark.parametrize("command", READING, ids=lambda c: " ".join(c[:2]))
def test_reading_beside_a_writer_is_not_locked_out(
    command: list[str],
    database_path: Path,
    placement: int,
    output: Path,
    writer: subprocess.Popen[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    started = time.monotonic()
    line = ["--lang", "en", *_line(command, output, placement), "--db", str(database_path)]
    assert main(line) == EXIT_OK, capsys.readouterr().err
    assert time.monotonic() - started < 4  # never waiting out the busy timeout
    assert writer.poll() is None  # the writer still holds its transaction


@pytest.mark.parametrize("command", LOGGED, ids=lambda c: " ".join(c[:2]))
def test_a_document_beside_a_writer_waits_for_its_log_line(
    command: list[str],
    database_path: Path,
    placement: int,
    output: Path,
    writer: subprocess.Popen[str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Its reading goes on beside the writer; its export-log line waits (the busy timeout)
    until the writer commits, a second later."""
    assert writer.stdin is not None
    stdin = writer.stdin
    release = threading.Timer(1.0, lambda: (stdin.write("\n"), stdin.flush()))
    release.start()
    try:
        line = ["--lang", "en", *_line(command, output, placement), "--db", str(database_path)]
        assert main(line) == EXIT_OK, capsys.readouterr().err
    finally:
        release.join()
    assert writer.wait(timeout=30) == 0
    assert len(list(output.iterdir())) == 2  # the file beside people.csv


# On a read-only disk ----------------------------------------------------------------------

DRIVER = """
import contextlib, io, json, sys
from ambassador.cli.program import main
results = []
for line in json.loads(sys.argv[1]):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(line)
    results.append([code, out.getvalue(), err.getvalue()])
print(json.dumps(results))
"""


def _can_mount_read_only(scratch: Path) -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    source, target = scratch / "source", scratch / "target"
    source.mkdir()
    target.mkdir()
    script = (
        f"mount --bind '{source}' '{target}' && mount -o remount,bind,ro '{target}' "
        f"&& ! touch '{target}/x' 2>/dev/null"
    )
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, check=False)
    return done.returncode == 0


def test_a_read_only_disk_is_read_and_nothing_on_it_changes(
    tmp_path: Path, database_path: Path, placement: int
) -> None:
    """A bind mount made read-only in a namespace of its own: SQLite can neither write the
    file nor make the -shm beside it, so reads are done as of an unchanging file."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    if not _can_mount_read_only(scratch):
        pytest.skip("no user namespace to mount a read-only disk in")
    disk, mounted, out = tmp_path / "disk", tmp_path / "mounted", tmp_path / "out"
    for folder in (disk, mounted, out):
        folder.mkdir()
    shutil.copyfile(database_path, disk / "ambassador.db")
    shutil.copytree(database_path.parent / "backups", disk / "backups")
    before = {p.name: _digest(p) for p in disk.iterdir() if p.is_file()}
    db = str(mounted / "ambassador.db")
    lines = [
        ["--lang", "en", "check", "--db", db],
        ["--lang", "en", "report", "sentences", *PERIOD, "--db", db],
        ["--lang", "en", "outcome-check", "list", "--db", db],
        ["--lang", "en", "backup", "--to", str(out), "--db", db],
        ["--lang", "en", "export", "participants", "--out", str(out / "p.csv"), "--db", db],
        ["--lang", "en", "purge", "--dry-run", "--db", db],
    ]
    script = (
        f"mount --bind '{disk}' '{mounted}' && mount -o remount,bind,ro '{mounted}' "
        f'&& exec "$0" -c "$1" "$2"'
    )
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, sys.executable, DRIVER, json.dumps(lines)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)
    codes = [code for code, _out, _err in results]
    assert codes == [EXIT_OK] * 4 + [EXIT_FAILED] * 2, results
    assert "The file is undamaged" in results[0][1]
    assert results[4][2] == NOT_LOGGED + "\n"
    assert results[5][2] == READ_ONLY_FILE.format(db=db) + "\n"
    assert all("Traceback" not in err for _code, _out, err in results)
    assert [p.suffix for p in out.iterdir()] == [".db"]  # the backup, and no list
    assert {p.name: _digest(p) for p in disk.iterdir() if p.is_file()} == before
    assert not (tmp_path / "data" / "Ambassador" / "logs").exists()  # no bug logged
