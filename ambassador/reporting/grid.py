"""A table of short texts drawn straight on the canvas: a cell that fits on one line is placed
and drawn as a run of text, only a longer one is wrapped as a paragraph. It looks as a platypus
Table of paragraphs did (the same paddings, rules, shading and repeated header) at a fraction
of the work: the summary's timeline of 300 contacts is 900 cells."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from ambassador.reporting import fonts, pdf_ops
from ambassador.reporting.markup import markup
from ambassador.reporting.visual import Line, TextParagraph, one_line

# A platypus Table's default side padding, and the top and bottom padding the grid always
# had: the lean grid is laid out exactly as the Table was.
PADDING_X = 6.0
PADDING_Y = 3.0


@dataclass(frozen=True)
class Look:
    """The grid's styles and colours (page.py's, passed in so this module needs no page)."""

    cell: ParagraphStyle
    cell_right: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle
    header_rule: Color
    rule: Color
    shade: Color


_Cell = Line | TextParagraph | None  # None: an empty cell


class _Written:
    """A grid's texts as written, each with the subset it leaves the text object in, for
    the one document they were written in (a glyph's code is that document's)."""

    def __init__(self) -> None:
        self._document: object = None
        self._texts: dict[tuple[str, float, float, int, str], tuple[str, int]] = {}

    def of(self, document: object) -> dict[tuple[str, float, float, int, str], tuple[str, int]]:
        if document is not self._document:
            self._document, self._texts = document, {}
        return self._texts


class Grid(Flowable):
    """A header row repeated on every page and rows split between pages, never inside one."""

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        look: Look,
        numeric_from: int | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._widths = list(widths)
        self._look = look
        self._right = [numeric_from is not None and i >= numeric_from for i in range(len(widths))]
        self._header = self._row(header, header_row=True)
        self._rows = [self._row(row, header_row=False) for row in rows]
        self._written = _Written()

    @classmethod
    def _part(cls, whole: Grid, rows: list[tuple[list[_Cell], float]]) -> Grid:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.hAlign = "LEFT"
        part._widths, part._look, part._right = whole._widths, whole._look, whole._right
        part._header, part._rows = whole._header, rows
        part._written = whole._written  # shared with the parts on later pages
        return part

    @property
    def tallest_row(self) -> float:
        return max((height for _, height in [self._header, *self._rows]), default=0.0)

    def _row(self, values: Sequence[str], *, header_row: bool) -> tuple[list[_Cell], float]:
        cells = [
            self._cell(value, width, right, header_row)
            for value, width, right in zip(values, self._widths, self._right, strict=True)
        ]
        heights = [self._height(cell, header_row) for cell in cells]
        return cells, max(heights, default=0.0) + 2 * PADDING_Y

    def _cell(self, value: str, width: float, right: bool, header_row: bool) -> _Cell:
        look = self._look
        if header_row:
            style = look.header_right if right else look.header
        else:
            style = look.cell_right if right else look.cell
        room = width - 2 * PADDING_X
        if not value:
            return None
        laid_out = one_line(value, font=style.fontName, size=style.fontSize)
        if laid_out is not None and laid_out.width <= room:
            return laid_out
        paragraph = TextParagraph(markup(value, bold=style.fontName == fonts.BOLD), style)
        paragraph.wrap(room, 1_000_000)
        return paragraph

    def _height(self, cell: _Cell, header_row: bool) -> float:
        if cell is None:
            return 0.0
        if isinstance(cell, Line):
            return float((self._look.header if header_row else self._look.cell).leading)
        return float(cell.height)

    # Flowable -------------------------------------------------------------------------------

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = sum(self._widths)
        self.height = self._header[1] + sum(height for _, height in self._rows)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self._header[1]
        taken = 0
        for _, height in self._rows:
            if height > room:
                break
            room -= height
            taken += 1
        if taken == 0 or taken == len(self._rows):
            return []  # not one row beside the header here: the whole grid goes on
        return [
            Grid._part(self, self._rows[:taken]),
            Grid._part(self, self._rows[taken:]),
        ]

    def draw(self) -> None:
        canvas: Any = self.canv
        look = self._look
        width = sum(self._widths)
        top = self.height
        # Shading first, under the text: every second row, counted on each page from the
        # first under its header.
        canvas.saveState()
        canvas.setFillColor(look.shade)
        y = top - self._header[1]
        for index, (_, height) in enumerate(self._rows):
            if index % 2:
                canvas.rect(0, y - height, width, height, stroke=0, fill=1)
            y -= height
        canvas.restoreState()
        # The cells in reading order, row by row, so text copied from the PDF reads as the
        # table does: the one-line cells into one text object, broken off for a paragraph.
        canvas.setFillColor(look.cell.textColor)
        text = canvas.beginText()
        current_font: tuple[str, float] | None = None
        y = top
        for number, (cells, height) in enumerate([self._header, *self._rows]):
            style = look.header if number == 0 else look.cell
            x = 0.0
            for cell, column, right in zip(cells, self._widths, self._right, strict=True):
                if isinstance(cell, Line):
                    start = x + column - PADDING_X - cell.width if right else x + PADDING_X
                    baseline = y - PADDING_Y - style.fontSize
                    for font, part, part_width in cell.pieces:
                        # Placed (its numbers formatted once, see pdf_ops): no cursor is read
                        # after it (see _textOut).
                        text._code.append(pdf_ops.text_origin(start, baseline))
                        if current_font != (font, style.fontSize):
                            current_font = (font, style.fontSize)
                            text.setFont(font, style.fontSize, style.leading)
                        self._write(text, font, style, part)
                        start += part_width
                elif cell is not None:
                    canvas.drawText(text)
                    cell.drawOn(canvas, x + PADDING_X, y - PADDING_Y - cell.height)
                    text, current_font = canvas.beginText(), None
                x += column
            y -= height
        canvas.drawText(text)
        self._rules(canvas, width)

    def _write(self, text: Any, font: str, style: ParagraphStyle, part: str) -> None:
        """As text._textOut(part): the text's operators, placed already (no cursor to move, as
        platypus draws). A column's kinds and names repeat down its rows: each is encoded for
        the font's subset once per document and written again as it was. What _textOut
        writes depends on the font, its size, the subset the text object is in and the text,
        whose glyphs keep their codes in a document once given; it leaves the text object in
        the subset it ends in."""
        written = self._written.of(text._canvas._doc)
        key = (font, style.fontSize, style.leading, text._curSubset, part)
        operators = written.get(key)
        if operators is None:
            operators = (text._formatText(part), text._curSubset)
            written[key] = operators
        text._code.append(operators[0])
        text._curSubset = operators[1]

    def _rules(self, canvas: Any, width: float) -> None:
        look = self._look
        canvas.saveState()
        y = self.height - self._header[1]
        canvas.setStrokeColor(look.header_rule)
        canvas.setLineWidth(0.8)
        canvas.line(0, y, width, y)
        canvas.setStrokeColor(look.rule)
        canvas.setLineWidth(0.25)
        for _, height in self._rows:
            y -= height
            canvas._code.append(pdf_ops.line(0, y, width, y))
        canvas.restoreState()
