"""The embedded fonts: DejaVu Sans for text, a font for each script it lacks, Symbola for emoji.

Every font is TrueType (glyf outlines), the only kind ReportLab embeds as a subset: a document
carries only the glyphs it uses, so a Latin-only summary stays as small as before the script
fonts came. Their licences are beside them in resources/fonts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from reportlab.graphics import shapes
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables

from ambassador import paths

REGULAR = "AmbassadorSans"
BOLD = "AmbassadorSans-Bold"
ARABIC = "AmbassadorArabic"
HEBREW = "AmbassadorHebrew"
ARMENIAN = "AmbassadorArmenian"
GEORGIAN = "AmbassadorGeorgian"
DEVANAGARI = "AmbassadorDevanagari"
THAI = "AmbassadorThai"
ETHIOPIC = "AmbassadorEthiopic"
CJK = "AmbassadorCJK"  # Chinese, Japanese kana and Korean Hangul in one TrueType font
SYMBOLS = "AmbassadorSymbols"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
    HEBREW: "NotoSansHebrew-Regular.ttf",
    ARMENIAN: "NotoSansArmenian-Regular.ttf",
    GEORGIAN: "NotoSansGeorgian-Regular.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    CJK: "DroidSansFallback.ttf",
    SYMBOLS: "Symbola.ttf",
}

# After the text face, in this order: DejaVu Sans first (it has Latin, Greek, Cyrillic and
# most of Hebrew, Armenian and Georgian), then each script's own font, Symbola last (it has
# Latin too, but a Latin word in Symbola would look out of place).
_SCRIPT_FONTS = (ARABIC, HEBREW, ARMENIAN, GEORGIAN, DEVANAGARI, THAI, ETHIOPIC, CJK, SYMBOLS)

# Arabic letters are set in Noto Sans Arabic even where DejaVu Sans has them, so a line of
# Arabic, Persian or Urdu is in one design, not two.
_ARABIC_BLOCKS = (
    (0x0600, 0x06FF),
    (0x0750, 0x077F),
    (0x08A0, 0x08FF),
    (0xFB50, 0xFDFF),
    (0xFE70, 0xFEFF),
)


class Face:
    """One font: its name for ReportLab and the code points it draws. A script font is read
    and registered only when a text first asks what it covers, so a document in Latin
    letters never spends the time to load the Chinese font."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self._path = path

    @cached_property
    def codes(self) -> frozenset[int]:
        font = TTFont(self.name, str(self._path))
        pdfmetrics.registerFont(font)
        return frozenset(font.face.charToGlyph)


@dataclass(frozen=True)
class Coverage:
    """Which code points each font can draw, in the order a run of text tries them."""

    text: tuple[Face, ...]
    bold: tuple[Face, ...]
    arabic: Face

    def chain(self, *, bold: bool) -> tuple[Face, ...]:
        return self.bold if bold else self.text

    def covered(self) -> frozenset[int]:
        """Every code point some embedded font draws."""
        return frozenset().union(*(face.codes for face in self.text))


@cache
def register() -> Coverage:
    """Register the fonts with ReportLab once per process and say what they cover."""
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    # ReportLab's defaults name Helvetica, a font no PDF carries: a table cell with a plain
    # string and a chart without a font of its own would put it in the file, unembedded.
    tables.CellStyle.fontname = REGULAR
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    directory = paths.resources_dir() / "fonts"
    faces = {name: Face(name, directory / file_name) for name, file_name in _FILES.items()}
    for name in (REGULAR, BOLD):  # registered now: every document uses them
        if not faces[name].codes:
            raise RuntimeError(f"{_FILES[name]} maps no characters")
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD
    )
    scripts = tuple(faces[name] for name in _SCRIPT_FONTS)
    return Coverage(
        text=(faces[REGULAR], *scripts),
        bold=(faces[BOLD], faces[REGULAR], *scripts),
        arabic=faces[ARABIC],
    )


def is_arabic(code: int) -> bool:
    return any(low <= code <= high for low, high in _ARABIC_BLOCKS)


def _to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
    """ReportLab's ToUnicode map, with two things put right so text copied or searched in the
    PDF is the text that was typed:
    - characters beyond U+FFFF (emoji) written as UTF-16 surrogate pairs, as the PDF standard
      asks; ReportLab writes an odd-length hex string that readers reject;
    - Arabic presentation forms (the shaped letters drawn, see shaping.py) mapped back to the
      letters they show: ﻣ to م, the lam-alef ligature ﻻ to لا."""

    def utf16(code: int) -> str:
        text = chr(code)
        if is_arabic(code) and code >= 0xFB50:
            text = unicodedata.normalize("NFKC", text)
        return text.encode("utf-16-be", "surrogatepass").hex().upper()

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
