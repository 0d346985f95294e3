"""The summary's chart of ratings over the answers, drawn straight on the canvas.

It is drawn as ReportLab's HorizontalLineChart and Legend drew it for the summary (the same
axes, ticks, labels, grid, lines, markers and legend, each in the same place and order), at a
tenth of the work: the widgets build and then render a tree of some hundred shapes, each with
its whole graphics state, for a chart of a few lines.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from ambassador.reporting import fonts
from ambassador.reporting.visual import draw_string

# One colour, marker and dash per rating, so the lines part in grey print and where they run
# together.
SERIES_COLOURS = [
    colors.HexColor("#1c4e80"),
    colors.HexColor("#c05621"),
    colors.HexColor("#2f855a"),
    colors.HexColor("#6b46c1"),
    colors.HexColor("#718096"),
]
MARKERS = ["FilledCircle", "FilledSquare", "FilledDiamond", "FilledTriangle", "FilledCross"]
DASHES: list[list[float] | None] = [None, [4, 2], [1, 2], [6, 2, 1, 2], [2, 2]]

LOWEST, HIGHEST = 1, 5  # the rating scale, one tick a step
AXIS_LABEL_SIZE = 7.0
TICK = 5.0  # below the categories' axis, left of the values'; labels as far
LINE_WIDTH = 1.4
MARKER_SIZE = 5.0
MARKER_STROKE = 0.1
LEGEND_SIZE = 7.5
LEGEND_STEP = 11.0  # at least, between two names' tops
LEGEND_SWATCH = 18.0  # a sample of the line, its marker in the middle
LEGEND_SWATCH_HEIGHT = 10.0
LEGEND_TEXT_GAP = 10.0


class RatingChart(Flowable):
    """`series`: a rating's name and its value in each answer (None where not rated), the
    answers oldest first, named by `categories`. The plot's box is `box` (x, y, width, height)
    in the flowable; the legend's upper left corner `legend_at`."""

    def __init__(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[int | None]]],
        *,
        size: tuple[float, float],
        box: tuple[int, int, int, int],
        legend_at: tuple[float, float],
        grid_colour: Color,
        grid_width: float,
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self.width, self.height = size
        self._categories = list(categories)
        self._series = [(name, list(values)) for name, values in series]
        self._box = box
        self._legend_at = legend_at
        self._grid_colour = grid_colour
        self._grid_width = grid_width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        x, y, width, height = self._box
        step = width / max(len(self._categories), 1)
        centres = [x + (index + 0.5) * step for index in range(len(self._categories))]

        def level(value: float) -> float:
            return y + (value - LOWEST) * height / (HIGHEST - LOWEST)

        canvas.saveState()
        _stroke(canvas, colors.black, 1, None, join=0)
        canvas.setFillColor(colors.black)
        # The categories' axis: its line, a tick at each category's edges, the names under
        # their middles.
        canvas.line(x, y, x + width, y)
        for index in range(len(self._categories) + 1):
            canvas.line(x + index * step, y, x + index * step, y - TICK)
        for centre, name in zip(centres, self._categories, strict=True):
            draw_string(
                canvas,
                centre,
                y - TICK - AXIS_LABEL_SIZE,
                name,
                font=fonts.REGULAR,
                size=AXIS_LABEL_SIZE,
                anchor="centre",
            )
        # The values' axis: its line, a tick and a number at each step.
        values = range(LOWEST, HIGHEST + 1)
        canvas.line(x, y, x, y + height)
        for value in values:
            canvas.line(x, level(value), x - TICK, level(value))
        for value in values:
            draw_string(
                canvas,
                x - TICK,
                level(value) - 0.4 * AXIS_LABEL_SIZE,
                str(value),
                font=fonts.REGULAR,
                size=AXIS_LABEL_SIZE,
                anchor="right",
            )
        _stroke(canvas, self._grid_colour, self._grid_width, None, join=0)
        for value in values:
            canvas.line(x, level(value), x + width, level(value))
        # A line a rating through the answers that rated it, each with its marker.
        for index, (_, ratings) in enumerate(self._series):
            colour, marker, dash = _look(index)
            points = [
                (centre, level(rating))
                for centre, rating in zip(centres, ratings, strict=True)
                if rating is not None
            ]
            if len(points) > 1:
                _stroke(canvas, colour, LINE_WIDTH, dash, join=1)
                path = canvas.beginPath()
                path.moveTo(*points[0])
                for point in points[1:]:
                    path.lineTo(*point)
                canvas.drawPath(path, stroke=1, fill=0)
            for point in points:
                _marker(canvas, marker, colour, *point)
        self._legend(canvas)
        canvas.restoreState()

    def _legend(self, canvas: Any) -> None:
        """A rating a row, top down: a sample of its line and marker, then its name."""
        left, top = self._legend_at
        font: Any = getFont(fonts.REGULAR)  # a TTFont: the stubs know only Font
        ascent = font.face.ascent / 1000 * LEGEND_SIZE
        row = top - LEGEND_SWATCH_HEIGHT
        for index, (name, _) in enumerate(self._series):
            colour, marker, dash = _look(index)
            middle = row + LEGEND_SWATCH_HEIGHT / 2
            _stroke(canvas, colour, LINE_WIDTH, dash, join=0)
            canvas.line(left, middle, left + LEGEND_SWATCH, middle)
            _marker(canvas, marker, colour, left + LEGEND_SWATCH / 2, middle)
            baseline = row + (LEGEND_SWATCH_HEIGHT - ascent) / 2
            canvas.setFillColor(colors.black)
            draw_string(
                canvas,
                left + LEGEND_SWATCH + LEGEND_TEXT_GAP,
                baseline,
                name,
                font=fonts.REGULAR,
                size=LEGEND_SIZE,
                anchor="left",
            )
            # The next row a step down, or a line of the name lower if that is more.
            row -= max(LEGEND_STEP, baseline + 1.2 * LEGEND_SIZE - row)


def _look(index: int) -> tuple[Color, str, list[float] | None]:
    return (
        SERIES_COLOURS[index % len(SERIES_COLOURS)],
        MARKERS[index % len(MARKERS)],
        DASHES[index % len(DASHES)],
    )


def _stroke(canvas: Any, colour: Color, width: float, dash: list[float] | None, join: int) -> None:
    canvas.setStrokeColor(colour)
    canvas.setLineWidth(width)
    canvas.setDash(dash or [], 0)
    canvas.setLineCap(0)
    canvas.setLineJoin(join)


def _marker(canvas: Any, kind: str, colour: Color, x: float, y: float) -> None:
    """A filled marker MARKER_SIZE across, outlined thinly in black, as ReportLab's Marker."""
    canvas.setFillColor(colour)
    _stroke(canvas, colors.black, MARKER_STROKE, None, join=0)
    half = MARKER_SIZE / 2
    if kind == "FilledCircle":
        canvas.circle(x, y, half, stroke=1, fill=1)
    elif kind == "FilledSquare":
        canvas.rect(x - half, y - half, MARKER_SIZE, MARKER_SIZE, stroke=1, fill=1)
    else:
        _polygon(canvas, _corners(kind, x, y, half))


def _corners(kind: str, x: float, y: float, half: float) -> list[tuple[float, float]]:
    if kind == "FilledDiamond":
        return [(x - half, y), (x, y + half), (x + half, y), (x, y - half)]
    if kind == "FilledTriangle":
        across = half * math.cos(math.radians(30))
        down = half * math.sin(math.radians(30))
        return [(x, y + half), (x - across, y - down), (x + across, y - down)]
    arm = MARKER_SIZE / 6  # FilledCross: half an arm's width
    return [
        (x - arm, y - half),
        (x - arm, y - arm),
        (x - half, y - arm),
        (x - half, y + arm),
        (x - arm, y + arm),
        (x - arm, y + half),
        (x + arm, y + half),
        (x + arm, y + arm),
        (x + half, y + arm),
        (x + half, y - arm),
        (x + arm, y - arm),
        (x + arm, y - half),
    ]


def _polygon(canvas: Any, corners: list[tuple[float, float]]) -> None:
    path = canvas.beginPath()
    path.moveTo(*corners[0])
    for corner in corners[1:]:
        path.lineTo(*corner)
    path.close()
    canvas.drawPath(path, stroke=1, fill=1)
