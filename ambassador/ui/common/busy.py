"""Slow work off the window's thread: a backup, a restore, a purge, encryption, a document or a
list is run by a worker while the window stays painted and answers, and the person sees that
the program is busy.

One job at a time. While it runs, the window takes no input (a click or a key could start a
second change under the first) and shows a busy cursor; after a moment, a small window-modal
dialog says what is being done, with progress where the work has steps. When the job ends the
window is as it was, and the result or the refusal (an AmbassadorError: a rule, a full disk)
comes back on the window's thread, by signal, to the callback the caller gave. Any other error
is a bug: it is raised again on the window's thread, where the crash net (ui/crash.py) takes
it, as it takes a bug in any slot. The services stay synchronous and Qt-free: the work is any
callable, given a `progress(done, total)` function it may call from the worker.

`wait_cursor` is for the short waits that stay on the window's thread (checking a passphrase).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from ambassador.domain.errors import AmbassadorError

T = TypeVar("T")
Progress = Callable[[int, int], None]
Work = Callable[[Progress], T]

# A job that ends sooner shows only the busy cursor: a dialog that flashes is worse than none.
DIALOG_DELAY_MS = 400

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.Wheel,
    QEvent.Type.ContextMenu,
    QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress,
}


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _Signals(QObject):
    """Emitted from the worker; Qt delivers them on the window's thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, work: Work[Any], signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python keeps it (Busy._jobs) until its result is delivered
        self._work = work
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._signals.progressed.emit)
        except BaseException as error:  # every error goes back, or the window waits forever
            self._signals.failed.emit(error)
        else:
            self._signals.succeeded.emit(result)


@dataclass(eq=False)
class _Job(Generic[T]):
    text: str
    task: _Task
    signals: _Signals
    done: Callable[[T], None]
    failed: Callable[[AmbassadorError], None]
    quiet: bool

    def fail(self, error: BaseException) -> None:
        if not isinstance(error, AmbassadorError):
            raise error  # a bug: to the crash net, from the window's thread
        self.failed(error)


class BusyDialog(QProgressDialog):
    """What is being done; no Cancel (the work cannot stop half-way), and Esc or the close
    button do not hide it: the window would look free while it is not."""

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__(text, "", 0, 0, parent)
        self.setWindowTitle(self.tr("Working"))
        self.setCancelButton(None)  # Qt's way to have none
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()

    def finish(self) -> None:
        """Close for real, when the work is done."""
        self.hide()
        self.deleteLater()


class Busy(QObject):
    """The window's one worker. `run` starts a job; jobs run one after the other, in order.
    `finished` says when the last has ended (the window's lock and timers wait for it)."""

    finished = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._jobs: list[_Job[Any]] = []
        self.dialog: BusyDialog | None = None
        self._progress: tuple[int, int] | None = None
        self._dialog_timer = QTimer(self)
        self._dialog_timer.setSingleShot(True)
        self._dialog_timer.setInterval(DIALOG_DELAY_MS)
        self._dialog_timer.timeout.connect(self._on_dialog_timer_timeout)

    @property
    def running(self) -> bool:
        return bool(self._jobs)

    @property
    def blocking(self) -> bool:
        return any(not job.quiet for job in self._jobs)

    def run(
        self,
        text: str,
        work: Work[T],
        done: Callable[[T], None],
        failed: Callable[[AmbassadorError], None],
        *,
        quiet: bool = False,
    ) -> None:
        """Run `work` off the window's thread; then `done(result)` or `failed(refusal)` on it.

        `text` says what is being done ("Taking a backup…"). The window takes no input until
        the job has ended, unless it is `quiet`: work the person did not ask for (the backup
        every few hours), which must not take the keys of someone typing a note. A job
        started while another runs waits for it.
        """
        signals = _Signals()
        job = _Job(text, _Task(work, signals), signals, done, failed, quiet)
        queued = Qt.ConnectionType.QueuedConnection  # emitted on the worker, run here
        signals.progressed.connect(lambda d, n: self._on_progressed(job, d, n), queued)
        signals.succeeded.connect(lambda result: self._end(job, lambda: job.done(result)), queued)
        signals.failed.connect(lambda error: self._end(job, lambda: job.fail(error)), queued)
        was_blocking = self.blocking
        self._jobs.append(job)
        if not quiet and not was_blocking:
            self._block()
        self._pool.start(job.task)

    def wait(self) -> None:
        """Block until every job's work is done (results are delivered afterwards)."""
        self._pool.waitForDone()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """While busy, input reaches only the busy dialog."""
        if event.type() not in _INPUT:
            return False
        in_dialog = isinstance(watched, QWidget) and watched.window() is self.dialog
        return not (self.dialog is not None and in_dialog)

    def _block(self) -> None:
        self._progress = None
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._dialog_timer.start()

    def _unblock(self) -> None:
        self._dialog_timer.stop()
        if self.dialog is not None:
            self.dialog.finish()
            self.dialog = None
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        QApplication.restoreOverrideCursor()

    def _shown_job(self) -> _Job[Any] | None:
        """The job the dialog speaks of: the first that blocks."""
        return next((job for job in self._jobs if not job.quiet), None)

    def _on_dialog_timer_timeout(self) -> None:
        job = self._shown_job()
        if job is None:
            return
        self.dialog = BusyDialog(job.text, self._window)
        if self._progress is not None:
            self._show_progress(*self._progress)
        self.dialog.show()

    def _on_progressed(self, job: _Job[Any], done: int, total: int) -> None:
        if job is not self._shown_job():
            return
        self._progress = (done, total)
        if self.dialog is not None:
            self._show_progress(done, total)

    def _show_progress(self, done: int, total: int) -> None:
        assert self.dialog is not None
        self.dialog.setRange(0, max(total, 0))
        self.dialog.setValue(min(done, total))

    def _end(self, job: _Job[Any], deliver: Callable[[], None]) -> None:
        """The window free again first, so the callback can show a dialog or start a job."""
        shown = self._shown_job()
        self._jobs.remove(job)
        if not job.quiet:
            if not self.blocking:
                self._unblock()
            elif job is shown and self.dialog is not None:
                following = self._shown_job()
                assert following is not None
                self._progress = None
                self.dialog.setRange(0, 0)
                self.dialog.setLabelText(following.text)
        if not self._jobs:
            self.finished.emit()
        deliver()
