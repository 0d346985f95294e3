"""Why a file cannot be read as a sheet: the error, the limits a file is read within, and the
sentence for each refusal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ambassador.domain.errors import AmbassadorError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("Messages", "The file holds no rows.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "The file is damaged or incomplete; save it again from the spreadsheet program."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is neither CSV text nor a workbook (Excel .xlsx or OpenDocument .ods); save it "
    "from the spreadsheet program as one of those.",
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is an old Excel workbook (.xls) or one protected by a password; save it as an "
    "Excel workbook (.xlsx) without a password, or as CSV.",
)
PROTECTED = QT_TRANSLATE_NOOP(
    "Messages",
    "The spreadsheet is protected by a password; save it again without one, or as CSV.",
)
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "Messages",
    "A quotation mark in the file is never closed, so its rows cannot be told apart; open the "
    "file in the spreadsheet program and save it again.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "The file cannot be opened; check that it still exists and that you may read it."
)
FOLDER = QT_TRANSLATE_NOOP(
    "Messages", "This is a folder, not a file; choose the spreadsheet file in it."
)
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is larger than {megabytes} MB, the most one import reads; split it into smaller "
    "files, or raise the limit in the settings (Data safety).",
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Messages",
    "The file has more than {rows} rows, the most one import reads; split it into smaller "
    "files, or raise the limit in the settings (Data safety).",
)
CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "Row {row} has a cell longer than {characters} characters, the most a cell may hold; "
    "shorten it, or raise the limit in the settings (Data safety).",
)
SOME_CELL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Messages",
    "A cell in the file is longer than {characters} characters, the most a cell may hold; "
    "shorten it, or raise the limit in the settings (Data safety).",
)
TOO_LARGE_UNPACKED = QT_TRANSLATE_NOOP(
    "Messages",
    "The workbook unpacks to more than {megabytes} MB, the most one import reads; it is damaged "
    "or holds far more than its rows. Save it again from the spreadsheet program, or raise the "
    "limit in the settings (Data safety).",
)

MEGABYTE = 1024 * 1024
# Excel's own limit on a cell's text.
EXCEL_CELL_CHARACTERS = 32_767
# No spreadsheet program shows more rows; a row numbered beyond it is not a sheet's.
EXCEL_ROWS = 1_048_576


@dataclass(frozen=True)
class ReadLimits:
    """How much of a file one import reads; each is checked before the rest is read."""

    max_bytes: int = 50 * MEGABYTE
    max_rows: int = 200_000  # after the header
    max_cell_characters: int = EXCEL_CELL_CHARACTERS
    # What a workbook (a zip of XML parts) may unpack to, all parts together.
    max_unpacked_bytes: int = 300 * MEGABYTE


DEFAULT_LIMITS = ReadLimits()


class SheetError(AmbassadorError):
    """The file cannot be read as a sheet.

    `message` is an English source text marked for translation (context `Messages`) with
    `{named}` parameters in `params`; neither ever holds anything from the file.
    """

    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))


def grouped(number: int) -> str:
    """200000 as "200 000": digits grouped by a no-break space, as Swedes write them."""
    return f"{number:,}".replace(",", "\u00a0")


def too_large(limits: ReadLimits) -> SheetError:
    return SheetError(TOO_LARGE, megabytes=grouped(limits.max_bytes // MEGABYTE))


def too_many_rows(limits: ReadLimits) -> SheetError:
    return SheetError(TOO_MANY_ROWS, rows=grouped(limits.max_rows))


def cell_too_long(limits: ReadLimits, row: int | None = None) -> SheetError:
    characters = grouped(limits.max_cell_characters)
    if row is None:
        return SheetError(SOME_CELL_TOO_LONG, characters=characters)
    return SheetError(CELL_TOO_LONG, row=row, characters=characters)


def too_large_unpacked(limits: ReadLimits) -> SheetError:
    return SheetError(TOO_LARGE_UNPACKED, megabytes=grouped(limits.max_unpacked_bytes // MEGABYTE))
