"""OpenDocument spreadsheets (.ods), LibreOffice's own format, read like workbooks: typed cells
as text, formulas told apart, comments left out, the saved table, and repeat counts that
cannot blow up."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ambassador.interchange.cell_text import MAX_COLUMNS
from ambassador.interchange.refusals import (
    CELL_TOO_LONG,
    DAMAGED,
    PROTECTED,
    TOO_MANY_ROWS,
    ReadLimits,
    SheetError,
    grouped,
)
from ambassador.interchange.sheets import Sheet, SheetFormat, read_sheet, read_workbook
from tests.opendocument import (
    Commented,
    Formula,
    content_xml,
    manifest_xml,
    ods_bytes,
    package,
    settings_xml,
)


def cells(sheet: Sheet) -> list[tuple[str, ...]]:
    return [row.cells for row in sheet.rows]


def refusal(data: bytes, limits: ReadLimits | None = None) -> SheetError:
    with pytest.raises(SheetError) as raised:
        read_workbook(data, limits or ReadLimits())
    return raised.value


def raw_ods(table: str) -> bytes:
    """A spreadsheet whose content.xml holds `table` as written here."""
    return package(
        {
            "content.xml": content_xml(table),
            "settings.xml": settings_xml("Blad1"),
            "META-INF/manifest.xml": manifest_xml(),
        }
    )


def test_read_ods_as_libreoffice_saves_one(tmp_path: Path) -> None:
    path = tmp_path / "deltagare.ods"
    path.write_bytes(
        ods_bytes(
            [
                ["Deltagare hösten 2026"],
                [],
                ["Förnamn", "Efternamn", "Timmar", "Start", "Möte", "Tolk", "Summa", "Ort"],
                [
                    "Åsa",
                    "Öberg",
                    37.5,
                    date(2026, 3, 1),
                    timedelta(hours=8, minutes=30),
                    True,
                    Formula("of:=[.C4]*2", 75.0),
                    "Umeå",
                ],
                [
                    "Anna  Maria",
                    Commented("Lind", "ring först"),
                    40,
                    datetime(2026, 3, 1, 10, 30),
                    None,
                    False,
                    None,
                    "  Lund ",
                ],
                ["rad ett\nrad två", "x & <y>", None, None, None, None, None, "a\tb"],
            ]
        )
    )

    sheet = read_sheet(path)

    assert (sheet.file_format, sheet.dialect, sheet.header_row) == (SheetFormat.ODS, None, 3)
    assert sheet.headers == (
        "Förnamn",
        "Efternamn",
        "Timmar",
        "Start",
        "Möte",
        "Tolk",
        "Summa",
        "Ort",
    )
    assert cells(sheet) == [
        ("Åsa", "Öberg", "37.5", "2026-03-01", "08:30", "TRUE", "=[.C4]*2", "Umeå"),
        ("Anna  Maria", "Lind", "40", "2026-03-01 10:30", "", "FALSE", "", "Lund"),
        ("rad ett\nrad två", "x & <y>", "", "", "", "", "", "a\tb"),
    ]
    # The formula is told apart, as in an Excel workbook; the comment is not the cell's text.
    assert [row.formula_columns for row in sheet.rows] == [(6,), (), ()]
    assert [row.number for row in sheet.rows] == [4, 5, 6]


def test_read_ods_takes_the_table_it_was_saved_showing() -> None:
    tables = {"Blad2": [["Namn", "Ort"], ["Bo", "Ume"]]}

    shown_second = read_workbook(ods_bytes([["a", "b"], ["c", "d"]], others=tables, active="Blad2"))
    unknown = read_workbook(ods_bytes([["a", "b"], ["c", "d"]], others=tables, active="Borta"))

    assert (shown_second.headers, cells(shown_second)) == (("Namn", "Ort"), [("Bo", "Ume")])
    assert (unknown.headers, cells(unknown)) == (("a", "b"), [("c", "d")])


def test_read_ods_white_space_as_the_format_says() -> None:
    table = (
        '<table:table table:name="Blad1"><table:table-row>'
        "<table:table-cell><text:p>Namn</text:p></table:table-cell>"
        "<table:table-cell><text:p>Not</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>  Anna \n  Berg  </text:p></table:table-cell>"
        '<table:table-cell><text:p>a<text:s text:c="3"/>b<text:line-break/>c '
        '<text:span text:style-name="T1">fet</text:span> <text:a xlink:href="x">länk</text:a>'
        "</text:p></table:table-cell></table:table-row></table:table>"
    )

    assert cells(read_workbook(raw_ods(table))) == [("Anna Berg", "a   b\nc fet länk")]


def test_read_ods_protected_by_a_password_is_said_so() -> None:
    assert refusal(ods_bytes([["a", "b"]], encrypted=True)).message == PROTECTED


@pytest.mark.parametrize("damage", ["no content", "cut xml", "document type"])
def test_read_ods_damaged_is_refused(damage: str) -> None:
    content = content_xml('<table:table table:name="Blad1"/>')
    parts: dict[str, str | bytes] = {"META-INF/manifest.xml": manifest_xml()}
    if damage == "cut xml":
        parts["content.xml"] = content[: len(content) // 2]
    elif damage == "document type":
        doctype = '<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]>'
        parts["content.xml"] = content.replace("?>\n", "?>\n" + doctype)

    assert refusal(package(parts)).message == DAMAGED


def test_read_sheet_named_ods_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "lista.ods"
    path.write_bytes(b"Namn;Ort\r\nAnna;Lund\r\n")

    with pytest.raises(SheetError) as raised:
        read_sheet(path)

    assert raised.value.message == DAMAGED


# Repeat counts: a few bytes that say "a million times"


def test_a_row_repeated_a_million_times_is_refused_by_the_row_limit_fast() -> None:
    table = (
        '<table:table table:name="Blad1"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Namn</text:p></table:table-cell>'
        '<table:table-cell office:value-type="string"><text:p>Ort</text:p></table:table-cell>'
        '</table:table-row><table:table-row table:number-rows-repeated="1000000">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row></table:table>"
    )
    data = raw_ods(table)
    assert len(data) < 2000

    started = time.perf_counter()
    error = refusal(data, ReadLimits(max_rows=1000))

    assert (error.message, error.params) == (TOO_MANY_ROWS, {"rows": grouped(1000)})
    assert time.perf_counter() - started < 5


def test_repeated_cells_stop_at_the_columns_read_and_empty_rows_cost_nothing() -> None:
    table = (
        '<table:table table:name="Blad1"><table:table-row table:number-rows-repeated="3">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="string">'
        "<text:p>x</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="1000000000">'
        '<table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>'
    )

    sheet = read_workbook(raw_ods(table))

    assert len(sheet.headers) == MAX_COLUMNS
    assert cells(sheet) == [("x",) * MAX_COLUMNS] * 2
    assert [row.number for row in sheet.rows] == [2, 3]


def test_a_row_past_a_spreadsheets_last_is_refused() -> None:
    table = (
        '<table:table table:name="Blad1"><table:table-row>'
        "<table:table-cell><text:p>Namn</text:p></table:table-cell>"
        "<table:table-cell><text:p>Ort</text:p></table:table-cell></table:table-row>"
        '<table:table-row table:number-rows-repeated="2000000"><table:table-cell/>'
        "</table:table-row><table:table-row><table:table-cell><text:p>Bo</text:p>"
        "</table:table-cell></table:table-row></table:table>"
    )

    assert refusal(raw_ods(table)).message == TOO_MANY_ROWS


def test_a_cell_too_long_names_its_row_even_when_made_of_a_space_count() -> None:
    spaces = (
        '<table:table table:name="Blad1"><table:table-row>'
        "<table:table-cell><text:p>Namn</text:p></table:table-cell>"
        "<table:table-cell><text:p>Not</text:p></table:table-cell></table:table-row>"
        '<table:table-row><table:table-cell><text:p>a<text:s text:c="1000000000"/>b</text:p>'
        "</table:table-cell></table:table-row></table:table>"
    )
    text = ods_bytes([["Namn", "Not"], ["Anna", "kort"], ["Bo", "x" * 1001]])
    limits = ReadLimits(max_cell_characters=1000)

    for data, row in ((raw_ods(spaces), 2), (text, 3)):
        error = refusal(data, limits)
        assert (error.message, error.params) == (
            CELL_TOO_LONG,
            {"row": row, "characters": grouped(1000)},
        )


# Whatever LibreOffice writes, read back as it was typed

_PRINTABLE = st.characters(
    blacklist_categories=("Cc", "Cs", "Cn", "Zl", "Zp"), blacklist_characters="\ufeff"
)
_CELL = st.text(st.one_of(_PRINTABLE, st.sampled_from(" \n\t")), max_size=12).filter(
    lambda s: not s.strip().startswith("'")
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(data=st.data())
def test_read_ods_round_trips_what_libreoffice_would_write(data: st.DataObject) -> None:
    width = data.draw(st.integers(2, 5))
    name = _CELL.filter(lambda s: s.strip() != "" and "\n" not in s)
    header = data.draw(st.lists(name, min_size=width, max_size=width))
    body = data.draw(st.lists(st.lists(_CELL, min_size=width, max_size=width), max_size=8))

    sheet = read_workbook(ods_bytes([header, *body]))

    def typed(cell: str) -> str:
        # What a person typed, as a spreadsheet keeps it: runs of spaces kept, ends trimmed.
        return "\n".join(cell.split("\n")).strip()

    assert sheet.headers == tuple(typed(cell) for cell in header)
    expected = [
        (number, tuple(typed(cell) for cell in row))
        for number, row in enumerate(body, start=2)
        if any(typed(cell) for cell in row)
    ]
    assert [(row.number, row.cells) for row in sheet.rows] == expected
