"""Datasäkerhet: backups and restoring one, encryption at rest, the safety settings (backups,
locking, retention), purging by the retention decision, and the audit log.

Nothing personal is shown here: backups by time and reason, the log by ids and counts.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.audit import ACTION_LABELS, DETAIL_LABELS, AuditAction, AuditEntry
from ambassador.domain.errors import AmbassadorError, Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.retention import ERASURE_LABELS, PurgePlan
from ambassador.domain.settings import Settings
from ambassador.services import backups as backup_reasons
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import iso_moment
from ambassador.ui.common.forms import error_label, show_problems_at_fields
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import wait_cursor
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.widgets import SmallTable, scroll_area, title_label
from ambassador.ui.i18n import problem_text
from ambassador.ui.safety.passphrase_dialogs import NewPassphraseDialog, RecoveryKeyDialog

CONTEXT = "SafetyScreen"
SUBJECT_IDS_SHOWN = 6

_SUBJECT_WORDS = {
    "participant": QT_TRANSLATE_NOOP("SafetyScreen", "participant"),
    "placement": QT_TRANSLATE_NOOP("SafetyScreen", "placement"),
    "employer": QT_TRANSLATE_NOOP("SafetyScreen", "employer"),
    "note": QT_TRANSLATE_NOOP("SafetyScreen", "note"),
}
_REASON_WORDS = {
    backup_reasons.MANUAL: QT_TRANSLATE_NOOP("SafetyScreen", "Taken by hand"),
    backup_reasons.PERIODIC: QT_TRANSLATE_NOOP("SafetyScreen", "Scheduled"),
    backup_reasons.ON_EXIT: QT_TRANSLATE_NOOP("SafetyScreen", "On exit"),
    backup_reasons.BEFORE_RESTORE: QT_TRANSLATE_NOOP("SafetyScreen", "Before a restore"),
    backup_reasons.BEFORE_PURGE: QT_TRANSLATE_NOOP("SafetyScreen", "Before a purge"),
    backup_reasons.BEFORE_ENCRYPTION: QT_TRANSLATE_NOOP("SafetyScreen", "Before encryption"),
}
# Any other "before-…" backup was taken before the database was upgraded (migrated).
_BEFORE_UPGRADE = QT_TRANSLATE_NOOP("SafetyScreen", "Before an upgrade")


def reason_text(reason: str) -> str:
    if reason in _REASON_WORDS:
        return QCoreApplication.translate(CONTEXT, _REASON_WORDS[reason])
    if reason.startswith("before-"):
        return QCoreApplication.translate(CONTEXT, _BEFORE_UPGRADE)
    return reason


def action_text(entry: AuditEntry) -> str:
    label = ACTION_LABELS.get(entry.action)
    return QCoreApplication.translate("Labels", label) if label else str(entry.action)


def detail_text(entry: AuditEntry) -> str:
    """An entry's codes in words: "Coordinator's name, Lock after", "Placements 3, Notes 12",
    an erasure's legal basis and its reference."""

    def word(code: str) -> str:
        label = DETAIL_LABELS.get(code) or ERASURE_LABELS.get(code)  # type: ignore[call-overload]
        return QCoreApplication.translate("Labels", label) if label else code

    if entry.action is AuditAction.ERASURE and ": " in entry.detail:
        basis, reference = entry.detail.split(": ", 1)
        return f"{word(basis)}: {reference}"
    parts = []
    for part in entry.detail.split(","):
        key, _equals, value = part.partition("=")
        parts.append(f"{word(key)} {value}" if value else word(key))
    return ", ".join(parts)


def subject_text(entry: AuditEntry) -> str:
    """E.g. "participant 17"; only internal ids, never a name."""
    kind = entry.subject_kind
    word = (
        QCoreApplication.translate(CONTEXT, _SUBJECT_WORDS[kind])
        if kind in _SUBJECT_WORDS
        else kind
    )
    numbers = [str(number) for number in entry.subject_ids[:SUBJECT_IDS_SHOWN]]
    if len(entry.subject_ids) > SUBJECT_IDS_SHOWN:
        numbers.append("…")
    return " ".join(part for part in (word, ", ".join(numbers)) if part)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    # As wide as the layout allows: a form would otherwise keep a wrapping label at its
    # narrow size hint and cut off its last lines.
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
    label.setSizePolicy(policy)
    return label


class SafetyScreen(QWidget):
    # A restore or a purge replaced or removed records anywhere: every screen must reload.
    restored = Signal()
    # The database was encrypted, or its passphrase changed.
    encryption_changed = Signal()

    TAB_BACKUPS = 0
    TAB_ENCRYPTION = 1
    TAB_SETTINGS = 2
    TAB_PURGE = 3
    TAB_AUDIT = 4

    BACKUP_TAKEN = 0
    BACKUP_REASON = 1
    BACKUP_SIZE = 2
    BACKUP_FILE = 3

    AUDIT_AT = 0
    AUDIT_ACTION = 1
    AUDIT_SUBJECT = 2
    AUDIT_COUNT = 3
    AUDIT_DETAIL = 4

    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self.error_labels: dict[str, QLabel] = {}
        self.field_widgets: dict[str, QWidget] = {}
        # The dialog open over the screen (tests reach it here).
        self.open_dialog: NewPassphraseDialog | RecoveryKeyDialog | None = None
        self._build_ui()

    # Building ---------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.title_label = title_label(self.tr("Data safety"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Data safety"))
        self.tabs.addTab(self._backups_tab(), self.tr("&Backups"))
        self.tabs.addTab(self._encryption_tab(), self.tr("&Encryption"))
        self.tabs.addTab(self._settings_tab(), self.tr("&Settings"))
        self.tabs.addTab(self._purge_tab(), self.tr("&Purge"))
        self.tabs.addTab(self._audit_tab(), self.tr("&Audit log"))
        self.status_label = _wrapped()
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

    def _button(self, text: str, tooltip: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        return button

    def _backups_tab(self) -> QWidget:
        tab = QWidget()
        self.backup_folder_label = _wrapped()
        self.backup_folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.backup_folder_label.setAccessibleName(self.tr("Backup folder"))
        self.last_backup_label = _wrapped()
        self.last_backup_label.setAccessibleName(self.tr("Last backup"))
        self.backup_policy_label = _wrapped()
        self.backup_policy_label.setAccessibleName(self.tr("When backups are taken"))
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, value in (
            (self.tr("Folder:"), self.backup_folder_label),
            (self.tr("Last backup:"), self.last_backup_label),
        ):
            label = QLabel(text)
            label.setBuddy(value)
            facts.addRow(label, value)

        self.backups_table = SmallTable(
            [
                Column(self.tr("Taken"), lambda info: iso_moment(info.taken_at)),
                Column(self.tr("Why"), lambda info: reason_text(info.reason)),
                Column(self.tr("Size"), lambda info: size_text(info.size), lambda i: i.size),
                Column(
                    self.tr("File"),
                    lambda info: info.path.name,
                    tooltip=lambda info: str(info.path),
                    stretch=True,
                ),
            ],
            self.tr("Backups"),
        )
        self.backups_model = self.backups_table.model_rows
        self.backups_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.no_backups_label = _wrapped(
            self.tr("There are no backups yet. Back up now to take the first one.")
        )

        self.back_up_button = self._button(
            self.tr("Back &up now"),
            self.tr("Take a checked copy of the database now"),
            self._on_back_up_button_clicked,
        )
        self.restore_button = self._button(
            self.tr("&Restore selected…"),
            self.tr("Put the chosen backup in place of the database"),
            self._on_restore_button_clicked,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(tab)
        layout.setSpacing(10)
        layout.addLayout(facts)
        layout.addWidget(self.backup_policy_label)
        layout.addWidget(self.no_backups_label)
        layout.addWidget(self.backups_table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden (no backups yet)
        layout.addLayout(buttons)
        return tab

    def _encryption_tab(self) -> QWidget:
        tab = QWidget()
        self.encryption_state_label = _wrapped()
        font = self.encryption_state_label.font()
        font.setBold(True)
        self.encryption_state_label.setFont(font)
        self.encryption_state_label.setAccessibleName(self.tr("Encryption"))
        self.encryption_help_label = _wrapped()
        self.lock_state_label = _wrapped()
        self.lock_state_label.setAccessibleName(self.tr("Locking"))
        self.encrypt_button = self._button(
            self.tr("E&ncrypt the database…"),
            self.tr("Choose a passphrase and encrypt the database and its backups"),
            self.encrypt_database,
        )
        self.change_passphrase_button = self._button(
            self.tr("&Change passphrase…"),
            self.tr("Choose a new passphrase for the database and its backups"),
            self._on_change_passphrase_button_clicked,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.change_passphrase_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(tab)
        layout.setSpacing(12)
        layout.addWidget(self.encryption_state_label)
        layout.addWidget(self.encryption_help_label)
        layout.addLayout(buttons)
        layout.addWidget(self.lock_state_label)
        layout.addStretch(1)
        return tab

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
        container = QWidget()
        container.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if isinstance(widget, QSpinBox):
            column.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            column.addWidget(widget)
        if help_text:
            column.addWidget(_wrapped(help_text))
        errors = error_label()
        column.addWidget(errors)
        label = QLabel(text)
        label.setBuddy(buddy or widget)
        form.addRow(label, container)
        self.error_labels[name] = errors
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

    def _settings_tab(self) -> QWidget:
        content = QWidget()
        backups, backup_form = self._form_group(self.tr("Backups"))
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

        retention, retention_form = self._form_group(self.tr("Retention"))
        retention_intro = _wrapped(
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

        columns = QHBoxLayout()
        columns.setSpacing(18)
        left = QVBoxLayout()
        left.addWidget(backups)
        left.addWidget(locking)
        left.addStretch(1)
        columns.addLayout(left, 1)
        right = QVBoxLayout()
        right.addWidget(retention)
        right.addStretch(1)
        columns.addLayout(right, 1)
        content_layout = QVBoxLayout(content)
        content_layout.addLayout(columns)
        content_layout.addStretch(1)

        self.save_button = QPushButton(self.tr("Save"))  # Ctrl+S, not a mnemonic
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Save the safety settings (Ctrl+S)"))
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.settings_error_label = error_label()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.settings_scroll_area = scroll_area(content)
        layout.addWidget(self.settings_scroll_area, 1)
        layout.addWidget(self.settings_error_label)
        layout.addLayout(buttons)
        return tab

    def _purge_tab(self) -> QWidget:
        tab = QWidget()
        intro = _wrapped(
            self.tr(
                "A purge removes for good what the retention decisions allow: closed cases "
                "with their placements, notes, check-ins and feedback, old log entries and "
                "backups older than the oldest kept. It shows what it will remove and asks "
                "first, and takes a backup before it starts."
            )
        )
        self.case_retention_label = _wrapped()
        self.case_retention_label.setAccessibleName(self.tr("Closed cases"))
        self.log_retention_label = _wrapped()
        self.log_retention_label.setAccessibleName(self.tr("Log entries"))
        self.backup_retention_label = _wrapped()
        self.backup_retention_label.setAccessibleName(self.tr("Backups"))
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, value in (
            (self.tr("Closed cases:"), self.case_retention_label),
            (self.tr("Log entries:"), self.log_retention_label),
            (self.tr("Backups:"), self.backup_retention_label),
        ):
            label = QLabel(text)
            label.setBuddy(value)
            facts.addRow(label, value)
        self.preview_purge_button = self._button(
            self.tr("Pre&view purge…"),
            self.tr("See what a purge would remove, then decide"),
            self._on_preview_purge_button_clicked,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_purge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return tab

    def _audit_tab(self) -> QWidget:
        tab = QWidget()
        intro = _wrapped(
            self.tr(
                "What left the program or changed for good: prints, exports, extracts, "
                "backups, restores, purges, erasures, failed unlocks and changed settings. "
                "Records appear by number only, never by name. Newest first."
            )
        )
        self.audit_table = SmallTable(
            [
                Column(self.tr("When"), lambda entry: iso_moment(entry.at), lambda e: e.at),
                Column(self.tr("What"), action_text),
                Column(
                    self.tr("Concerning"),
                    subject_text,
                    tooltip=lambda entry: ", ".join(str(i) for i in entry.subject_ids),
                ),
                Column(
                    self.tr("Count"),
                    lambda entry: str(entry.count) if entry.count else "",
                    lambda entry: entry.count,
                ),
                Column(
                    self.tr("Detail"),
                    detail_text,
                    tooltip=detail_text,
                    stretch=True,
                ),
            ],
            self.tr("Audit log"),
        )
        self.audit_model = self.audit_table.model_rows
        self.no_audit_label = _wrapped(self.tr("Nothing has been logged yet."))
        layout = QVBoxLayout(tab)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.no_audit_label)
        layout.addWidget(self.audit_table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden (nothing logged yet)
        return tab

    # Loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Everything from the database, the settings form included."""
        self._load_form(self._services.settings.get())
        self._refresh_state()

    def _refresh_state(self) -> None:
        """Everything but the settings form, which may hold edits not saved yet."""
        settings = self._services.settings.get()
        self._show_backups(settings)
        self._show_encryption(settings)
        self._show_retention(settings)
        self._show_audit()

    def _show_backups(self, settings: Settings) -> None:
        chosen = self.chosen_backup()
        found = self._services.backups.backups()
        self.backup_folder_label.setText(str(self._services.backups.folder()))
        last = found[0].taken_at if found else None  # newest first
        self.last_backup_label.setText(iso_moment(last) if last else self.tr("None yet"))
        self.backup_policy_label.setText(
            self.tr(
                "Backups are taken every %1 hours while the program is open, when it "
                "closes, and before a restore, a purge, encryption or an upgrade. The newest "
                "%2 are kept, and none older than %3 days except the newest good one."
            )
            .replace("%1", str(settings.backup_every_hours))
            .replace("%2", str(settings.backup_keep))
            .replace("%3", str(settings.backup_max_age_days))
        )
        self.backups_model.set_rows(found)
        self.backups_table.setVisible(bool(found))
        self.no_backups_label.setVisible(not found)
        row = next(
            (n for n, info in enumerate(found) if chosen is not None and info.path == chosen.path),
            None,
        )
        if row is not None:
            self.backups_table.selectRow(row)
        self._update_buttons()

    def _show_encryption(self, settings: Settings) -> None:
        encrypted = self._services.encryption.encrypted
        if encrypted:
            self.encryption_state_label.setText(self.tr("The database is encrypted."))
            self.encryption_help_label.setText(
                self.tr(
                    "The file and its backups can be opened only with the passphrase or the "
                    "recovery key. Keep the recovery key apart from this computer."
                )
            )
        else:
            self.encryption_state_label.setText(self.tr("The database is not encrypted."))
            self.encryption_help_label.setText(
                self.tr(
                    "Anyone who gets hold of the file or one of its backups can read it. "
                    "Encrypting it with a passphrase is recommended; you get a recovery key "
                    "once, for the day the passphrase is forgotten."
                )
            )
        self.encrypt_button.setVisible(not encrypted)
        self.change_passphrase_button.setVisible(encrypted)
        minutes = settings.lock_after_minutes
        if minutes == 0:
            lock = self.tr("The window does not lock by itself (see Settings).")
        elif encrypted:
            lock = self.tr(
                "The window locks after %n minute(s) without use (see Settings).", "", minutes
            )
        else:
            lock = self.tr(
                "Once the database is encrypted, the window locks after %n minute(s) without "
                "use (see Settings).",
                "",
                minutes,
            )
        self.lock_state_label.setText(lock)

    def _show_retention(self, settings: Settings) -> None:
        for label, months, decision in (
            (
                self.case_retention_label,
                settings.case_retention_months,
                settings.case_retention_decision,
            ),
            (
                self.log_retention_label,
                settings.log_retention_months,
                settings.log_retention_decision,
            ),
        ):
            if months > 0 and decision.strip():
                text = (
                    self.tr(
                        "removed %n month(s) after the last activity, by decision %1.", "", months
                    )
                    if label is self.case_retention_label
                    else self.tr("removed after %n month(s), by decision %1.", "", months)
                )
                label.setText(text.replace("%1", decision))
            else:
                label.setText(self.tr("no retention decision recorded: nothing is removed."))
        self.backup_retention_label.setText(
            self.tr(
                "those older than %n day(s) are removed, except the newest good one.",
                "",
                settings.backup_max_age_days,
            )
        )

    def _show_audit(self) -> None:
        entries = self._services.audit.recent()
        self.audit_model.set_rows(entries)
        self.audit_table.setVisible(bool(entries))
        self.no_audit_label.setVisible(not entries)

    def _load_form(self, settings: Settings) -> None:
        for spin, value in (
            (self.backup_keep_spin, settings.backup_keep),
            (self.backup_max_age_spin, settings.backup_max_age_days),
            (self.backup_every_spin, settings.backup_every_hours),
            (self.lock_after_spin, settings.lock_after_minutes),
            (self.case_months_spin, settings.case_retention_months),
            (self.log_months_spin, settings.log_retention_months),
        ):
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        self.backup_folder_edit.setText(settings.backup_folder)
        self.case_decision_edit.setText(settings.case_retention_decision)
        self.log_decision_edit.setText(settings.log_retention_decision)
        self.show_problems([])

    def chosen_backup(self) -> Any | None:
        return self.backups_table.selected_row()

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.chosen_backup() is not None)

    # Settings ---------------------------------------------------------------------------

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
            self.status_label.setText(self.tr("Nothing was saved. Correct what is marked."))
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
        self.refresh()
        self.status_label.setText(self.tr("Saved."))
        self._navigator.publish(changes)
        return True

    # Showing failures -------------------------------------------------------------------

    def _failed(self, title: str, error: AmbassadorError) -> None:
        if isinstance(error, ValidationError):
            text = "\n".join(problem_text(problem) for problem in error.problems)
            dialogs.show_error(self, title, text)
        else:
            dialogs.show_failure(self, title, error)
        self.status_label.setText(title)

    # Slots ------------------------------------------------------------------------------

    def _on_field_edited(self, *_args: object) -> None:
        self.status_label.clear()

    def _on_save_button_clicked(self) -> None:
        self.save_settings()

    def _on_choose_folder_button_clicked(self) -> None:
        start = self.backup_folder_edit.text().strip() or str(self._services.backups.folder())
        folder = dialogs.choose_folder(self, self.tr("Choose backup folder"), start)
        if folder:
            self.backup_folder_edit.setText(folder)
            self._on_field_edited()

    def _on_back_up_button_clicked(self) -> None:
        try:
            with wait_cursor():
                written = self._services.backups.take()
        except AmbassadorError as error:
            self._failed(self.tr("No backup was taken"), error)
            return
        self._refresh_state()
        self.status_label.setText(self.tr("Backup written to %1.").replace("%1", str(written)))
        dialogs.inform(
            self,
            self.tr("Backup taken"),
            self.tr("The backup is written to %1.").replace("%1", str(written)),
        )

    def _on_restore_button_clicked(self) -> None:
        chosen = self.chosen_backup()
        if chosen is None:
            return
        title = self.tr("Restore backup")
        question = (
            self.tr(
                "Restore the backup taken %1?\n\n"
                "Everything recorded since then is replaced by the backup. A safety copy of "
                "the database as it is now is taken first, so this can be undone by "
                "restoring that copy."
            )
        ).replace("%1", iso_moment(chosen.taken_at))
        if not dialogs.ask(self, title, question, self.tr("Restore")):
            return
        path: Path = chosen.path
        try:
            with wait_cursor():
                safety = self._services.backups.restore(path)
        except AmbassadorError as error:
            self._failed(self.tr("The backup was not restored"), error)
            self._refresh_state()
            return
        self.refresh()
        self.status_label.setText(
            self.tr("Restored the backup taken %1.").replace("%1", iso_moment(chosen.taken_at))
        )
        self.restored.emit()
        dialogs.inform(
            self,
            title,
            self.tr("The backup taken %1 is in place. The database as it was before is kept as %2.")
            .replace("%1", iso_moment(chosen.taken_at))
            .replace("%2", str(safety)),
        )

    def encrypt_database(self) -> None:
        """Ask for a passphrase twice, encrypt, show the recovery key once."""
        encryption = self._services.encryption
        dialog = NewPassphraseDialog(
            self.tr("Encrypt the database"),
            self.tr(
                "Choose the passphrase that will open the database from now on. The "
                "database and its backups are encrypted; a backup is taken first."
            ),
            lambda _current, new: encryption.encrypt(new),
            confirm=self.tr("Encrypt"),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._on_encrypted(dialog.outcome))
        self._open(dialog)

    def _on_encrypted(self, recovery_key: str) -> None:
        self._refresh_state()
        self.status_label.setText(self.tr("The database is encrypted."))
        self.encryption_changed.emit()
        self._open(RecoveryKeyDialog(recovery_key, self))

    def _on_change_passphrase_button_clicked(self) -> None:
        encryption = self._services.encryption
        dialog = NewPassphraseDialog(
            self.tr("Change passphrase"),
            self.tr(
                "Give the passphrase in use now, then the new one twice. The recovery key "
                "stays the same."
            ),
            encryption.change_passphrase,
            ask_current=True,
            confirm=self.tr("Change"),
            parent=self,
        )
        dialog.accepted.connect(self._on_passphrase_changed)
        self._open(dialog)

    def _on_passphrase_changed(self) -> None:
        self._refresh_state()
        self.status_label.setText(self.tr("The passphrase is changed."))
        self.encryption_changed.emit()

    def _open(self, dialog: NewPassphraseDialog | RecoveryKeyDialog) -> None:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog))
        dialog.open()

    def _on_dialog_finished(self, dialog: NewPassphraseDialog | RecoveryKeyDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()

    def _on_preview_purge_button_clicked(self) -> None:
        title = self.tr("Purge")
        try:
            with wait_cursor():
                plan = self._services.retention.preview()
                settings = self._services.settings.get()
        except AmbassadorError as error:
            self._failed(self.tr("The purge could not be previewed"), error)
            return
        if plan.is_empty:
            dialogs.inform(self, title, self._nothing_due_text(settings))
            return
        question = self.tr("This removes for good:") + "\n\n" + self._plan_text(plan)
        question += "\n\n" + self.tr(
            "A backup is taken first. Records removed cannot be brought back from the trash."
        )
        if not dialogs.ask(self, title, question, self.tr("Remove for good")):
            return
        try:
            with wait_cursor():
                result = self._services.retention.purge()
        except AmbassadorError as error:
            self._failed(self.tr("Nothing was purged"), error)
            self._refresh_state()
            return
        self._refresh_state()
        self.status_label.setText(self.tr("Purged."))
        self.restored.emit()
        done = self.tr("Removed:") + "\n\n" + self._plan_text(result.plan)
        if result.backup_before:
            done += "\n\n" + self.tr(
                "The backup taken first (%1) still holds them until it is older than the "
                "oldest backup kept."
            ).replace("%1", result.backup_before)
        dialogs.inform(self, title, done)

    def _nothing_due_text(self, settings: Settings) -> str:
        decided = any(
            months > 0 and decision.strip()
            for months, decision in (
                (settings.case_retention_months, settings.case_retention_decision),
                (settings.log_retention_months, settings.log_retention_decision),
            )
        )
        if not decided:
            return self.tr(
                "Nothing is due for removal: no retention period is set, so nothing is ever "
                "removed. Set one under Settings, citing the municipality's decision."
            )
        return self.tr(
            "Nothing is due for removal: no closed case, log entry or backup is older than "
            "its retention period."
        )

    def _plan_text(self, plan: PurgePlan) -> str:
        lines = []
        if plan.participants:
            lines.append(
                self.tr("%n closed case(s)", "", plan.participants)
                + " "
                + self.tr("(%1 placements, %2 notes, %3 check-ins, %4 feedback answers)")
                .replace("%1", str(plan.placements))
                .replace("%2", str(plan.notes))
                .replace("%3", str(plan.check_ins))
                .replace("%4", str(plan.feedback))
            )
        if plan.log_entries:
            lines.append(self.tr("%n log entry(ies)", "", plan.log_entries))
        if plan.backups:
            lines.append(self.tr("%n old backup(s)", "", plan.backups))
        return "\n".join(f"• {line}" for line in lines)
