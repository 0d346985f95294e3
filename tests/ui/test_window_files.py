"""The window as a person starts it, with the usual mask 022 and Qt's text logging switched
on: the data folder, the demo database with its -wal and -shm, the lock and the exit backup
are their owner's alone, and standard error holds no name the window showed."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows has ACLs, not modes, and closes by message"
)

# Text categories on, as IT chasing a font problem would; one harmless category as well, to
# show the rules took effect and that other messages still pass.
LOGGING_RULES = "qt.text.*=true;qt.accessibility.*=true;qt.widgets.focus=true"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names_in(database: Path) -> set[str]:
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT first_name, last_name FROM participants").fetchall()
    finally:
        connection.close()
    return {part for row in rows for part in row if part and len(part) > 3}


def test_window_files_are_owner_only_and_no_shown_name_reaches_standard_error(
    tmp_path: Path,
) -> None:
    sockets = tmp_path / "tmp"
    sockets.mkdir()
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(sockets),
        "XDG_DATA_HOME": str(data),
        "QT_LOGGING_RULES": LOGGING_RULES,
    }
    with subprocess.Popen(
        [sys.executable, "-m", "ambassador", "--demo", "--lang", "en"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
        preexec_fn=lambda: os.umask(0o022),  # noqa: PLW1509 - only the mask, before exec
    ) as window:
        try:
            deadline = time.monotonic() + 90
            while not any(sockets.glob("ambassador-*")) and window.poll() is None:
                assert time.monotonic() < deadline, "the window did not come up"
                time.sleep(0.05)
            folder = data / "Ambassador" / "demo"
            database = folder / "ambassador-demo.db"
            live = {
                path.name: mode(path)
                for path in (
                    database,
                    database.with_name(database.name + "-wal"),
                    database.with_name(database.name + "-shm"),
                    database.with_name(database.name + ".lock"),
                )
            }
            window.send_signal(signal.SIGTERM)
            _out, errors = window.communicate(timeout=60)
        finally:
            window.kill()
    said = [line for line in errors.splitlines() if not line.startswith("qt.widgets.focus")]
    assert window.returncode == 0, "\n".join(said[-40:])
    assert live == {name: 0o600 for name in live}
    assert mode(data / "Ambassador") == 0o700 and mode(folder) == 0o700
    (exit_backup,) = (folder / "backups").glob("*exit*")
    assert mode(folder / "backups") == 0o700 and mode(exit_backup) == 0o600

    assert "qt.widgets.focus" in errors  # the rules took effect, and other messages pass
    assert "qt.text" not in errors and "qt.accessibility" not in errors
    names = names_in(database)
    assert names, "the demo has people"
    assert [name for name in names if name in errors] == []
