"""Erasing one person for good: the legal basis, its reference, and a confirmation.

The erasure goes ahead of the retention decision and cannot be undone (not even from the
trash), so the dialog asks why, under which reference, and for an explicit tick.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import AmbassadorError, ValidationError
from ambassador.domain.retention import ERASURE_LABELS, REFERENCE_MAX, ErasureBasis
from ambassador.services.changes import Changes
from ambassador.services.retention import RetentionService
from ambassador.ui.common.busy import Busy
from ambassador.ui.common.forms import error_label
from ambassador.ui.i18n import message, problem_text


class ErasureDialog(QDialog):
    def __init__(
        self,
        retention: RetentionService,
        participant_id: int,
        full_name: str,
        busy: Busy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._retention = retention
        # The erasure scrubs the file's free pages: seconds on a large file, off this thread.
        self._busy = busy
        self._participant_id = participant_id
        self.changes = Changes()
        self.setWindowTitle(self.tr("Erase for good"))
        intro = QLabel(
            self.tr(
                "Erasing removes %1 and everything about them now: placements, notes, "
                "check-ins, feedback and consents. It cannot be undone, not even from the "
                "trash. The audit log keeps the participant number, the legal basis and its "
                "reference, never the name."
            ).replace("%1", full_name)
        )
        if retention.held_elsewhere:  # on a server: what still holds them, beyond our reach
            intro.setText(intro.text() + "\n\n" + message(retention.held_elsewhere))
        intro.setWordWrap(True)
        self.basis_combo = QComboBox()
        for basis in ErasureBasis:
            self.basis_combo.addItem(
                QCoreApplication.translate("Labels", ERASURE_LABELS[basis]), basis.value
            )
        self.reference_edit = QLineEdit()
        self.reference_edit.setMaxLength(REFERENCE_MAX)
        self.reference_edit.setPlaceholderText(self.tr("For example Dnr 2026/117"))
        self.reference_error = error_label()
        self.confirm_check = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.error_label = error_label()
        form = QFormLayout()
        form.addRow(self.tr("Legal &basis:"), self.basis_combo)
        form.addRow(self.tr("&Reference:"), self.reference_edit)
        form.addRow("", self.reference_error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.erase_button = self.buttons.addButton(
            self.tr("&Erase for good"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase_button.setEnabled(False)
        self.confirm_check.toggled.connect(self.erase_button.setEnabled)
        self.buttons.accepted.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.confirm_check)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def erase(self) -> None:
        if not self.confirm_check.isChecked():
            return
        basis = ErasureBasis(self.basis_combo.currentData())
        self.reference_error.hide()
        self.error_label.hide()
        retention, participant_id = self._retention, self._participant_id
        reference = self.reference_edit.text()
        self._busy.run(
            self.tr("Erasing…"),
            lambda _progress: retention.erase(participant_id, basis, reference),
            self._on_erased,
            self._on_refused,
        )

    def _on_erased(self, changes: Changes) -> None:
        self.changes = changes
        self.accept()

    def _on_refused(self, error: AmbassadorError) -> None:
        if isinstance(error, ValidationError):
            self.reference_error.setText("\n".join(problem_text(p) for p in error.problems))
            self.reference_error.show()
            self.reference_edit.setFocus()
            return
        self.error_label.setText(message(getattr(error, "message", "")) or str(error))
        self.error_label.show()
