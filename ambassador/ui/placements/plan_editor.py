"""Editing a follow-up plan: its phases (interval, length, silence threshold) in a small grid,
the plan in words beside them, and the dialog the placement form opens it in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName
from ambassador.domain.errors import Problem
from ambassador.domain.plan import (
    DEFAULT_PLAN,
    MAX_PHASES,
    FollowUpPlan,
    Phase,
    describe_plan,
    plan_problems,
)
from ambassador.ui.common import list_combo
from ambassador.ui.common.forms import error_label
from ambassador.ui.common.unsaved import ChangeGuard, may_close
from ambassador.ui.i18n import problem_text


def qt_translate(context: str, source: str, n: int | None = None) -> str:
    """The domain's `Translate` through Qt: the window's language."""
    return QCoreApplication.translate(context, source, None, -1 if n is None else n)


def plan_in_words(plan: FollowUpPlan | None) -> str:
    return describe_plan(plan, qt_translate)


class PlanEditor(QWidget):
    """One row of spin boxes for each phase; the last phase runs until the placement ends.

    With `allow_none` a check box says the placement has no planned follow-up."""

    edited = Signal()

    def __init__(self, *, allow_none: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._allow_none = allow_none
        self._rows: list[tuple[QLabel, QSpinBox, QSpinBox, QSpinBox]] = []
        self.none_check = QCheckBox(self.tr("No planned follow-up"))
        self.none_check.setAccessibleName(self.tr("No planned follow-up"))
        self.none_check.setVisible(allow_none)
        self.none_check.toggled.connect(self._on_changed)

        self.phases_widget = QWidget()
        self.phases_grid = QGridLayout(self.phases_widget)
        self.phases_grid.setContentsMargins(0, 0, 0, 0)
        for column, text in enumerate(
            (
                self.tr("Phase"),
                self.tr("Check-in every (days)"),
                self.tr("For (weeks)"),
                self.tr("Silent after (days)"),
            )
        ):
            header = QLabel(text)
            header.setWordWrap(True)
            self.phases_grid.addWidget(header, 0, column)
        # The numbers keep their own width; the room to the right stays empty.
        self.phases_grid.setColumnStretch(4, 1)

        self.add_button = QPushButton(self.tr("Add phase"))
        self.add_button.setAccessibleName(self.tr("Add phase"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button = QPushButton(self.tr("Remove last phase"))
        self.remove_button.setAccessibleName(self.tr("Remove last phase"))
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("The plan in words"))
        self.hint_label = QLabel(
            self.tr(
                "Check-ins are most frequent early, when most placements that fail end. The "
                "placement counts as silent when nobody has been in touch for longer than its "
                "phase allows."
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.none_check)
        layout.addWidget(self.phases_widget)
        layout.addLayout(buttons)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        self.set_plan(DEFAULT_PLAN)

    # The plan ---------------------------------------------------------------------------

    def set_plan(self, plan: FollowUpPlan | None) -> None:
        """Show `plan`; None checks "no planned follow-up" and keeps the default's phases."""
        shown = plan or DEFAULT_PLAN
        self.blockSignals(True)
        while self._rows:
            self._remove_row()
        for phase in shown.phases:
            self._add_row(phase)
        self.none_check.setChecked(plan is None and self._allow_none)
        self.blockSignals(False)
        self._refresh()

    def plan(self) -> FollowUpPlan | None:
        """The plan as entered (perhaps refused by `problems`); None: no planned follow-up."""
        if self._allow_none and self.none_check.isChecked():
            return None
        last = len(self._rows) - 1
        return FollowUpPlan(
            tuple(
                Phase(every.value(), None if index == last else weeks.value(), silent.value())
                for index, (_label, every, weeks, silent) in enumerate(self._rows)
            )
        )

    def phase_count(self) -> int:
        return len(self._rows)

    def spins(self, index: int) -> tuple[QSpinBox, QSpinBox, QSpinBox]:
        """Phase `index`'s interval, weeks and silence spin boxes."""
        _label, every, weeks, silent = self._rows[index]
        return every, weeks, silent

    def problems(self, field: str = "plan") -> list[Problem]:
        plan = self.plan()
        return [] if plan is None else plan_problems(field, plan)

    def show_problems(self, problems: list[Problem]) -> None:
        texts = list(dict.fromkeys(problem_text(p) for p in problems))
        self.error_label.setText("\n".join(texts))
        self.error_label.setVisible(bool(texts))

    # Rows -------------------------------------------------------------------------------

    def _add_row(self, phase: Phase) -> None:
        number = len(self._rows) + 1
        label = QLabel(str(number))
        every = QSpinBox()
        every.setRange(1, 365)
        weeks = QSpinBox()
        weeks.setRange(0, 104)
        weeks.setSpecialValueText(self.tr("until the end"))
        silent = QSpinBox()
        silent.setRange(1, 365)
        every.setValue(phase.every_days)
        weeks.setValue(phase.weeks or 0)
        silent.setValue(phase.silent_after_days)
        every.setAccessibleName(
            self.tr("Phase %1: days between check-ins").replace("%1", str(number))
        )
        weeks.setAccessibleName(self.tr("Phase %1: length in weeks").replace("%1", str(number)))
        silent.setAccessibleName(self.tr("Phase %1: silent after days").replace("%1", str(number)))
        for column, widget in enumerate((label, every, weeks, silent)):
            self.phases_grid.addWidget(widget, number, column)
        for spin in (every, weeks, silent):
            spin.valueChanged.connect(self._on_changed)
        self._rows.append((label, every, weeks, silent))

    def _remove_row(self) -> None:
        for widget in self._rows.pop():
            self.phases_grid.removeWidget(widget)
            widget.deleteLater()

    def _refresh(self) -> None:
        none = self._allow_none and self.none_check.isChecked()
        last = len(self._rows) - 1
        for index, (_label, every, weeks, silent) in enumerate(self._rows):
            every.setEnabled(not none)
            silent.setEnabled(not none)
            # The last phase runs until the placement ends; the others last some weeks.
            weeks.setEnabled(not none and index != last)
            weeks.setMinimum(0 if index == last else 1)
            if index == last:
                weeks.blockSignals(True)
                weeks.setValue(0)
                weeks.blockSignals(False)
        self.add_button.setEnabled(not none and len(self._rows) < MAX_PHASES)
        self.remove_button.setEnabled(not none and len(self._rows) > 1)
        self.phases_widget.setEnabled(not none)
        plan = self.plan()
        problems = self.problems()
        self.show_problems(problems)
        if none:
            self.summary_label.setText(
                self.tr("No check-ins are planned; schedule them one at a time.")
            )
        elif problems:
            self.summary_label.setText("")
        else:
            self.summary_label.setText(plan_in_words(plan) + ".")

    # Slots ------------------------------------------------------------------------------

    def _on_changed(self, *_args: object) -> None:
        self._refresh()
        self.edited.emit()

    def _on_add_button_clicked(self) -> None:
        _label, every, weeks, silent = self._rows[-1]
        # The next phase fades: twice the interval, and silence allowed as long again.
        longer = min(every.value() * 2, 365)
        self._add_row(Phase(longer, None, min(max(silent.value() * 2, longer), 365)))
        weeks.setMinimum(1)
        weeks.setValue(4)  # the phase before it now lasts some weeks
        self._rows[-1][1].setFocus()
        self._on_changed()

    def _on_remove_button_clicked(self) -> None:
        if len(self._rows) > 1:
            self._remove_row()
            self._rows[-1][1].setFocus()
            self._on_changed()


def ask_for_plan(
    parent: QWidget | None, plan: FollowUpPlan | None
) -> tuple[bool, FollowUpPlan | None]:
    """(True, the plan chosen, None for none) or (False, None) when cancelled; the seam tests
    replace."""
    dialog = PlanDialog(plan, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return accepted, dialog.chosen_plan() if accepted else None


class PlanDialog(QDialog):
    """The placement form's "Change plan…": the editor, taken only when the plan is valid."""

    def __init__(self, plan: FollowUpPlan | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Follow-up plan"))
        self.setAccessibleName(self.tr("Follow-up plan"))
        self.editor = PlanEditor(allow_none=True)
        self.editor.set_plan(plan)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Use this plan"))
        self.ok_button.setAccessibleName(self.tr("Use this plan"))
        cancel = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.button_box)
        self.resize(560, 380)
        # The plan as it came: Esc or Cancel after changing it asks before it is lost.
        self.change_guard = ChangeGuard(self)
        self.change_guard.remember()

    def chosen_plan(self) -> FollowUpPlan | None:
        return self.editor.plan()

    def accept(self) -> None:
        problems = self.editor.problems()
        if problems:
            self.editor.show_problems(problems)
            return
        super().accept()

    def reject(self) -> None:
        if may_close(self.change_guard, self, self.windowTitle(), self.accept):
            super().reject()


class TypePlansEditor(QWidget):
    """Settings: the plan each placement type proposes, its own or the default plan."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored: dict[str, FollowUpPlan] = {}
        self._pending: dict[str, FollowUpPlan | None] = {}
        self._default = DEFAULT_PLAN
        self._shown = ""
        self.type_combo = QComboBox()
        self.type_combo.setAccessibleName(self.tr("Placement type"))
        self.type_combo.currentTextChanged.connect(self._on_type_combo_changed)
        self.uses_default_check = QCheckBox(self.tr("Uses the default plan"))
        self.uses_default_check.setAccessibleName(self.tr("Uses the default plan"))
        self.uses_default_check.toggled.connect(self._on_uses_default_toggled)
        self.editor = PlanEditor()
        self.editor.hint_label.hide()
        self.editor.edited.connect(self._on_editor_edited)
        line = QHBoxLayout()
        line.addWidget(self.type_combo, 1)
        line.addWidget(self.uses_default_check)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(line)
        layout.addWidget(self.editor)

    def set_plans(
        self, types: list[str], stored: dict[str, FollowUpPlan], default: FollowUpPlan
    ) -> None:
        self._stored = dict(stored)
        self._pending = {}
        self._default = default
        chosen = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        list_combo.fill(self.type_combo, ListName.PLACEMENT_TYPES, types)
        self.type_combo.setCurrentIndex(max(self.type_combo.findData(chosen), 0))
        self.type_combo.blockSignals(False)
        self._show(list_combo.chosen(self.type_combo))

    def set_default(self, default: FollowUpPlan) -> None:
        """The default plan changed: a type that uses it shows the new one."""
        self._default = default
        if self.uses_default_check.isChecked():
            self._show(self._shown)

    def plan_of(self, placement_type: str) -> FollowUpPlan | None:
        """The type's own plan as edited; None: it uses the default plan."""
        if placement_type in self._pending:
            return self._pending[placement_type]
        return self._stored.get(placement_type)

    def changes(self) -> dict[str, FollowUpPlan | None]:
        """The types whose own plan was set, changed or given up since `set_plans`."""
        return {
            placement_type: plan
            for placement_type, plan in self._pending.items()
            if plan != self._stored.get(placement_type)
        }

    def mark_saved(self) -> None:
        for placement_type, plan in self._pending.items():
            if plan is None:
                self._stored.pop(placement_type, None)
            else:
                self._stored[placement_type] = plan
        self._pending = {}

    def problems(self) -> list[Problem]:
        problems: list[Problem] = []
        for plan in self.changes().values():
            if plan is not None:
                problems.extend(plan_problems("type_plan", plan))
        return problems

    def _show(self, placement_type: str) -> None:
        self._shown = placement_type
        own = self.plan_of(placement_type)
        self.uses_default_check.blockSignals(True)
        self.uses_default_check.setChecked(own is None)
        self.uses_default_check.setEnabled(bool(placement_type))
        self.uses_default_check.blockSignals(False)
        self.editor.blockSignals(True)
        self.editor.set_plan(own or self._default)
        self.editor.blockSignals(False)
        self.editor.setEnabled(own is not None)

    def _on_type_combo_changed(self, _shown: str) -> None:
        self._show(list_combo.chosen(self.type_combo))

    def _on_uses_default_toggled(self, checked: bool) -> None:
        if not self._shown:
            return
        self._pending[self._shown] = None if checked else self.editor.plan()
        self.editor.setEnabled(not checked)
        self.edited.emit()

    def _on_editor_edited(self) -> None:
        if self._shown and not self.uses_default_check.isChecked():
            self._pending[self._shown] = self.editor.plan()
            self.edited.emit()
