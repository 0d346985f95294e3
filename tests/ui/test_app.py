"""The composition root and start-up: a file that cannot be opened is said so (and its newest
good backup offered), an encrypted file asks for its passphrase, a second start on the same
file hands over to the first, and the demo keeps its data."""

from __future__ import annotations

import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QToolBar
from pytestqt.qtbot import QtBot

from ambassador import __version__, app, crash
from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import StorageError
from ambassador.services import opening
from ambassador.services.backups import MANUAL
from ambassador.storage import integrity
from ambassador.storage.backup import backup_name
from ambassador.ui import startup
from ambassador.ui.common import dialogs
from ambassador.ui.crash import CrashNet
from ambassador.ui.safety.unlock_form import UnlockDialog
from ambassador.ui.single_instance import SingleInstance
from tests.factories import make_participant, note_fields

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


@pytest.mark.parametrize("kind", ["header", "zip", "table"])
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
    elif kind == "table":  # SQLite finds nothing wrong; its tables are not its revision's
        connection = sqlite3.connect(database_path)
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("DROP TABLE notes")
        connection.commit()
        connection.close()
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


def _damage_the_last_pages(path: Path) -> None:
    """Garble the b-tree headers of the last third of the pages (the notes, written last):
    the header, the schema and the version table still read well; SQLite's check does not."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    pages = len(data) // size
    for page in range(2 * pages // 3, pages):
        data[page * size : page * size + 12] = b"\x0d" + b"\xff" * 11
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("agree", [True, False])
def test_the_window_checks_its_file_in_a_thread_and_a_damaged_one_is_offered_its_backup(
    qtbot: QtBot,
    database_path: Path,
    clock: FixedClock,
    shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    agree: bool,
) -> None:
    database, services = startup.open_services(database_path, clock)
    kept = make_participant(services)
    services.backups.take(MANUAL)
    for n in range(40):
        participant = make_participant(services, first_name=f"Person{chr(97 + n % 26)}")
        services.follow_up.add_note(
            note_fields(participant, None, clock.now(), text="Lång anteckning " * 40)
        )
    database.dispose()
    _damage_the_last_pages(database_path)
    damaged = database_path.read_bytes()
    started: list[integrity.IntegrityCheck | None] = []
    check_in_background = integrity.check_in_background
    monkeypatch.setattr(
        integrity,
        "check_in_background",
        lambda path: started.append(check_in_background(path)) or started[-1],
    )
    questions: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask", lambda _parent, _title, text, _confirm: questions.append(text) or agree
    )
    opened = app.open_window(database_path, demo=False, language="en")
    assert len(started) == 1 and started[0] is not None  # the window's own, in its thread
    (question,) = questions
    assert "This Ambassador database is damaged" in question and str(database_path) in question
    if not agree:
        assert opened is None
        assert database_path.read_bytes() == damaged
        assert sorted(p.name for p in database_path.parent.glob("ambassador.db*")) == [
            "ambassador.db"
        ]
        return
    assert opened is not None
    window, database, services = opened
    qtbot.addWidget(window)
    try:
        assert services.participants.get(kept).id == kept
    finally:
        window.close()
        database.dispose()
    (aside,) = database_path.parent.glob("ambassador.db.damaged-*")
    assert aside.read_bytes() == damaged


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
    database, services = startup.open_services(path, clock, with_sample_data=True, create=True)
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
    # Not a first start: no questions.
    database, _services = startup.open_services(path, clock, create=True)
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


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_file_opens_read_only_and_the_window_says_so(
    qtbot: QtBot,
    database_path: Path,
    clock: FixedClock,
    shown: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file this user cannot write (here: as if; tests/cli/test_read_only_media.py has a
    read-only disk): every screen reads, a write is refused in one sentence, and the file is
    the same afterwards, byte for byte."""
    database, services = startup.open_services(database_path, clock)
    make_participant(services)
    database.dispose()
    before = _digest(database_path)
    monkeypatch.setattr(opening, "writable", lambda _path: False)
    recorded: list[BaseException] = []
    monkeypatch.setattr(crash, "record", lambda error, _where: recorded.append(error))
    opened = app.open_window(database_path, demo=False, language="en")
    assert opened is not None
    window, database, services = opened
    qtbot.addWidget(window)
    try:
        assert database.read_only
        assert window.windowTitle() == "Ambassador – ambassador.db (read-only)"
        window.set_language("sv")  # built again: the title still says so
        assert window.windowTitle() == "Ambassador – ambassador.db (skrivskyddad)"
        window.set_language("en")
        bar = window.findChild(QToolBar, "read_only_bar")
        assert bar is not None and bar.isVisible()
        assert not bar.toggleViewAction().isVisible()  # it cannot be closed
        for row in range(window.navigation_list.count()):
            window.show_screen(row)
            qtbot.wait(1)
        assert not services.backups.due()  # nothing to back up: it cannot change
        with pytest.raises(StorageError) as raised:
            services.participants.delete(services.participants.page()[0].id)
        CrashNet(lambda: window).handle(raised.value)  # as if from a button
    finally:
        window.close()
        database.dispose()
    assert shown == [
        (
            "This could not be done",
            "The database is open read-only: it can be read, not changed; nothing was saved.",
        )
    ]
    assert recorded == []  # a refusal, not a bug: nothing for the crash log
    assert _digest(database_path) == before


@pytest.mark.parametrize("kind", ["empty", "sqlite"])
def test_an_empty_file_given_to_the_window_is_not_made_a_database(
    qtbot: QtBot, tmp_path: Path, shown: list[tuple[str, str]], kind: str
) -> None:
    path = tmp_path / "tom.db"
    if kind == "empty":
        path.touch()
    else:
        connection = sqlite3.connect(path)
        connection.execute("PRAGMA user_version = 3")  # another program's, holding nothing
        connection.close()
    before = path.read_bytes()
    assert app.run_window(path, demo=False, language="en") == 2
    ((title, text),) = shown
    assert title == "Ambassador cannot open the database"
    assert "not an Ambassador database" in text and str(path) in text
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["tom.db"]


@pytest.mark.parametrize("agree", [False, True])
def test_a_missing_file_named_for_the_window_is_made_only_if_the_person_agrees(
    qtbot: QtBot,
    tmp_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    agree: bool,
) -> None:
    path = tmp_path / "ny.db"
    questions: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask", lambda _parent, _title, text, _confirm: questions.append(text) or agree
    )
    opened = startup.open_interactively(path, clock)
    if opened is not None:
        opened[0].dispose()
    assert (opened is not None) == agree == path.exists()
    assert questions == [f"There is no database at {path}. Make a new, empty one there?"]


def test_a_folder_given_to_the_window_is_one_sentence(
    qtbot: QtBot, tmp_path: Path, shown: list[tuple[str, str]]
) -> None:
    assert app.run_window(tmp_path, demo=False, language="en") == 2
    assert shown == [
        ("Ambassador cannot open the database", f"{tmp_path} is a folder, not a database file.")
    ]


def test_a_new_database_where_no_folder_can_be_made_is_one_sentence(
    qtbot: QtBot, tmp_path: Path, clock: FixedClock, shown: list[tuple[str, str]]
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    assert startup.open_interactively(blocker / "ny.db", clock, create=True) is None
    assert shown == [
        (
            "Ambassador cannot open the database",
            f"A new database cannot be made here: the folder cannot be written\n\n{blocker}",
        )
    ]
