"""The embedded fonts: DejaVu Sans for text, Symbola for the emoji and symbols it lacks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from ambassador import paths

REGULAR = "AmbassadorSans"
BOLD = "AmbassadorSans-Bold"
SYMBOLS = "AmbassadorSymbols"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    SYMBOLS: "Symbola.ttf",
}


@dataclass(frozen=True)
class Coverage:
    """Which code points each font can draw, to send a character to the font that has it."""

    text: frozenset[int]
    bold: frozenset[int]
    symbols: frozenset[int]


@cache
def register() -> Coverage:
    """Register the fonts with ReportLab once per process and say what they cover."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    directory = paths.resources_dir() / "fonts"
    covered: dict[str, frozenset[int]] = {}
    for name, file_name in _FILES.items():
        font = TTFont(name, str(directory / file_name))
        pdfmetrics.registerFont(font)
        covered[name] = frozenset(font.face.charToGlyph)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    return Coverage(covered[REGULAR], covered[BOLD], covered[SYMBOLS])


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode map, with characters beyond U+FFFF (emoji) written as UTF-16
    surrogate pairs as the PDF standard asks; ReportLab writes an odd-length hex string that
    readers reject, so emoji could not be copied or searched."""

    def utf16(code: int) -> str:
        return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()

    entries = [f"<{index:02X}> <{utf16(code)}>" for index, code in enumerate(subset)]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
