"""The worker runner: slow work off the window's thread, the window turning meanwhile and
taking no input, the result or the error back by signal on the window's thread."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.errors import AmbassadorError, StorageError
from ambassador.ui.common import busy
from ambassador.ui.common.busy import Busy, Progress


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    window.edit = QLineEdit(window)  # type: ignore[attr-defined]
    QVBoxLayout(window).addWidget(window.edit)  # type: ignore[attr-defined]
    qtbot.addWidget(window)
    window.show()
    return window


def _blocking_until(
    released: threading.Event, result: object = "done"
) -> Callable[[Progress], object]:
    def work(_progress: Progress) -> object:
        if not released.wait(timeout=10):
            raise TimeoutError("the window's thread never released the work")
        return result

    return work


def test_the_event_loop_turns_while_the_work_runs(qtbot: QtBot, window: QWidget) -> None:
    """The work cannot end until the window's thread has run a timer three times: on the
    window's thread the two would wait for each other forever."""
    runner = Busy(window)
    released = threading.Event()
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)

    def tick() -> None:
        ticks.append(1)
        if len(ticks) == 3:
            released.set()

    timer.timeout.connect(tick)
    timer.start()
    results: list[object] = []
    threads: list[QThread] = []
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run(
            "Working",
            _blocking_until(released, "the result"),
            lambda result: (results.append(result), threads.append(QThread.currentThread())),
            pytest.fail,
        )
        assert runner.running
    timer.stop()
    assert results == ["the result"]
    assert threads == [QApplication.instance().thread()]  # type: ignore[union-attr]
    assert not runner.running and len(ticks) >= 3


def test_a_refusal_in_the_work_comes_back_to_the_window(qtbot: QtBot, window: QWidget) -> None:
    runner = Busy(window)
    errors: list[AmbassadorError] = []

    def work(_progress: Progress) -> None:
        raise StorageError("The disk is full")

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run("Working", work, lambda _r: pytest.fail("no result"), errors.append)
    assert [type(e) for e in errors] == [StorageError]
    assert QApplication.overrideCursor() is None


def test_a_bug_in_the_work_is_raised_on_the_windows_thread(qtbot: QtBot, window: QWidget) -> None:
    """Where the crash net (sys.excepthook) takes it, as a bug in any slot."""
    runner = Busy(window)

    def work(_progress: Progress) -> None:
        raise KeyError("a bug")

    with qtbot.capture_exceptions() as raised:
        with qtbot.waitSignal(runner.finished, timeout=10_000):
            runner.run("Working", work, lambda _r: None, lambda _e: pytest.fail("a refusal"))
        qtbot.waitUntil(lambda: len(raised) == 1)
    ((kind, _error, _traceback),) = raised
    assert kind is KeyError and not runner.running
    assert QApplication.overrideCursor() is None


def test_the_window_takes_no_input_while_busy(qtbot: QtBot, window: QWidget) -> None:
    runner = Busy(window)
    released = threading.Event()
    edit: QLineEdit = window.edit  # type: ignore[attr-defined]
    edit.setFocus()
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run("Working", _blocking_until(released), lambda _r: None, pytest.fail)
        qtbot.keyClicks(edit, "abc")
        released.set()
    assert edit.text() == ""
    qtbot.keyClicks(edit, "abc")
    assert edit.text() == "abc"


def test_jobs_run_one_after_the_other_in_order(qtbot: QtBot, window: QWidget) -> None:
    runner = Busy(window)
    released = threading.Event()
    order: list[str] = []

    def second(_progress: Progress) -> str:
        assert released.is_set()  # the first has ended: they never overlap
        return "second"

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run("First", _blocking_until(released, "first"), order.append, pytest.fail)
        runner.run("Second", second, order.append, pytest.fail)
        released.set()
    assert order == ["first", "second"]


def test_a_quiet_job_leaves_the_window_taking_input(qtbot: QtBot, window: QWidget) -> None:
    """The backup every few hours must not take the keys of someone typing a note."""
    runner = Busy(window)
    released = threading.Event()
    edit: QLineEdit = window.edit  # type: ignore[attr-defined]
    edit.setFocus()
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run("Backup", _blocking_until(released), lambda _r: None, pytest.fail, quiet=True)
        assert runner.running and not runner.blocking
        qtbot.keyClicks(edit, "abc")
        released.set()
    assert edit.text() == "abc" and runner.dialog is None
    assert QApplication.overrideCursor() is None


def test_a_long_job_shows_what_it_does_and_its_progress(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(busy, "DIALOG_DELAY_MS", 0)
    runner = Busy(window)
    step = threading.Event()
    released = threading.Event()

    def work(progress: Progress) -> None:
        progress(1, 4)
        step.set()
        released.wait(timeout=10)

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run("Writing 4 summaries", work, lambda _r: None, pytest.fail)
        qtbot.waitUntil(lambda: runner.dialog is not None and runner.dialog.isVisible())
        assert step.wait(timeout=10)
        dialog = runner.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: dialog.maximum() == 4)
        assert dialog.labelText() == "Writing 4 summaries" and dialog.value() == 1
        dialog.close()  # the close button, and Esc, leave it up: the work goes on
        assert dialog.isVisible()
        released.set()
    assert runner.dialog is None


def test_a_job_that_ends_within_the_delay_shows_no_dialog(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(busy, "DIALOG_DELAY_MS", 60_000)  # "within" on any machine
    runner = Busy(window)
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.run("Quick", lambda _progress: 1, lambda _r: None, pytest.fail)
    assert runner.dialog is None
