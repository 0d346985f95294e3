"""A workbook's zip opened within the limits: how much it unpacks to, how many parts it has, and
no run of text longer than a cell may hold, each checked before a reader unpacks a part whole.

Python's zipfile reads no more of a part than its declared size (a part that unpacks to more
fails its check), so the declared sizes bound what any reader can unpack. A run of text is
measured in bytes between two "<", while the part streams through in chunks: an XML reader
holds a whole text node, or a whole tag, in memory, so a 1 GB cell in a 1 MB file is refused
here rather than unpacked. A run may count up to four bytes a character (UTF-8, entities), so
the readers check each cell's length in characters again as they read it.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterable
from typing import IO
from xml.parsers import expat

from ambassador.interchange.refusals import (
    DAMAGED,
    ReadLimits,
    SheetError,
    cell_too_long,
    too_large_unpacked,
)

_CHUNK = 1024 * 1024
# A workbook's table of contents is a few kilobytes; a bigger one is made to fill memory
# (a million empty parts in a 50 MB file).
_MAX_DIRECTORY_BYTES = 1024 * 1024
_END = b"PK\x05\x06"
_END_SIZE = 22
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"
# What zipfile and zlib raise for a damaged archive or part.
ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError)


def open_archive(data: bytes, limits: ReadLimits) -> zipfile.ZipFile:
    """The zip, if its table of contents is a workbook's size and its parts together unpack
    to no more than the limit."""
    if _directory_size(data) > _MAX_DIRECTORY_BYTES:
        raise SheetError(DAMAGED)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except ZIP_ERRORS as error:
        raise SheetError(DAMAGED) from error
    if sum(info.file_size for info in archive.infolist()) > limits.max_unpacked_bytes:
        archive.close()
        raise too_large_unpacked(limits)
    return archive


def run_bound(limits: ReadLimits) -> int:
    """The longest run of bytes between two tags that may still be a cell within the limit:
    four bytes a character, and room for the tag's name and attributes."""
    return 4 * limits.max_cell_characters + 1024


def check_runs(archive: zipfile.ZipFile, names: Iterable[str], limits: ReadLimits) -> None:
    """Refuse a part with a run of text longer than a cell may hold, unpacking it in chunks."""
    for name in names:
        try:
            with archive.open(name) as stream:
                plain = _runs_within(stream, limits)
            if not plain:  # declarations, comments or CDATA: looked at the slow way
                with archive.open(name) as stream:
                    check_text_lengths(stream, limits)
        except SheetError:
            raise
        except (*ZIP_ERRORS, KeyError, expat.ExpatError) as error:
            raise SheetError(DAMAGED) from error


def _runs_within(stream: IO[bytes], limits: ReadLimits) -> bool:
    """Whether every run between two "<" is within the bound; False, without looking further,
    when the part has "<!" (a declaration, a comment or CDATA, whose text may hold "<")."""
    bound = run_bound(limits)
    longest = 0
    run = 0
    previous = b""
    while chunk := stream.read(_CHUNK):
        if b"<!" in chunk or (previous == b"<" and chunk.startswith(b"!")):
            return False
        previous = chunk[-1:]
        parts = chunk.split(b"<")
        if len(parts) == 1:
            run += len(chunk)
        else:
            longest = max(longest, run + len(parts[0]), max(map(len, parts[1:-1]), default=0))
            run = len(parts[-1])
        if max(longest, run) > bound:
            raise cell_too_long(limits)
    return True


def check_text_lengths(stream: IO[bytes], limits: ReadLimits) -> None:
    """The slow, exact look at a part with declarations, comments or CDATA: no element's text
    and no comment longer than `bound` characters, and no document type (whose entities could
    expand without end)."""
    bound = run_bound(limits)
    parser = expat.ParserCreate()
    parser.buffer_text = False
    length = 0

    def reset(*_args: object) -> None:
        nonlocal length
        length = 0

    def text(data: str) -> None:
        nonlocal length
        length += len(data)
        if length > bound:
            raise cell_too_long(limits)

    def comment(data: str) -> None:
        if len(data) > bound:
            raise cell_too_long(limits)

    def doctype(*_args: object) -> None:
        raise SheetError(DAMAGED)

    parser.StartElementHandler = reset
    parser.EndElementHandler = reset
    parser.CharacterDataHandler = text
    parser.CommentHandler = comment
    parser.StartDoctypeDeclHandler = doctype
    while chunk := stream.read(_CHUNK):
        parser.Parse(chunk, False)
    parser.Parse(b"", True)


def _directory_size(data: bytes) -> int:
    """The size of the zip's central directory as its end record states it; 0 when there is
    no end record to read (zipfile then says the file is damaged)."""
    at = data.rfind(_END, max(0, len(data) - _END_SIZE - 0xFFFF))
    if at < 0 or len(data) < at + _END_SIZE:
        return 0
    (size,) = struct.unpack_from("<I", data, at + 12)
    if size != 0xFFFFFFFF:
        return int(size)
    # Zip64: the real size is in the zip64 end record the locator before this one points at.
    locator = at - 20
    if locator < 0 or data[locator : locator + 4] != _END64_LOCATOR:
        return 0xFFFFFFFF
    (offset,) = struct.unpack_from("<Q", data, locator + 8)
    if data[offset : offset + 4] != _END64 or len(data) < offset + 56:
        return 0xFFFFFFFF
    (size,) = struct.unpack_from("<Q", data, offset + 40)
    return int(size)
