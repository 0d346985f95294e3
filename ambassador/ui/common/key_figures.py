"""The key figures of a period as a grid, split by gender: on the Översikt and in Rapporter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from ambassador.domain.enums import Gender
from ambassador.domain.figures import KeyFigures, Period, Share, Split
from ambassador.ui.common.formatting import long_date, percent
from ambassador.ui.common.formatting import whole as count


def is_calendar_year(period: Period) -> bool:
    return period.start == date(period.start.year, 1, 1) and period.end == date(
        period.start.year, 12, 31
    )


class KeyFiguresView(QWidget):
    """A heading naming the period, then one row per figure and one column per gender."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: KeyFigures | None = None
        self.heading_label = QLabel()
        font = self.heading_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading_label.setFont(font)
        self.figures_grid = QGridLayout()
        self.figures_grid.setHorizontalSpacing(24)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addLayout(self.figures_grid)

    def show_figures(self, figures: KeyFigures) -> None:
        self.figures = figures
        period = figures.period
        whole_year = is_calendar_year(period)
        if whole_year:
            heading = self.tr("Key figures %1").replace("%1", str(period.start.year))
        else:
            heading = (
                self.tr("Key figures %1 – %2")
                .replace("%1", long_date(period.start))
                .replace("%2", long_date(period.end))
            )
        self.heading_label.setText(heading)
        self.heading_label.setAccessibleName(heading)
        while self.figures_grid.count():
            item = self.figures_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        headers = [
            self.tr("Total"),
            self.tr("Women"),
            self.tr("Men"),
            self.tr("Other or undisclosed"),
        ]
        for column, text in enumerate(headers, start=1):
            self._figure_cell(text, 0, column, bold=True)
        active = (
            self.tr("Active during the year") if whole_year else self.tr("Active during the period")
        )
        rows: list[tuple[str, Split | Share]] = [
            (active, figures.active),
            (self.tr("Started"), figures.started),
            (self.tr("Ended"), figures.ended),
            (self.tr("Into work or education"), figures.into_work_or_education),
            (self.tr("Ended early"), figures.ended_early),
            # Said apart from the questionnaires' figure on Rapporter: this one counts the
            # placements whose feedback rated the support, however it was collected.
            (
                self.tr("Employers who felt supported,\nof the placements followed up"),
                figures.employers_felt_supported,
            ),
            (
                self.tr("Participants who felt supported,\nof the placements followed up"),
                figures.participants_felt_supported,
            ),
        ]
        supported_rows = {len(rows) - 1, len(rows)}
        for row, (label, value) in enumerate(rows, start=1):
            self._figure_cell(label, row, 0)
            if row in supported_rows:
                self._set_tip(
                    row,
                    self.tr(
                        "Of the placements whose feedback rated the support during the period "
                        "(the latest rating of each): how many rated it 4 or 5 of 5."
                    ),
                )
            for column, text in enumerate(self.figure_texts(value), start=1):
                self._figure_cell(text, row, column)
        self.figures_grid.setColumnStretch(5, 1)

    def cell_text(self, row: int, column: int) -> str:
        """The text shown at `row`, `column` of the grid (row 0 the headers, column 0 the
        figure's name); empty where nothing is shown."""
        item = self.figures_grid.itemAtPosition(row, column)
        widget = item.widget() if item is not None else None
        return widget.text() if isinstance(widget, QLabel) else ""

    def figure_texts(self, value: Split | Share) -> list[str]:
        if isinstance(value, Split):
            other = value.of(Gender.OTHER) + value.of(Gender.UNDISCLOSED)
            return [
                count(value.total),
                count(value.of(Gender.WOMAN)),
                count(value.of(Gender.MAN)),
                count(other),
            ]

        def share_text(part: int, whole: int) -> str:
            if whole == 0:
                return "–"
            return (
                self.tr("%1 (%2 of %3)")
                .replace("%1", percent(part / whole))
                .replace("%2", count(part))
                .replace("%3", count(whole))
            )

        other_part = value.part.of(Gender.OTHER) + value.part.of(Gender.UNDISCLOSED)
        other_whole = value.whole.of(Gender.OTHER) + value.whole.of(Gender.UNDISCLOSED)
        return [
            share_text(value.part.total, value.whole.total),
            share_text(value.part.of(Gender.WOMAN), value.whole.of(Gender.WOMAN)),
            share_text(value.part.of(Gender.MAN), value.whole.of(Gender.MAN)),
            share_text(other_part, other_whole),
        ]

    def _set_tip(self, row: int, tip: str) -> None:
        item = self.figures_grid.itemAtPosition(row, 0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setToolTip(tip)

    def _figure_cell(self, text: str, row: int, column: int, bold: bool = False) -> None:
        label = QLabel(text)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        alignment = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
        label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        # The figures' names and the columns' titles wrap on a narrow screen (a laptop at
        # 150 %) rather than widen the page into scrolling sideways; the figures never do.
        label.setWordWrap(column == 0 or row == 0)
        self.figures_grid.addWidget(label, row, column)
