"""Datasäkerhet's Settings tab: the form for the safety settings (how many backups and where,
when the window locks, how much of a file one import reads, the retention periods and the
decisions they cite) and saving it."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import AmbassadorError, Problem, ValidationError
from ambassador.domain.settings import Settings
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.forms import error_label, field_row, show_problems_at_fields
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.widgets import scroll_area
from ambassador.ui.safety.tab import SafetyTab, wrapped_label


class SettingsTab(SafetyTab):
    # The settings were saved: every tab shows them, the form included.
    saved = Signal()

    def __init__(self, services: Services, navigator: Navigator) -> None:
        super().__init__(services)
        self._navigator = navigator
        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        self._build_ui()

    def _add_field(
        self,
        form: QFormLayout,
        name: str,
        text: str,
        widget: QWidget,
        help_text: str = "",
        buddy: QWidget | None = None,
    ) -> None:
        """A row with its label and, under the widget, its help and the error for `name`."""
        self.error_labels[name] = field_row(
            form,
            text,
            widget,
            help_text=help_text,
            buddy=buddy,
            natural_width=isinstance(widget, QSpinBox),
        )
        self.field_widgets[name] = buddy or widget

    def _spin(self, low: int, high: int, name: str, special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setAccessibleName(name)
        if special:
            spin.setSpecialValueText(special)
        spin.setMinimumWidth(140)
        spin.valueChanged.connect(self._on_field_edited)
        return spin

    def _line_edit(self, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.textEdited.connect(self._on_field_edited)
        return edit

    def _form_group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return group, form

    def _build_ui(self) -> None:
        content = QWidget()
        backups, backup_form = self._form_group(self.tr("Backups"))
        self.backups_group = backups
        self.backup_keep_spin = self._spin(1, 1000, self.tr("Backups to keep"))
        self._add_field(
            backup_form, "backup_keep", self.tr("Backups to &keep:"), self.backup_keep_spin
        )
        self.backup_max_age_spin = self._spin(1, 3650, self.tr("Oldest backup kept, in days"))
        self._add_field(
            backup_form,
            "backup_max_age_days",
            self.tr("&Oldest backup kept (days):"),
            self.backup_max_age_spin,
            self.tr("Older backups are removed, except the newest good one."),
        )
        self.backup_every_spin = self._spin(1, 24, self.tr("Back up every, in hours"))
        self._add_field(
            backup_form,
            "backup_every_hours",
            self.tr("Back up e&very (hours):"),
            self.backup_every_spin,
            self.tr("While the program is open; it also backs up when it closes."),
        )
        self.backup_folder_edit = self._line_edit(self.tr("Backup folder"))
        self.backup_folder_edit.setPlaceholderText(self.tr("Beside the database"))
        self.choose_folder_button = self._button(
            self.tr("C&hoose…"),
            self.tr("Choose the folder backups are written to"),
            self._on_choose_folder_button_clicked,
        )
        self.choose_folder_button.setAccessibleName(self.tr("Choose backup folder"))
        folder_row = QWidget()
        folder_layout = QHBoxLayout(folder_row)
        folder_layout.setContentsMargins(0, 0, 0, 0)
        folder_layout.addWidget(self.backup_folder_edit, 1)
        folder_layout.addWidget(self.choose_folder_button)
        self._add_field(
            backup_form,
            "backup_folder",
            self.tr("Backup &folder:"),
            folder_row,
            self.tr(
                "Empty: the “backups” folder beside the database. A folder on another disk "
                "survives the loss of this one."
            ),
            buddy=self.backup_folder_edit,
        )

        locking, lock_form = self._form_group(self.tr("Locking"))
        self.locking_group = locking
        self.lock_after_spin = self._spin(
            0, 240, self.tr("Lock after minutes without use"), self.tr("Never")
        )
        self._add_field(
            lock_form,
            "lock_after_minutes",
            self.tr("&Lock after (minutes without use):"),
            self.lock_after_spin,
            self.tr("Only an encrypted database can be locked. 0 means never."),
        )

        imports, import_form = self._form_group(self.tr("Imports"))
        import_form.addRow(
            wrapped_label(
                self.tr(
                    "How much of a file one import reads. A file over a limit is refused before "
                    "it is read, so a damaged file cannot fill the memory."
                )
            )
        )
        self.import_megabytes_spin = self._spin(1, 1000, self.tr("Largest file, in megabytes"))
        self._add_field(
            import_form,
            "import_max_megabytes",
            self.tr("Largest fil&e (MB):"),
            self.import_megabytes_spin,
        )
        self.import_rows_spin = self._spin(100, 1_000_000, self.tr("Most rows in a file"))
        self.import_rows_spin.setGroupSeparatorShown(True)
        self._add_field(
            import_form, "import_max_rows", self.tr("Most &rows:"), self.import_rows_spin
        )
        self.import_cell_spin = self._spin(1000, 1_000_000, self.tr("Longest cell, in characters"))
        self.import_cell_spin.setGroupSeparatorShown(True)
        self._add_field(
            import_form,
            "import_max_cell_characters",
            self.tr("Longest cell (charac&ters):"),
            self.import_cell_spin,
            self.tr("Excel's own limit is 32,767."),
        )
        self.import_unpacked_spin = self._spin(
            10, 4000, self.tr("Largest workbook unpacked, in megabytes")
        )
        self._add_field(
            import_form,
            "import_max_unpacked_megabytes",
            self.tr("Largest workbook &unpacked (MB):"),
            self.import_unpacked_spin,
            self.tr("A workbook (.xlsx, .ods) is packed; this is what it may hold unpacked."),
        )

        retention, retention_form = self._form_group(self.tr("Retention"))
        retention_intro = wrapped_label(
            self.tr(
                "Records are kept or removed by the municipality's retention decision "
                "(gallringsbeslut). Give the period and cite the decision. 0 months means no "
                "decision is recorded, and nothing is removed."
            )
        )
        retention_form.addRow(retention_intro)
        not_set = self.tr("Not set")
        self.case_months_spin = self._spin(
            0, 1200, self.tr("Closed cases removed after, in months"), not_set
        )
        self._add_field(
            retention_form,
            "case_retention_months",
            self.tr("Closed &cases removed after (months):"),
            self.case_months_spin,
            self.tr("Counted from the last activity of a participant with no placement running."),
        )
        self.case_decision_edit = self._line_edit(self.tr("Decision for closed cases"))
        self.case_decision_edit.setPlaceholderText(self.tr("For example KS 2025-03-12 § 45"))
        self._add_field(
            retention_form,
            "case_retention_decision",
            self.tr("&Decision for cases:"),
            self.case_decision_edit,
        )
        self.log_months_spin = self._spin(
            0, 1200, self.tr("Log entries removed after, in months"), not_set
        )
        self._add_field(
            retention_form,
            "log_retention_months",
            self.tr("Lo&g entries removed after (months):"),
            self.log_months_spin,
        )
        self.log_decision_edit = self._line_edit(self.tr("Decision for logs"))
        self.log_decision_edit.setPlaceholderText(self.tr("For example KS 2025-03-12 § 45"))
        self._add_field(
            retention_form,
            "log_retention_decision",
            self.tr("Dec&ision for logs:"),
            self.log_decision_edit,
        )

        # Side by side where there is room, one under the other on a narrow window (never
        # scrolling sideways).
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._columns = columns
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.addWidget(backups)
        left.addWidget(locking)
        left.addWidget(imports)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(retention)
        right.addStretch(1)
        columns.addLayout(right, 1)
        content_layout = QVBoxLayout(content)
        # On a server, for everyone but its administrator (the database would refuse).
        self.administrator_note_label = wrapped_label(
            self.tr("Set by your organisation's administrator.")
        )
        self.administrator_note_label.hide()
        content_layout.addWidget(self.administrator_note_label)
        self._groups = (backups, locking, imports, retention)
        content_layout.addLayout(columns)
        content_layout.addStretch(1)

        self.save_action = self._menu_action(
            self.tr("&Save safety settings"),
            self._on_save_button_clicked,
            (QKeySequence.StandardKey.Save,),
            self.tr("Save the safety settings"),
        )
        self.save_button = ActionButton(self.save_action, text=self.tr("Save"))
        self.settings_error_label = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        self._column_layouts = (left, right)
        layout = QVBoxLayout(self)
        self.settings_scroll_area = scroll_area(content)
        layout.addWidget(self.settings_scroll_area, 1)
        layout.addWidget(self.settings_error_label)
        layout.addLayout(buttons)

    def show_for_server(self) -> None:
        """On a server: no backups and no lock to set (backups and encryption at rest are the
        server's); their stored values are kept as they are when the rest is saved."""
        self.backups_group.hide()
        self.locking_group.hide()

    def set_editable(self, editable: bool) -> None:
        """The safety settings are the organisation's: on a server only its administrator
        changes them; anyone else sees them read-only, with the sentence that says so."""
        self.administrator_note_label.setVisible(not editable)
        for group in self._groups:
            group.setEnabled(editable)
        self.save_action.setEnabled(editable)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        left, right = self._column_layouts
        needed = left.minimumSize().width() + right.minimumSize().width() + 18 + 40
        self._columns.setDirection(
            QBoxLayout.Direction.TopToBottom
            if event.size().width() < needed
            else QBoxLayout.Direction.LeftToRight
        )
        super().resizeEvent(event)

    def load(self, settings: Settings) -> None:
        for spin, value in (
            (self.backup_keep_spin, settings.backup_keep),
            (self.backup_max_age_spin, settings.backup_max_age_days),
            (self.backup_every_spin, settings.backup_every_hours),
            (self.lock_after_spin, settings.lock_after_minutes),
            (self.case_months_spin, settings.case_retention_months),
            (self.log_months_spin, settings.log_retention_months),
            (self.import_megabytes_spin, settings.import_max_megabytes),
            (self.import_rows_spin, settings.import_max_rows),
            (self.import_cell_spin, settings.import_max_cell_characters),
            (self.import_unpacked_spin, settings.import_max_unpacked_megabytes),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.backup_folder_edit.setText(settings.backup_folder)
        self.case_decision_edit.setText(settings.case_retention_decision)
        self.log_decision_edit.setText(settings.log_retention_decision)
        self.show_problems([])

    def read_settings(self, stored: Settings) -> Settings:
        # Settings other screens show keep their stored values.
        return dataclasses.replace(
            stored,
            backup_keep=self.backup_keep_spin.value(),
            backup_max_age_days=self.backup_max_age_spin.value(),
            backup_every_hours=self.backup_every_spin.value(),
            backup_folder=self.backup_folder_edit.text().strip(),
            lock_after_minutes=self.lock_after_spin.value(),
            case_retention_months=self.case_months_spin.value(),
            case_retention_decision=self.case_decision_edit.text(),
            log_retention_months=self.log_months_spin.value(),
            log_retention_decision=self.log_decision_edit.text(),
            import_max_megabytes=self.import_megabytes_spin.value(),
            import_max_rows=self.import_rows_spin.value(),
            import_max_cell_characters=self.import_cell_spin.value(),
            import_max_unpacked_megabytes=self.import_unpacked_spin.value(),
        )

    def show_problems(self, problems: Sequence[Problem]) -> None:
        show_problems_at_fields(problems, self.error_labels, self.settings_error_label)

    def save_settings(self) -> bool:
        """Save the safety settings, or nothing when anything is refused."""
        try:
            changes = self._services.settings.save(
                self.read_settings(self._services.settings.get())
            )
        except ValidationError as error:
            self.show_problems(error.problems)
            self.status_changed.emit(self.tr("Nothing was saved. Correct what is marked."))
            for problem in error.problems:
                widget = self.field_widgets.get(problem.field)
                if widget is not None:
                    self.settings_scroll_area.ensureWidgetVisible(widget)
                    widget.setFocus()
                    break
            return False
        except AmbassadorError as error:
            self._failed(self.tr("The settings were not saved"), error)
            return False
        self.saved.emit()
        self.status_changed.emit(self.tr("Saved."))
        self._navigator.publish(changes)
        return True

    def _on_field_edited(self, *_args: object) -> None:
        self.status_changed.emit("")

    def _on_save_button_clicked(self) -> None:
        self.save_settings()

    def _on_choose_folder_button_clicked(self) -> None:
        start = self.backup_folder_edit.text().strip() or str(self._services.backups.folder())
        folder = dialogs.choose_folder(self, self.tr("Choose backup folder"), start)
        if folder:
            self.backup_folder_edit.setText(folder)
            self._on_field_edited()
