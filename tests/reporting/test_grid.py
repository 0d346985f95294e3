"""The lean grid every document's tables are drawn with: a header on every page, rows whole and
in reading order, long cells wrapped, every script still shaped and shown."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Flowable, Table

from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.reporting import page
from ambassador.reporting.grid import PADDING_X, PADDING_Y, Grid
from ambassador.reporting.words import Words
from tests.reporting.test_scripts import assert_every_glyph_drawn, read_back

ENGLISH = Words(Catalog("en"), "en")
WIDTHS = [40 * 2.835, 60 * 2.835, page.TEXT_WIDTH - 100 * 2.835]


def pdf(*story: Flowable) -> bytes:
    return page.render(
        list(story),
        words=ENGLISH,
        letterhead=Letterhead("Exempelby kommun"),
        document_title="Grid",
        printed_on=date(2026, 12, 7),
    )


def page_texts(document: bytes) -> list[str]:
    return [
        " ".join(sheet.extract_text().split()) for sheet in PdfReader(io.BytesIO(document)).pages
    ]


def test_a_long_grid_repeats_its_header_on_every_page_and_keeps_every_row_once() -> None:
    rows = [
        [f"2026-01-{i % 28 + 1:02d} r{i:03d}", "Arbetsplatsbesök", "Handledaren"]
        for i in range(300)
    ]
    texts = page_texts(pdf(page.grid(["Date", "Contact", "With"], rows, WIDTHS)))
    assert len(texts) >= 5
    assert all("Date Contact With" in text for text in texts)
    everything = " ".join(texts)
    for i in range(300):
        assert everything.count(f" r{i:03d} ") == 1
    positions = [everything.index(f" r{i:03d} ") for i in range(300)]
    assert positions == sorted(positions)


def test_each_cell_is_placed_at_its_column_and_each_row_ruled_below_it() -> None:
    """The grid writes a cell's place and a row's rule itself (as the canvas's calls would):
    every cell starts at its column's padding, a row's height (a line and its paddings) below
    the one above, and a rule runs the grid's width under every row."""
    rows = [[f"2026-01-{i + 1:02d}", "Besök", "Handledaren"] for i in range(5)]
    document = pdf(page.grid(["Date", "Contact", "With"], rows, WIDTHS))
    content = PdfReader(io.BytesIO(document)).pages[0].get_contents()
    assert content is not None
    stream = content.get_data().decode("latin-1")
    cell = page.styles().cell
    height = cell.leading + 2 * PADDING_Y  # a row of one-line cells, the header's too
    top = (len(rows) + 1) * height
    starts = [PADDING_X, WIDTHS[0] + PADDING_X, WIDTHS[0] + WIDTHS[1] + PADDING_X]
    expected = [
        (round(x, 4), round(top - row * height - PADDING_Y - cell.fontSize, 4))
        for row in range(len(rows) + 1)
        for x in starts
    ]
    # The grid is the page's first text; its text object opens at the origin, the footer's
    # lines come after it.
    places = re.findall(r"1 0 0 1 (\S+) (\S+) Tm", stream)
    assert places[0] == ("0", "0")
    assert [(float(x), float(y)) for x, y in places[1 : len(expected) + 1]] == expected
    rules = re.findall(r"n 0 (\S+) m (\S+) (\S+) l S", stream)
    below = [round(top - row * height, 4) for row in range(1, len(rows) + 2)]
    width = round(sum(WIDTHS), 4)
    assert [(float(y), float(x), float(y2)) for y, x, y2 in rules] == [(y, width, y) for y in below]


def test_a_cell_too_long_for_its_column_wraps_and_reads_in_its_row() -> None:
    label = "Employers who felt supported by the ambassador during the placement"
    table = page.grid(
        ["", "Woman", "Man"],
        [[label, "1 234", "5"], ["Next row", "6", "7"]],
        WIDTHS,
        numeric_from=1,
    )
    assert isinstance(table, Grid)
    text = page_texts(pdf(table))[0]
    assert f"{label} 1 234 5 Next row 6 7" in text


def test_the_swedish_thousands_space_prints_as_a_paragraph_printed_it() -> None:
    text = page_texts(pdf(page.grid(["Kostnad"], [["12\u202f345 kr"]], [page.TEXT_WIDTH])))[0]
    assert "12 345 kr" in text


def test_a_row_taller_than_half_a_page_goes_to_a_table_that_splits_inside_it() -> None:
    long_text = " ".join(["Handledaren berättar att veckan har gått bra."] * 120)
    table = page.grid(["Date", "Strengths", "To develop"], [["2026-01-01", long_text, "–"]], WIDTHS)
    assert isinstance(table, Table)
    assert len(page_texts(pdf(table))) >= 2


def test_every_script_in_a_grid_reads_back_as_typed(tmp_path: Path) -> None:
    names = ["محمد عبدالله", "אברהם כהן", "小龙 李", "ნინო ბერიძე", "Nguyễn 👍🏽"]
    path = tmp_path / "grid.pdf"
    path.write_bytes(pdf(page.grid(["Name", "Kind", "With"], [[n, n, "–"] for n in names], WIDTHS)))
    text = read_back(path)
    for name in names:
        assert f"{name} {name}" in text, name
    assert_every_glyph_drawn(path)


def test_repeated_cells_are_written_as_the_text_object_would_have_written_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cell's text is encoded once per document and written again as it was: byte for
    byte what _textOut writes, also past the font's first 256 glyphs (a second subset, so
    the text object switches subsets between cells) and on every page of a long grid."""
    letters = [chr(code) for code in range(0x391, 0x3A9)] + [chr(c) for c in range(0x410, 0x44F)]
    letters += [chr(code) for code in range(0xC0, 0x17F)]
    many = ["".join(letters[i : i + 12]) for i in range(0, len(letters), 12)]

    def render() -> bytes:
        rows = [[f"r{i:03d}", many[i % len(many)], "Handledaren"] for i in range(200)]
        return pdf(page.grid(["Date", "Contact", "With"], rows, WIDTHS))

    written = render()
    assert written == render()  # a second document encodes its own glyphs anew
    monkeypatch.setattr(
        Grid, "_write", lambda _grid, text, _font, _style, part: text._textOut(part)
    )
    assert written == render()
