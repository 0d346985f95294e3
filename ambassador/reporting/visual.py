"""Paragraphs and single lines drawn in visual order: platypus breaks a paragraph into lines in
typed order, and each line is reordered only as it is drawn, as the bidirectional algorithm
asks (a paragraph split across pages is then split in typed order, never reordered twice)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph

from ambassador.reporting import fonts, shaping
from ambassador.reporting.markup import runs


class TextParagraph(Paragraph):
    """A platypus paragraph whose lines holding Hebrew or Arabic are drawn right to left."""

    def drawPara(self, debug: int = 0) -> None:  # noqa: N802 - ReportLab's name
        lines: Any = getattr(self, "blPara")  # noqa: B009 - ParaLines, untyped in the stubs
        texts = [_line_text(line, lines.kind) for line in lines.lines]
        if not any(shaping.has_right_to_left(text) for text in texts):
            super().drawPara(debug)
            return
        right_to_left = shaping.is_right_to_left("".join(texts))
        self.blPara = lines.clone(
            lines=[_visual_line(line, lines.kind, right_to_left) for line in lines.lines]
        )
        try:
            super().drawPara(debug)
        finally:
            self.blPara = lines


def _line_text(line: Any, kind: int) -> str:
    if kind == 0:
        return " ".join(line[1])
    return "".join(getattr(word, "text", "") for word in line.words)


def _visual_line(line: Any, kind: int, right_to_left: bool) -> Any:
    if kind == 0:
        extra_space, words = line
        pieces = shaping.visual([(0, " ".join(words))], right_to_left)
        return (extra_space, [text for _, text in pieces])
    text_words = [i for i, word in enumerate(line.words) if getattr(word, "text", "")]
    pieces = shaping.visual([(i, line.words[i].text) for i in text_words], right_to_left)
    others = [word for word in line.words if not getattr(word, "text", "")]
    words = [line.words[i].clone(text=text) for i, text in pieces]
    return line.clone(words=words + others)


@dataclass(frozen=True)
class Line:
    """A text on one line: its runs in the order they are drawn, left to right, each with its
    font and width."""

    pieces: tuple[tuple[str, str, float], ...]
    width: float


@lru_cache(maxsize=4096)
def line(text: str, *, font: str, size: float) -> Line:
    """`text` (a line break as a space) laid out once: the letterhead and footer repeat on
    every page, a table's cells repeat their words down its rows."""
    plain = text.replace("\n", " ")
    ordered = shaping.visual(runs(plain, bold=font == fonts.BOLD), shaping.is_right_to_left(plain))
    pieces = tuple((name, part, stringWidth(part, name, size)) for name, part in ordered)
    return Line(pieces, sum(width for _, _, width in pieces))


def string_width(text: str, *, font: str, size: float) -> float:
    """How wide `draw_string` draws `text`."""
    return line(text, font=font, size=size).width


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, *, font: str, size: float, anchor: str
) -> None:
    """`text` on one line, each run in a font that has it, in visual order; `anchor` is
    "left", "right" or "centre" for where `x` is."""
    laid_out = line(text, font=font, size=size)
    start = {"left": x, "right": x - laid_out.width, "centre": x - laid_out.width / 2}[anchor]
    for name, part, width in laid_out.pieces:
        canvas.setFont(name, size)
        canvas.drawString(start, y, part)
        start += width
