"""The supported-employment self-check on Rapporter: this month's four figures with what each
rests on and its guide value, and the coordinator's own trend over twelve months."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QLabel, QVBoxLayout, QWidget

from ambassador.domain.selfcheck import (
    GUIDE_CONTACTS_PER_WEEK,
    GUIDE_FIRST_CONTACT_DAYS,
    Month,
    MonthFigures,
    SelfCheck,
)
from ambassador.services.selfcheck import SelfCheckService
from ambassador.ui.common.formatting import decimal, number, percent
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.when_seen import WhenSeen
from ambassador.ui.common.widgets import SmallTable, section_heading


def month_name(month: Month) -> str:
    """A month as Swedes write it in a table: "nov 2026", "mar 2026" (Qt's Swedish short
    names are "mars", "juni", "juli": three letters keep the column even)."""
    short = QLocale().standaloneMonthName(month.month, QLocale.FormatType.ShortFormat)
    return f"{short.replace('.', '')[:3]} {month.year}"


class SelfCheckPanel(QWidget):
    """Rows of the figure grid; column 0 names the figure."""

    FIRST_CONTACT_ROW = 1
    CONTACTED_ROW = 2
    PER_WEEK_ROW = 3
    TIME_ROW = 4
    VALUE_COLUMN = 1
    GUIDE_COLUMN = 2
    BASIS_COLUMN = 3

    def __init__(self, service: SelfCheckService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.check: SelfCheck | None = None
        # Far down Rapporter: read when scrolled to (0.7 s on a ten-times register).
        self.when_seen = WhenSeen(self, self.refresh)
        self._build_ui()

    def _build_ui(self) -> None:
        # What it measures, in the coordinator's words; "supported employment", where the
        # guide values come from, is named below them.
        self.heading_label = section_heading(
            self.tr("Contact with the workplaces: how soon and how often")
        )
        self.intro_label = QLabel(
            self.tr(
                "A check of your own follow-up against good practice. A workplace contact is a "
                "note held with the supervisor, or with the participant and the supervisor "
                "together."
            )
        )
        self.intro_label.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr(
                "Nothing to show yet. When placements have started, this shows month by month "
                "how many days pass before the first workplace contact, how many active "
                "placements had a workplace contact, the workplace contacts a week and the "
                "time spent per placement."
            )
        )
        self.empty_label.setWordWrap(True)

        self.month_label = QLabel()
        font = self.month_label.font()
        font.setBold(True)
        self.month_label.setFont(font)
        self.figures_grid = QGridLayout()
        self.figures_grid.setHorizontalSpacing(24)
        self.figures_grid.setVerticalSpacing(8)
        headers = ["", self.tr("This month"), self.tr("Guide value"), self.tr("Rests on")]
        for column, text in enumerate(headers):
            self._cell(text, 0, column, bold=True)
        names = {
            self.FIRST_CONTACT_ROW: self.tr("Days from start to first workplace contact"),
            self.CONTACTED_ROW: self.tr("Active placements with a workplace contact"),
            self.PER_WEEK_ROW: self.tr("Employer contacts a week"),
            self.TIME_ROW: self.tr("Time spent per active placement"),
        }
        for row, name in names.items():
            self._cell(name, row, 0)
            for column in (self.VALUE_COLUMN, self.BASIS_COLUMN, self.GUIDE_COLUMN):
                self._cell("", row, column)
        self.figures_grid.setColumnStretch(self.BASIS_COLUMN, 1)
        within = self.tr("within %1 days").replace("%1", str(GUIDE_FIRST_CONTACT_DAYS))
        self._set(self.FIRST_CONTACT_ROW, self.GUIDE_COLUMN, within)
        self._set(self.CONTACTED_ROW, self.GUIDE_COLUMN, self.tr("every placement, every month"))
        self._set(
            self.PER_WEEK_ROW,
            self.GUIDE_COLUMN,
            self.tr("about %1 a week (full time)").replace("%1", str(GUIDE_CONTACTS_PER_WEEK)),
        )
        self._set(self.TIME_ROW, self.GUIDE_COLUMN, self.tr("no guide value"))

        self.trend_label = QLabel(self.tr("<b>Month by month</b> (the last twelve)"))
        columns: list[Column[MonthFigures]] = [
            Column(self.tr("Month"), lambda m: month_name(m.month)),
            Column(self.tr("Started"), lambda m: str(m.started)),
            Column(self.tr("Days to first contact, median"), self._first_contact_text),
            Column(self.tr("Placements contacted"), self._contacted_text),
            Column(self.tr("Contacts a week"), self._per_week_text),
            Column(self.tr("Time per placement"), self._time_cell_text),
        ]
        self.trend_table = SmallTable(columns, self.tr("Self-check month by month"))
        self.trend_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.trend_table.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.trend_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.trend_table.horizontalHeader().setStretchLastSection(False)
        self.guide_label = QLabel(
            self.tr(
                "The guide values come from supported employment (IPS): the first contact with "
                "the employer within 30 days of the start, every active placement contacted at "
                "least once a month, and about six employer contacts a week for a full-time "
                "employment specialist. They are something to reflect on, not a verdict: a "
                "part-time post or a different caseload meets them differently."
            )
        )
        self.guide_label.setWordWrap(True)

        self.figures = QWidget()
        figures_layout = QVBoxLayout(self.figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.setSpacing(12)
        figures_layout.addWidget(self.month_label)
        figures_layout.addLayout(self.figures_grid)
        figures_layout.addWidget(self.trend_label)
        figures_layout.addWidget(self.trend_table)
        figures_layout.addWidget(self.guide_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.figures)
        # Neither says anything until the check is read.
        self.empty_label.hide()
        self.figures.hide()

    def refresh(self) -> None:
        self.show_check(self._service.self_check())

    def show_check(self, check: SelfCheck) -> None:
        self.check = check
        empty = check.is_empty
        self.empty_label.setVisible(empty)
        self.figures.setVisible(not empty)
        if empty:
            return
        current = check.current
        self.month_label.setText(
            self.tr("This month so far: %1").replace(
                "%1", f"{current.month.first.day}–{check.today.day} {month_name(current.month)}"
            )
        )
        self._set(self.FIRST_CONTACT_ROW, self.VALUE_COLUMN, self._median_text(current))
        self._set(self.FIRST_CONTACT_ROW, self.BASIS_COLUMN, self._first_contact_basis(current))
        self._set(self.CONTACTED_ROW, self.VALUE_COLUMN, percent(current.contacted_share))
        self._set(self.CONTACTED_ROW, self.BASIS_COLUMN, self._contacted_basis(current))
        self._set(self.PER_WEEK_ROW, self.VALUE_COLUMN, self._per_week_text(current))
        self._set(self.PER_WEEK_ROW, self.BASIS_COLUMN, self._per_week_basis(current))
        self._set(self.TIME_ROW, self.VALUE_COLUMN, self._time_text(current))
        self._set(self.TIME_ROW, self.BASIS_COLUMN, self._time_basis(current))
        self.trend_table.model_rows.set_rows(check.months)
        self._fit_table_height()

    def cell_text(self, row: int, column: int) -> str:
        item = self.figures_grid.itemAtPosition(row, column)
        widget = item.widget() if item is not None else None
        return widget.text() if isinstance(widget, QLabel) else ""

    # Texts ------------------------------------------------------------------------------

    def _median_text(self, month: MonthFigures) -> str:
        median = month.median_days_to_first_contact
        if median is None:
            return "–"
        return self.tr("%1 days").replace("%1", decimal(median))

    def _first_contact_basis(self, month: MonthFigures) -> str:
        if month.started == 0:
            return self.tr("No placement started this month.")
        rests_on = len(month.first_contact_days)
        parts = [self.tr("median of %n placement(s) started this month", "", rests_on)]
        if month.without_contact:
            parts.append(self.tr("%n with no workplace contact yet", "", month.without_contact))
        return "; ".join(parts)

    def _contacted_basis(self, month: MonthFigures) -> str:
        text = (
            self.tr("%1 of %2 active placements")
            .replace("%1", str(month.contacted))
            .replace("%2", str(month.expected_contacted))
        )
        if month.paused_left_out:
            text += "; " + self.tr("%n paused placement(s) left out", "", month.paused_left_out)
        return text

    def _time_text(self, month: MonthFigures) -> str:
        minutes = month.minutes_per_placement
        if minutes is None:
            return "–"
        whole = round(minutes)
        hours, rest = divmod(whole, 60)
        if hours == 0:
            return self.tr("%1 min").replace("%1", str(rest))
        return self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(rest))

    def _time_basis(self, month: MonthFigures) -> str:
        if month.notes == 0:
            return self.tr("No notes on active placements this month.")
        known = month.notes - month.notes_without_minutes
        notes = (
            self.tr("%1 of %2 notes say the time spent")
            .replace("%1", str(known))
            .replace("%2", str(month.notes))
        )
        return self.tr("over %n active placement(s)", "", month.active) + "; " + notes

    def _first_contact_text(self, month: MonthFigures) -> str:
        median = month.median_days_to_first_contact
        text = "–" if median is None else decimal(median)
        if month.without_contact:
            text += " " + self.tr("(%n without contact)", "", month.without_contact)
        return text

    def _contacted_text(self, month: MonthFigures) -> str:
        if month.contacted_share is None:
            return "–"
        return (
            self.tr("%1 (%2 of %3)")
            .replace("%1", percent(month.contacted_share))
            .replace("%2", str(month.contacted))
            .replace("%3", str(month.expected_contacted))
        )

    def _per_week_basis(self, month: MonthFigures) -> str:
        """What the contacts a week rest on, the network contacts (with an employer alone)
        told apart."""
        if not month.network_contacts:
            return self.tr("%n workplace contact(s) in %1 days", "", month.contacts).replace(
                "%1", str(month.days)
            )
        return (
            self.tr(
                "%n employer contact(s) in %1 days, of which %2 network contacts",
                "",
                month.employer_contacts,
            )
            .replace("%1", str(month.days))
            .replace("%2", str(month.network_contacts))
        )

    def _per_week_text(self, month: MonthFigures) -> str:
        per_week = month.contacts_per_week
        return "–" if per_week is None else number(per_week, 1)

    def _time_cell_text(self, month: MonthFigures) -> str:
        text = self._time_text(month)
        if month.notes_without_minutes:
            text += " " + self.tr("(%n note(s) without time)", "", month.notes_without_minutes)
        return text

    # Layout -----------------------------------------------------------------------------

    def _cell(self, text: str, row: int, column: int, bold: bool = False) -> None:
        label = QLabel(text)
        # What rests on which wraps, and on a narrow screen (a laptop at 150 %) the figures'
        # names and the guide values too, rather than widen the page into scrolling sideways.
        label.setWordWrap(column != self.VALUE_COLUMN)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        alignment = (
            Qt.AlignmentFlag.AlignRight
            if column == self.VALUE_COLUMN
            else Qt.AlignmentFlag.AlignLeft
        )
        label.setAlignment(alignment | Qt.AlignmentFlag.AlignTop)
        self.figures_grid.addWidget(label, row, column)

    def _set(self, row: int, column: int, text: str) -> None:
        item = self.figures_grid.itemAtPosition(row, column)
        label = item.widget() if item is not None else None
        assert isinstance(label, QLabel)
        label.setText(text)
        name = self.cell_text(row, 0)
        label.setAccessibleName(f"{name}: {text}" if column != 0 and name else text)

    def _fit_table_height(self) -> None:
        """Every month in view: the screen scrolls, the table does not."""
        table = self.trend_table
        rows = table.model_rows.rowCount()
        height = table.horizontalHeader().height() + 2 * table.frameWidth()
        height += sum(table.rowHeight(row) for row in range(rows))
        table.setFixedHeight(height)
        width = 2 * table.frameWidth() + table.horizontalHeader().length()
        table.setMaximumWidth(width)
