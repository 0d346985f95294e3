"""The limits one import reads within: a file's size, its rows, a cell's length and what a
workbook unpacks to, each refused with one sentence before the file fills the memory."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from ambassador.interchange.refusals import (
    CELL_TOO_LONG,
    DAMAGED,
    FOLDER,
    MEGABYTE,
    SOME_CELL_TOO_LONG,
    TOO_LARGE,
    TOO_LARGE_UNPACKED,
    TOO_MANY_ROWS,
    UNCLOSED_QUOTE,
    UNREADABLE,
    ReadLimits,
    SheetError,
    grouped,
)
from ambassador.interchange.sheets import read_csv, read_sheet, read_workbook
from tests.interchange.test_sheets import _excel_like_xlsx

SMALL = ReadLimits(max_bytes=MEGABYTE, max_rows=100, max_cell_characters=1000)


def refusal(read: object, *args: object) -> SheetError:
    assert callable(read)
    with pytest.raises(SheetError) as raised:
        read(*args)
    return raised.value


def xlsx_with_cell(path: Path, length: int, *, level: int = 9) -> Path:
    """A workbook whose one shared string is `length` letters, written a megabyte at a time:
    1 GiB of them deflates to a 1 MB file."""
    base = zipfile.ZipFile(io.BytesIO(_excel_like_xlsx([["Förnamn", "Efternamn"], ["X", "Ek"]])))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for info in base.infolist():
            content = base.read(info)
            if info.filename != "xl/sharedStrings.xml":
                archive.writestr(info.filename, content)
                continue
            head, tail = content.split(b">X<")
            with archive.open(info.filename, "w", force_zip64=True) as stream:
                stream.write(head + b">")
                left = length
                block = b"a" * MEGABYTE
                while left > 0:
                    stream.write(block[: min(left, MEGABYTE)])
                    left -= MEGABYTE
                stream.write(b"<" + tail)
    return path


# The file's size


def test_a_file_over_the_size_limit_is_refused_by_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"Namn;Ort\r\n" + b"Anna;Lund\r\n" * (MEGABYTE // 10))

    error = refusal(read_sheet, path, None, SMALL)

    assert (error.message, error.params) == (TOO_LARGE, {"megabytes": "1"})
    assert read_csv(b"Namn;Ort\r\nAnna;Lund\r\n", None, SMALL).rows


def test_a_link_to_dev_zero_is_refused_fast_not_read_to_the_end(tmp_path: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    link = tmp_path / "zero.csv"
    link.symlink_to("/dev/zero")

    started = time.perf_counter()
    error = refusal(read_sheet, link)

    assert (error.message, error.params) == (TOO_LARGE, {"megabytes": "50"})
    assert time.perf_counter() - started < 5


def test_a_pipe_under_the_limit_is_read(tmp_path: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    pipe = tmp_path / "pipe.csv"
    os.mkfifo(pipe)
    writer = subprocess.Popen(  # noqa: S603 - this Python, writing a fixed text
        [sys.executable, "-c", f"open({str(pipe)!r}, 'w').write('Namn;Ort\\nAnna;Lund\\n')"]
    )
    try:
        sheet = read_sheet(pipe)
    finally:
        writer.wait(timeout=30)

    assert [row.cells for row in sheet.rows] == [("Anna", "Lund")]


def test_a_folder_and_a_missing_file_are_each_one_sentence(tmp_path: Path) -> None:
    assert refusal(read_sheet, tmp_path).message == FOLDER
    assert refusal(read_sheet, tmp_path / "gone.xlsx").message == UNREADABLE


# Rows


def test_rows_up_to_the_limit_are_read_and_one_more_is_refused() -> None:
    at_limit = b"Namn;Ort\r\n" + b"Anna;Lund\r\n" * 100

    assert len(read_csv(at_limit, None, SMALL).rows) == 100
    error = refusal(read_csv, at_limit + b"Bo;Ume\r\n", None, SMALL)
    assert (error.message, error.params) == (TOO_MANY_ROWS, {"rows": "100"})
    # Empty rows are not counted; a title above the header is not either.
    spaced = b"Lista\r\n\r\n" + at_limit.replace(b"\r\n", b"\r\n\r\n")
    assert len(read_csv(spaced, None, SMALL).rows) == 100


@pytest.mark.slow
def test_a_million_row_csv_is_refused_fast_after_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["Förnamn", "Efternamn", "Personnummer"])
        writer.writerows([f"Anna{i}", f"Berg{i}", ""] for i in range(1_000_000))

    started = time.perf_counter()
    error = refusal(read_sheet, path)

    assert (error.message, error.params) == (TOO_MANY_ROWS, {"rows": grouped(200_000)})
    assert time.perf_counter() - started < 10  # 0.4 s here; it read 200,001 rows, not all


def test_empty_rows_beyond_any_spreadsheet_are_refused() -> None:
    data = b"Namn;Ort\r\nAnna;Lund\r\n" + b"\r\n" * 1_048_576 + b"Bo;Ume\r\n"

    assert refusal(read_csv, data).message == TOO_MANY_ROWS


# A cell's length


def test_a_ten_megabyte_cell_is_too_long_not_an_unclosed_quote() -> None:
    cell = "x" * (10 * MEGABYTE)
    plain = f"Namn;Anteckning\r\nAnna;kort\r\nBo;{cell}\r\n".encode()
    quoted = f'Namn;Anteckning\r\nAnna;"kort"\r\nBo;"{cell} ""citat"""\r\n'.encode()

    for data in (plain, quoted):
        error = refusal(read_csv, data, None, ReadLimits())
        assert (error.message, error.params) == (
            CELL_TOO_LONG,
            {"row": 3, "characters": grouped(32_767)},
        )
    # A quote that is never closed is still said as such.
    runaway = b'Namn;Anteckning\r\nAnna;"aldrig st\xc3\xa4ngd\r\n' + b"Bo;text\r\n" * 20_000
    assert refusal(read_csv, runaway).message == UNCLOSED_QUOTE


def test_a_cell_at_the_limit_is_read_and_the_csv_module_is_left_as_it_was() -> None:
    before = csv.field_size_limit()
    data = ("Namn;Anteckning\r\nAnna;" + "x" * 1000 + "\r\n").encode()

    assert read_csv(data, None, SMALL).rows[0].cells[1] == "x" * 1000
    error = refusal(read_csv, data.replace(b"x\r\n", b"xy\r\n"), None, SMALL)
    assert error.params == {"row": 2, "characters": grouped(1000)}
    assert csv.field_size_limit() == before


def test_a_workbook_cell_over_the_limit_names_its_row() -> None:
    data = _excel_like_xlsx([["Namn", "Anteckning"], ["Anna", "kort"], ["Bo", "x" * 1001]])

    error = refusal(read_workbook, data, SMALL)

    assert (error.message, error.params) == (CELL_TOO_LONG, {"row": 3, "characters": grouped(1000)})


# What a workbook unpacks to


def test_a_workbook_unpacking_past_the_limit_is_refused_before_it_is_unpacked(
    tmp_path: Path,
) -> None:
    path = xlsx_with_cell(tmp_path / "bomb.xlsx", 20 * MEGABYTE, level=1)
    limits = ReadLimits(max_unpacked_bytes=10 * MEGABYTE)

    error = refusal(read_sheet, path, None, limits)

    assert (error.message, error.params) == (TOO_LARGE_UNPACKED, {"megabytes": "10"})


def test_a_long_run_of_text_is_refused_before_a_reader_holds_it(tmp_path: Path) -> None:
    path = xlsx_with_cell(tmp_path / "long.xlsx", 2 * MEGABYTE, level=1)

    assert refusal(read_sheet, path).message == SOME_CELL_TOO_LONG


def _xlsx_with_strings_part(strings: bytes) -> bytes:
    base = zipfile.ZipFile(io.BytesIO(_excel_like_xlsx([["Namn", "Ort"], ["X", "Lund"]])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in base.infolist():
            content = base.read(info)
            if info.filename == "xl/sharedStrings.xml":
                content = content.replace(b"<t>X</t>", strings)
            archive.writestr(info.filename, content)
    return buffer.getvalue()


def test_text_in_cdata_is_read_and_a_long_one_refused_though_it_hides_its_length() -> None:
    short = _xlsx_with_strings_part(b"<t><![CDATA[a<b]]></t>")
    long = _xlsx_with_strings_part(b"<t><![CDATA[" + b"a<" * 300_000 + b"]]></t>")

    assert read_workbook(short).rows[0].cells == ("a<b", "Lund")
    assert refusal(read_workbook, long).message == SOME_CELL_TOO_LONG


def test_a_workbook_declaring_entities_is_refused_as_damaged() -> None:
    laughs = (
        b'<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    )
    data = _excel_like_xlsx([["Namn", "Ort"], ["X", "Lund"]])
    base = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for info in base.infolist():
            content = base.read(info)
            if info.filename == "xl/sharedStrings.xml":
                content = laughs + content.replace(b"<t>X</t>", b"<t>&b;</t>")
            archive.writestr(info.filename, content)

    assert refusal(read_workbook, buffer.getvalue()).message == DAMAGED


def test_a_zip_with_a_vast_table_of_contents_is_refused_as_damaged() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for index in range(25_000):
            archive.writestr(f"xl/part{index:05d}.bin", b"")

    assert refusal(read_workbook, buffer.getvalue()).message == DAMAGED


# Under a memory limit: refused with the sentence, not a MemoryError

_UNDER_A_MEMORY_LIMIT = """
import resource, sys
from pathlib import Path
limit = 512 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
from ambassador.interchange.sheets import SheetError, read_sheet
try:
    read_sheet(Path(sys.argv[1]))
except SheetError as error:
    print(error.message)
else:
    print("read")
"""


@pytest.mark.slow
@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS bounds memory on Linux")
@pytest.mark.parametrize(
    ("megabytes", "expected"), [(1024, TOO_LARGE_UNPACKED), (250, SOME_CELL_TOO_LONG)]
)
def test_a_bomb_workbook_under_a_memory_limit_is_refused_with_its_sentence(
    tmp_path: Path, megabytes: int, expected: str
) -> None:
    # 1 GiB of one cell in a 1 MB workbook took 4 GB and 82 s, and under a limit ended in a
    # MemoryError; 250 MB passes the unpacked limit, and is refused by the run of text.
    path = xlsx_with_cell(tmp_path / "bomb.xlsx", megabytes * MEGABYTE)
    assert path.stat().st_size < 1.1 * MEGABYTE

    started = time.perf_counter()
    done = subprocess.run(  # noqa: S603 - this Python, reading the file it was given
        [sys.executable, "-c", _UNDER_A_MEMORY_LIMIT, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert (done.returncode, done.stdout.strip(), done.stderr) == (0, expected, "")
    assert time.perf_counter() - started < 30
