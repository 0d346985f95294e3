"""User text made safe for a platypus paragraph: escaped, never interpreted as markup, and
each character sent to an embedded font that can draw it."""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from ambassador.reporting import fonts

# Characters that draw nothing and only confuse a PDF reader: control characters (line
# breaks aside), lone surrogates, unassigned code points.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cs", "Cn"})


def clean(text: str) -> str:
    """`text` composed (NFC, so "e" and a combining accent print as one "é"), with line breaks
    normalised, tabs as spaces and control characters removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    text = unicodedata.normalize("NFC", text)
    return "".join(
        char
        for char in text
        if char == "\n" or unicodedata.category(char) not in _DROPPED_CATEGORIES
    )


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup for `text`: escaped, line breaks kept, runs of characters the text
    font lacks (emoji, rare symbols) set in the symbol font."""
    coverage = fonts.register()
    main = coverage.bold if bold else coverage.text
    parts: list[str] = []
    run: list[str] = []
    run_font = ""
    for char in clean(text):
        font = _font_for(ord(char), main, coverage)
        if font != run_font and run:
            parts.append(_run("".join(run), run_font))
            run = []
        run_font = font
        run.append(char)
    if run:
        parts.append(_run("".join(run), run_font))
    return "".join(parts)


def _font_for(code: int, main: frozenset[int], coverage: fonts.Coverage) -> str:
    if code in main or code == ord("\n"):
        return ""
    if code in coverage.text:
        return fonts.REGULAR  # a letter the bold face lacks, drawn upright
    if code in coverage.symbols:
        return fonts.SYMBOLS
    return ""  # nothing draws it: the text font's empty box, the character kept for copying


def _run(text: str, font: str) -> str:
    escaped = escape(text).replace("\n", "<br/>")
    return f'<font face="{font}">{escaped}</font>' if font else escaped
