"""One program per database file: a second start raises the first, a crashed run's lock is
taken over, different files run side by side."""

from __future__ import annotations

import gc
import signal
import subprocess
import sys
import textwrap
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ambassador.ui.single_instance import SingleInstance, bring_forward, server_name

# Takes the same lock the program takes, says so, and waits to be killed.
HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1])
    lock.setStaleLockTime(0)
    if not lock.tryLock(0):
        sys.exit(1)
    print("locked", flush=True)
    time.sleep(60)
    """
)

# A second start of the program on the same file, as run_window makes it.
SECOND_START = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from ambassador.ui.single_instance import SingleInstance
    instance = SingleInstance(Path(sys.argv[1]))
    print(instance.acquire(), instance.notify_running())
    """
)


@pytest.fixture
def instances(qapp: object) -> Iterator[list[SingleInstance]]:
    made: list[SingleInstance] = []
    yield made
    for instance in made:
        instance.release()


def make(instances: list[SingleInstance], path: Path) -> SingleInstance:
    instance = SingleInstance(path)
    instances.append(instance)
    return instance


def second_start(qtbot: QtBot, first: SingleInstance, path: Path) -> str:
    """Another process, as in life: its wait holds the GIL, which a thread here would not let
    this event loop take."""
    with qtbot.waitSignal(first.activation_requested, timeout=5000):
        child = subprocess.Popen(
            [sys.executable, "-c", SECOND_START, str(path)], stdout=subprocess.PIPE, text=True
        )
    output, _errors = child.communicate(timeout=5)
    assert child.returncode == 0
    return output.strip()


def test_second_start_on_same_file_raises_first(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    path = tmp_path / "ambassador.db"
    first = make(instances, path)
    assert first.acquire()
    first.listen()
    assert (tmp_path / "ambassador.db.lock").exists()
    assert not make(instances, path).acquire()
    assert second_start(qtbot, first, path) == "False True"  # not acquired, delivered
    assert first.is_locked()


def test_notify_without_running_program_is_not_delivered(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    assert not make(instances, tmp_path / "ambassador.db").notify_running(timeout_ms=100)


def test_other_message_does_not_raise(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    first = make(instances, tmp_path / "ambassador.db")
    assert first.acquire()
    first.listen()
    socket = QLocalSocket()
    socket.connectToServer(first.server_name)
    assert socket.waitForConnected(1000)
    with qtbot.assertNotEmitted(first.activation_requested):
        socket.write(b"hello")
        qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    socket.abort()


def test_different_files_run_side_by_side(tmp_path: Path, instances: list[SingleInstance]) -> None:
    first = make(instances, tmp_path / "ambassador.db")
    second = make(instances, tmp_path / "other.db")
    assert first.acquire()
    assert second.acquire()
    assert first.server_name != second.server_name


def test_other_spellings_of_same_file_count_as_same(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "ambassador.db"
    link = tmp_path / "link"
    link.symlink_to(folder, target_is_directory=True)
    first = make(instances, path)
    assert first.acquire()
    for spelling in (folder / ".." / "data" / "ambassador.db", link / "ambassador.db"):
        other = make(instances, spelling)
        assert other.server_name == first.server_name
        assert not other.acquire()


def test_server_name_says_nothing_about_the_file(tmp_path: Path) -> None:
    name = server_name(tmp_path / "Anna Andersson.db")
    assert name.startswith("ambassador-") and len(name) == len("ambassador-") + 24
    assert "anna" not in name.lower() and tmp_path.name not in name


def test_crashed_program_lock_is_taken_over(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    path = tmp_path / "ambassador.db"
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_path / "ambassador.db.lock")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "locked"
        assert not make(instances, path).acquire()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=5)
        if child.stdout is not None:
            child.stdout.close()
    assert (tmp_path / "ambassador.db.lock").exists()  # the crash left its lock behind
    assert make(instances, path).acquire()


def test_released_file_can_be_taken(
    qtbot: QtBot, tmp_path: Path, instances: list[SingleInstance]
) -> None:
    path = tmp_path / "ambassador.db"
    first = make(instances, path)
    assert first.acquire()
    first.release()
    assert not (tmp_path / "ambassador.db.lock").exists()
    second = make(instances, path)
    assert second.acquire()
    second.listen()
    assert second_start(qtbot, second, path) == "False True"


def test_first_start_makes_the_data_folder(tmp_path: Path, instances: list[SingleInstance]) -> None:
    path = tmp_path / "new" / "ambassador.db"
    assert make(instances, path).acquire()
    assert not make(instances, path).acquire()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_bring_forward_unminimises_and_keeps_maximised(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.showMaximized()
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    assert window.isMinimized()
    bring_forward(window)
    assert not window.isMinimized()
    assert window.isMaximized() and window.isVisible()


def test_lock_is_released_when_instance_goes_away(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    path = tmp_path / "ambassador.db"
    first = SingleInstance(path)
    assert first.acquire()
    reference = weakref.ref(first)
    del first
    gc.collect()
    assert reference() is None
    assert make(instances, path).acquire()


def test_folder_that_cannot_hold_lock_is_left_to_opening(
    tmp_path: Path, instances: list[SingleInstance]
) -> None:
    (tmp_path / "not a folder").write_bytes(b"")
    instance = make(instances, tmp_path / "not a folder" / "ambassador.db")
    assert instance.acquire()  # opening the database says what is wrong, not this
    assert not instance.is_locked()
