"""Qt's own log messages, kept free of what the window shows and what is typed into it.

Qt logs by category, and anyone can switch a category on without the program's knowledge
(`QT_LOGGING_RULES="qt.text.*=true"`, a `qtlogging.ini`, IT chasing a font problem). Some
categories then print the text itself: the emoji segmenter one line per character of every
name it lays out, the accessibility bridge what it tells a screen reader, input methods and
key handling each key typed, the clipboard what was copied. Personal data may never reach
standard error or a log, so:

- those categories are switched off at their source: rules appended to `QT_LOGGING_RULES`
  before the application object reads it (the variable's rules win over every other place,
  and within it the last rule wins), so Qt never even formats their messages;
- a message handler drops whatever of theirs still arrives (a category switched on from
  code, an application object made before), at any level. It is the second net, not the
  only one: Qt writes a message emitted on a thread while a handler runs there straight to
  standard error, past every handler (seen with a `flush()` of standard error in this
  handler: the emoji segmenter's lines went out raw, hundreds at a time).

Every other message (Qt's warnings about a missing plugin, a style, a screen) goes on as
before: to the handler installed before this one, or formatted as Qt's own handler would.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

Handler = Callable[[QtMsgType, QMessageLogContext, str], Any]

# A category is dropped when it is one of these or below one ("qt.text" takes
# "qt.text.emojisegmenter"). Chosen by what they print, read from Qt's sources and tried
# with every category switched on over a window showing names.
DROPPED_CATEGORIES = (
    "qt.text",  # layout, drawing, hit testing, fonts, the emoji segmenter: the characters
    "qt.accessibility",  # names, values and text handed to a screen reader
    "qt.qpa.input",  # input methods' preedit and commit strings, key events with their text
    "qt.qpa.keymapper",
    "qt.qpa.xkeyboard",
    "qt.xkb",
    "qt.qpa.wayland.input",
    "qt.qpa.events",  # on Windows every key event, with its text
    "qt.gui.shortcutmap",  # each key pressed, while it looks for a shortcut
    "qt.qpa.clipboard",  # what is copied and pasted
    "qt.qpa.mime",
    "qt.qpa.xdnd",  # what is dragged
    "qt.gui.dnd",
    "qt.qpa.window",  # window titles
    "qt.virtualkeyboard",  # what is typed on a touch screen
    "qt.gui.virtualkeyboard",
)


RULES_VARIABLE = "QT_LOGGING_RULES"


def switched_off(rules: str) -> str:
    """`rules` with every dropped category switched off after them, at every level."""
    ours = ";".join(
        f"{category}={value}"
        for dropped in DROPPED_CATEGORIES
        for category, value in ((dropped, "false"), (f"{dropped}.*", "false"))
    )
    return f"{rules};{ours}" if rules.strip() else ours


def is_dropped(category: str) -> bool:
    return any(
        category == dropped or category.startswith(dropped + ".") for dropped in DROPPED_CATEGORIES
    )


class QtMessageFilter:
    """The window's Qt message handler while it is installed; `uninstall` puts back the one
    that was there (Qt's own, or a test's)."""

    def __init__(self) -> None:
        self._previous: Handler | None = None
        self._rules: str | None = None
        self._installed = False

    def install(self) -> QtMessageFilter:
        """Before the application object is made, for the rules to take effect."""
        if not self._installed:
            self._rules = os.environ.get(RULES_VARIABLE)
            os.environ[RULES_VARIABLE] = switched_off(self._rules or "")
            self._previous = qInstallMessageHandler(self._handle)
            self._installed = True
        return self

    def uninstall(self) -> None:
        if self._installed:
            qInstallMessageHandler(self._previous)
            if self._rules is None:
                os.environ.pop(RULES_VARIABLE, None)
            else:
                os.environ[RULES_VARIABLE] = self._rules
            self._installed = False

    def _handle(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if kind != QtMsgType.QtFatalMsg and is_dropped(context.category or ""):
            return
        if self._previous is not None:
            self._previous(kind, context, text)
            return
        stream = sys.stderr
        if stream is not None:  # a windowed program on Windows has none
            # One line; standard error is line-buffered. No flush() of our own: see above.
            stream.write(qFormatLogMessage(kind, context, text) + "\n")
