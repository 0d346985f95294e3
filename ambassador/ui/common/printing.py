"""Printing and saving files from the window: ask where to save, write under a wait cursor,
then open a PDF in the system's viewer or say where a list went. Every print action of every
screen goes through `print_document`, every list and calendar through `save_file`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ambassador.domain.errors import NotFoundError, StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.files import WrittenDocument
from ambassador.ui.common import dialogs
from ambassador.ui.ui_state import UiState

# The context of FILE_FILTERS; calls with a literal source name it literally, because
# lupdate reads only literal contexts (a variable here kept these texts out of Swedish).
CONTEXT = "Printing"

Write = Callable[[Path], WrittenDocument]

# What the save dialog offers for each kind of file.
FILE_FILTERS = {
    ".pdf": QT_TRANSLATE_NOOP("Printing", "PDF (*.pdf)"),
    ".csv": QT_TRANSLATE_NOOP("Printing", "CSV for Excel (*.csv)"),
    ".xlsx": QT_TRANSLATE_NOOP("Printing", "Excel workbook (*.xlsx)"),
    ".ics": QT_TRANSLATE_NOOP("Printing", "Calendar for Outlook (*.ics)"),
}


def document_file_name(source: str, **params: object) -> str:
    """A file name kept in the Documents context (see services.documents), translated."""
    return QCoreApplication.translate("Documents", source).format(**params)


@contextmanager
def wait_cursor() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def print_document(
    parent: QWidget | None, state: UiState, suggested_name: str, write: Write
) -> WrittenDocument | None:
    """Ask where to save, write with `write`, open the result; None when cancelled or refused
    (the refusal is shown). The folder chosen is offered again next time."""
    title = QCoreApplication.translate("Printing", "Save document")
    failure = QCoreApplication.translate("Printing", "Could not print")
    written = _ask_and_write(parent, state, suggested_name, write, title, failure)
    if written is not None and not dialogs.open_file(written.path):
        dialogs.inform(
            parent,
            title,
            QCoreApplication.translate(
                "Printing", "The document is saved as %1. No program to show PDF files was found."
            ).replace("%1", str(written.path)),
        )
    return written


def save_file(
    parent: QWidget | None, state: UiState, suggested_name: str, write: Write
) -> WrittenDocument | None:
    """A list or a calendar file: ask where (its kind from the suggested name's suffix),
    write it, and say where it went and how many rows it holds."""
    title = QCoreApplication.translate("Printing", "Save file")
    failure = QCoreApplication.translate("Printing", "Could not save")
    written = _ask_and_write(parent, state, suggested_name, write, title, failure)
    if written is not None:
        dialogs.inform(
            parent,
            title,
            # Not a plural form: lupdate does not read translate()'s count argument.
            QCoreApplication.translate("Printing", "Saved as %1. Rows: %2.")
            .replace("%1", str(written.path))
            .replace("%2", str(written.rows)),
        )
    return written


def _ask_and_write(
    parent: QWidget | None,
    state: UiState,
    suggested_name: str,
    write: Write,
    title: str,
    failure: str,
) -> WrittenDocument | None:
    suffix = Path(suggested_name).suffix.lower()
    name_filter = QCoreApplication.translate(CONTEXT, FILE_FILTERS[suffix])
    path = dialogs.choose_save_path(
        parent, title, state.documents_folder() / suggested_name, name_filter
    )
    if path is None:
        return None
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    state.set_documents_folder(path.parent)
    try:
        with wait_cursor():
            return write(path)
    except (NotFoundError, StorageError) as error:
        dialogs.show_failure(parent, failure, error)
        return None
