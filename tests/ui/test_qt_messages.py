"""Qt's debug logging switched on never prints a name the window shows: the window's message
handler drops the categories that print text, and lets every other message through."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import (
    QLoggingCategory,
    QMessageLogContext,
    QtMsgType,
    qCWarning,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ambassador.ui.qt_messages import RULES_VARIABLE, QtMessageFilter, is_dropped, switched_off

# Letters, a Swedish one, an emoji with a skin tone: what the emoji segmenter walks through.
NAME = "Zyxwa Qörtelund 👍🏽"
TEXT_CATEGORIES = "qt.text.*.debug=true\nqt.accessibility.*.debug=true"


@dataclass
class Recorder:
    """Stands for what comes after the filter: Qt's own handler, or a log."""

    messages: list[tuple[QtMsgType, str, str]] = field(default_factory=list)

    def __call__(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        self.messages.append((kind, context.category or "", text))

    def text(self) -> str:
        return "\n".join(f"{category}: {text}" for _kind, category, text in self.messages)


@pytest.fixture
def recorder(qtbot: QtBot) -> Iterator[Recorder]:
    """Qt's text categories switched on, as `QT_LOGGING_RULES` would, with messages going to
    a recorder instead of pytest-qt (which would fail the test on the warning sent below)."""
    found = Recorder()
    before = qInstallMessageHandler(found)
    QLoggingCategory.setFilterRules(TEXT_CATEGORIES)
    yield found
    QLoggingCategory.setFilterRules("")
    qInstallMessageHandler(before)


def show_name(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel(NAME))
    edit = QLineEdit()
    layout.addWidget(edit)
    edit.setText(NAME)
    window.show()
    window.grab()  # painted: laid out, shaped, drawn


def leaks(text: str) -> list[str]:
    """What of the name shows in `text`: its words, or its characters one by one."""
    found = [word for word in NAME.split() if word in text]
    found += [f"ucs4 == '{char}'" for char in "Zyxw" if f"ucs4 == '{char}'" in text]
    return found


def test_without_the_filter_qt_prints_every_character_of_a_name(
    qtbot: QtBot, recorder: Recorder
) -> None:
    # The other test is only worth something while this holds for the Qt in use.
    show_name(qtbot)
    assert leaks(recorder.text())


def test_with_the_filter_no_character_of_a_name_is_printed_and_warnings_pass(
    qtbot: QtBot, recorder: Recorder
) -> None:
    handler = QtMessageFilter().install()
    try:
        show_name(qtbot)
        qCWarning(QLoggingCategory("qt.qpa.screen"), "a warning the program needs")
        qCWarning(QLoggingCategory("qt.text.font.db"), f"a font for {NAME}")
    finally:
        handler.uninstall()
    assert leaks(recorder.text()) == []
    assert not [category for _kind, category, _text in recorder.messages if is_dropped(category)]
    assert (QtMsgType.QtWarningMsg, "qt.qpa.screen", "a warning the program needs") in (
        recorder.messages
    )


def test_uninstalling_puts_the_previous_handler_back(qtbot: QtBot, recorder: Recorder) -> None:
    QtMessageFilter().install().uninstall()
    qCWarning(QLoggingCategory("qt.text.font.db"), "after")
    assert recorder.messages[-1][1:] == ("qt.text.font.db", "after")


@pytest.mark.parametrize(
    ("category", "dropped"),
    [
        ("qt.text.emojisegmenter", True),
        ("qt.text", True),
        ("qt.accessibility.atspi", True),
        ("qt.qpa.input.methods", True),
        ("qt.gui.shortcutmap", True),
        ("qt.qpa.clipboard", True),
        ("qt.textual", False),  # a prefix is a whole part of the name
        ("qt.qpa.screen", False),
        ("default", False),
        ("", False),
    ],
)
def test_categories_dropped_by_their_place_in_the_tree(category: str, dropped: bool) -> None:
    assert is_dropped(category) is dropped


def test_rules_switch_the_text_categories_off_after_any_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(RULES_VARIABLE, "qt.text.*=true;qt.widgets.focus=true")
    handler = QtMessageFilter().install()
    try:
        rules = os.environ[RULES_VARIABLE]
    finally:
        handler.uninstall()
    assert os.environ[RULES_VARIABLE] == "qt.text.*=true;qt.widgets.focus=true"  # put back
    assert rules.startswith("qt.text.*=true;qt.widgets.focus=true;")
    # The last rule that matches wins, in the variable that wins over every other source.
    assert rules.rindex("qt.text.*=false") > rules.rindex("qt.text.*=true")
    assert "qt.accessibility=false" in rules and "qt.gui.shortcutmap.*=false" in rules
    monkeypatch.delenv(RULES_VARIABLE)
    assert switched_off("").startswith("qt.text=false;qt.text.*=false;")
    QtMessageFilter().install().uninstall()
    assert RULES_VARIABLE not in os.environ
