"""Guards against the PySide6 6.12.0 bug that loses a reference to None on every void call.

On Python 3.11 that release aborts the process ("none_dealloc") after a few thousand calls of
setText, resize or clear: a coordinator's window would die mid-day. The pin in pyproject.toml
keeps a sound release; this test makes an upgrade that brings the bug back fail CI instead.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 20_000


def test_void_qt_calls_keep_reference_to_none(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(CALLS):
        label.setText("x" if number % 2 else "y")
    after = sys.getrefcount(None)
    # Other code may hold a few more references meanwhile; the bug loses one per call.
    assert after >= before - 100, f"None lost {before - after} references over {CALLS} calls"
