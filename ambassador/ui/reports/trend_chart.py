"""A measure's trend over up to five years as a small bar chart painted with QPainter: a bar a
year (this year's, not over yet, drawn hollow), the figure above it and the target as a
dashed line across the year's bar. Drawn in the palette's colours, so it reads in dark mode
too; its text alternative (accessible description and tooltip) says every year in words."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ambassador.domain.headline import Trend

# Orange: apart from the bars' highlight colour on a light and a dark window alike.
TARGET_COLOUR = QColor("#e07b24")
MARGIN = 8


class TrendChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.trend: Trend | None = None
        self._text: Callable[[float], str] = lambda value: f"{value:g}"
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(170)
        self.setMaximumWidth(680)  # five bars read as a row, not scattered over a wide screen
        self.setAccessibleName(self.tr("Trend chart"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 190)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(220, 170)

    def set_trend(self, trend: Trend | None, text: Callable[[float], str]) -> None:
        """Show `trend`, its figures and targets written by `text`; None shows nothing."""
        self.trend = trend
        self._text = text
        alternative = self.text_alternative()
        self.setAccessibleDescription(alternative)
        self.setToolTip(alternative)
        self.update()

    def text_alternative(self) -> str:
        """Every year in words: "2025: 48 %, target 40 %; 2026 so far: 36 %"."""
        if self.trend is None or not self.trend.points:
            return self.tr("No figures yet.")
        parts = []
        for point in self.trend.points:
            year = (
                self.tr("%1 so far").replace("%1", str(point.year))
                if point.partial
                else str(point.year)
            )
            figure = "–" if point.value is None else self._text(point.value)
            if point.target is None:
                parts.append(self.tr("%1: %2").replace("%1", year).replace("%2", figure))
            else:
                parts.append(
                    self.tr("%1: %2, target %3")
                    .replace("%1", year)
                    .replace("%2", figure)
                    .replace("%3", self._text(point.target))
                )
        return "; ".join(parts)

    def scale_top(self) -> float:
        """The value at the top of the plot: 100 for a share, else room above the highest
        bar or target for its figure."""
        if self.trend is None:
            return 1.0
        if self.trend.measure.is_percent:
            return 100.0
        values = [p.value or 0 for p in self.trend.points] + [
            p.target or 0 for p in self.trend.points
        ]
        return max(max(values, default=0) * 1.2, 1.0)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        axis_colour = palette.color(QPalette.ColorRole.Mid)
        metrics = self.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)
        if self.trend is None or not self.trend.points:
            painter.setPen(text_colour)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No figures yet."))
            return
        plot = area.adjusted(0, line + 4, 0, -(line + 4))  # room for figures and years
        top = self.scale_top()
        painter.setPen(QPen(axis_colour, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        points = self.trend.points
        slot = plot.width() / len(points)
        bar = min(slot * 0.55, 64.0)
        for index, point in enumerate(points):
            x = plot.left() + index * slot + (slot - bar) / 2
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(plot.left() + index * slot, plot.bottom() + 2, slot, line + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(point.year),
            )
            target_y = (
                None
                if point.target is None
                else plot.bottom() - plot.height() * min(point.target / top, 1.0)
            )
            if point.value is not None:
                height = plot.height() * min(point.value / top, 1.0)
                column = QRectF(x, plot.bottom() - height, bar, height)
                painter.setPen(QPen(bar_colour, 1.5))
                if point.partial:
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                else:
                    painter.setBrush(bar_colour)
                painter.drawRect(column)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                label_bottom = min(column.top(), target_y if target_y is not None else column.top())
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(plot.left() + index * slot, label_bottom - line - 3, slot, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    self._text(point.value),
                )
            if target_y is not None:
                pen = QPen(TARGET_COLOUR, 2.5, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x - 4, target_y), QPointF(x + bar + 4, target_y))
