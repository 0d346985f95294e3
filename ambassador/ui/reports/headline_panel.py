"""Rapporter's targets and headline figures for the chosen period: each measure beside the
target for the period's year ("62 % (target 40 %)"), ended placements that became employment
for a placement type chosen, placements outside gender-traditional fields, returning
employers, the municipality's cost by subsidy type, and a measure's trend over up to five
years as a chart."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ambassador.domain.enums import Gender, ListName
from ambassador.domain.figures import KeyFigures, Period
from ambassador.domain.headline import HeadlineReport, Trend
from ambassador.domain.targets import (
    HEADLINE_MEASURES,
    MAIN_MEASURES,
    MEASURE_LABELS,
    Measure,
    measure_text,
)
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.services.bundle import Services
from ambassador.ui.common.formatting import percent, whole
from ambassador.ui.common.when_seen import WhenSeen
from ambassador.ui.common.widgets import section_heading
from ambassador.ui.i18n import current_language, list_name
from ambassador.ui.reports.trend_chart import TrendChart

# The grid's rows; the conversion has a section of its own, with a choice of type.
GRID_MEASURES = tuple(m for m in HEADLINE_MEASURES if m is not Measure.CONVERSION_TO_EMPLOYMENT)
TREND_MEASURES = (*MAIN_MEASURES, Measure.NON_TRADITIONAL, Measure.RETURNING_EMPLOYERS)


def measure_name(measure: Measure, subject: str = "") -> str:
    name = QCoreApplication.translate(LABELS_CONTEXT, MEASURE_LABELS[measure])
    return f"{name}: {list_name(ListName.PLACEMENT_TYPES, subject)}" if subject else name


def _trend_key(measure: Measure, subject: str = "") -> str:
    """The trend combo's item data: one string, which Qt finds again as it was put in."""
    return f"{measure.value}|{subject}"


class HeadlinePanel(QWidget):
    MEASURE_COLUMN = 0
    FIGURE_COLUMN = 1

    def __init__(
        self,
        services: Services,
        chosen_period: Callable[[], Period],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._chosen_period = chosen_period
        self.report: HeadlineReport | None = None
        # Trends read, by measure and year: a new period in the same year, or going back to
        # a measure, reads nothing again (five years of feedback is seconds on a decade's
        # data); forgotten when the data changes.
        self._trends: dict[tuple[str, int], Trend] = {}
        self._build_ui()

    def _build_ui(self) -> None:
        self.heading_label = section_heading(self.tr("Targets and headline figures"))
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.figures_grid = QGridLayout()
        self.figures_grid.setHorizontalSpacing(24)

        self.type_combo = QComboBox()
        self.type_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.type_combo.setMinimumContentsLength(14)
        self.type_combo.setAccessibleName(self.tr("Placement type of the conversion"))
        type_label = QLabel(self.tr("Placement t&ype:"))
        type_label.setBuddy(self.type_combo)
        self.conversion_label = QLabel()
        self.conversion_label.setWordWrap(True)
        self.conversion_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        conversion_row = QHBoxLayout()
        conversion_row.addWidget(type_label)
        conversion_row.addWidget(self.type_combo)
        conversion_row.addWidget(self.conversion_label, 1)

        self.fields_label = QLabel()
        self.fields_label.setWordWrap(True)
        self.fields_label.setToolTip(
            self.tr(
                "A field is gender-traditional when more than 60 % of those employed in it are "
                "of one gender. The field is the category of the placement's first task; the "
                "shares of women per category are in the settings."
            )
        )
        self.returning_label = QLabel()
        self.returning_label.setWordWrap(True)
        self.cost_label = QLabel()
        self.cost_label.setWordWrap(True)

        self.trend_combo = QComboBox()
        # As wide as a short name, not the longest: the page never scrolls sideways.
        self.trend_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.trend_combo.setMinimumContentsLength(24)
        self.trend_combo.setAccessibleName(self.tr("Measure of the trend"))
        trend_label = QLabel(self.tr("T&rend of:"))
        trend_label.setBuddy(self.trend_combo)
        trend_row = QHBoxLayout()
        trend_row.addWidget(trend_label)
        trend_row.addWidget(self.trend_combo)
        trend_row.addStretch(1)
        self.trend_chart = TrendChart()
        # Below the fold: five years read when scrolled to (0.2 s on a ten-times register).
        self.trend_seen = WhenSeen(self.trend_chart, self._show_trend)
        self.trend_note_label = QLabel(
            self.tr(
                "A bar a calendar year, up to five years ending in the period's year (this "
                "year's hollow: the year is not over); the dashed line is the target."
            )
        )
        self.trend_note_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.figures_grid)
        layout.addLayout(conversion_row)
        layout.addWidget(self.fields_label)
        layout.addWidget(self.returning_label)
        layout.addWidget(self.cost_label)
        layout.addLayout(trend_row)
        layout.addWidget(self.trend_chart)
        layout.addWidget(self.trend_note_label)

        self.type_combo.currentIndexChanged.connect(self._on_type_combo_changed)
        self.trend_combo.currentIndexChanged.connect(self._on_trend_combo_changed)

    # Showing ------------------------------------------------------------------------------

    def show_period(self, key: KeyFigures | None = None) -> None:
        """The chosen period's figures; `key`, its key figures when the screen has them."""
        period = self._chosen_period()
        self.report = self._services.headline.report(period, key=key)
        report = self.report
        self.intro_label.setText(
            self.tr(
                "Each figure of the period beside the target for %1 (set in the settings). A "
                "count is the period's; its target is the year's."
            ).replace("%1", str(report.year))
        )
        self._fill_grid(report)
        self._fill_types(report)
        self._show_conversion()
        self._show_fields(report)
        self._show_returning(report)
        self._show_cost(report)
        self._fill_trend_measures(report)
        self.trend_seen.stale()

    def forget(self) -> None:
        """The data changed: read the trends again when next shown."""
        self._trends.clear()

    def figure_text(self, measure: Measure, subject: str = "") -> str:
        """'62 % (target 40 %)', or the figure alone when no target is set."""
        assert self.report is not None
        language = current_language()
        figure = measure_text(measure, self.report.value(measure, subject), language)
        target = self.report.target(measure, subject)
        if target is None:
            return figure
        return (
            self.tr("%1 (target %2)")
            .replace("%1", figure)
            .replace("%2", measure_text(measure, target, language))
        )

    def cell_text(self, row: int, column: int) -> str:
        item = self.figures_grid.itemAtPosition(row, column)
        widget = item.widget() if item is not None else None
        return widget.text() if isinstance(widget, QLabel) else ""

    def _fill_grid(self, report: HeadlineReport) -> None:
        while self.figures_grid.count():
            item = self.figures_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        rows = [(m, "") for m in GRID_MEASURES]
        rows += sorted(
            {
                (t.measure, t.subject)
                for t in report.targets
                if t.year == report.year and t.measure is Measure.STARTED_OF_TYPE
            }
        )
        for row, (measure, subject) in enumerate(rows):
            name = QLabel(measure_name(measure, subject))
            name.setWordWrap(True)
            figure = QLabel(self.figure_text(measure, subject))
            figure.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            figure.setAccessibleName(name.text())
            self.figures_grid.addWidget(name, row, self.MEASURE_COLUMN)
            self.figures_grid.addWidget(figure, row, self.FIGURE_COLUMN)
        self.figures_grid.setColumnStretch(2, 1)

    def _fill_types(self, report: HeadlineReport) -> None:
        chosen = self.type_combo.currentData() or ""
        types = list(self._services.settings.list_labels(ListName.PLACEMENT_TYPES))
        types += [
            c.placement_type
            for c in report.figures.conversion_by_type
            if c.placement_type and c.placement_type not in types
        ]
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("All types"), "")
        for kind in types:
            self.type_combo.addItem(list_name(ListName.PLACEMENT_TYPES, kind), kind)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(chosen), 0))
        self.type_combo.blockSignals(False)

    def chosen_type(self) -> str:
        return str(self.type_combo.currentData() or "")

    def choose_type(self, placement_type: str) -> None:
        self.type_combo.setCurrentIndex(self.type_combo.findData(placement_type))

    def _show_conversion(self) -> None:
        if self.report is None:
            return
        kind = self.chosen_type()
        share = self.report.figures.conversion_of(kind)
        if not share.whole.total:
            self.conversion_label.setText(
                self.tr("Ended placements that became employment: none ended in the period.")
            )
            return
        self.conversion_label.setText(
            self.tr("Ended placements that became employment: %1 of %2 (%3)")
            .replace("%1", whole(share.part.total))
            .replace("%2", whole(share.whole.total))
            .replace("%3", self.figure_text(Measure.CONVERSION_TO_EMPLOYMENT, kind))
        )

    def _share(self, part: int, whole_count: int) -> str:
        if not whole_count:
            return "–"
        return (
            self.tr("%1 (%2 of %3)")
            .replace("%1", percent(part / whole_count))
            .replace("%2", whole(part))
            .replace("%3", whole(whole_count))
        )

    def _show_fields(self, report: HeadlineReport) -> None:
        figures = report.figures.non_traditional
        share = figures.share
        self.fields_label.setText(
            self.tr(
                "Placements started outside gender-traditional fields: women %1, men %2; "
                "field not known: %3"
            )
            .replace("%1", self._share(share.part.of(Gender.WOMAN), share.whole.of(Gender.WOMAN)))
            .replace("%2", self._share(share.part.of(Gender.MAN), share.whole.of(Gender.MAN)))
            .replace("%3", whole(figures.not_known.total))
        )

    def _show_returning(self, report: HeadlineReport) -> None:
        returning = report.figures.returning
        self.returning_label.setText(
            self.tr(
                "Employers with a placement started in the period: %1; of these, %2 had one "
                "before and %3 took two or more in the period."
            )
            .replace("%1", whole(returning.employers))
            .replace("%2", self._share(returning.returning, returning.employers))
            .replace("%3", whole(returning.several))
        )

    def _show_cost(self, report: HeadlineReport) -> None:
        cost = report.figures.cost
        if not cost:
            self.cost_label.setText(self.tr("No municipal cost is recorded for the period."))
            return
        parts = [
            self.tr("%1 %2 kr")
            .replace(
                "%1",
                list_name(ListName.SUBSIDY_TYPES, c.subsidy_type) or self.tr("no subsidy type"),
            )
            .replace("%2", whole(round(c.amount)))
            for c in cost
        ]
        self.cost_label.setText(
            self.tr("The municipality's cost in the period: %1; in all %2 kr")
            .replace("%1", ", ".join(parts))
            .replace("%2", whole(round(report.figures.cost_total)))
        )

    # The trend ----------------------------------------------------------------------------

    def _fill_trend_measures(self, report: HeadlineReport) -> None:
        chosen = self.trend_combo.currentData()
        self.trend_combo.blockSignals(True)
        self.trend_combo.clear()
        for measure in TREND_MEASURES:
            self.trend_combo.addItem(measure_name(measure), _trend_key(measure))
        for measure, subject in sorted(
            {(t.measure, t.subject) for t in report.targets if t.subject}
        ):
            self.trend_combo.addItem(measure_name(measure, subject), _trend_key(measure, subject))
        index = self.trend_combo.findData(chosen) if chosen is not None else 0
        self.trend_combo.setCurrentIndex(max(index, 0))
        self.trend_combo.blockSignals(False)

    def choose_trend(self, measure: Measure, subject: str = "") -> None:
        self.trend_combo.setCurrentIndex(self.trend_combo.findData(_trend_key(measure, subject)))

    def _show_trend(self) -> None:
        data = self.trend_combo.currentData()
        if data is None:
            self.trend_chart.set_trend(None, str)
            return
        value, _bar, subject = str(data).partition("|")
        measure = Measure(value)
        year = self._chosen_period().end.year
        trend = self._trends.get((str(data), year))
        if trend is None:
            trend = self._services.headline.trend(measure, year, subject)
            self._trends[(str(data), year)] = trend
        language = current_language()
        self.trend_chart.set_trend(trend, lambda value: measure_text(measure, value, language))
        self.trend_chart.setAccessibleName(
            self.tr("Trend of %1").replace("%1", measure_name(measure, subject))
        )

    # Slots --------------------------------------------------------------------------------

    def _on_type_combo_changed(self, *_args: object) -> None:
        self._show_conversion()

    def _on_trend_combo_changed(self, *_args: object) -> None:
        self.trend_seen.stale()
