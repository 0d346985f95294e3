"""Marks user-visible domain texts for Qt's translation tools without importing Qt.

The domain speaks in English source texts; `pyside6-lupdate` finds them through the
`QT_TRANSLATE_NOOP` marker and the UI (or the command line) translates them with the
context given here.
"""

MESSAGE_CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text
