"""Reading a CSV or XLSX file into a header and rows of stripped text, whatever the columns mean."""

from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from ambassador.domain.errors import AmbassadorError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("Messages", "The file holds no rows.")
DAMAGED = QT_TRANSLATE_NOOP(
    "Messages", "The file is damaged or incomplete; save it again from the spreadsheet program."
)
NOT_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is neither CSV text nor an Excel workbook (.xlsx); save it from the spreadsheet "
    "program as one of those.",
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Messages",
    "The file is an old Excel workbook (.xls) or one protected by a password; save it as an "
    "Excel workbook (.xlsx) without a password, or as CSV.",
)
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "Messages",
    "A quotation mark in the file is never closed, so its rows cannot be told apart; open the "
    "file in the spreadsheet program and save it again.",
)
UNREADABLE = QT_TRANSLATE_NOOP(
    "Messages", "The file cannot be opened; check that it still exists and that you may read it."
)

UTF8_SIG = "utf-8-sig"
UTF8 = "utf-8"
CP1252 = "cp1252"
ENCODINGS = (UTF8_SIG, UTF8, CP1252)
# In order of preference when two split a file equally well: Swedish Excel writes ";".
DELIMITERS = (";", ",", "\t")

# Wider sheets are not coordinators' lists; the columns beyond are ignored.
MAX_COLUMNS = 200

_ZIP_MAGIC = b"PK\x03\x04"
# Old .xls workbooks, and .xlsx ones encrypted with a password, are OLE2 compound files.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Control bytes no spreadsheet writes into text: more than one in twenty means binary.
_CONTROL_BYTES = tuple(bytes([b]) for b in (*range(0x00, 0x09), *range(0x0E, 0x1A), 0x1C, 0x1D))
_SAMPLE_BYTES = 64 * 1024
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 100
# Our exporter prefixes "'" to a cell starting with one of these so no spreadsheet runs it.
_NEUTRALISED = ("=", "+", "-", "@", "\t", "\r")
# What openpyxl and the zip and XML layers under it raise for a damaged workbook: XML parse
# errors are SyntaxErrors, a cut or corrupted stream surfaces as EOFError or zlib.error, and
# openpyxl meets parts that are there but malformed with TypeError, AttributeError or
# IndexError. The original stays chained to the SheetError for the log.
_DAMAGED_XLSX_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    KeyError,
    OSError,
    ValueError,
    EOFError,
    zlib.error,
    SyntaxError,
    TypeError,
    AttributeError,
    IndexError,
)


@dataclass(frozen=True)
class CsvDialect:
    encoding: str  # "utf-8-sig" (BOM), "utf-8" or "cp1252"
    delimiter: str  # ";", "," or "\t"


@dataclass(frozen=True)
class SheetRow:
    # The row number as the spreadsheet shows it: 1-based, header counted; for CSV the record.
    number: int
    # Each cell's text, stripped, "" for an empty one; as many as the sheet has headers.
    cells: tuple[str, ...]
    # Indexes of XLSX cells holding a formula; their text is the formula's, e.g. "=A1+1".
    formula_columns: tuple[int, ...] = ()


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]  # stripped; "" for a column without a name
    rows: tuple[SheetRow, ...]  # after the header, completely empty rows left out
    header_row: int
    dialect: CsvDialect | None  # None for XLSX


class SheetError(AmbassadorError):
    """The file cannot be read as a sheet.

    `message` is an English source text marked for translation (context `Messages`); it never
    holds anything from the file.
    """

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


def read_sheet(path: Path, dialect: CsvDialect | None = None) -> Sheet:
    """The file as a sheet: XLSX if it is a zip or named .xlsx, CSV otherwise."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SheetError(UNREADABLE) from error
    if data.startswith(_ZIP_MAGIC) or path.suffix.lower() == ".xlsx":
        return read_xlsx(data)
    return read_csv(data, dialect)


def detect_dialect(data: bytes) -> CsvDialect:
    _refuse_binary(data)
    encoding, text = _detect_encoding(data)
    return CsvDialect(encoding, _detect_delimiter(text))


def read_csv(data: bytes, dialect: CsvDialect | None = None) -> Sheet:
    """The CSV's header and rows; `dialect` None detects it, a given one is used as it is."""
    _refuse_binary(data)
    if dialect is None:
        encoding, text = _detect_encoding(data)
        dialect = CsvDialect(encoding, _detect_delimiter(text))
    else:
        # A wrong encoding the person chose shows as garbled text they can see and correct.
        text = data.decode(dialect.encoding, errors="replace")
    text = text.removeprefix("\ufeff").replace("\x00", "")
    return _assemble(_csv_rows(text, dialect.delimiter), dialect)


def read_xlsx(data: bytes) -> Sheet:
    """The active worksheet's header and rows; formulas as their text, not their results."""
    if data.startswith(_OLE2_MAGIC):
        raise SheetError(OLD_EXCEL)
    # openpyxl warns of workbook parts this never reads (styles, validation, extensions).
    # The filters are process-wide while this runs; nothing else changes them at run time.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
        return _read_workbook(data)


def _read_workbook(data: bytes) -> Sheet:
    # openpyxl loads with the first workbook read, not with the window (80 ms at start-up).
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

    damaged = (*_DAMAGED_XLSX_ERRORS, InvalidFileException)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except damaged as error:
        raise SheetError(DAMAGED) from error
    try:
        # The stubs type a read-only sheet through the writable Worksheet's methods.
        worksheet: Any = workbook.active
        if not isinstance(worksheet, ReadOnlyWorksheet):  # a chart sheet, or none active
            worksheet = next(
                (sheet for sheet in workbook.worksheets if isinstance(sheet, ReadOnlyWorksheet)),
                None,
            )
            if worksheet is None:  # every workbook has one; openpyxl skips those it misses
                raise SheetError(DAMAGED)
        # Some programs write a dimension far larger than the data (A1:XFD1048576), and
        # openpyxl would pad every row to it; without one, each row is as long as its data.
        worksheet.reset_dimensions()
        return _assemble(_xlsx_rows(worksheet), None)
    except damaged as error:
        raise SheetError(DAMAGED) from error
    finally:
        workbook.close()


def _refuse_binary(data: bytes) -> None:
    if data.startswith(_OLE2_MAGIC):
        raise SheetError(OLD_EXCEL)
    if data.startswith(_UTF16_BOMS):
        raise SheetError(NOT_TEXT)
    sample = data[:_SAMPLE_BYTES]
    controls = sum(sample.count(byte) for byte in _CONTROL_BYTES)
    if controls * 20 > len(sample):
        raise SheetError(NOT_TEXT)


def _detect_encoding(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return UTF8_SIG, data.decode(UTF8_SIG, errors="replace")
    try:
        return UTF8, data.decode(UTF8)
    except UnicodeDecodeError as error:
        # A UTF-8 file cut inside its last character is still UTF-8.
        if error.reason == "unexpected end of data" and error.start >= len(data) - 3:
            try:
                return UTF8, data[: error.start].decode(UTF8)
            except UnicodeDecodeError:
                pass
    try:
        return CP1252, data.decode(CP1252)
    except UnicodeDecodeError as error:
        raise SheetError(NOT_TEXT) from error


def _detect_delimiter(text: str) -> str:
    """The candidate that splits the first records most consistently into several fields."""
    sample = text[:_SAMPLE_CHARS]
    cut = len(text) > _SAMPLE_CHARS
    best: tuple[tuple[float, int, int, int], str] | None = None
    for preference, delimiter in enumerate(DELIMITERS):
        counts = _field_counts(sample, delimiter, cut)
        wide = Counter(count for count in counts if count > 1)
        if not wide:
            continue
        width, agreeing = max(wide.items(), key=lambda item: (item[1], item[0]))
        score = (agreeing / len(counts), agreeing, width, -preference)
        if best is None or score > best[0]:
            best = (score, delimiter)
    return DELIMITERS[0] if best is None else best[1]


def _field_counts(sample: str, delimiter: str, cut: bool) -> list[int]:
    counts: list[int] = []
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    try:
        for record in reader:
            if len(record) > 1 or (record and record[0].strip()):
                counts.append(len(record))
                if len(counts) > _SAMPLE_RECORDS:
                    break
    except csv.Error:
        pass  # a runaway quote: judge by the records before it
    if cut and counts:
        counts.pop()  # the sample may end inside the last record
    return counts


def _csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str], tuple[int, ...]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for number, record in enumerate(reader, start=1):
            yield number, [_clean(field) for field in record[:MAX_COLUMNS]], ()
    except csv.Error as error:
        # In practice a quote never closed that swallowed the rest of the file into one field.
        raise SheetError(UNCLOSED_QUOTE) from error


def _xlsx_rows(worksheet: Any) -> Iterator[tuple[int, list[str], tuple[int, ...]]]:
    for number, row in enumerate(worksheet.iter_rows(min_row=1, min_col=1), start=1):
        cells: list[str] = []
        formulas: list[int] = []
        for index, cell in enumerate(row[:MAX_COLUMNS]):
            value = cell.value
            if cell.data_type == "f":  # the value is its text, or an array or table formula
                formulas.append(index)
                cells.append(_formula_text(value))
            elif type(value) is str:  # most cells: spares the checks below
                cells.append(_clean(value))
            else:
                cells.append(_value_text(value))
        yield number, cells, tuple(formulas)


def _formula_text(value: object) -> str:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    if isinstance(value, ArrayFormula):
        return str(value.text or "").strip()
    if isinstance(value, DataTableFormula):
        return "=TABLE()"  # a what-if table's cells have no formula text of their own
    return str(value).strip()


def _value_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        minutes = round(value.total_seconds() / 60)
        sign = "-" if minutes < 0 else ""
        hours, minutes = divmod(abs(minutes), 60)
        return f"{sign}{hours}:{minutes:02d}"
    return _clean(str(value))


def _clean(text: str) -> str:
    text = text.strip()
    if len(text) > 1 and text[0] == "'" and text[1] in _NEUTRALISED:
        text = text[1:].strip()
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _assemble(
    rows: Iterable[tuple[int, list[str], tuple[int, ...]]], dialect: CsvDialect | None
) -> Sheet:
    kept: list[tuple[int, list[str], tuple[int, ...]]] = []
    header_index: int | None = None
    for number, cells, formulas in rows:
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if header_index is None and sum(1 for cell in cells if cell) >= 2:
            header_index = len(kept)
        kept.append((number, cells, formulas))
    if not kept:
        raise SheetError(EMPTY)
    if header_index is None:  # one column: its first non-empty row names it
        header_index = 0
    header_number, header_cells, _ = kept[header_index]
    body = kept[header_index + 1 :]
    width = max(len(cells) for _, cells, _ in kept[header_index:])
    return Sheet(
        headers=_padded(header_cells, width),
        rows=tuple(
            SheetRow(number, _padded(cells, width), formulas) for number, cells, formulas in body
        ),
        header_row=header_number,
        dialect=dialect,
    )


def _padded(cells: list[str], width: int) -> tuple[str, ...]:
    return (*cells, *([""] * (width - len(cells))))
