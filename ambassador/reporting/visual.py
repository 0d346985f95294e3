"""Paragraphs and single lines drawn in visual order: platypus breaks a paragraph into lines in
typed order, and each line is reordered only as it is drawn, as the bidirectional algorithm
asks (a paragraph split across pages is then split in typed order, never reordered twice)."""

from __future__ import annotations

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


def string_width(text: str, *, font: str, size: float) -> float:
    """How wide `draw_string` draws `text`."""
    pieces = runs(text.replace("\n", " "), bold=font == fonts.BOLD)
    return sum(stringWidth(part, name, size) for name, part in pieces)


def draw_string(
    canvas: Canvas, x: float, y: float, text: str, *, font: str, size: float, anchor: str
) -> None:
    """`text` on one line, each run in a font that has it, in visual order; `anchor` is
    "left", "right" or "centre" for where `x` is."""
    pieces = runs(text.replace("\n", " "), bold=font == fonts.BOLD)
    ordered = shaping.visual(pieces, shaping.is_right_to_left(text))
    widths = [stringWidth(part, name, size) for name, part in ordered]
    total = sum(widths)
    start = {"left": x, "right": x - total, "centre": x - total / 2}[anchor]
    for (name, part), width in zip(ordered, widths, strict=True):
        canvas.setFont(name, size)
        canvas.drawString(start, y, part)
        start += width
