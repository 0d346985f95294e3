"""Marks user-visible domain texts for Qt's translation tools without importing Qt.

The domain speaks in English source texts; `pyside6-lupdate` finds them through the
`QT_TRANSLATE_NOOP` marker and the UI (or the command line) translates them with the
context given here.
"""

from typing import Protocol

MESSAGE_CONTEXT = "Messages"


class Translate(Protocol):
    """A text in the reader's language: `(context, English source, plural count)`."""

    def __call__(self, context: str, source: str, n: int | None = None) -> str: ...


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
