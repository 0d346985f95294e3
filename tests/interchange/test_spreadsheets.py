"""Writing tables as CSV and XLSX: values that come back as written, and nothing that runs."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from ambassador.interchange.spreadsheets import Cell, Table, neutralise, write_csv, write_xlsx

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
HEADERS = ("Förnamn", "Arbetsgivare", "Start", "Senaste besök", "Timmar", "Antal", "Aktiv")
ROWS: list[tuple[Cell, ...]] = [
    ("Åsa", "Ölands Bageri AB", date(2026, 3, 1), datetime(2026, 3, 4, 10, 0), 7.5, 3, True),
    ("Märta 😀", "Café Ärlan", date(2026, 1, 31), datetime(2026, 2, 2, 13, 45, 30), 8.0, 0, False),
    ("Zoë", "", None, None, None, -5, None),
]


def xlsx_bytes(table: Table) -> bytes:
    stream = io.BytesIO()
    write_xlsx(table, stream)
    return stream.getvalue()


def csv_bytes(table: Table) -> bytes:
    stream = io.BytesIO()
    write_csv(table, stream)
    return stream.getvalue()


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def sheet_xml(data: bytes) -> list[bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return [
            archive.read(name)
            for name in archive.namelist()
            if name.startswith("xl/worksheets/") and name.endswith(".xml")
        ]


def test_xlsx_round_trip_of_ordinary_values() -> None:
    data = xlsx_bytes(Table("Deltagare", HEADERS, iter(ROWS)))

    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.title == "Deltagare"
    assert sheet.freeze_panes == "A2"
    values = list(sheet.iter_rows(values_only=True))
    assert values[0] == HEADERS
    assert all(cell.font.bold for cell in sheet[1])
    # A date comes back as midnight of its day (Excel has one type for both), 8.0 as 8.
    assert values[1:] == [
        ("Åsa", "Ölands Bageri AB", datetime(2026, 3, 1), ROWS[0][3], 7.5, 3, True),
        ("Märta 😀", "Café Ärlan", datetime(2026, 1, 31), ROWS[1][3], 8, 0, False),
        ("Zoë", None, None, None, None, -5, None),
    ]
    assert sheet["C2"].number_format == "yyyy-mm-dd"
    assert sheet["D2"].number_format == "yyyy-mm-dd hh:mm"
    assert sheet["D3"].number_format == "yyyy-mm-dd hh:mm:ss"


def test_csv_round_trip_as_swedish_excel_reads_it() -> None:
    data = csv_bytes(Table("Deltagare", HEADERS, ROWS))

    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == 4
    assert data.replace(b"\r\n", b"").count(b"\n") == 0
    assert csv_rows(data) == [
        list(HEADERS),
        ["Åsa", "Ölands Bageri AB", "2026-03-01", "2026-03-04 10:00", "7,5", "3", "TRUE"],
        ["Märta 😀", "Café Ärlan", "2026-01-31", "2026-02-02 13:45:30", "8", "0", "FALSE"],
        ["Zoë", "", "", "", "", "-5", ""],
    ]


def test_csv_quotes_only_what_needs_quoting() -> None:
    data = csv_bytes(Table("x", ("a", "b"), [("Ek; Björk", 'Sa "Sven"'), ("rad\r\nbrytning", "x")]))

    assert data.decode("utf-8-sig").splitlines()[1] == '"Ek; Björk";"Sa ""Sven"""'
    assert csv_rows(data)[1:] == [["Ek; Björk", 'Sa "Sven"'], ["rad\r\nbrytning", "x"]]


def test_numbers_stay_numbers_and_formula_lookalikes_become_text() -> None:
    rows = [("=1+1", -5, -2.5), ("+46 70 123 45 67", 12, 0.1), ("@SUM(A1)", 0, float("nan"))]
    data = csv_bytes(Table("x", ("=HYPERLINK()", "-b", "c"), rows))

    assert csv_rows(data) == [
        ["'=HYPERLINK()", "'-b", "c"],
        ["'=1+1", "-5", "-2,5"],
        ["'+46 70 123 45 67", "12", "0,1"],
        ["'@SUM(A1)", "0", ""],
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r\n=1", "'\r\n=1"),
        ("\x00=1", "'=1"),  # the NUL goes first, and what it hid is caught
        ("a\x00b\x1fc\x7f", "abc\x7f"),
        ("Åsa", "Åsa"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_neutralise(text: str, expected: str) -> None:
    assert neutralise(text) == expected


def test_csv_leaves_the_callers_stream_open() -> None:
    stream = io.BytesIO()

    assert write_csv(Table("x", ("a",), [("1",), ("2",)]), stream) == 2
    assert not stream.closed
    stream.write(b"more")


def test_rows_from_a_generator_are_read_once_in_order() -> None:
    consumed: list[int] = []

    def rows() -> Iterator[Sequence[Cell]]:
        for number in range(450):  # past the rows sampled for the column widths
            consumed.append(number)
            yield (f"rad {number}", number)

    stream = io.BytesIO()
    assert write_xlsx(Table("x", ("Text", "Nummer"), rows()), stream) == 450

    assert consumed == list(range(450))
    values = list(load_workbook(stream).active.iter_rows(values_only=True))
    assert values[1:] == [(f"rad {number}", number) for number in range(450)]


def test_formula_and_error_lookalikes_are_strings_in_xlsx() -> None:
    texts = ("=1+1", '=HYPERLINK("http://example.com")', "#N/A", "#DIV/0!", "@SUM(A1)", "-2")
    data = xlsx_bytes(Table("x", texts, [texts]))

    assert all(b"<f>" not in xml and b"<f " not in xml for xml in sheet_xml(data))
    sheet = load_workbook(io.BytesIO(data)).active
    for row in sheet.iter_rows():
        assert [cell.value for cell in row] == list(texts)
        assert {cell.data_type for cell in row} == {"s"}


def test_sheet_title_made_acceptable_to_excel() -> None:
    def title(given: str) -> str:
        return str(load_workbook(io.BytesIO(xlsx_bytes(Table(given, ("a",), [])))).active.title)

    assert title("Deltagare: [2026]/Q1*?\\") == "Deltagare 2026Q1"
    # Cut at 31 characters, and the blank the cut leaves at the end goes too.
    assert title("Uppföljning av arbetsträningar och praktik") == "Uppföljning av arbetsträningar"
    assert title("") == "Sheet"
    assert title("[]:*?") == "Sheet"
    assert title("'Citat'") == "Citat"
    assert title("History") == "History 1"


def test_text_over_excels_cell_limit_is_cut_at_the_limit() -> None:
    long_text = "x" * 40_000
    emoji = "😀" * 20_000  # two UTF-16 code units each, which is what Excel counts
    data = xlsx_bytes(Table("x", ("a", "b"), [(long_text, emoji)]))

    text, pictures = list(load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))[1]
    assert text == "x" * 32_767
    assert pictures == "😀" * 16_383
    assert csv_rows(csv_bytes(Table("x", ("a",), [(long_text,)])))[1] == [long_text]


def test_column_widths_follow_the_text_up_to_a_limit() -> None:
    rows = [("kort", "en mycket lång text " * 10, date(2026, 3, 1), "två\nrader")]
    data = xlsx_bytes(Table("x", ("Förnamn", "Beskrivning", "D", "Anteckning"), rows))

    dimensions = load_workbook(io.BytesIO(data)).active.column_dimensions
    assert [dimensions[letter].width for letter in "ABCD"] == [9, 60, 12, 12]


def test_an_empty_table_is_a_header_row() -> None:
    assert csv_rows(csv_bytes(Table("x", ("a", "b"), []))) == [["a", "b"]]
    sheet = load_workbook(io.BytesIO(xlsx_bytes(Table("x", ("a", "b"), [])))).active
    assert list(sheet.iter_rows(values_only=True)) == [("a", "b")]


# Any text at all, and the same again after a run of triggers and control characters.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=["Cs"]), max_size=30)
RISKY_TEXT = st.builds(
    lambda head, tail: head + tail,
    st.text(st.sampled_from([*TRIGGERS, "\x00", "\x01", "\x0b", "\x1f", " "]), max_size=3),
    ANY_TEXT,
)
FUZZ_ROWS = st.lists(st.lists(RISKY_TEXT, min_size=1, max_size=4), min_size=1, max_size=5)
XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FUZZ_ROWS)
def test_xlsx_holds_any_text_as_a_string_and_no_formula(rows: list[list[str]]) -> None:
    headers = tuple(rows[0])
    data = xlsx_bytes(Table("x", headers, rows[1:]))

    assert all(b"<f>" not in xml and b"<f " not in xml for xml in sheet_xml(data))
    sheet = load_workbook(io.BytesIO(data)).active
    for written, cells in zip(rows, sheet.iter_rows(), strict=True):
        for text, cell in zip(written, cells, strict=False):
            expected = XML_ILLEGAL.sub("", text)
            if expected:
                assert cell.data_type == "s"
            assert XML_ILLEGAL.search(str(cell.value or "")) is None
            # XML reads a CR as a line feed, and a cell of only blanks as empty.
            normal = expected.replace("\r\n", "\n").replace("\r", "\n")
            assert (cell.value or "").strip() == normal.strip()


@settings(max_examples=100, deadline=None)
@given(FUZZ_ROWS)
def test_csv_fields_never_start_a_formula(rows: list[list[str]]) -> None:
    headers = tuple(rows[0])
    data = csv_bytes(Table("x", headers, rows[1:]))

    assert b"\x00" not in data
    parsed = csv_rows(data)
    assert parsed == [[neutralise(text) for text in row] for row in rows]
    for field in (field for row in parsed for field in row):
        assert field.startswith("'") or not field.startswith(TRIGGERS)
        assert re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", field) is None


def test_a_lone_surrogate_costs_a_character_not_the_export() -> None:
    data = csv_bytes(Table("x", ("a",), [("ab\ud800c",)]))

    assert csv_rows(data)[1] == ["ab?c"]
    sheet = load_workbook(io.BytesIO(xlsx_bytes(Table("x", ("a",), [("ab\ud800c",)])))).active
    assert list(sheet.iter_rows(values_only=True))[1] == ("abc",)
