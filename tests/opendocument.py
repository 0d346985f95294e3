"""OpenDocument spreadsheets (.ods) written as LibreOffice Calc 7 writes them, for tests.

LibreOffice is not installed where the tests run, so this writes its files' parts the way it
does: the stored mimetype first, the manifest, settings naming the active table, and
content.xml with its namespaces, styles, typed cells (a value attribute and the shown text),
runs of spaces as <text:s/>, a line break as two paragraphs, repeated empty cells merged,
and the empty rows to the sheet's end written once with a repeat count.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from xml.sax.saxutils import escape, quoteattr

NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
    'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)
MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
LAST_ROW = 1_048_576
LAST_COLUMN = 1024


@dataclass(frozen=True)
class Formula:
    """A cell computed by a formula, with the result LibreOffice stored beside it."""

    formula: str  # as LibreOffice writes it: "of:=[.A1]*2"
    result: float


@dataclass(frozen=True)
class Commented:
    """A cell with a comment (an annotation) on it."""

    text: str
    comment: str


Cell = str | int | float | bool | date | datetime | timedelta | Formula | Commented | None


def _paragraphs(text: str) -> str:
    """Text as LibreOffice writes it: a paragraph a line, runs of spaces as <text:s/>."""
    out = []
    for line in text.split("\n"):
        parts = []
        run = 0
        for index, char in enumerate(line):
            if char == " " and (index == 0 or line[index - 1] == " " or index == len(line) - 1):
                run += 1
                continue
            if run:
                parts.append(f'<text:s text:c="{run}"/>' if run > 1 else "<text:s/>")
                run = 0
            parts.append("<text:tab/>" if char == "\t" else escape(char))
        if run:
            parts.append(f'<text:s text:c="{run}"/>' if run > 1 else "<text:s/>")
        out.append(f"<text:p>{''.join(parts)}</text:p>")
    return "".join(out)


def _cell(value: Cell) -> str:
    if value is None:
        return "<table:table-cell/>"
    if isinstance(value, Commented):
        return (
            '<table:table-cell office:value-type="string" calcext:value-type="string">'
            "<office:annotation><dc:creator>Handläggare</dc:creator>"
            f"<dc:date>2026-03-01T10:00:00</dc:date>{_paragraphs(value.comment)}"
            f"</office:annotation>{_paragraphs(value.text)}</table:table-cell>"
        )
    if isinstance(value, Formula):
        shown = f"{value.result:g}".replace(".", ",")
        return (
            f"<table:table-cell table:formula={quoteattr(value.formula)} "
            f'office:value-type="float" office:value="{value.result!r}" '
            f'calcext:value-type="float"><text:p>{shown}</text:p></table:table-cell>'
        )
    if isinstance(value, bool):
        word = "true" if value else "false"
        return (
            f'<table:table-cell table:style-name="ce2" office:value-type="boolean" '
            f'office:boolean-value="{word}" calcext:value-type="boolean">'
            f"<text:p>{'SANT' if value else 'FALSKT'}</text:p></table:table-cell>"
        )
    if isinstance(value, int | float):
        shown = f"{value:g}".replace(".", ",")
        return (
            f'<table:table-cell office:value-type="float" office:value="{value!r}" '
            f'calcext:value-type="float"><text:p>{shown}</text:p></table:table-cell>'
        )
    if isinstance(value, datetime):
        return (
            f'<table:table-cell table:style-name="ce3" office:value-type="date" '
            f'office:date-value="{value.isoformat()}" calcext:value-type="date">'
            f"<text:p>{value:%Y-%m-%d %H:%M}</text:p></table:table-cell>"
        )
    if isinstance(value, date):
        return (
            f'<table:table-cell table:style-name="ce1" office:value-type="date" '
            f'office:date-value="{value.isoformat()}" calcext:value-type="date">'
            f"<text:p>{value.isoformat()}</text:p></table:table-cell>"
        )
    if isinstance(value, timedelta):
        minutes = int(value.total_seconds()) // 60
        return (
            f'<table:table-cell table:style-name="ce4" office:value-type="time" '
            f'office:time-value="PT{minutes // 60:02d}H{minutes % 60:02d}M00S" '
            f'calcext:value-type="time"><text:p>{minutes // 60:02d}:{minutes % 60:02d}'
            "</text:p></table:table-cell>"
        )
    return (
        '<table:table-cell office:value-type="string" calcext:value-type="string">'
        f"{_paragraphs(value)}</table:table-cell>"
    )


def _row(cells: Sequence[Cell]) -> str:
    out = []
    empties = 0
    for value in cells:
        if value is None or value == "":
            empties += 1
            continue
        if empties:
            out.append(_empty_cells(empties))
            empties = 0
        out.append(_cell(value))
    out.append(_empty_cells(LAST_COLUMN - len(cells) + empties))
    return f'<table:table-row table:style-name="ro1">{"".join(out)}</table:table-row>'


def _empty_cells(count: int) -> str:
    if count == 1:
        return "<table:table-cell/>"
    return f'<table:table-cell table:number-columns-repeated="{count}"/>'


def table_xml(name: str, rows: Sequence[Sequence[Cell]]) -> str:
    """One table as LibreOffice writes it: its rows, then the empty rest of the sheet."""
    width = max((len(row) for row in rows), default=1)
    body = []
    blank = 0
    for row in rows:
        if not any(value not in (None, "") for value in row):
            blank += 1
            continue
        if blank:
            body.append(_blank_rows(blank))
            blank = 0
        body.append(_row(row))
    body.append(_blank_rows(LAST_ROW - len(rows) + blank))
    return (
        f'<table:table table:name={quoteattr(name)} table:style-name="ta1">'
        f'<table:table-column table:style-name="co1" table:number-columns-repeated="{width}" '
        'table:default-cell-style-name="Default"/>'
        f'<table:table-column table:style-name="co1" '
        f'table:number-columns-repeated="{LAST_COLUMN - width}" '
        'table:default-cell-style-name="Default"/>'
        f"{''.join(body)}</table:table>"
    )


def _blank_rows(count: int) -> str:
    repeated = f' table:number-rows-repeated="{count}"' if count > 1 else ""
    return (
        f'<table:table-row table:style-name="ro1"{repeated}>'
        f'<table:table-cell table:number-columns-repeated="{LAST_COLUMN}"/></table:table-row>'
    )


def content_xml(tables_xml: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {NAMESPACES} office:version="1.3">'
        "<office:scripts/><office:font-face-decls/><office:automatic-styles>"
        '<style:style style:name="co1" style:family="table-column">'
        '<style:table-column-properties fo:break-before="auto" style:column-width="2.258cm"/>'
        '</style:style><style:style style:name="ro1" style:family="table-row">'
        '<style:table-row-properties style:row-height="0.452cm" fo:break-before="auto" '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Default">'
        '<style:table-properties table:display="true" style:writing-mode="lr-tb"/>'
        "</style:style></office:automatic-styles>"
        f"<office:body><office:spreadsheet><table:calculation-settings "
        'table:automatic-find-labels="false"/>'
        f"{tables_xml}<table:named-expressions/></office:spreadsheet></office:body>"
        "</office:document-content>"
    )


def settings_xml(active: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-settings {NAMESPACES} office:version="1.3"><office:settings>'
        '<config:config-item-set config:name="ooo:view-settings">'
        '<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>'
        '<config:config-item config:name="ViewId" config:type="string">view1</config:config-item>'
        f'<config:config-item config:name="ActiveTable" config:type="string">{escape(active)}'
        "</config:config-item></config:config-item-map-entry>"
        "</config:config-item-map-indexed></config:config-item-set></office:settings>"
        "</office:document-settings>"
    )


def manifest_xml(encrypted: bool = False) -> str:
    encryption = (
        '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="x">'
        '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" '
        'manifest:initialisation-vector="x"/></manifest:encryption-data>'
        if encrypted
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{encryption}</manifest:file-entry>"
        '<manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )


def package(parts: dict[str, str | bytes]) -> bytes:
    """The zip as LibreOffice writes it: the mimetype first and stored, the rest deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, zipfile.ZIP_STORED)
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def ods_bytes(
    rows: Sequence[Sequence[Cell]],
    *,
    name: str = "Blad1",
    others: dict[str, Sequence[Sequence[Cell]]] | None = None,
    active: str | None = None,
    encrypted: bool = False,
) -> bytes:
    """A spreadsheet whose table `name` holds `rows`, then the tables in `others`; it was saved
    showing `active` (default: the first)."""
    tables = table_xml(name, rows) + "".join(
        table_xml(other, other_rows) for other, other_rows in (others or {}).items()
    )
    return package(
        {
            "content.xml": content_xml(tables),
            "settings.xml": settings_xml(active or name),
            "META-INF/manifest.xml": manifest_xml(encrypted),
        }
    )
