"""Reading CSV and XLSX files into a header and rows of text: hand-made files, damaged ones."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date, datetime, time
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from ambassador.interchange.sheets import (
    DAMAGED,
    EMPTY,
    MAX_COLUMNS,
    NOT_TEXT,
    OLD_EXCEL,
    UNCLOSED_QUOTE,
    UNREADABLE,
    CsvDialect,
    Sheet,
    SheetError,
    SheetRow,
    detect_dialect,
    read_csv,
    read_sheet,
    read_xlsx,
)

SWEDISH = "Förnamn;Efternamn;Ort\r\nÅsa;Öberg;Västerås\r\nÄrla;Ekström;Umeå\r\n"


def cells(sheet: Sheet) -> list[tuple[str, ...]]:
    return [row.cells for row in sheet.rows]


def numbers(sheet: Sheet) -> list[int]:
    return [row.number for row in sheet.rows]


def xlsx_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_text(rows: list[list[str]], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue()


# CSV: delimiters


def test_read_csv_detects_semicolon_with_decimal_commas() -> None:
    data = "Förnamn;Efternamn;Timmar\r\nAnna;Svensson;37,5\r\nBo;Lind;40\r\n".encode()

    sheet = read_csv(data)

    assert sheet.dialect == CsvDialect("utf-8", ";")
    assert sheet.headers == ("Förnamn", "Efternamn", "Timmar")
    assert cells(sheet) == [("Anna", "Svensson", "37,5"), ("Bo", "Lind", "40")]
    assert sheet.header_row == 1
    assert numbers(sheet) == [2, 3]


def test_detect_dialect_semicolon_when_one_line_has_decimal_comma() -> None:
    assert detect_dialect(b"Anna;Svensson;37,5").delimiter == ";"


def test_read_csv_detects_comma_with_semicolons_in_quotes() -> None:
    data = b'Name,Town,Note\nAnna,Ume\xc3\xa5,"late; called"\nBo,Lund,"a, b; c"\n'

    sheet = read_csv(data)

    assert sheet.dialect == CsvDialect("utf-8", ",")
    assert sheet.headers == ("Name", "Town", "Note")
    assert cells(sheet) == [("Anna", "Umeå", "late; called"), ("Bo", "Lund", "a, b; c")]


def test_read_csv_detects_tab() -> None:
    sheet = read_csv(b"Name\tHours\nAnna\t37,5\nBo\t40\n")

    assert sheet.dialect is not None
    assert sheet.dialect.delimiter == "\t"
    assert cells(sheet) == [("Anna", "37,5"), ("Bo", "40")]


def test_detect_dialect_semicolon_under_title_with_comma() -> None:
    data = "Deltagarlista, hösten 2026\r\nFörnamn;Efternamn\r\nAnna;Berg\r\nBo;Lind\r\n".encode()

    assert detect_dialect(data) == CsvDialect("utf-8", ";")


def test_read_csv_wrong_delimiter_given_shows_one_merged_column() -> None:
    data = SWEDISH.encode()

    given_comma = read_csv(data, CsvDialect("utf-8", ","))
    detected = read_csv(data)

    assert given_comma.dialect == CsvDialect("utf-8", ",")
    assert given_comma.headers == ("Förnamn;Efternamn;Ort",)
    assert cells(given_comma) == [("Åsa;Öberg;Västerås",), ("Ärla;Ekström;Umeå",)]
    assert detected.headers == ("Förnamn", "Efternamn", "Ort")


def test_read_csv_one_column_file() -> None:
    sheet = read_csv(b"Name\r\nAnna\r\n\r\nBo\r\n")

    assert sheet.headers == ("Name",)
    assert cells(sheet) == [("Anna",), ("Bo",)]
    assert numbers(sheet) == [2, 4]


# CSV: encodings


def test_read_csv_detects_windows_1252() -> None:
    data = "Namn;Ort\r\nÅsa Öberg;Västerås\r\nÄrla Ekström;Umeå\r\nRené;Hörby\r\n".encode("cp1252")

    sheet = read_csv(data)

    assert sheet.dialect == CsvDialect("cp1252", ";")
    assert cells(sheet) == [("Åsa Öberg", "Västerås"), ("Ärla Ekström", "Umeå"), ("René", "Hörby")]


def test_read_csv_detects_utf8_with_bom() -> None:
    sheet = read_csv(b"\xef\xbb\xbf" + SWEDISH.encode())

    assert sheet.dialect == CsvDialect("utf-8-sig", ";")
    assert sheet.headers == ("Förnamn", "Efternamn", "Ort")


def test_read_csv_detects_utf8_without_bom() -> None:
    sheet = read_csv(SWEDISH.encode())

    assert sheet.dialect == CsvDialect("utf-8", ";")
    assert cells(sheet)[0] == ("Åsa", "Öberg", "Västerås")


def test_read_csv_bom_dropped_when_utf8_given() -> None:
    sheet = read_csv(b"\xef\xbb\xbf" + SWEDISH.encode(), CsvDialect("utf-8", ";"))

    assert sheet.headers[0] == "Förnamn"


def test_read_csv_wrong_encoding_given_shows_replacement_characters() -> None:
    data = SWEDISH.encode("cp1252")

    sheet = read_csv(data, CsvDialect("utf-8", ";"))

    assert sheet.headers == ("F\ufffdrnamn", "Efternamn", "Ort")
    assert cells(sheet)[0] == ("\ufffdsa", "\ufffdberg", "V\ufffdster\ufffds")


def test_read_csv_utf8_cut_inside_last_character_stays_utf8() -> None:
    data = "Namn;Ort\nÅsa;Umeå".encode()[:-1]

    sheet = read_csv(data)

    assert sheet.dialect == CsvDialect("utf-8", ";")
    assert cells(sheet) == [("Åsa", "Ume")]


# CSV: rows, header and cells


def test_read_csv_leaves_out_empty_rows_and_keeps_numbering() -> None:
    data = b"Name;Town\r\nAnna;Lund\r\n\r\n;\r\n  ;\xc2\xa0\r\nBo;Ume\r\n;;;;\r\n"

    sheet = read_csv(data)

    assert cells(sheet) == [("Anna", "Lund"), ("Bo", "Ume")]
    assert numbers(sheet) == [2, 6]


def test_read_csv_skips_title_row_above_header() -> None:
    data = b"Deltagarlista 2026;;\r\n;;\r\nName;Town;Hours\r\nAnna;Lund;20\r\n"

    sheet = read_csv(data)

    assert sheet.header_row == 3
    assert sheet.headers == ("Name", "Town", "Hours")
    assert [(row.number, row.cells) for row in sheet.rows] == [(4, ("Anna", "Lund", "20"))]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_read_csv_quoted_newline_and_delimiter_with_line_ending(newline: str) -> None:
    text = newline.join(["Name;Note;Town", 'Anna;"first line\nsecond; line";Lund', "Bo;;Ume", ""])

    sheet = read_csv(text.encode())

    assert sheet.dialect == CsvDialect("utf-8", ";")
    assert cells(sheet) == [("Anna", "first line\nsecond; line", "Lund"), ("Bo", "", "Ume")]
    # CSV rows are numbered by record, as a spreadsheet program shows them.
    assert numbers(sheet) == [2, 3]


def test_read_csv_quoted_crlf_inside_cell_becomes_newline() -> None:
    sheet = read_csv(b'Name;Note\r\nAnna;"one\r\ntwo"\r\n')

    assert cells(sheet) == [("Anna", "one\ntwo")]


def test_read_csv_strips_spaces_and_non_breaking_spaces() -> None:
    data = "  Namn \t; Ort\u00a0\r\n\u00a0Anna\u00a0;  Lund \r\n".encode()

    sheet = read_csv(data)

    assert sheet.headers == ("Namn", "Ort")
    assert cells(sheet) == [("Anna", "Lund")]
    assert sheet.rows[0].nul_columns == ()


def test_read_csv_marks_the_cells_that_held_a_nul_byte_not_drops_it() -> None:
    data = b"Namn;Ort;Not\r\nAnna;Lu\x00nd;\x00x\r\n" + b"Bo;Ume;a note\r\n" * 5

    sheet = read_csv(data)

    assert cells(sheet)[:2] == [("Anna", "Lu\ufffdnd", "\ufffdx"), ("Bo", "Ume", "a note")]
    assert [row.nul_columns for row in sheet.rows[:2]] == [(1, 2), ()]


def test_read_csv_removes_apostrophe_that_neutralised_formula() -> None:
    data = (
        b"Name;Value\r\n"
        b"a;'=SUM(A1:A2)\r\n"
        b"b;'+46 70 000 00 00\r\n"
        b"c;'-5\r\n"
        b"d;'@home\r\n"
        b"e;'\t=x\r\n"
        b"f;O'Hara\r\n"
        b"g;'quoted'\r\n"
        b"h;'\r\n"
    )

    sheet = read_csv(data)

    assert [row.cells[1] for row in sheet.rows] == [
        "=SUM(A1:A2)",
        "+46 70 000 00 00",
        "-5",
        "@home",
        "=x",
        "O'Hara",
        "'quoted'",
        "'",
    ]


def test_read_csv_pads_short_rows_and_names_extra_columns_empty() -> None:
    data = b"Name;Town;;\r\nAnna\r\nBo;Ume;;;extra\r\n"

    sheet = read_csv(data)

    assert sheet.headers == ("Name", "Town", "", "", "")
    assert cells(sheet) == [("Anna", "", "", "", ""), ("Bo", "Ume", "", "", "extra")]


def test_read_csv_caps_columns() -> None:
    header = ";".join(f"c{i}" for i in range(MAX_COLUMNS + 50))
    row = ";".join(str(i) for i in range(MAX_COLUMNS + 50))

    sheet = read_csv(f"{header}\n{row}\n".encode())

    assert len(sheet.headers) == MAX_COLUMNS
    assert sheet.rows[0].cells[-1] == str(MAX_COLUMNS - 1)


# CSV: files that are not sheets


@pytest.mark.parametrize("data", [b"", b"   \r\n\r\n", b";;;\r\n;;\r\n", b"\xef\xbb\xbf"])
def test_read_csv_without_rows_refused(data: bytes) -> None:
    with pytest.raises(SheetError) as raised:
        read_csv(data)

    assert raised.value.message == EMPTY


def test_read_csv_binary_refused() -> None:
    data = bytes(range(256)) * 40

    with pytest.raises(SheetError) as raised:
        read_csv(data)

    assert raised.value.message == NOT_TEXT


def test_read_csv_utf16_refused() -> None:
    with pytest.raises(SheetError) as raised:
        read_csv("Namn\tOrt\r\nAnna\tLund\r\n".encode("utf-16"))

    assert raised.value.message == NOT_TEXT


def test_read_csv_undecodable_refused() -> None:
    # 0x81 and 0x8d are neither UTF-8 nor Windows-1252.
    with pytest.raises(SheetError) as raised:
        read_csv(b"Name;Town\r\nAnna;\x81\x8d\r\n")

    assert raised.value.message == NOT_TEXT


def test_read_csv_old_excel_workbook_refused() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512

    with pytest.raises(SheetError) as raised:
        read_csv(data)

    assert raised.value.message == OLD_EXCEL


def test_read_csv_cut_inside_quote_keeps_rows_before() -> None:
    data = b'Name;Note\r\nAnna;fine\r\nBo;"cut in the mid'

    sheet = read_csv(data)

    assert cells(sheet)[0] == ("Anna", "fine")
    assert cells(sheet)[1][0] == "Bo"


def test_read_csv_runaway_quote_refused() -> None:
    # The field never closes and outgrows what the csv module takes as one field.
    data = b'Name;Note\r\nAnna;"never closed\r\n' + b"Bo;text\r\n" * 20_000

    with pytest.raises(SheetError) as raised:
        read_csv(data)

    assert raised.value.message == UNCLOSED_QUOTE


def test_sheet_error_message_holds_no_file_content() -> None:
    with pytest.raises(SheetError) as raised:
        read_csv(b"Secret;Name\r\n\x81\x8d\r\n")

    assert "Secret" not in str(raised.value)
    assert raised.value.message == NOT_TEXT


# XLSX


def test_read_xlsx_skips_merged_title_and_keeps_merged_header() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet["A1"] = "Deltagarlista 2026"
    sheet.merge_cells("A1:F1")
    sheet.append(["Förnamn", "Namn", None, "Ort"])
    sheet.merge_cells("B2:C2")
    sheet.append(["Åsa", "Öberg", "Lind", "Umeå"])
    sheet.append([])
    sheet.append(["Bo", "Ek", None, "Lund"])

    result = read_xlsx(xlsx_bytes(workbook))

    assert result.dialect is None
    assert result.header_row == 2
    assert result.headers == ("Förnamn", "Namn", "", "Ort")
    assert result.rows == (
        SheetRow(3, ("Åsa", "Öberg", "Lind", "Umeå")),
        SheetRow(5, ("Bo", "Ek", "", "Lund")),
    )


def test_read_xlsx_reports_formula_columns() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Name", "Hours", "Double"])
    sheet.append(["Anna", 20, "=B2*2"])
    sheet.append(["Bo", 10, "text"])
    sheet["C3"].value = "=not a formula"
    sheet["C3"].data_type = "s"

    result = read_xlsx(xlsx_bytes(workbook))

    assert result.rows[0] == SheetRow(2, ("Anna", "20", "=B2*2"), formula_columns=(2,))
    assert result.rows[1] == SheetRow(3, ("Bo", "10", "=not a formula"), formula_columns=())


def test_read_xlsx_turns_values_into_text() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Date", "Moment", "Midnight", "Time", "Int", "Whole", "Half", "Yes", "No"])
    sheet.append(
        [
            date(2026, 3, 1),
            datetime(2026, 3, 1, 14, 30, 15),
            datetime(2026, 3, 2, 0, 0),
            time(8, 15),
            42,
            100000000001.0,
            37.5,
            True,
            False,
        ]
    )

    result = read_xlsx(xlsx_bytes(workbook))

    assert result.rows[0].cells == (
        "2026-03-01",
        "2026-03-01 14:30",
        "2026-03-02",
        "08:15",
        "42",
        "100000000001",
        "37.5",
        "TRUE",
        "FALSE",
    )


def test_read_xlsx_strips_and_removes_neutralising_apostrophe() -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["  Name\u00a0", " Value "])
    sheet.append([" Anna ", "'=1+1"])

    result = read_xlsx(xlsx_bytes(workbook))

    assert result.headers == ("Name", "Value")
    assert result.rows[0] == SheetRow(2, ("Anna", "=1+1"))


def test_read_xlsx_uses_active_sheet() -> None:
    workbook = Workbook()
    workbook.active.append(["Other", "Sheet"])
    chosen = workbook.create_sheet("Chosen")
    chosen.append(["Name", "Town"])
    chosen.append(["Anna", "Lund"])
    workbook.active = chosen

    result = read_xlsx(xlsx_bytes(workbook))

    assert result.headers == ("Name", "Town")


def test_read_xlsx_empty_workbook_refused() -> None:
    with pytest.raises(SheetError) as raised:
        read_xlsx(xlsx_bytes(Workbook()))

    assert raised.value.message == EMPTY


def _small_workbook() -> bytes:
    workbook = Workbook()
    workbook.active.append(["Name", "Town"])
    workbook.active.append(["Anna", "Lund"])
    return xlsx_bytes(workbook)


def _rezipped(data: bytes, change: dict[str, bytes | None]) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for name in source.namelist():
            content = change.get(name, source.read(name))
            if content is not None:
                target.writestr(name, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "damage",
    ["first half", "not a zip", "sheet missing", "sheet xml cut", "workbook xml missing"],
)
def test_read_xlsx_damaged_refused(damage: str) -> None:
    whole = _small_workbook()
    sheet_xml = zipfile.ZipFile(io.BytesIO(whole)).read("xl/worksheets/sheet1.xml")
    data = {
        "first half": lambda: whole[: len(whole) // 2],
        "not a zip": lambda: b"Name;Town\r\n",
        "sheet missing": lambda: _rezipped(whole, {"xl/worksheets/sheet1.xml": None}),
        "sheet xml cut": lambda: _rezipped(
            whole, {"xl/worksheets/sheet1.xml": sheet_xml[: len(sheet_xml) - 40]}
        ),
        "workbook xml missing": lambda: _rezipped(whole, {"xl/workbook.xml": None}),
    }[damage]()

    with pytest.raises(SheetError) as raised:
        read_xlsx(data)

    assert raised.value.message == DAMAGED


def test_read_xlsx_old_excel_workbook_refused() -> None:
    with pytest.raises(SheetError) as raised:
        read_xlsx(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)

    assert raised.value.message == OLD_EXCEL


# read_sheet


def test_read_sheet_xlsx_by_content_whatever_the_name(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(_small_workbook())

    sheet = read_sheet(path)

    assert sheet.dialect is None
    assert cells(sheet) == [("Anna", "Lund")]


def test_read_sheet_csv_with_given_dialect(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_bytes(SWEDISH.encode("cp1252"))

    detected = read_sheet(path)
    given_dialect = read_sheet(path, CsvDialect("cp1252", ","))

    assert detected.dialect == CsvDialect("cp1252", ";")
    assert cells(detected)[0] == ("Åsa", "Öberg", "Västerås")
    assert given_dialect.headers == ("Förnamn;Efternamn;Ort",)


def test_read_sheet_xlsx_name_that_is_not_a_zip_refused(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(SWEDISH.encode())

    with pytest.raises(SheetError) as raised:
        read_sheet(path)

    assert raised.value.message == DAMAGED


def test_read_sheet_missing_file_refused(tmp_path: Path) -> None:
    with pytest.raises(SheetError) as raised:
        read_sheet(tmp_path / "gone.csv")

    assert raised.value.message == UNREADABLE


# At scale

FIFTY_THOUSAND = 50_000
WIDE_HEADER = [f"Column {c}" for c in range(12)]


def _wide_row(i: int) -> list[str]:
    return [f"First{i}", f"Last{i}", f"{i:06d}", "37,5", "Town", "2026-03-01", "x@example.org"] + [
        f"note {c}" for c in range(5)
    ]


@pytest.mark.slow
def test_read_csv_fifty_thousand_rows() -> None:
    text = csv_text([WIDE_HEADER] + [_wide_row(i) for i in range(FIFTY_THOUSAND)], ";")

    sheet = read_csv(text.encode("utf-8-sig"))

    assert len(sheet.rows) == FIFTY_THOUSAND
    assert sheet.rows[-1] == SheetRow(FIFTY_THOUSAND + 1, tuple(_wide_row(FIFTY_THOUSAND - 1)))


def _excel_like_xlsx(rows: list[list[str]]) -> bytes:
    """A workbook as Excel writes one (shared strings, a dimension), and fast to make.

    openpyxl writes every text inline and no dimension for a write-only sheet, which makes
    reading it several times slower than reading Excel's own files. No styles part, so
    openpyxl warns of it, which must not escape.
    """
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006"
    office = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    strings: dict[str, int] = {}
    sheet_rows = []
    for number, row in enumerate(rows, start=1):
        row_cells = "".join(
            f'<c r="{chr(65 + column)}{number}" t="s"><v>{strings.setdefault(text, len(strings))}'
            "</v></c>"
            for column, text in enumerate(row)
        )
        sheet_rows.append(f'<row r="{number}">{row_cells}</row>')
    last = f"{chr(64 + max(len(row) for row in rows))}{len(rows)}"
    parts = {
        "[Content_Types].xml": f'<Types xmlns="{package}/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{office}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{office}.worksheet+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{office}.sharedStrings+xml"/>'
        "</Types>",
        "_rels/.rels": f'<Relationships xmlns="{package}/relationships"><Relationship Id="r1" '
        f'Type="{relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<workbook xmlns="{main}" xmlns:r="{relationships}"><sheets>'
        '<sheet name="Blad1" sheetId="1" r:id="r1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<Relationships xmlns="{package}/relationships">'
        f'<Relationship Id="r1" Type="{relationships}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="r2" Type="{relationships}/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><dimension ref="A1:{last}"/>'
        f"<sheetData>{''.join(sheet_rows)}</sheetData></worksheet>",
        "xl/sharedStrings.xml": f'<sst xmlns="{main}">'
        + "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
        + "</sst>",
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def test_read_xlsx_as_excel_writes_it() -> None:
    data = _excel_like_xlsx([["Förnamn", "Ort"], ["Åsa", "Umeå"], ["Bo & Co", "<Lund>"]])

    sheet = read_xlsx(data)

    assert sheet.headers == ("Förnamn", "Ort")
    assert cells(sheet) == [("Åsa", "Umeå"), ("Bo & Co", "<Lund>")]


@pytest.mark.slow
def test_read_xlsx_fifty_thousand_rows() -> None:
    data = _excel_like_xlsx([WIDE_HEADER] + [_wide_row(i) for i in range(FIFTY_THOUSAND)])

    result = read_xlsx(data)

    assert len(result.rows) == FIFTY_THOUSAND
    assert result.rows[-1] == SheetRow(FIFTY_THOUSAND + 1, tuple(_wide_row(FIFTY_THOUSAND - 1)))


# Properties

# Printable text, no surrogates or control characters, and no U+FEFF (at the start of a file it
# is a byte order mark, not text). A cell starting with an apostrophe is left out, since one
# before = + - @ is read as our exporter's neutralising mark.
_PRINTABLE = st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters="\ufeff")
_CP1252 = _PRINTABLE.filter(lambda c: c.encode("cp1252", errors="ignore") != b"")


def _cell(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.text(alphabet, max_size=12).filter(lambda s: not s.strip().startswith("'"))


@st.composite
def _table(draw: st.DrawFn, alphabet: st.SearchStrategy[str]) -> list[list[str]]:
    width = draw(st.integers(2, 5))
    name = _cell(alphabet).filter(lambda s: s.strip() != "")
    header = draw(st.lists(name, min_size=width, max_size=width))
    rows = draw(st.lists(st.lists(_cell(alphabet), min_size=width, max_size=width), max_size=8))
    return [header, *rows]


def _expected(table: list[list[str]]) -> tuple[tuple[str, ...], list[tuple[int, tuple[str, ...]]]]:
    header = tuple(cell.strip() for cell in table[0])
    rows = [
        (number, tuple(cell.strip() for cell in row))
        for number, row in enumerate(table[1:], start=2)
        if any(cell.strip() for cell in row)
    ]
    return header, rows


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    data=st.data(),
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]),
)
def test_read_csv_round_trips_what_csv_writer_wrote(
    data: st.DataObject, delimiter: str, encoding: str
) -> None:
    table = data.draw(_table(_CP1252 if encoding == "cp1252" else _PRINTABLE))
    raw = csv_text(table, delimiter).encode(encoding)

    sheet = read_csv(raw, CsvDialect(encoding, delimiter))

    header, rows = _expected(table)
    assert sheet.headers == header
    assert [(row.number, row.cells) for row in sheet.rows] == rows


_SWEDISH_TEXT = st.sampled_from(list("abcxyzABCXYZ0189 .-'\"\nåäöÅÄÖé"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(
    data=st.data(),
    delimiter=st.sampled_from([";", ",", "\t"]),
    encoding=st.sampled_from(["utf-8-sig", "utf-8", "cp1252"]),
)
def test_read_csv_detects_what_csv_writer_wrote(
    data: st.DataObject, delimiter: str, encoding: str
) -> None:
    alphabet = st.one_of(_SWEDISH_TEXT, st.just(delimiter))
    table = data.draw(_table(alphabet))
    raw = csv_text(table, delimiter).encode(encoding)

    sheet = read_csv(raw)

    header, rows = _expected(table)
    assert sheet.headers == header
    assert [(row.number, row.cells) for row in sheet.rows] == rows
