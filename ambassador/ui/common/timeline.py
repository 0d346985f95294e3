"""One timeline of notes, check-ins, feedback and placement starts and ends (an employer's:
network contacts and placement starts and ends), newest first, with the chosen entry's full
text below it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QItemSelection, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import CheckInStatus, ListName, Respondent
from ambassador.domain.followup import RATING_FIELDS, CheckIn, Feedback, Note
from ambassador.domain.network import NetworkContact
from ambassador.domain.outcome_check import OutcomeCheck
from ambassador.domain.timeline import PlacementEvent, TimelineEntry
from ambassador.ui.common.formatting import long_date, shown_date, shown_moment
from ambassador.ui.common.labels import label, rating_label
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.common.widgets import fit_columns_to_contents
from ambassador.ui.i18n import list_name

# A plan's check-ins run months ahead; the nearest few are what the coordinator acts on.
UPCOMING_SHOWN = 3
# The details column shows a note's opening on two lines of the row.
SUMMARY_CHARACTERS = 240
DETAIL_LINES = 2
ROW_PADDING = 8
# A status this long or shorter stays on one line ("Planerad", "Genomförd, Delbar").
ONE_LINE_CHARACTERS = 20


def two_lines(text: str) -> str:
    """`text` broken at the space that makes its two lines most even, when it is long: the rows
    have two lines, and a column as wide as half its text leaves the others room."""
    spaces = [number for number, character in enumerate(text) if character == " "]
    if len(text) <= ONE_LINE_CHARACTERS or not spaces:
        return text
    middle = min(spaces, key=lambda number: max(number, len(text) - number - 1))
    return text[:middle] + "\n" + text[middle + 1 :]


def _is_upcoming(entry: TimelineEntry, now: datetime) -> bool:
    item = entry.item
    return (
        isinstance(item, CheckIn)
        and item.status is CheckInStatus.PLANNED
        and item.scheduled_at >= now
    )


class _HeightTaker(QSplitter):
    """The table over the chosen entry's text, asking for no more height than its least."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self.minimumSizeHint().height())


class TimelineView(QWidget):
    entry_selected = Signal(object)  # TimelineEntry | None

    def __init__(
        self, *, with_placement: bool, takes_height: bool = False, parent: QWidget | None = None
    ) -> None:
        """`takes_height`: the timeline takes the height its pane has left, asking for none.
        Its wish otherwise, its table's and its text's (~400 px), can make a pane in a low
        window taller than the window: a detail pane's scroll area gives its content the
        height the content would like (its wrapped labels' height for its width), so the pane
        scrolls as a whole, the timeline stretched with it."""
        super().__init__(parent)
        self._now = datetime.min
        self._with_placement = with_placement
        # In a narrow pane When and What keep their width first (a date on one line, its
        # time on the second), then Status and Details as they fit; the What cell's tooltip
        # and the pane below the table give the status too.
        columns: list[Column[TimelineEntry]] = [
            Column(self.tr("When"), lambda e: self.when_cell(e), whole=True),
            Column(
                self.tr("What"),
                lambda e: self.what(e),
                tooltip=self._what_tip,
                whole=True,
            ),
            # Done, late, shareable, risk of drop-out: the entry's status, so named.
            Column(self.tr("Status"), lambda e: two_lines(self.marks(e))),
        ]
        if with_placement:
            columns.append(Column(self.tr("Placement"), lambda e: e.employer_name))
        columns.append(
            Column(self.tr("Details"), lambda e: self.summary(e), tooltip=self.full_text)
        )
        self.model: RowsTableModel[TimelineEntry] = RowsTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Timeline"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        # The details take the width the other columns leave and wrap onto two lines, so a
        # note reads as a sentence, not as its first words; the tooltip and the pane below
        # hold the whole text. Rows of a fixed height: measuring each row's text would cost
        # a quarter of a second on a long timeline.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() * DETAIL_LINES + ROW_PADDING
        )
        header = fit_columns_to_contents(self.table)
        header.setSectionResizeMode(len(columns) - 1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.later_label = QLabel()
        # Two lines rather than a pane too wide for the list's names beside it.
        self.later_label.setWordWrap(True)
        self.later_label.hide()
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName(self.tr("The chosen entry in full"))
        self.text_view.setPlaceholderText(self.tr("Choose an entry to read it in full."))
        self.text_view.setTabChangesFocus(True)
        splitter = (_HeightTaker if takes_height else QSplitter)(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.later_label)
        layout.addWidget(splitter, 1)

    def show_entries(
        self, entries: Sequence[TimelineEntry], now: datetime, empty_text: str
    ) -> None:
        self._now = now
        upcoming = [e for e in entries if _is_upcoming(e, now)]
        hidden = {id(e) for e in upcoming[: max(len(upcoming) - UPCOMING_SHOWN, 0)]}
        shown = [e for e in entries if id(e) not in hidden]
        self.model.set_rows(shown)
        self.later_label.setText(
            self.tr("%n later planned check-in(s) not shown.", "", len(hidden))
        )
        self.later_label.setVisible(bool(hidden))
        self.empty_label.setText(empty_text)
        self.empty_label.setVisible(not entries)
        self.splitter.setVisible(bool(entries))
        self.text_view.clear()
        self.entry_selected.emit(None)

    def selected_entry(self) -> TimelineEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_check_in(self, check_in_id: int) -> bool:
        for number in range(self.model.rowCount()):
            entry = self.model.row_at(number)
            check_in = entry.item if isinstance(entry.item, CheckIn) else entry.check_in
            if check_in is not None and check_in.id == check_in_id:
                self.table.selectRow(number)
                self.table.scrollTo(self.model.index(number, 0))
                return True
        return False

    # Texts ------------------------------------------------------------------------------

    def _when(self, entry: TimelineEntry) -> str:
        item = entry.item
        if isinstance(item, Feedback | PlacementEvent | OutcomeCheck):
            return shown_date(entry.at.date())
        return shown_moment(entry.at)

    def when_cell(self, entry: TimelineEntry) -> str:
        """The date, and below it the time: the row has two lines, and a date and time on one
        would take the width the What column needs."""
        return self._when(entry).replace(" ", "\n", 1)

    def _what_tip(self, entry: TimelineEntry) -> str:
        marks = self.marks(entry)
        return f"{self._what_words(entry)}\n{marks}" if marks else self._what_words(entry)

    def what(self, entry: TimelineEntry) -> str:
        text = self._what_words(entry)
        # An employer's timeline is narrow beside its list: its long kinds take two lines.
        if isinstance(entry.item, NetworkContact) or (
            isinstance(entry.item, PlacementEvent) and self._names_in_details(entry)
        ):
            return two_lines(text)
        return text

    def _names_in_details(self, entry: TimelineEntry) -> bool:
        """In an employer's timeline the placement's participant is named in the details,
        there being no column for it."""
        return not self._with_placement and bool(entry.employer_name)

    def _what_words(self, entry: TimelineEntry) -> str:
        item = entry.item
        if isinstance(item, NetworkContact):
            return self.tr("Network contact: %1").replace(
                "%1", list_name(ListName.NETWORK_CONTACT_KINDS, item.kind)
            )
        # A done check-in's note is shown as the check-in it completed.
        if isinstance(item, Note) and entry.check_in is None:
            return self.tr("Note: %1").replace("%1", list_name(ListName.NOTE_KINDS, item.kind))
        if isinstance(item, Note | CheckIn):
            return self.tr("Check-in: %1").replace("%1", list_name(ListName.NOTE_KINDS, item.kind))
        if isinstance(item, Feedback):
            if item.respondent is Respondent.EMPLOYER:
                return self.tr("Feedback from the employer")
            return self.tr("Feedback from the participant")
        if isinstance(item, OutcomeCheck):
            if item.result is None:
                return self.tr("Outcome check after the end")
            return self.tr("Outcome check: %1").replace("%1", label(item.result))
        if item.ended and item.placement.ending is not None:
            return self.tr("Placement ended: %1").replace(
                "%1", label(item.placement.ending.outcome)
            )
        return self.tr("Placement started: %1").replace(
            "%1", list_name(ListName.PLACEMENT_TYPES, item.placement.placement_type)
        )

    def marks(self, entry: TimelineEntry) -> str:
        """Status in words, never colour alone."""
        item = entry.item
        words: list[str] = []
        if isinstance(item, NetworkContact):
            if item.follow_up_on is not None and item.follow_up_done:
                words.append(self.tr("Followed up"))
            elif item.follow_up_on is not None and item.follow_up_on < self._now.date():
                words.append(self.tr("Follow-up overdue"))
            elif item.follow_up_on is not None:
                words.append(self.tr("Follow up %1").replace("%1", shown_date(item.follow_up_on)))
        elif isinstance(item, Note):
            if entry.check_in is not None:
                words.append(label(entry.check_in.status))
            words.append(self.tr("Shareable") if item.shareable else self.tr("Internal"))
            if item.dropout_risk:
                words.append(self.tr("Risk of drop-out"))
        elif isinstance(item, CheckIn):
            if item.is_overdue(self._now):
                words.append(self.tr("Overdue"))
            elif item.is_due_today(self._now):
                words.append(self.tr("Due today"))
            else:
                words.append(label(item.status))
        elif isinstance(item, OutcomeCheck):
            if item.result is not None:
                words.append(self.tr("Recorded"))
            elif item.due_on <= self._now.date():
                words.append(self.tr("Due"))
            else:
                words.append(self.tr("Not yet due"))
        return ", ".join(words)

    def summary(self, entry: TimelineEntry) -> str:
        text = self.full_text(entry)
        first = text.splitlines()[0] if text else ""
        if len(first) <= SUMMARY_CHARACTERS:
            return first
        return first[: SUMMARY_CHARACTERS - 1] + "…"

    def full_text(self, entry: TimelineEntry) -> str:
        item = entry.item
        if isinstance(item, NetworkContact):
            parts = [item.with_whom] if item.with_whom else []
            if item.minutes_spent is not None:
                parts.append(self.tr("%n minute(s)", "", item.minutes_spent))
            return f"{', '.join(parts)}: {item.text}" if parts else item.text
        if isinstance(item, Note):
            parts = [label(item.with_whom)]
            if item.minutes_spent is not None:
                parts.append(self.tr("%n minute(s)", "", item.minutes_spent))
            return f"{', '.join(parts)}: {item.text}"
        if isinstance(item, CheckIn):
            if item.status is CheckInStatus.DONE:  # its note is in the trash or gone
                return self.tr("Done; its note has been deleted.")
            return ""
        if isinstance(item, OutcomeCheck):
            if item.result is None:
                return self.tr(
                    "Due %1: is the person in work, studies, another measure or none? "
                    "Recorded from the Overview."
                ).replace("%1", long_date(item.due_on))
            return (
                self.tr("Due %1, recorded %2.")
                .replace("%1", long_date(item.due_on))
                .replace("%2", long_date(item.recorded_on))
            )
        if isinstance(item, Feedback):
            ratings = [
                f"{rating_label(name)} {value}"
                for name in RATING_FIELDS
                if (value := getattr(item, name)) is not None
            ]
            lines = [", ".join(ratings)] if ratings else []
            if item.could_consider_hiring is not None:
                lines.append(
                    self.tr("Could consider hiring: yes")
                    if item.could_consider_hiring
                    else self.tr("Could consider hiring: no")
                )
            if item.strengths:
                lines.append(self.tr("Strengths: %1").replace("%1", item.strengths))
            if item.areas_to_develop:
                lines.append(self.tr("To develop: %1").replace("%1", item.areas_to_develop))
            return "\n".join(lines)
        # In an employer's timeline, whose placement it is (there is no column for it).
        lines = [entry.employer_name] if self._names_in_details(entry) else []
        ending = item.placement.ending
        if item.ended and ending is not None and ending.reason:
            lines.append(
                self.tr("Reason: %1").replace(
                    "%1", list_name(ListName.ENDING_REASONS, ending.reason)
                )
            )
        return "\n".join(lines)

    def _on_selection_changed(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        entry = self.selected_entry()
        if entry is None:
            self.text_view.clear()
        else:
            self.text_view.setPlainText(
                f"{self._when(entry)} · {self._what_words(entry)}"
                + (f" · {marks}" if (marks := self.marks(entry)) else "")
                + f"\n\n{self.full_text(entry)}"
            )
        self.entry_selected.emit(entry)
