"""Reading an OpenDocument spreadsheet (.ods, LibreOffice's own format) row by row, within the
limits, as the text of each cell.

The sheet streams through expat a chunk at a time, so memory holds one row, never the sheet.
A row or cell written once with a repeat count ("this row 1,048,576 times") is a few bytes in
the file; here an empty one only moves the row number on, a cell repeats no further than
the columns that are read, and a row repeats as the rows are taken, so the row limit stops it.
A reader that builds the whole sheet first (python-calamine) turned an 800-byte file into
2 GB, and none of the libraries tells a formula from its value, which a workbook must.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import IO
from xml.parsers import expat

from ambassador.interchange.cell_text import MAX_COLUMNS, RawRow, clean, value_text
from ambassador.interchange.refusals import (
    DAMAGED,
    PROTECTED,
    ReadLimits,
    SheetError,
    cell_too_long,
)

MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"  # "-template" too

_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
_DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
_SEPARATOR = " "  # between a name's namespace and its local part, as expat reports it

TABLE = f"{_TABLE} table"
ROW = f"{_TABLE} table-row"
CELL = f"{_TABLE} table-cell"
COVERED_CELL = f"{_TABLE} covered-table-cell"
PARAGRAPH = f"{_TEXT} p"
HEADING = f"{_TEXT} h"
SPACES = f"{_TEXT} s"
TAB = f"{_TEXT} tab"
LINE_BREAK = f"{_TEXT} line-break"
# Text in a cell that is not the cell's: a comment, a footnote, a drawing's caption.
_NOT_THE_CELLS = (f"{_OFFICE} annotation", f"{_TEXT} note")

NAME = f"{_TABLE} name"
ROWS_REPEATED = f"{_TABLE} number-rows-repeated"
COLUMNS_REPEATED = f"{_TABLE} number-columns-repeated"
FORMULA = f"{_TABLE} formula"
VALUE_TYPE = f"{_OFFICE} value-type"
VALUE = f"{_OFFICE} value"
DATE_VALUE = f"{_OFFICE} date-value"
TIME_VALUE = f"{_OFFICE} time-value"
BOOLEAN_VALUE = f"{_OFFICE} boolean-value"
STRING_VALUE = f"{_OFFICE} string-value"
COUNT = f"{_TEXT} c"
_CONFIG_ITEM = f"{_CONFIG} config-item"
_CONFIG_NAME = f"{_CONFIG} name"

_CHUNK = 256 * 1024
_MANIFEST = "META-INF/manifest.xml"
_SMALL_PART = 1024 * 1024  # the mimetype, the manifest: a few hundred bytes each
# Runs of white space in a paragraph's text are one space (ODF 1.2, 6.1.2); <text:s/>,
# <text:tab/> and <text:line-break/> are the spaces, tabs and breaks that count.
_WHITE_SPACE = re.compile(r"[ \t\r\n]+")
_DURATION = re.compile(
    r"(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?", re.ASCII
)


def is_spreadsheet(archive: zipfile.ZipFile) -> bool:
    """Whether the zip is an OpenDocument spreadsheet, by the mimetype it names itself by."""
    try:
        with archive.open("mimetype") as stream:
            return stream.read(len(MIMETYPE)) == MIMETYPE
    except KeyError:
        return False


def ods_rows(archive: zipfile.ZipFile, limits: ReadLimits) -> Iterator[RawRow]:
    """The rows of the table the spreadsheet was saved showing (else its first), in order."""
    if _small_part(archive, _MANIFEST).find(b"encryption-data") >= 0:
        raise SheetError(PROTECTED)
    active = _active_table(archive)
    reader = _TableReader(active, limits)
    yield from reader.rows(archive)
    if not reader.found and active is not None:  # settings naming a table that is not there
        yield from _TableReader(None, limits).rows(archive)


def _small_part(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return b""
    if info.file_size > _SMALL_PART:
        raise SheetError(DAMAGED)
    return archive.read(info)


def _parser() -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator=_SEPARATOR)
    parser.buffer_text = True

    def refuse(*_args: object) -> None:
        # OpenDocument has no document type; one could declare entities that never end.
        raise SheetError(DAMAGED)

    parser.StartDoctypeDeclHandler = refuse
    return parser


def _feed(parser: expat.XMLParserType, stream: IO[bytes]) -> Iterator[None]:
    """Feed the part a chunk at a time, pausing after each so a caller can hand on what the
    chunk completed."""
    try:
        while chunk := stream.read(_CHUNK):
            parser.Parse(chunk, False)
            yield
        parser.Parse(b"", True)
        yield
    except expat.ExpatError as error:
        raise SheetError(DAMAGED) from error


def _active_table(archive: zipfile.ZipFile) -> str | None:
    """The table the spreadsheet was saved showing, as settings.xml names it."""
    if "settings.xml" not in archive.namelist():
        return None
    parser = _parser()
    found: list[str] = []
    collecting = False

    def start(name: str, attributes: dict[str, str]) -> None:
        nonlocal collecting
        collecting = name == _CONFIG_ITEM and attributes.get(_CONFIG_NAME) == "ActiveTable"

    def end(_name: str) -> None:
        nonlocal collecting
        collecting = False

    def text(data: str) -> None:
        if collecting and sum(map(len, found)) < 1024:
            found.append(data)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    with archive.open("settings.xml") as stream:
        for _ in _feed(parser, stream):
            if found and not collecting:
                break
    return "".join(found) or None


class _TableReader:
    """content.xml's rows of one table (the first if `wanted` is None), handed on as they
    complete."""

    def __init__(self, wanted: str | None, limits: ReadLimits) -> None:
        self._wanted = wanted
        self._limits = limits
        self.found = False
        self._inside = False  # within the wanted table
        self._done = False
        self._skipping = 0  # depth within an element whose text is not the cells'
        self._number = 1  # the number of the next row, as the spreadsheet shows it
        self._row: list[str] | None = None
        self._formulas: list[int] = []
        self._row_repeat = 1
        self._cell: dict[str, str] | None = None  # the open cell's attributes
        self._text: list[str] = []
        self._length = 0
        self._paragraphs = 0
        self._in_paragraph = 0
        self._after_space = True  # at a paragraph's start, or after a collapsed space
        # Completed rows, each with how many times it repeats.
        self._completed: list[tuple[int, list[str], tuple[int, ...], int]] = []

    def rows(self, archive: zipfile.ZipFile) -> Iterator[RawRow]:
        parser = _parser()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        with archive.open("content.xml") as stream:
            for _ in _feed(parser, stream):
                completed, self._completed = self._completed, []
                for number, cells, formulas, repeat in completed:
                    for offset in range(repeat):  # taken one by one: the row limit stops it
                        yield number + offset, list(cells), formulas, ()
                if self._done:
                    return

    # expat's handlers ---------------------------------------------------------------------------

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        if self._done:
            return
        if self._skipping:
            self._skipping += 1
        elif not self._inside:
            if name == TABLE and self._wanted in (None, attributes.get(NAME)):
                self._inside = self.found = True
        elif self._cell is not None:
            self._start_in_cell(name, attributes)
        elif name == ROW:
            self._row = []
            self._formulas = []
            self._row_repeat = _count(attributes.get(ROWS_REPEATED))
        elif name in (CELL, COVERED_CELL) and self._row is not None:
            self._cell = attributes
            self._text = []
            self._length = 0
            self._paragraphs = 0
        elif name == TABLE:  # a table within the table: not its rows
            self._skipping = 1

    def _start_in_cell(self, name: str, attributes: dict[str, str]) -> None:
        if name in (PARAGRAPH, HEADING) and not self._in_paragraph:
            if self._paragraphs:
                self._add("\n")
            self._paragraphs += 1
            self._in_paragraph = 1
            self._after_space = True
        elif not self._in_paragraph:
            if name in _NOT_THE_CELLS or name.startswith(_DRAW) or name == TABLE:
                self._skipping = 1
        elif name == SPACES:
            self._add(" ", _count(attributes.get(COUNT)))
        elif name == TAB:
            self._add("\t")
        elif name == LINE_BREAK:
            self._add("\n")
        elif name in _NOT_THE_CELLS or name.startswith(_DRAW):
            self._skipping = 1
        else:  # a span, a link: their text is the paragraph's
            self._in_paragraph += 1

    def _end(self, name: str) -> None:
        if self._done:
            return
        if self._skipping:
            self._skipping -= 1
        elif not self._inside:
            return
        elif self._in_paragraph:
            if name not in (SPACES, TAB, LINE_BREAK):
                self._in_paragraph -= 1
        elif name in (CELL, COVERED_CELL) and self._cell is not None:
            self._end_cell(self._cell)
            self._cell = None
        elif name == ROW and self._row is not None:
            self._end_row(self._row)
            self._row = None
        elif name == TABLE:
            self._done = True

    def _characters(self, data: str) -> None:
        if self._in_paragraph and not self._skipping and not self._done:
            data = _WHITE_SPACE.sub(" ", data)
            if self._after_space:
                data = data.lstrip(" ")
            if data:
                self._add(data)
                self._after_space = data.endswith(" ")

    # Cells and rows -----------------------------------------------------------------------------

    def _add(self, text: str, times: int = 1) -> None:
        self._after_space = False
        self._length += len(text) * times
        if self._length > self._limits.max_cell_characters:
            raise cell_too_long(self._limits, self._number)
        self._text.append(text * times)

    def _end_cell(self, attributes: dict[str, str]) -> None:
        assert self._row is not None
        text = _cell_text(attributes, "".join(self._text))
        repeat = min(_count(attributes.get(COLUMNS_REPEATED)), MAX_COLUMNS - len(self._row))
        if FORMULA in attributes:
            self._formulas.extend(range(len(self._row), len(self._row) + repeat))
            text = attributes[FORMULA].removeprefix("of:").strip()
            if len(text) > self._limits.max_cell_characters:
                raise cell_too_long(self._limits, self._number)
        self._row.extend([text] * repeat)

    def _end_row(self, cells: list[str]) -> None:
        repeat = self._row_repeat
        if any(cells):
            while not cells[-1]:
                cells.pop()
            self._completed.append((self._number, cells, tuple(self._formulas), repeat))
        self._number += repeat


def _count(text: str | None) -> int:
    """A repeat or space count: a whole number of at least one."""
    try:
        return max(1, int(text)) if text else 1
    except ValueError:
        return 1


def _cell_text(attributes: dict[str, str], text: str) -> str:
    """The cell's value as text: a number, date, time or truth value from its attribute (what
    it is, not how it is shown), else the text it shows."""
    kind = attributes.get(VALUE_TYPE, "")
    value: object = None
    try:
        if kind in ("float", "percentage", "currency") and VALUE in attributes:
            value = float(attributes[VALUE])
        elif kind == "date" and DATE_VALUE in attributes:
            value = _date(attributes[DATE_VALUE])
        elif kind == "time" and TIME_VALUE in attributes:
            value = _time(attributes[TIME_VALUE])
        elif kind == "boolean" and BOOLEAN_VALUE in attributes:
            value = attributes[BOOLEAN_VALUE].strip().lower() == "true"
        elif kind == "string" and STRING_VALUE in attributes:
            value = attributes[STRING_VALUE]
    except ValueError:
        value = None
    return clean(text) if value is None else value_text(value)


def _date(text: str) -> date | datetime:
    moment = datetime.fromisoformat(text.strip())
    return moment.date() if "T" not in text else moment.replace(tzinfo=None)


def _time(text: str) -> time | timedelta:
    """A time of day as a workbook's is read ("08:30"); a longer duration as hours."""
    length = _duration(text)
    if timedelta(0) <= length < timedelta(days=1):
        return (datetime.min + length).time()
    return length


def _duration(text: str) -> timedelta:
    match = _DURATION.fullmatch(text.strip())
    if match is None:
        raise ValueError(text)
    sign, days, hours, minutes, seconds = match.groups()
    length = timedelta(
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=float((seconds or "0").replace(",", ".")),
    )
    return -length if sign else length
