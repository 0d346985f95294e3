"""Ending a placement: the day, the outcome and, for an early ending, its reason.

The outcomes are radio buttons, not a drop-down: one click instead of two, all six in view,
so ending a placement from the Översikt stays within six actions even when it ended early.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from ambassador.domain.enums import CheckInStatus, ListName, Outcome
from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.placement import Ending, Placement, validate_ending
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import labels, list_combo
from ambassador.ui.common.forms import FieldReader, date_edit
from ambassador.ui.common.versioned_form import Values, VersionedFormDialog
from ambassador.ui.placements.dialog import searchable_combo

CHOOSE_OUTCOME = QT_TRANSLATE_NOOP("Messages", "Choose how the placement ended.")
OUTCOME_COLUMNS = 2


class OutcomeChoice(QWidget):
    """One radio button per outcome, in two columns; arrow keys move between them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[Outcome, QRadioButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, outcome in enumerate(Outcome):
            button = QRadioButton(labels.label(outcome))
            button.setAccessibleName(labels.label(outcome))
            self.group.addButton(button, index)
            self.buttons[outcome] = button
            grid.addWidget(
                button,
                index // OUTCOME_COLUMNS,
                index % OUTCOME_COLUMNS,
                Qt.AlignmentFlag.AlignLeft,
            )

    def outcome(self) -> Outcome | None:
        for outcome, button in self.buttons.items():
            if button.isChecked():
                return outcome
        return None


class EndPlacementDialog(VersionedFormDialog[Ending]):
    """Ending saves with the placement's version: a placement someone else changed
    meanwhile (its plan, its supervisor) is ended all the same once the dialog shows nothing
    of theirs would be overwritten; one they ended is refused as ended."""

    record_table = "placements"

    def __init__(
        self,
        services: Services,
        placement: Placement,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("End placement"))
        self.setAccessibleName(self.tr("End placement"))
        self._services = services
        self._placement = placement
        self._today = today
        self.saved_placement: Placement | None = None

        self.ended_on_edit = self.add_field(
            "ended_on", self.tr("Ended on"), date_edit(today), required=True
        )
        self.outcome_choice = OutcomeChoice()
        self.add_field(
            "outcome",
            self.tr("Outcome"),
            self.outcome_choice,
            help_text=self.tr("What the participant goes on to; it counts in the statistics."),
            tracked=False,
            required=True,
        )
        self.outcome_buttons = self.outcome_choice.buttons
        self.reason_combo = searchable_combo(self.tr("Choose a reason"))
        list_combo.fill(
            self.reason_combo,
            ListName.ENDING_REASONS,
            services.settings.list_labels(ListName.ENDING_REASONS),
        )
        self.reason_combo.setCurrentIndex(-1)
        self.add_field(
            "reason",
            self.tr("Reason for ending early"),
            self.reason_combo,
            help_text=self.tr(
                "Needed only when the placement ended early; the reasons are reported in the "
                "statistics of early endings."
            ),
        )
        self.reason_combo.editTextChanged.connect(lambda _text: self._on_field_edited("reason"))
        # What ending does to the plan, said before it is done.
        self.after_label = QLabel(
            self.tr(
                "Check-ins still planned are closed: those up to the end that were never "
                "recorded are marked missed, later ones cancelled. A closing note can still "
                "be written afterwards."
            )
        )
        self.after_label.setWordWrap(True)
        self.form_layout.addRow(self.after_label)
        self.after_label.setVisible(
            any(
                check_in.status is CheckInStatus.PLANNED
                for check_in in services.follow_up.check_ins_of_placement(placement.id)
            )
        )
        self.outcome_choice.group.buttonToggled.connect(self._on_outcome_toggled)
        self._on_outcome_toggled()
        self.mark_untouched()
        self.edit_record(placement)
        self.resize(560, 380)

    def record_noun(self) -> str:
        return self.tr("this placement")

    def record_values(self, record: Any) -> Values:
        ending = getattr(record, "ending", None)
        return {name: getattr(ending, name, None) for name in self.compared_fields()}

    def _early(self) -> bool:
        return self.outcome_choice.outcome() is Outcome.ENDED_EARLY

    def _on_outcome_toggled(self, *_args: object) -> None:
        self.reason_combo.setEnabled(self._early())
        self._on_field_edited("outcome")

    def read_fields(self, reader: FieldReader) -> Ending:
        outcome = self.outcome_choice.outcome()
        if outcome is None:
            reader.problems.append(Problem("outcome", CHOOSE_OUTCOME))
        return Ending(
            ended_on=reader.date(self.ended_on_edit),
            outcome=outcome or Outcome.OTHER_MEASURE,
            reason=list_combo.chosen(self.reason_combo) if self._early() else "",
        )

    def validate(self, fields: Ending) -> None:
        validate_ending(self._placement, fields, self._today)

    def save(self, fields: Ending) -> Changes:
        saved = self._services.placements.end(
            self._placement.id, fields, expected_version=self.expected_version()
        )
        self.saved_placement = saved.placement
        return saved.changes
