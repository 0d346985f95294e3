"""The lean grid every document's tables are drawn with: a header on every page, rows whole and
in reading order, long cells wrapped, every script still shaped and shown."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Flowable, Table

from ambassador.catalog import Catalog
from ambassador.domain.documents import Letterhead
from ambassador.reporting import page
from ambassador.reporting.grid import Grid
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
