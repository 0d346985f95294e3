"""One program per database file: a lock file beside the database, and a local socket over
which a second start asks the running program to bring its window forward."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QLockFile, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    # Loaded only to listen (once the window is up) or to call the running program: QtNetwork
    # takes 35 ms to import, which the first painted window does not wait for.
    from PySide6.QtNetwork import QLocalServer

RAISE_MESSAGE = b"raise"
SERVER_PREFIX = "ambassador-"
# 24 hex digits (96 bits) are unique enough and keep the socket path well inside the
# 104-108 bytes Unix allows, wherever the temporary folder is.
SERVER_HASH_LENGTH = 24
# The first program listens only a moment after it has taken the lock; a second start in
# that moment tries again instead of giving up.
RETRY_INTERVAL_MS = 50
# A second start writes its message as soon as it is connected.
READ_TIMEOUT_MS = 500


def normalised_path(database_path: Path) -> str:
    """The spelling every start of the program agrees on for one file."""
    text = os.path.normcase(str(database_path.expanduser().resolve()))
    # normcase folds case only on Windows; macOS volumes are case-insensitive by default too.
    return text.casefold() if sys.platform == "darwin" else text


def server_name(database_path: Path) -> str:
    """A name for the local socket that says nothing about the file or the person."""
    digest = hashlib.sha256(os.fsencode(normalised_path(database_path))).hexdigest()
    return SERVER_PREFIX + digest[:SERVER_HASH_LENGTH]


def lock_path(database_path: Path) -> Path:
    resolved = database_path.expanduser().resolve()
    return resolved.with_name(resolved.name + ".lock")


def bring_forward(window: QWidget) -> None:
    """Un-minimise, keeping a maximised or full-screen window as it was, then raise."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class SingleInstance(QObject):
    """Holds the lock on one database file while the program has it open.

    `acquire()` takes the lock and `listen()`, once the window is up, starts listening; a
    later start of the program on the same file finds the lock held, calls `notify_running()`
    and exits, and this one emits `activation_requested`. A lock left by a program that
    crashed is taken over: Qt judges it by whether the process that wrote it still runs,
    never by its age.
    """

    activation_requested = Signal()

    def __init__(self, database_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server_name = server_name(database_path)
        self._lock = QLockFile(str(lock_path(database_path)))
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.release)

    @property
    def server_name(self) -> str:
        return self._server_name

    def is_locked(self) -> bool:
        return self._lock.isLocked()

    def acquire(self) -> bool:
        """True when this program holds the file now; False while another live program does.

        A lock that cannot be written for another reason (a read-only folder) is not another
        program: True, without the lock, so opening the database reports the real problem.
        """
        if self._lock.isLocked():
            return True
        try:
            # The first start makes the data folder, as opening the database would.
            Path(self._lock.fileName()).parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if not self._lock.tryLock(0):
            return self._lock.error() != QLockFile.LockError.LockFailedError
        return True

    def listen(self) -> None:
        """Answer a second start on this file, while the lock is held."""
        from PySide6.QtNetwork import QLocalServer

        if not self._lock.isLocked() or self._server is not None:
            return
        # A socket file left behind by a crash would make listen() fail.
        QLocalServer.removeServer(self._server_name)
        server = QLocalServer(self)
        # Only this user's programs may ask this window to come forward.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._on_server_new_connection)
        if server.listen(self._server_name):
            self._server = server
        else:
            # Still the only program on this file; a second start just cannot raise it.
            server.deleteLater()

    def notify_running(self, timeout_ms: int = 2000) -> bool:
        """Ask the program holding the file to bring its window forward; True if it read it.

        Blocks, holding the GIL while Qt waits: meant for a start that is about to exit. False
        when nobody answers in time: the holder is still opening the file before its event
        loop runs, belongs to another user, or runs on another computer sharing the folder.
        """
        from PySide6.QtNetwork import QLocalSocket

        deadline = QDeadlineTimer(timeout_ms)
        if sys.platform == "win32":
            _allow_set_foreground_window()
        socket = QLocalSocket()
        try:
            while True:
                socket.connectToServer(self._server_name)
                if socket.waitForConnected(max(0, deadline.remainingTime())):
                    break
                socket.abort()
                if deadline.hasExpired():
                    return False
                QThread.msleep(min(RETRY_INTERVAL_MS, max(0, deadline.remainingTime())))
            socket.write(RAISE_MESSAGE)
            if not socket.waitForBytesWritten(max(0, deadline.remainingTime())):
                return False
            # The running program closes the connection once it has read the message.
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                return True
            return socket.waitForDisconnected(max(0, deadline.remainingTime()))
        finally:
            socket.abort()

    def release(self) -> None:
        if self._server is not None:
            # Closed, not deleted: a connection still being served stays valid until this
            # object goes, which takes the server with it.
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _on_server_new_connection(self) -> None:
        """Read the few bytes a second start sends, at once: no socket outlives this call
        with a slot on it, so closing the program with a connection in flight is safe."""
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket.bytesAvailable() < len(RAISE_MESSAGE):
                socket.waitForReadyRead(READ_TIMEOUT_MS)
            message = socket.read(len(RAISE_MESSAGE)).data()
            socket.disconnectFromServer()
            socket.deleteLater()
            if message == RAISE_MESSAGE:
                self.activation_requested.emit()


def _allow_set_foreground_window() -> None:
    """Windows lets only the program in front give the focus away: this start, just launched
    by the person, lets the running program take it, or its window would only flash."""
    if sys.platform != "win32":  # called only on Windows; this says so to the type checker
        return
    import ctypes

    asfw_any = 0xFFFFFFFF
    ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)
