"""Printing and saving files from the window: ask where to save, write on the worker (the
window stays painted while a long document is written), then open a PDF in the system's viewer
or say where a list went. Every print action of every screen goes through `print_document`,
every list and calendar through `save_file`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ambassador.domain.errors import AmbassadorError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.files import WrittenDocument
from ambassador.ui.common import dialogs
from ambassador.ui.common.busy import Busy
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


def print_document(
    parent: QWidget | None, state: UiState, busy: Busy, suggested_name: str, write: Write
) -> None:
    """Ask where to save, write with `write` on the worker, then open the result (a refusal
    is shown). The folder chosen is offered again next time."""
    title = QCoreApplication.translate("Printing", "Save document")
    path = _ask_path(parent, state, suggested_name, title)
    if path is None:
        return

    def written(document: WrittenDocument) -> None:
        if not dialogs.open_file(document.path):
            dialogs.inform(
                parent,
                title,
                QCoreApplication.translate(
                    "Printing",
                    "The document is saved as %1. No program to show PDF files was found.",
                ).replace("%1", str(document.path)),
            )

    busy.run(
        QCoreApplication.translate("Printing", "Writing %1…").replace("%1", path.name),
        lambda _progress: write(path),
        written,
        _refused(parent, QCoreApplication.translate("Printing", "Could not print")),
    )


def save_file(
    parent: QWidget | None, state: UiState, busy: Busy, suggested_name: str, write: Write
) -> None:
    """A list or a calendar file: ask where (its kind from the suggested name's suffix),
    write it on the worker, and say where it went and how many rows it holds."""
    title = QCoreApplication.translate("Printing", "Save file")
    path = _ask_path(parent, state, suggested_name, title)
    if path is None:
        return

    def written(document: WrittenDocument) -> None:
        dialogs.inform(
            parent,
            title,
            # Not a plural form: lupdate does not read translate()'s count argument.
            QCoreApplication.translate("Printing", "Saved as %1. Rows: %2.")
            .replace("%1", str(document.path))
            .replace("%2", str(document.rows)),
        )

    busy.run(
        QCoreApplication.translate("Printing", "Writing %1…").replace("%1", path.name),
        lambda _progress: write(path),
        written,
        _refused(parent, QCoreApplication.translate("Printing", "Could not save")),
    )


def choose_file_to_read(
    parent: QWidget | None, state: UiState, title: str, name_filter: str
) -> Path | None:
    """Ask which file to read, starting where the last file was saved or read (else in
    Documents); the folder chosen is offered again next time, to save or to read."""
    path = dialogs.choose_open_path(parent, title, state.documents_folder(), name_filter)
    if path is not None:
        state.set_documents_folder(path.parent)
    return path


def _ask_path(
    parent: QWidget | None, state: UiState, suggested_name: str, title: str
) -> Path | None:
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
    return path


def _refused(parent: QWidget | None, failure: str) -> Callable[[AmbassadorError], None]:
    def show(error: AmbassadorError) -> None:
        dialogs.show_failure(parent, failure, error)

    return show
