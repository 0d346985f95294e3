"""Paragraphs and single lines drawn in visual order: platypus breaks a paragraph into lines in
typed order, and each line is reordered only as it is drawn, as the bidirectional algorithm
asks (a paragraph split across pages is then split in typed order, never reordered twice)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph

from ambassador.reporting import fonts, pdf_ops, shaping
from ambassador.reporting.markup import clean, markup, runs

# Text longer than this never fits one line of a page: it is wrapped unmeasured (and never
# held in line's cache).
LONGEST_LINE = 200
# Where a paragraph breaks words: at any white space but the no-break space (so the narrow
# no-break space of a Swedish "1 234" too), drawn as one plain space between the words.
_WORD_BREAKS = re.compile(r"[^\S\u00a0]+")


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


def one_line(value: str, *, font: str, size: float) -> Line | None:
    """`value` as one line, spaced as a paragraph spaces it (white space between words as one
    space, none at the ends); None when it breaks lines, or is too long for any line."""
    if len(value) > LONGEST_LINE:
        return None
    cleaned = clean(value)
    if "\n" in cleaned:
        return None
    return line(" ".join(_WORD_BREAKS.split(cleaned)).strip(" "), font=font, size=size)


class Text(Flowable):
    """A paragraph that fits on one line of its width drawn as that line, never parsed or
    broken into lines; a longer one is a TextParagraph. Most of a document's texts are one
    line: headings, labels, dates and kinds, a short note."""

    def __init__(self, value: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style
        self._value = value
        laid_out = one_line(value, font=style.fontName, size=style.fontSize)
        # An empty text is an empty paragraph, of no height.
        self._line = laid_out if laid_out is not None and laid_out.pieces else None
        self._paragraph: TextParagraph | None = None

    def paragraph(self) -> TextParagraph:
        if self._paragraph is None:
            bold = self.style.fontName == fonts.BOLD
            self._paragraph = TextParagraph(markup(self._value, bold=bold), self.style)
        return self._paragraph

    def _fits(self, width: float) -> bool:
        room = width - self.style.leftIndent - self.style.rightIndent
        return self._line is not None and self._line.width <= room + 1e-6

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self._fits(availWidth):
            self._paragraph_used = True
            return self.paragraph().wrap(availWidth, availHeight)
        self._paragraph_used = False
        # As a paragraph of one line: its width the frame's, its height one leading.
        self.width, self.height = availWidth, float(self.style.leading)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self._fits(availWidth):
            return []  # one line does not split: it goes on whole
        return list(self.paragraph().split(availWidth, availHeight))

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        # Either is as wide as its frame, so there is no narrower width to align (_sW 0).
        if getattr(self, "_paragraph_used", False):
            self.paragraph().drawOn(canvas, x, y)
            return
        # As Flowable.drawOn (saveState, translate, draw, restoreState) writes it, the
        # numbers formatted once (see pdf_ops): a document has hundreds of these lines. The
        # translation is undone by restoreState, and nothing in between asks for it.
        code: Any = canvas._code  # type: ignore[attr-defined]  # the page's operators
        canvas.saveState()
        code.append(pdf_ops.translation(x, y))
        self.canv = canvas
        self.draw()
        del self.canv
        canvas.restoreState()

    def draw(self) -> None:
        style = self.style
        laid_out = self._line
        assert laid_out is not None
        if style.alignment == TA_RIGHT:
            start = self.width - style.rightIndent - laid_out.width
        elif style.alignment == TA_CENTER:
            room = self.width - style.leftIndent - style.rightIndent
            start = style.leftIndent + (room - laid_out.width) / 2
        else:
            start = float(style.leftIndent)
        canvas: Any = self.canv
        canvas.setFillColor(style.textColor)
        text = canvas.beginText()
        for font, part, width in laid_out.pieces:
            # As text.setTextOrigin(start, self.height - style.fontSize).
            text._code.append(pdf_ops.text_origin(start, self.height - style.fontSize))
            text.setFont(font, style.fontSize, style.leading)
            text._textOut(part)  # placed already: no cursor to move (as platypus draws)
            start += width
        canvas.drawText(text)

    def getSpaceBefore(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 - ReportLab's name
        return float(self.style.spaceAfter)


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
