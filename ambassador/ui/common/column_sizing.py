"""A table's columns sized to the table's width by priority, as a spreadsheet person would:
names whole first, then every other column as wide as its contents up to a cap, what is left to
the columns that stretch; when the table is too narrow, the other columns give way before the
names do. A cell still cut shows its whole text on hover."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

# A column other than a name is never made wider than this many average characters by its
# contents (a long note or requirement shows whole on hover), nor narrower than its floor.
CAP_CHARACTERS = 28
FLOOR_CHARACTERS = 6
NAME_FLOOR_CHARACTERS = 12
# Values this short (a date, a count, a status) are never cut: their column is left out instead.
SHORT_CHARACTERS = 14
# How much narrower than the widest text (by its plain advance) a text may be and still be
# measured as Qt lays it out (plus a tenth of the widest); and how many measured texts are kept.
NEAR_PIXELS = 8
MEASURED_TEXTS = 5000


def name_columns(table: QTableView) -> set[int]:
    """The columns of `table`'s model shown whole first: names, and the few others that must
    not be cut (a model with `whole_columns()`, as ui.common.table_model's)."""
    model = table.model()
    whole = getattr(model, "whole_columns", None)
    return set(whole()) if callable(whole) else set()


class ColumnSizer(QObject):
    """Sizes `table`'s columns whenever its width or rows change, until the person drags a
    column's edge (from then on the columns are theirs, and the table scrolls sideways when
    they make it wider)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self._table = table
        self._header = table.horizontalHeader()
        self._stretching: set[int] | None = None  # read from the header at the first fit
        self._contents: list[int] = []
        self._titles: list[int] = []
        # Columns left out because the table is too narrow for them; back when it widens.
        self._left_out: set[int] = set()
        self._fitting = False
        self.manual = False
        # Texts measured as Qt lays them out, by (column, text), in the font they were measured
        # in: a new page of a list brings mostly texts already measured.
        self._measured: dict[tuple[int, str], int] = {}
        self._measured_font = ""
        self._advances: dict[str, int] = {}
        self._metrics = QFontMetrics(table.font())

        self._header.sectionResized.connect(self._on_header_section_resized)
        # Kept here: while the table is being destroyed its viewport still sends events, and
        # asking the half-deleted table for its viewport would fail.
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._model_connected: QObject | None = None
        self._connect_model()

    def _connect_model(self) -> None:
        model = self._table.model()
        if model is None or model is self._model_connected:
            return
        self._model_connected = model
        for signal in (model.modelReset, model.rowsInserted, model.layoutChanged):
            signal.connect(self.measure)
        model.headerDataChanged.connect(self.measure)

    def measure(self, *_args: object) -> None:
        """Measure the contents again (the rows changed), then fit."""
        self._contents = []
        self.fit()

    def fit(self) -> None:
        table = self._table
        self._connect_model()
        model = table.model()
        if model is None or self.manual or not table.isVisible():
            return
        columns = model.columnCount()
        if self._stretching is None:
            self._stretching = {
                column
                for column in range(columns)
                if self._header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
            }
            if self._header.stretchLastSection() and columns:
                self._stretching.add(columns - 1)
            self._header.setStretchLastSection(False)
            self._header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if len(self._contents) != columns:
            self._titles = [self._header.sectionSizeHint(column) for column in range(columns)]
            self._contents = [
                max(self._titles[column], self._content_width(column)) for column in range(columns)
            ]
        shown = [
            column
            for column in range(columns)
            if not table.isColumnHidden(column) or column in self._left_out
        ]
        widths = self.widths(
            {column: self._contents[column] for column in shown},
            table.viewport().width(),
            names=name_columns(table),
            stretching=self._stretching,
            character=table.fontMetrics().averageCharWidth(),
            headers={column: self._titles[column] for column in shown},
        )
        self._fitting = True
        try:
            for column, width in widths.items():
                left_out = width == 0
                if left_out != (column in self._left_out):
                    table.setColumnHidden(column, left_out)
                    if left_out:
                        self._left_out.add(column)
                    else:
                        self._left_out.discard(column)
                if not left_out and self._header.sectionSize(column) != width:
                    self._header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _content_width(self, column: int) -> int:
        """What `table.sizeHintForColumn(column)` answers, found without laying out every cell
        when the cells show only their text through the plain delegate: each text's width in
        the view's font picks the few widest, and only those are measured as Qt does (by the
        delegate, with the style's margins), each text once while the font stays. Otherwise
        (a model drawing fonts or icons of its own, a delegate of a screen's, more rows than Qt
        measures) Qt's own answer."""
        table = self._table
        model = table.model()
        plain = getattr(model, "plain_texts", None)
        texts = plain(column) if callable(plain) else None
        precision = table.verticalHeader().resizeContentsPrecision()
        if not texts or 0 <= precision < len(texts):
            return table.sizeHintForColumn(column)
        first = model.index(0, column)
        delegate = table.itemDelegateForIndex(first)
        if type(delegate) is not QStyledItemDelegate:
            return table.sizeHintForColumn(column)
        # A text laid out on a screen of another scale may round to another width.
        font = f"{table.font().key()} {table.devicePixelRatioF()}"
        if font != self._measured_font or len(self._measured) > MEASURED_TEXTS:
            self._measured = {}
            self._advances = {}
            self._measured_font = font
            self._metrics = table.fontMetrics()
        advances = [self._advance(text) for text in texts]
        # The layout Qt measures by may differ from a plain advance by a few pixels (kerning, a
        # fallback font for a letter, rounding at a fractional scale): every text near the
        # widest is measured as Qt does, not just the widest.
        widest = max(advances)
        near = widest - NEAR_PIXELS - widest // 10
        hint = 0
        option: QStyleOptionViewItem | None = None
        for row, (text, advance) in enumerate(zip(texts, advances, strict=True)):
            if advance < near:
                continue
            width = self._measured.get((column, text))
            if width is None:
                if option is None:
                    option = QStyleOptionViewItem()
                    table.initViewItemOption(option)
                index = model.index(row, column)
                width = delegate.sizeHint(option, index).width()
                self._measured[(column, text)] = width
            hint = max(hint, width)
        return hint + 1 if table.showGrid() else hint

    def _advance(self, text: str) -> int:
        """How wide `text`'s widest line is in the view's font, each text asked once."""
        advance = self._advances.get(text)
        if advance is None:
            metrics = self._metrics
            advance = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
            self._advances[text] = advance
        return advance

    @staticmethod
    def widths(
        contents: dict[int, int],
        available: int,
        *,
        names: set[int],
        stretching: set[int],
        character: int,
        headers: dict[int, int] | None = None,
    ) -> dict[int, int]:
        """Each shown column's width (a column left out is 0: it is hidden), `contents` being
        how wide each column's text is and `headers` its title, in `available`."""
        headers = headers or {}
        cap = CAP_CHARACTERS * character
        want = {
            column: width if column in names else min(width, max(cap, headers.get(column, 0)))
            for column, width in contents.items()
        }
        # A column narrower than its title reads as "Star" or "nerat": no narrower than that.
        # One whose values are short (a date, a count, a status) is whole or left out:
        # "2026-1…" says nothing.
        floor = {
            column: want[column]
            if want[column] <= SHORT_CHARACTERS * character
            else min(
                want[column],
                max(
                    headers.get(column, 0),
                    (NAME_FLOOR_CHARACTERS if column in names else FLOOR_CHARACTERS) * character,
                ),
            )
            for column in contents
        }
        others = [c for c in contents if c not in names]
        widths = dict(want)
        left = available - sum(widths.values())
        # Too narrow: the other columns give way first (those that stretch before those that
        # hold short values); then the last of them are left out, one by one, so the rest
        # keep their titles whole; only then do the names give way.
        for leave_out in range(len(others) + 1):
            kept = [c for c in contents if c not in others[len(others) - leave_out :]]
            widths = {c: want[c] for c in kept}
            left = available - sum(widths.values())
            for group in (
                [c for c in kept if c not in names and c in stretching],
                [c for c in kept if c not in names and c not in stretching],
            ):
                left = _shrink(widths, floor, group, left)
            if left >= 0:
                break
        left = _shrink(widths, floor, [c for c in widths if c in names], left)
        if left > 0:
            takers = [c for c in widths if c in stretching or c in names] or list(widths)[-1:]
            for number, column in enumerate(takers):
                widths[column] += left // len(takers) + (1 if number < left % len(takers) else 0)
        return {column: widths.get(column, 0) for column in contents}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._viewport:
            if event.type() == QEvent.Type.Resize:
                self.fit()
            elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
                return self._show_whole_text(event)
        return super().eventFilter(watched, event)

    def _show_whole_text(self, event: QHelpEvent) -> bool:
        """A cut cell's whole text on hover, when its model gives no tooltip of its own."""
        table = self._table
        index = table.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False  # the view shows the model's own tooltip
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text and elided(table, index.row(), index.column()):
            QToolTip.showText(event.globalPos(), text, table.viewport(), table.visualRect(index))
        else:
            QToolTip.hideText()
            event.ignore()
        return True

    def _on_header_section_resized(self, *_args: object) -> None:
        # Only the person's drag makes the columns theirs, not a resize of Qt's own.
        dragging = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if dragging and not self._fitting and self._stretching is not None:
            self.manual = True
            self._table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)


def elided(table: QTableView, row: int, column: int) -> bool:
    """Whether the cell shows its text cut, measured as the view lays it out."""
    model = table.model()
    index = model.index(row, column)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    delegate = table.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(option, index)
    style = table.style()
    text_rect: QRect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    right = min(text_rect.right(), table.viewport().width() - 1)
    had = right - text_rect.left() + 1 - 2 * margin
    return QFontMetrics(option.font).horizontalAdvance(option.text) > had


def _shrink(widths: dict[int, int], floor: dict[int, int], group: list[int], left: int) -> int:
    """Take what `left` lacks (a negative width) from `group`, each column in proportion to
    how far it is above its floor; what is left lacking afterwards."""
    deficit = -left
    room = sum(widths[c] - floor[c] for c in group)
    if deficit <= 0 or room <= 0:
        return left
    for column in group:
        spare = widths[column] - floor[column]
        cut = min(spare, deficit * spare // room + 1)
        widths[column] -= cut
        left += cut
    return left
