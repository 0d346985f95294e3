"""Översikt's section of the outcome checks due, answered where they are listed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from ambassador.domain.errors import (
    ConflictError,
    NotFoundError,
    RuleViolationError,
    StorageError,
)
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.overview import OutcomeCheckDue
from ambassador.services.changes import Changes
from ambassador.services.outcome_checks import OutcomeCheckService
from ambassador.ui.common import dialogs
from ambassador.ui.common.labels import label
from ambassador.ui.common.table_model import RowsTableModel
from ambassador.ui.overview.section import OverviewSection


class OutcomeCheckSection(OverviewSection[OutcomeCheckDue]):
    """The outcome checks due, answered in two actions: choose a row, press what the person
    is doing. The answered row leaves the list at once and a line says what was recorded,
    with a button that takes it back."""

    RESULTS = (
        FollowUpResult.WORK,
        FollowUpResult.STUDIES,
        FollowUpResult.OTHER_MEASURE,
        FollowUpResult.NONE,
    )

    recorded = Signal(object)  # the Changes of a recorded or taken-back result

    def __init__(self, title: str, empty_text: str, model: RowsTableModel[OutcomeCheckDue]) -> None:
        super().__init__(title, empty_text, model, click_opens=False)
        self._service: OutcomeCheckService | None = None
        self._last: OutcomeCheckDue | None = None
        self.hint_label = QLabel(self.tr("Choose a row, then what the person is doing now:"))
        self.hint_label.setWordWrap(True)
        self.result_buttons: dict[FollowUpResult, QPushButton] = {}
        buttons = QHBoxLayout()
        for result in self.RESULTS:
            button = QPushButton(label(result))
            button.setAccessibleName(
                self.tr("Record the outcome check: %1").replace("%1", label(result))
            )
            button.clicked.connect(lambda _checked=False, r=result: self.record(r))
            self.result_buttons[result] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.buttons_widget = QWidget()
        self.buttons_widget.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.confirmation_label = QLabel()
        self.confirmation_label.setWordWrap(True)
        self.confirmation_label.setAccessibleName(self.tr("Outcome check recorded"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Take the recorded outcome back"))
        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        confirmation = QHBoxLayout()
        confirmation.setContentsMargins(0, 0, 0, 0)
        confirmation.addWidget(self.confirmation_label, 1)
        confirmation.addWidget(self.undo_button)
        self.confirmation_widget = QWidget()
        self.confirmation_widget.setLayout(confirmation)
        self.confirmation_widget.hide()
        self.section_layout.addWidget(self.hint_label)
        self.section_layout.addWidget(self.buttons_widget)
        self.section_layout.addWidget(self.confirmation_widget)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def set_service(self, service: OutcomeCheckService | None) -> None:
        """Without a service the checks are listed but not answered here."""
        self._service = service

    def show_rows(self, rows: Sequence[OutcomeCheckDue]) -> None:
        super().show_rows(rows)
        answerable = bool(rows) and self._service is not None
        self.hint_label.setVisible(answerable)
        self.buttons_widget.setVisible(answerable)
        self._enable_buttons()

    def chosen(self) -> OutcomeCheckDue | None:
        index = self.table.currentIndex()
        if not self.table.selectionModel().hasSelection() or not index.isValid():
            return None
        return self.model.row_at(index.row())

    def record(self, result: FollowUpResult) -> None:
        row = self.chosen()
        if row is None or self._service is None:
            return
        try:
            changes = self._service.record(row.check_id, result)
        except (RuleViolationError, NotFoundError, StorageError, ConflictError) as error:
            dialogs.show_failure(self, self.tr("The outcome check was not recorded"), error)
            self.recorded.emit(Changes())  # read the list again: the row may be stale
            return
        self._last = row
        self.confirmation_label.setText(
            self.tr("Recorded for %1: %2.")
            .replace("%1", row.participant_name)
            .replace("%2", label(result))
        )
        self.undo_button.setEnabled(True)
        self.confirmation_widget.show()
        self.recorded.emit(changes)

    def _on_undo_button_clicked(self) -> None:
        row = self._last
        if row is None or self._service is None:
            return
        try:
            changes = self._service.take_back(row.check_id)
        except (RuleViolationError, NotFoundError, StorageError, ConflictError) as error:
            dialogs.show_failure(self, self.tr("The outcome was not taken back"), error)
            return
        self._last = None
        self.confirmation_label.setText(
            self.tr("Taken back: the outcome check for %1 is due again.").replace(
                "%1", row.participant_name
            )
        )
        self.undo_button.setEnabled(False)
        self.recorded.emit(changes)

    def _enable_buttons(self) -> None:
        chosen = self.chosen() is not None
        for button in self.result_buttons.values():
            button.setEnabled(chosen)
