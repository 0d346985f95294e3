"""Printing from the window: ask where to save, write the PDF under a wait cursor, open it in
the system's viewer. Every print action of every screen goes through `print_document`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from ambassador.domain.errors import NotFoundError, StorageError
from ambassador.services.documents import WrittenDocument
from ambassador.ui import dialogs
from ambassador.ui.ui_state import UiState

CONTEXT = "Printing"

Write = Callable[[Path], WrittenDocument]


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
    title = QCoreApplication.translate(CONTEXT, "Save document")
    path = dialogs.choose_save_path(parent, title, state.documents_folder() / suggested_name)
    if path is None:
        return None
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    state.set_documents_folder(path.parent)
    try:
        with wait_cursor():
            written = write(path)
    except (NotFoundError, StorageError) as error:
        dialogs.show_failure(parent, QCoreApplication.translate(CONTEXT, "Could not print"), error)
        return None
    if not dialogs.open_file(written.path):
        dialogs.inform(
            parent,
            title,
            QCoreApplication.translate(
                CONTEXT, "The document is saved as %1. No program to show PDF files was found."
            ).replace("%1", str(written.path)),
        )
    return written
