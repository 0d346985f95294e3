"""Reading a CSV file or a workbook (Excel's .xlsx, OpenDocument's .ods) into a header and rows
of stripped text, whatever the columns mean, within the limits of one import."""

from __future__ import annotations

import codecs
import csv
import io
import os
import stat
import warnings
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from ambassador.interchange.archives import ZIP_ERRORS, check_runs, open_archive
from ambassador.interchange.cell_text import MAX_COLUMNS as MAX_COLUMNS
from ambassador.interchange.cell_text import NUL_SHOWN_AS, RawRow, clean, value_text
from ambassador.interchange.opendocument import is_spreadsheet, ods_rows
from ambassador.interchange.refusals import DAMAGED as DAMAGED
from ambassador.interchange.refusals import DEFAULT_LIMITS as DEFAULT_LIMITS
from ambassador.interchange.refusals import EMPTY as EMPTY
from ambassador.interchange.refusals import EXCEL_ROWS, cell_too_long, too_large, too_many_rows
from ambassador.interchange.refusals import FOLDER as FOLDER
from ambassador.interchange.refusals import NOT_TEXT as NOT_TEXT
from ambassador.interchange.refusals import OLD_EXCEL as OLD_EXCEL
from ambassador.interchange.refusals import UNCLOSED_QUOTE as UNCLOSED_QUOTE
from ambassador.interchange.refusals import UNREADABLE as UNREADABLE
from ambassador.interchange.refusals import ReadLimits as ReadLimits
from ambassador.interchange.refusals import SheetError as SheetError

UTF8_SIG = "utf-8-sig"
UTF8 = "utf-8"
CP1252 = "cp1252"
ENCODINGS = (UTF8_SIG, UTF8, CP1252)
# In order of preference when two split a file equally well: Swedish Excel writes ";".
DELIMITERS = (";", ",", "\t")

_ZIP_MAGIC = b"PK\x03\x04"
_WORKBOOK_SUFFIXES = (".xlsx", ".ods", ".ots")
# Old .xls workbooks, and .xlsx ones encrypted with a password, are OLE2 compound files.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Control bytes no spreadsheet writes into text: more than one in twenty means binary.
_CONTROL_BYTES = tuple(bytes([b]) for b in (*range(0x00, 0x09), *range(0x0E, 0x1A), 0x1C, 0x1D))
_SAMPLE_BYTES = 64 * 1024
_SAMPLE_CHARS = 64 * 1024
_SAMPLE_RECORDS = 100
_READ_CHUNK = 1024 * 1024
# Stands in for a NUL byte while the csv module reads (Python 3.11's refuses the byte itself):
# a noncharacter, which no text holds, so a cell holding it held a NUL.
_NUL_MARK = "\ufdd0"
# What openpyxl and the zip and XML layers under it raise for a damaged workbook: XML parse
# errors are SyntaxErrors, a cut or corrupted stream surfaces as EOFError or zlib.error, and
# openpyxl meets parts that are there but malformed with TypeError, AttributeError or
# IndexError. The original stays chained to the SheetError for the log.
_DAMAGED_XLSX_ERRORS = (
    *ZIP_ERRORS,
    KeyError,
    SyntaxError,
    TypeError,
    AttributeError,
    IndexError,
)


class SheetFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    ODS = "ods"


@dataclass(frozen=True)
class CsvDialect:
    encoding: str  # "utf-8-sig" (BOM), "utf-8" or "cp1252"
    delimiter: str  # ";", "," or "\t"


@dataclass(frozen=True)
class CsvChoice:
    """How a person says a CSV file is written; a half left None is detected."""

    encoding: str | None = None
    delimiter: str | None = None


@dataclass(frozen=True)
class SheetRow:
    # The row number as the spreadsheet shows it: 1-based, header counted; for CSV the record.
    number: int
    # Each cell's text, stripped, "" for an empty one; as many as the sheet has headers.
    cells: tuple[str, ...]
    # Indexes of workbook cells holding a formula; their text is the formula's, e.g. "=A1+1".
    formula_columns: tuple[int, ...] = ()
    # Indexes of cells that held a NUL byte (shown as U+FFFD): no text has one, so the file is
    # damaged there and the row is refused rather than read without it.
    nul_columns: tuple[int, ...] = ()


@dataclass(frozen=True)
class Sheet:
    headers: tuple[str, ...]  # stripped; "" for a column without a name
    rows: tuple[SheetRow, ...]  # after the header, completely empty rows left out
    header_row: int
    dialect: CsvDialect | None  # None for a workbook
    file_format: SheetFormat = SheetFormat.CSV


def read_sheet(
    path: Path,
    dialect: CsvDialect | CsvChoice | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Sheet:
    """The file as a sheet: a workbook if it is a zip or named as one, CSV otherwise."""
    data = read_file(path, limits)
    if data.startswith(_ZIP_MAGIC) or path.suffix.lower() in _WORKBOOK_SUFFIXES:
        return read_workbook(data, limits)
    return read_csv(data, dialect, limits)


def read_file(path: Path, limits: ReadLimits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refused without reading on when it is larger than the limit: a file
    by its size, anything else (a device, a pipe) as it is read."""
    try:
        if path.is_dir():
            raise SheetError(FOLDER)
        with path.open("rb") as file:
            status = os.fstat(file.fileno())
            regular = stat.S_ISREG(status.st_mode)
            if regular and status.st_size > limits.max_bytes:
                raise too_large(limits)
            # A file is read whole at once; anything else (/dev/zero has no size and no end)
            # or a file that grew meanwhile, a chunk at a time up to just past the limit.
            data = file.read(status.st_size + 1) if regular else b""
            if not regular or len(data) > status.st_size:
                data += _read_on(file, limits.max_bytes - len(data), limits)
    except OSError as error:
        raise SheetError(UNREADABLE) from error
    if len(data) > limits.max_bytes:
        raise too_large(limits)
    return data


def _read_on(file: io.BufferedReader, most: int, limits: ReadLimits) -> bytes:
    """At most `most` bytes more; refused as soon as there are more."""
    chunks: list[bytes] = []
    while chunk := file.read(_READ_CHUNK):
        chunks.append(chunk)
        most -= len(chunk)
        if most < 0:
            raise too_large(limits)
    return b"".join(chunks)


def detect_dialect(data: bytes) -> CsvDialect:
    _refuse_binary(data)
    encoding, text = _detect_encoding(data)
    return CsvDialect(encoding, _detect_delimiter(text))


def read_csv(
    data: bytes,
    dialect: CsvDialect | CsvChoice | None = None,
    limits: ReadLimits = DEFAULT_LIMITS,
) -> Sheet:
    """The CSV's header and rows; what `dialect` leaves None is detected, what it gives is
    used as it is."""
    if len(data) > limits.max_bytes:
        raise too_large(limits)
    _refuse_binary(data)
    if dialect is None or dialect.encoding is None:
        encoding, text = _detect_encoding(data)
    else:
        # A wrong encoding the person chose shows as garbled text they can see and correct.
        encoding, text = dialect.encoding, data.decode(dialect.encoding, errors="replace")
    if dialect is None or dialect.delimiter is None:
        delimiter = _detect_delimiter(text)
    else:
        delimiter = dialect.delimiter
    text = text.removeprefix("\ufeff")
    nul = "\x00" in text
    if nul:
        text = text.replace("\x00", _NUL_MARK)
    # The csv module's limit on a field is the process's; it is set for this read and put
    # back, and nothing else in the program reads CSV meanwhile.
    previous = csv.field_size_limit(limits.max_cell_characters)
    try:
        rows = _csv_rows(text, delimiter, nul, limits)
        return _assemble(rows, CsvDialect(encoding, delimiter), limits, SheetFormat.CSV)
    finally:
        csv.field_size_limit(previous)


def read_workbook(data: bytes, limits: ReadLimits = DEFAULT_LIMITS) -> Sheet:
    """An Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods), told apart by content."""
    if len(data) > limits.max_bytes:
        raise too_large(limits)
    if data.startswith(_OLE2_MAGIC):
        raise SheetError(OLD_EXCEL)
    with open_archive(data, limits) as archive:
        check_runs(archive, _xml_parts(archive), limits)
        if is_spreadsheet(archive):
            try:
                return _assemble(ods_rows(archive, limits), None, limits, SheetFormat.ODS)
            except (*ZIP_ERRORS, KeyError) as error:
                raise SheetError(DAMAGED) from error
    # openpyxl warns of workbook parts this never reads (styles, validation, extensions).
    # The filters are process-wide while this runs; nothing else changes them at run time.
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
        return _read_xlsx(data, limits)


def read_xlsx(data: bytes, limits: ReadLimits = DEFAULT_LIMITS) -> Sheet:
    """The active worksheet's header and rows; formulas as their text, not their results."""
    return read_workbook(data, limits)


def _xml_parts(archive: zipfile.ZipFile) -> list[str]:
    return [name for name in archive.namelist() if name.lower().endswith((".xml", ".rels"))]


def _read_xlsx(data: bytes, limits: ReadLimits) -> Sheet:
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
        return _assemble(_xlsx_rows(worksheet, limits), None, limits, SheetFormat.XLSX)
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


def _csv_rows(text: str, delimiter: str, nul: bool, limits: ReadLimits) -> Iterator[RawRow]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, record in enumerate(reader, start=1):  # noqa: B007 - read after the loop
            cells = [clean(field) for field in record[:MAX_COLUMNS]]
            yield number, cells, (), _nul_columns(cells) if nul else ()
    except csv.Error as error:
        # A field longer than the limit: either a cell that long, or a quote never closed
        # that swallowed the rest of the file. Quotes come in pairs ("" inside a quoted
        # field), so an odd number of them means one is never closed.
        if "field limit" in str(error) and text.count('"') % 2 == 0:
            raise cell_too_long(limits, number + 1) from error
        raise SheetError(UNCLOSED_QUOTE) from error


def _nul_columns(cells: list[str]) -> tuple[int, ...]:
    found = []
    for index, cell in enumerate(cells):
        if _NUL_MARK in cell:
            cells[index] = cell.replace(_NUL_MARK, NUL_SHOWN_AS)
            found.append(index)
    return tuple(found)


def _xlsx_rows(worksheet: Any, limits: ReadLimits) -> Iterator[RawRow]:
    longest = limits.max_cell_characters
    for number, row in enumerate(worksheet.iter_rows(min_row=1, min_col=1), start=1):
        cells: list[str] = []
        formulas: list[int] = []
        for index, cell in enumerate(row[:MAX_COLUMNS]):
            value = cell.value
            if cell.data_type == "f":  # the value is its text, or an array or table formula
                formulas.append(index)
                text = _formula_text(value)
            elif type(value) is str:  # most cells: spares the checks below
                text = clean(value)
            else:
                text = value_text(value)
            if len(text) > longest:
                raise cell_too_long(limits, number)
            cells.append(text)
        yield number, cells, tuple(formulas), ()


def _formula_text(value: object) -> str:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    if isinstance(value, ArrayFormula):
        return str(value.text or "").strip()
    if isinstance(value, DataTableFormula):
        return "=TABLE()"  # a what-if table's cells have no formula text of their own
    return str(value).strip()


def _assemble(
    rows: Iterable[RawRow], dialect: CsvDialect | None, limits: ReadLimits, form: SheetFormat
) -> Sheet:
    kept: list[RawRow] = []
    header_index: int | None = None
    for row in rows:
        number, cells, _formulas, _nuls = row
        if number > EXCEL_ROWS:  # empty rows beyond any spreadsheet's, or a made-up number
            raise too_many_rows(limits)
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if header_index is None and sum(1 for cell in cells if cell) >= 2:
            header_index = len(kept)
        kept.append(row)
        # Rows after the header; before one is found, after the first row, which is the
        # header of a sheet of one column.
        if len(kept) - 1 - (header_index or 0) > limits.max_rows:
            raise too_many_rows(limits)
    if not kept:
        raise SheetError(EMPTY)
    if header_index is None:  # one column: its first non-empty row names it
        header_index = 0
    header_number, header_cells, _, _ = kept[header_index]
    body = kept[header_index + 1 :]
    width = max(len(cells) for _, cells, _, _ in kept[header_index:])
    return Sheet(
        headers=_padded(header_cells, width),
        rows=tuple(
            SheetRow(number, _padded(cells, width), formulas, nuls)
            for number, cells, formulas, nuls in body
        ),
        header_row=header_number,
        dialect=dialect,
        file_format=form,
    )


def _padded(cells: list[str], width: int) -> tuple[str, ...]:
    return (*cells, *([""] * (width - len(cells))))
