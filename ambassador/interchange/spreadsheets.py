"""A table written out as CSV or XLSX, streamed, with nothing in it that a spreadsheet runs."""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain, islice
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import Cell as SheetCell
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

Cell = str | int | float | bool | date | datetime | None


@dataclass(frozen=True)
class Table:
    title: str  # the XLSX sheet's name
    headers: tuple[str, ...]
    rows: Iterable[Sequence[Cell]]  # may be a generator: read once, row by row


# A spreadsheet takes a text starting with one of these as a formula (OWASP "CSV injection");
# TAB and CR/LF because Excel strips leading whitespace before it looks.
_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# C0 controls but TAB, LF and CR: readers choke on NUL, and XML 1.0 (so XLSX) cannot hold any
# of them. The same set as openpyxl's ILLEGAL_CHARACTERS_RE, which raises instead.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
# All XML 1.0 cannot hold: openpyxl checks only the controls, and with a surrogate half,
# U+FFFE or U+FFFF in it Excel calls the file damaged.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
_SHEET_TITLE_LENGTH = 31
# Excel's limit counts UTF-16 code units, so an emoji takes two.
_EXCEL_CELL_LENGTH = 32_767
_WIDTH_SAMPLE_ROWS = 200
_MAX_WIDTH = 60
_DATE_FORMAT = "yyyy-mm-dd"
_MINUTE_FORMAT = "yyyy-mm-dd hh:mm"
_SECOND_FORMAT = "yyyy-mm-dd hh:mm:ss"


def neutralise(text: str) -> str:
    """The text as a CSV field a spreadsheet shows and never evaluates.

    Control characters go first, so that removing them cannot uncover a trigger.
    """
    text = _CONTROL.sub("", text)
    return "'" + text if text.startswith(_FORMULA_TRIGGERS) else text


def write_csv(table: Table, stream: BinaryIO) -> int:
    """CSV as Swedish Excel opens it with a double click; returns the number of rows written.

    UTF-8 with a byte-order mark (or Excel guesses the ANSI code page), ";" between fields
    and a decimal comma, since "," is the Swedish decimal separator.
    """
    # "replace": a lone surrogate (no text from a person has one) costs a "?", not the export.
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    try:
        writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
        writer.writerow([neutralise(header) for header in table.headers])
        count = 0
        for row in table.rows:
            writer.writerow([_csv_field(value) for value in row])
            count += 1
        text.flush()
    finally:
        # The caller owns the stream: closing the wrapper would close it too.
        text.detach()
    return count


def _csv_field(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""  # no spreadsheet reads "nan" or "inf" as a number
        if value.is_integer():
            return str(int(value))
        return repr(value).replace(".", ",")
    if isinstance(value, datetime):
        return _moment(value)
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(str(value))


def _moment(at: datetime) -> str:
    return f"{at:%Y-%m-%d %H:%M:%S}" if at.second else f"{at:%Y-%m-%d %H:%M}"


def write_xlsx(table: Table, stream: BinaryIO) -> int:
    """One sheet, header row bold and frozen; returns the number of rows written.

    openpyxl's write-only mode writes each row as it comes, with inline strings, so memory
    stays flat however long the table.
    """
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_sheet_title(table.title))
    rows = iter(table.rows)
    # Column widths go into the sheet before its first row, so they come from a sample.
    sample = list(islice(rows, _WIDTH_SAMPLE_ROWS))
    for index, width in enumerate(_column_widths(table.headers, sample), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header_cells = []
    for header in table.headers:
        cell = _text_cell(sheet, header)
        cell.font = bold
        header_cells.append(cell)
    sheet.append(header_cells)
    count = 0
    for row in chain(sample, rows):
        sheet.append([_xlsx_value(sheet, value) for value in row])
        count += 1
    workbook.save(stream)
    return count


def _sheet_title(title: str) -> str:
    """The title as Excel accepts a sheet's name."""
    title = _SHEET_TITLE_FORBIDDEN.sub("", title).strip()[:_SHEET_TITLE_LENGTH]
    # Excel refuses a name that starts or ends with an apostrophe, and keeps "History" for itself.
    title = title.strip("'").strip()
    if title.casefold() == "history":
        title += " 1"
    return title or "Sheet"


def _xlsx_text(text: str) -> str:
    text = _NOT_XML.sub("", text)
    if len(text) <= _EXCEL_CELL_LENGTH // 2:
        return text  # short enough even if every character took two code units
    units = 0
    for index, character in enumerate(text):
        units += 2 if ord(character) > 0xFFFF else 1
        if units > _EXCEL_CELL_LENGTH:
            return text[:index]
    return text


def _text_cell(sheet: Any, text: str) -> SheetCell:
    cell = WriteOnlyCell(sheet, _xlsx_text(text))
    # openpyxl makes a formula of "=..." and an error of "#N/A"; a typed string runs nothing.
    cell.data_type = "s"
    return cell


def _xlsx_value(sheet: Any, value: Cell) -> SheetCell | int | float | None:
    if value is None or isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        # Excel calls a file damaged that holds "nan" or "inf" as a number.
        return value if math.isfinite(value) else None
    if isinstance(value, datetime):
        # Excel has no time zones: the wall time, as the CSV shows it.
        cell = WriteOnlyCell(sheet, value.replace(tzinfo=None))
        cell.number_format = _SECOND_FORMAT if value.second else _MINUTE_FORMAT
        return cell
    if isinstance(value, date):
        cell = WriteOnlyCell(sheet)
        cell.value = value
        cell.number_format = _DATE_FORMAT
        return cell
    return _text_cell(sheet, str(value))


def _column_widths(headers: Sequence[str], sample: Sequence[Sequence[Cell]]) -> Iterator[float]:
    columns = max([len(headers), *(len(row) for row in sample)], default=0)
    for index in range(columns):
        longest = len(headers[index]) if index < len(headers) else 0
        for row in sample:
            if index < len(row):
                longest = max(longest, _shown_length(row[index]))
        # A little room for the bold header and the filter arrow Excel may add.
        yield min(longest + 2, _MAX_WIDTH)


def _shown_length(value: Cell) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return len(_moment(value))
    if isinstance(value, date):
        return 10
    if isinstance(value, str):
        return max((len(line) for line in value.splitlines()), default=0)
    return len(str(value))
