"""How a search result is drawn: kind, name and a note's snippet, matched words in bold, sized
and painted from font metrics (no rich-text document per row, as a keystroke lays out 100)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ambassador.domain.search import MATCH_END, MATCH_START

TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # the item's ResultText
SNIPPET_LINES = 2  # a note's snippet wraps onto a second line, then is cut with "…"
KIND_GAP = "\u00a0\u00a0"  # between the kind and the name, as the list always had
TEXT_MARGIN = 2  # around the text, inside the row
ROW_GAP = 3  # above and below each row
ELLIPSIS = "…"
FALLBACK_WIDTH = 480  # a row not yet in a shown list
CACHE_SIZE = 1000  # rows remembered: ten pages of results
UNBOUNDED = 1e6  # a line width no text here reaches
Marks = tuple[tuple[int, int], ...]  # (start, length) of each matched run in a text


@dataclass(frozen=True)
class Marked:
    """Plain text and where the typed words matched in it."""

    text: str
    marks: Marks = ()


@dataclass(frozen=True)
class ResultText:
    """What a result's row shows: its kind in italics, then its name, and, for a note, the
    words around the match on the lines below."""

    kind: str
    title: Marked
    snippet: Marked | None = None

    @property
    def first_line(self) -> Marked:
        start = len(self.kind) + len(KIND_GAP)
        marks = tuple((begin + start, length) for begin, length in self.title.marks)
        return Marked(self.kind + KIND_GAP + self.title.text, marks)


def marked(snippet: str) -> Marked:
    """`snippet`'s text without its match marks, and where the marks were."""
    marks: list[tuple[int, int]] = []
    first, *marked_parts = snippet.split(MATCH_START)
    text = [first.replace(MATCH_END, "")]
    size = len(text[0])
    for part in marked_parts:
        # Up to the end mark matched (all of it when the mark was left open); stray end marks
        # after it are dropped.
        matched, _end, rest = part.partition(MATCH_END)
        rest = rest.replace(MATCH_END, "")
        if matched:
            marks.append((size, len(matched)))
        text += (matched, rest)
        size += len(matched) + len(rest)
    return Marked("".join(text), tuple(marks))


def _formats(marks: Marks, end: int, italic_until: int = 0) -> list[QTextLayout.FormatRange]:
    """Bold for each matched run (cut at `end`), italics for the first `italic_until`."""
    ranges = []
    if italic_until:
        italic = QTextLayout.FormatRange()
        italic.start, italic.length = 0, min(italic_until, end)
        italic.format = QTextCharFormat()
        italic.format.setFontItalic(True)
        ranges.append(italic)
    for start, length in marks:
        if start >= end:
            continue
        bold = QTextLayout.FormatRange()
        bold.start, bold.length = start, min(length, end - start)
        bold.format = QTextCharFormat()
        bold.format.setFontWeight(QFont.Weight.Bold)
        ranges.append(bold)
    return ranges


class _Lines:
    """Lays out one marked text in at most `count` lines of `width`, the last cut with "…"."""

    def __init__(
        self, font: QFont, direction: Qt.LayoutDirection, width: float, italic_until: int = 0
    ) -> None:
        self.font = font
        self.width = max(width, 1.0)
        self.italic_until = italic_until
        # At the leading edge: the right one in a right-to-left list.
        self.option = QTextOption(QStyle.visualAlignment(direction, Qt.AlignmentFlag.AlignLeft))
        self.option.setTextDirection(direction)
        self.option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)

    def _layout(self, text: str, marks: Marks, offset: int) -> QTextLayout:
        layout = QTextLayout(text, self.font)
        layout.setTextOption(self.option)
        shifted = tuple((start - offset, length) for start, length in marks)
        kept = tuple(
            (max(start, 0), length + min(start, 0))
            for start, length in shifted
            if start + length > 0
        )
        layout.setFormats(_formats(kept, len(text), max(self.italic_until - offset, 0)))
        return layout

    def _line(
        self, text: str, marks: Marks, offset: int, width: float
    ) -> tuple[QTextLayout, int, float]:
        """The text from `offset` laid out in one line of `width`: the layout, how many
        characters the line holds and their natural width."""
        layout = self._layout(text, marks, offset)
        layout.beginLayout()
        line = layout.createLine()
        line.setLineWidth(width)
        layout.endLayout()
        return layout, line.textLength(), line.naturalTextWidth()

    def elided(self, whole: Marked, offset: int = 0) -> QTextLayout:
        """`whole` from `offset` on one line, cut at its end with "…" when it does not fit."""
        text = whole.text[offset:]
        layout, taken, _ = self._line(text, whole.marks, offset, self.width)
        if taken >= len(text):
            return layout
        room = self.width
        metrics = QFontMetricsF(self.font)
        for _ in range(4):  # bold runs are wider than the plain metrics that cut the text
            cut = metrics.elidedText(whole.text[offset:], Qt.TextElideMode.ElideRight, room)
            kept = len(cut) - len(ELLIPSIS) if cut.endswith(ELLIPSIS) else 0
            text = whole.text[offset : offset + kept].rstrip() + ELLIPSIS
            natural = self._line(text, whole.marks, offset, UNBOUNDED)[2]
            if natural <= self.width:
                break
            room -= natural - self.width
        return self._line(text, whole.marks, offset, self.width)[0]

    def wrapped(self, whole: Marked, count: int) -> list[QTextLayout]:
        """`whole` in at most `count` lines: each broken at a word, the last cut with "…"."""
        layouts: list[QTextLayout] = []
        offset = 0
        while len(layouts) < count - 1 and offset < len(whole.text):
            layout, taken, _ = self._line(whole.text[offset:], whole.marks, offset, self.width)
            if offset + taken >= len(whole.text):
                return [*layouts, layout]
            layouts.append(layout)
            offset += max(taken, 1)
        if offset < len(whole.text):
            layouts.append(self.elided(whole, offset))
        return layouts


def lines_needed(whole: Marked, font: QFont, width: float) -> int:
    """How many lines, up to SNIPPET_LINES, `whole` takes at `width`: one when its width with
    the bold runs fits, else as many as are allowed."""
    metrics = QFontMetricsF(font)
    bold_font = QFont(font)
    bold_font.setBold(True)
    bold = QFontMetricsF(bold_font)
    natural = 0.0
    position = 0
    for start, length in whole.marks:
        natural += metrics.horizontalAdvance(whole.text[position:start])
        natural += bold.horizontalAdvance(whole.text[start : start + length])
        position = start + length
    natural += metrics.horizontalAdvance(whole.text[position:])
    return 1 if natural <= width else SNIPPET_LINES


class ResultDelegate(QStyledItemDelegate):
    """Paints an item's ResultText (TEXT_ROLE) over the style's own background, icon and
    focus; its text (what is spoken, and the tooltip) stays the item's.

    Sizes and laid-out lines are remembered by the row's text, width and font: the list asks
    each row's size several times a search and paints it again for every repaint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sizes: dict[tuple[ResultText, int, str, int], QSize] = {}
        self._layouts: dict[
            tuple[ResultText, int, str, Qt.LayoutDirection, int], list[QTextLayout]
        ] = {}

    def _text_rect(self, options: QStyleOptionViewItem) -> QRect:
        widget = options.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return options.rect
        return style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, options, widget)

    def _options(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QStyleOptionViewItem:
        options = QStyleOptionViewItem(option)
        self.initStyleOption(options, index)
        options.text = ""  # the delegate draws it
        return options

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        result = index.data(TEXT_ROLE)
        widget = option.widget
        style = widget.style() if widget is not None else None
        if not isinstance(result, ResultText) or style is None:
            super().paint(painter, option, index)
            return
        options = self._options(option, index)
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, options, painter, widget)
        gap = ROW_GAP + TEXT_MARGIN
        rect = self._text_rect(options).adjusted(TEXT_MARGIN, gap, -TEXT_MARGIN, -gap)
        selected = bool(options.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        spacing = QFontMetricsF(options.font).lineSpacing()
        room = int(rect.height() // spacing) if spacing > 0 else 1
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(options.palette.color(role))
        for number, layout in enumerate(self._laid_out(result, options, rect.width(), room)):
            layout.draw(painter, QPointF(rect.left(), rect.top() + number * spacing))
        painter.restore()

    def _laid_out(
        self, result: ResultText, options: QStyleOptionViewItem, width: int, room: int
    ) -> list[QTextLayout]:
        """The row's lines at `width`: its kind and name, then its snippet in what is left of
        `room` lines, at most SNIPPET_LINES."""
        count = max(1, min(room - 1, SNIPPET_LINES))
        key = (result, width, options.font.key(), options.direction, count)
        layouts = self._layouts.get(key)
        if layouts is None:
            first = _Lines(options.font, options.direction, width, len(result.kind))
            layouts = [first.elided(result.first_line)]
            if result.snippet is not None:
                lines = _Lines(options.font, options.direction, width)
                layouts += lines.wrapped(result.snippet, count)
            _remember(self._layouts, key, layouts)
        return layouts

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        result = index.data(TEXT_ROLE)
        if not isinstance(result, ResultText):
            return super().sizeHint(option, index)
        # The row is as wide as the list's viewport: the text wraps and is cut at that width.
        widget = option.widget
        view = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        view_width = view.width() if view is not None and view.width() > 0 else FALLBACK_WIDTH
        key = (result, view_width, option.font.key(), option.decorationSize.height())
        size = self._sizes.get(key)
        if size is None:
            size = self._size(option, index, result, view_width)
            _remember(self._sizes, key, size)
        return size

    def _size(
        self,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
        result: ResultText,
        view_width: int,
    ) -> QSize:
        options = self._options(option, index)
        options.rect = QRect(0, 0, view_width, 100)
        width = max(self._text_rect(options).width() - 2 * TEXT_MARGIN, 120)
        lines = 1
        if result.snippet is not None:
            lines += lines_needed(result.snippet, options.font, width)
        spacing = QFontMetricsF(options.font).lineSpacing()
        text_height = int(lines * spacing + 0.999) + 2 * TEXT_MARGIN
        # Never lower than its icon: a one-line name would otherwise overlap the next row.
        height = max(text_height, options.decorationSize.height()) + 2 * ROW_GAP
        return QSize(view_width, height)


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    """Keep `value`, forgetting everything once the cache holds more than a few pages' worth."""
    if len(cache) >= CACHE_SIZE:
        cache.clear()
    cache[key] = value
