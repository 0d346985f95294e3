"""The composition root and start-up: a file that cannot be opened is said so (and its newest
good backup offered), an encrypted file asks for its passphrase, a second start on the same
file hands over to the first, and the demo keeps its data."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ambassador import __version__, app
from ambassador.domain.clock import FixedClock
from ambassador.services.backups import MANUAL
from ambassador.storage.backup import backup_name
from ambassador.ui import startup
from ambassador.ui.common import dialogs
from ambassador.ui.safety.unlock_form import UnlockDialog
from ambassador.ui.single_instance import SingleInstance
from tests.factories import make_participant

PASSPHRASE = "korrekt \"häst\" 'batteri'; 😀"


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda _parent, title, text: errors.append((title, text))
    )
    monkeypatch.setattr(
        dialogs, "inform", lambda _parent, title, text: errors.append((title, text))
    )
    return errors


def test_run_window_explains_and_exits_when_file_is_not_a_database(
    qtbot: QtBot, tmp_path: Path, shown: list[tuple[str, str]]
) -> None:
    path = tmp_path / "bilder.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    assert app.run_window(path, demo=False, language="en") == 2
    ((title, text),) = shown
    assert title == "Ambassador cannot open the database"
    assert "not an Ambassador database" in text and str(path) in text
    assert "No backup that passes its check was found." in text
    assert path.read_bytes().startswith(b"\x89PNG")


def test_second_start_on_same_file_brings_first_forward_and_exits(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "ambassador.db"
    first = SingleInstance(path)
    assert first.acquire()
    first.listen()
    try:
        with qtbot.waitSignal(first.activation_requested, timeout=20000):
            second = subprocess.Popen(
                [sys.executable, "-m", "ambassador", "--db", str(path)],
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
        assert second.wait(timeout=20) == 0
        assert not path.exists()  # the second start opened nothing
    finally:
        first.release()


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"\x00" * 16  # the header gone: no program can read it as SQLite now
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("kind", ["header", "zip"])
def test_file_that_cannot_be_opened_is_kept_and_newest_good_backup_put_in_place(
    qtbot: QtBot,
    database_path: Path,
    clock: FixedClock,
    shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    database, services = startup.open_services(database_path, clock)
    kept = make_participant(services)
    services.backups.take(MANUAL)
    database.dispose()
    backups = database_path.parent / "backups"
    # A newer backup that is itself damaged is passed over for the older good one.
    bad = backups / backup_name(database_path, "periodic", clock.now().replace(hour=10))
    bad.write_bytes(b"not a backup")
    if kind == "zip":
        database_path.write_bytes(b"PK\x03\x04" + bytes(2000))
    else:
        _damage(database_path)
    damaged = database_path.read_bytes()
    questions: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask", lambda _parent, _title, text, _confirm: questions.append(text) or True
    )
    opened = startup.open_interactively(database_path, clock)
    assert opened is not None
    database, services = opened
    try:
        assert services.participants.get(kept).id == kept
    finally:
        database.dispose()
    (question,) = questions
    assert str(database_path) in question and "2026-11-24 09:00" in question
    (aside,) = database_path.parent.glob("ambassador.db.damaged-*")
    assert aside.read_bytes() == damaged
    assert str(aside) in shown[-1][1]


def test_declining_the_backup_changes_nothing(
    qtbot: QtBot,
    database_path: Path,
    clock: FixedClock,
    shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    database, services = startup.open_services(database_path, clock)
    services.backups.take(MANUAL)
    database.dispose()
    _damage(database_path)
    damaged = database_path.read_bytes()
    monkeypatch.setattr(dialogs, "ask", lambda *_args: False)
    assert startup.open_interactively(database_path, clock) is None
    assert database_path.read_bytes() == damaged
    assert not list(database_path.parent.glob("*.damaged-*"))


def test_encrypted_file_asks_for_passphrase_and_counts_wrong_ones(
    qtbot: QtBot, database_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, services = startup.open_services(database_path, clock)
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()
    errors: list[str] = []

    def run(dialog: UnlockDialog) -> bool:
        qtbot.addWidget(dialog)
        form = dialog.form
        form.secret_edit.setText("fel lösenfras")
        assert not form.try_unlock()
        errors.append(form.error_label.text())
        form.secret_edit.setText(PASSPHRASE)
        assert form.try_unlock()
        return dialog.result() == UnlockDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", run)
    opened = startup.open_interactively(database_path, clock)
    assert opened is not None
    database, services = opened
    try:
        assert services.encryption.encrypted
        (entry,) = [e for e in services.audit.recent() if e.action == "failed_unlock"]
        assert entry.count == 1
    finally:
        database.dispose()
    assert errors == ["The passphrase is not right."]


def test_giving_up_on_the_passphrase_opens_nothing(
    qtbot: QtBot, database_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, services = startup.open_services(database_path, clock)
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()
    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: qtbot.addWidget(dialog) or False)
    assert startup.open_interactively(database_path, clock) is None


def test_demo_database_filled_once_then_left_as_it_is(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "demo.db"
    database, services = startup.open_services(path, clock, with_sample_data=True)
    participant = services.participants.page()[0]
    services.participants.delete(participant.id)
    count = len(services.participants.page())
    database.dispose()
    database, services = startup.open_services(path, clock, with_sample_data=True)
    assert len(services.participants.page()) == count  # not refilled, not reset
    database.dispose()


def test_every_window_carries_the_program_icon_name_and_version(qtbot: QtBot) -> None:
    qt_app = QApplication.instance()
    assert isinstance(qt_app, QApplication)
    app.set_identity(qt_app)
    sizes = qt_app.windowIcon().availableSizes()
    assert QSize(256, 256) in sizes
    assert (qt_app.applicationName(), qt_app.applicationVersion()) == ("Ambassador", __version__)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows closes windows by message, not signal")
def test_sigterm_closes_the_window_as_the_person_would_and_takes_the_exit_backup(
    tmp_path: Path, clock: FixedClock
) -> None:
    path = tmp_path / "ambassador.db"
    database, _services = startup.open_services(path, clock)  # not a first start: no questions
    database.dispose()
    sockets = tmp_path / "tmp"
    sockets.mkdir()
    with subprocess.Popen(
        [sys.executable, "-m", "ambassador", "--db", str(path), "--lang", "en"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(sockets)},
        stderr=subprocess.PIPE,
        text=True,
    ) as window:
        try:
            # The window listens for a second start once it is up and idle in its event loop.
            deadline = time.monotonic() + 60
            while not any(sockets.glob("ambassador-*")) and window.poll() is None:
                assert time.monotonic() < deadline, "the window did not come up"
                time.sleep(0.05)
            window.send_signal(signal.SIGTERM)
            _out, errors = window.communicate(timeout=30)
        finally:
            window.kill()
    assert window.returncode == 0, errors
    backups = list((tmp_path / "backups").glob("*exit*"))
    assert len(backups) == 1
    assert not list(sockets.glob("ambassador-*"))  # the window stopped listening as it closed
