"""Suggested employers for one participant: employers with a free place and a task that suits
the person, best first, each with why; from here a placement at the chosen one starts.

The person's limits leave tasks out but are never named here: the suggestions carry only the
tasks that fit."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName
from ambassador.domain.participant import Participant
from ambassador.domain.tasks import Suggestion
from ambassador.ui.common import screen_fit
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.widgets import SmallTable
from ambassador.ui.i18n import list_name, list_names


class MatchingDialog(QDialog):
    placement_requested = Signal(int)  # the chosen employer's id
    employer_requested = Signal(int)

    def __init__(
        self,
        participant: Participant,
        suggestions: list[Suggestion],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        title = self.tr("Suggested employers for %1").replace("%1", participant.full_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.suggestions = suggestions
        self._build_ui(participant)
        self.resize(screen_fit.fitted_size(self, QSize(860, 460)))  # less on a small screen

    def _build_ui(self, participant: Participant) -> None:
        if participant.task_interests:
            basis = self.tr("Employers with a free place and a task in: %1.").replace(
                "%1", ", ".join(list_names(ListName.TASK_CATEGORIES, participant.task_interests))
            )
        else:
            basis = self.tr(
                "No task interests are recorded, so tasks of every kind are suggested. Tick "
                "interests on the participant to narrow the list."
            )
        self.basis_label = QLabel(basis)
        self.basis_label.setWordWrap(True)
        self.limits_label = QLabel(
            self.tr("Tasks that ask for something the person cannot do are left out.")
        )
        self.limits_label.setWordWrap(True)
        self.limits_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.limits_label.setVisible(bool(participant.task_limits))

        self.suggestions_table = SmallTable(
            [
                Column(self.tr("Employer"), lambda s: s.employer_name, tooltip=self.why),
                Column(self.tr("Free places"), lambda s: str(s.free_places), tooltip=self.why),
                Column(
                    self.tr("Tasks that fit"),
                    lambda s: "\n".join(self.reasons(s)),
                    tooltip=self.why,
                ),
            ],
            self.tr("Suggested employers"),
        )
        # Every task that fits in full, a line per category, however many there are.
        self.suggestions_table.setWordWrap(True)
        self.suggestions_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.suggestions_table.model_rows.set_rows(self.suggestions)
        self.suggestions_table.opened.connect(lambda _index: self._on_start_button_clicked())
        self.empty_label = QLabel(
            self.tr(
                "No employer with a free place offers a task that fits. List the tasks each "
                "employer can offer under Employers, or tick other interests on the participant."
            )
        )
        self.empty_label.setWordWrap(True)
        self.suggestions_table.setVisible(bool(self.suggestions))
        self.empty_label.setVisible(not self.suggestions)

        self.button_box = QDialogButtonBox()
        self.start_button = self.button_box.addButton(
            self.tr("Start placement"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName(self.tr("Start placement"))
        self.start_button.setToolTip(self.tr("A new placement at the chosen employer"))
        self.employer_button = self.button_box.addButton(
            self.tr("Show employer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.employer_button.setAccessibleName(self.tr("Show employer"))
        self.close_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.employer_button.clicked.connect(self._on_employer_button_clicked)
        self.close_button.clicked.connect(self.reject)
        for button in (self.start_button, self.employer_button):
            button.setEnabled(bool(self.suggestions))
        if self.suggestions:
            self.suggestions_table.selectRow(0)
            self.suggestions_table.setFocus()

        layout = QVBoxLayout(self)
        layout.addWidget(self.basis_label)
        layout.addWidget(self.limits_label)
        layout.addWidget(self.suggestions_table, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addWidget(self.button_box)

    def why(self, suggestion: Suggestion) -> str:
        """ "Lager och logistik: Plocka varor — 2 free places"."""
        places = self.tr("%n free place(s)", "", suggestion.free_places)
        return f"{'; '.join(self.reasons(suggestion))} — {places}"

    @staticmethod
    def reasons(suggestion: Suggestion) -> tuple[str, ...]:
        return suggestion.reasons_named(lambda c: list_name(ListName.TASK_CATEGORIES, c))

    def chosen(self) -> Suggestion | None:
        row: Suggestion | None = self.suggestions_table.selected_row()
        return row

    def _on_start_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.accept()
            self.placement_requested.emit(chosen.employer_id)

    def _on_employer_button_clicked(self) -> None:
        chosen = self.chosen()
        if chosen is not None:
            self.accept()
            self.employer_requested.emit(chosen.employer_id)
