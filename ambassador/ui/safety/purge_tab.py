"""Datasäkerhet's Purge tab: what the retention decisions allow to be removed, and the purge
itself, which shows what it will remove and asks before it removes anything."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from ambassador.domain.errors import AmbassadorError
from ambassador.domain.retention import PurgePlan
from ambassador.domain.settings import Settings
from ambassador.services.bundle import Services
from ambassador.services.retention import PurgeResult
from ambassador.ui.common import dialogs
from ambassador.ui.common.busy import Busy, wait_cursor
from ambassador.ui.i18n import message
from ambassador.ui.safety.tab import SafetyTab, wrapped_label


class PurgeTab(SafetyTab):
    # A purge removed records anywhere: every screen must reload.
    purged = Signal()

    def __init__(self, services: Services, busy: Busy) -> None:
        super().__init__(services)
        self._busy = busy  # the slow work runs off the window's thread
        self._on_server = False
        self._build_ui()

    def _build_ui(self) -> None:
        self.intro_label = intro = wrapped_label(
            self.tr(
                "A purge removes for good what the retention decisions allow: closed cases "
                "with their placements, notes, check-ins and feedback, old log entries and "
                "backups older than the oldest kept. It shows what it will remove and asks "
                "first, and takes a backup before it starts."
            )
        )
        self.case_retention_label = wrapped_label()
        self.case_retention_label.setAccessibleName(self.tr("Closed cases"))
        self.log_retention_label = wrapped_label()
        self.log_retention_label.setAccessibleName(self.tr("Log entries"))
        self.backup_retention_label = wrapped_label()
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
        self._facts = facts
        self.preview_purge_button = self._action_button(
            self.tr("Pre&view purge…"),
            self.tr("See what a purge would remove, then decide"),
            self._on_preview_purge_button_clicked,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_purge_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(facts)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_for_server(self) -> None:
        """On a server: no backups of the program's to take first or to remove."""
        self._on_server = True
        self.intro_label.setText(
            self.tr(
                "A purge removes for good what the retention decisions allow: closed cases "
                "with their placements, notes, check-ins and feedback, and old log entries. It "
                "shows what it will remove and asks first."
            )
        )
        self._facts.setRowVisible(self.backup_retention_label, False)

    def show_state(self, settings: Settings) -> None:
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
        if self._on_server and not self._services.retention.may_purge_logs():
            self.log_retention_label.setText(
                self.log_retention_label.text() + " " + self._administrator_purges_logs()
            )
        self.backup_retention_label.setText(
            self.tr(
                "those older than %n day(s) are removed, except the newest good one.",
                "",
                settings.backup_max_age_days,
            )
        )

    def _on_preview_purge_button_clicked(self) -> None:
        title = self.tr("Purge")
        try:
            with wait_cursor():  # a count of what is due: a moment, on the window's thread
                plan = self._services.retention.preview()
                settings = self._services.settings.get()
        except AmbassadorError as error:
            self._failed(self.tr("The purge could not be previewed"), error)
            return
        if plan.is_empty:
            text = self._nothing_due_text(settings)
            if plan.logs_for_administrator:
                text += " " + self._administrator_purges_logs()
            dialogs.inform(self, title, text)
            return
        question = self.tr("This removes for good:") + "\n\n" + self._plan_text(plan)
        if plan.logs_for_administrator:
            question += "\n\n" + self._administrator_purges_logs()
        question += "\n\n" + (
            self.tr("Records removed cannot be brought back from the trash.")
            if self._on_server
            else self.tr(
                "A backup is taken first. Records removed cannot be brought back from the trash."
            )
        )
        held = self._services.retention.held_elsewhere
        if held:  # on a server: said before the person decides, not only after
            question += " " + message(held)
        if not dialogs.ask(self, title, question, self.tr("Remove for good")):
            return
        retention = self._services.retention
        self._busy.run(
            self.tr("Purging…"),
            lambda _progress: retention.purge(),
            self._on_purged,
            self._on_purge_failed,
        )

    def _on_purge_failed(self, error: AmbassadorError) -> None:
        self._failed(self.tr("Nothing was purged"), error)
        self.state_changed.emit()

    def _on_purged(self, result: PurgeResult) -> None:
        title = self.tr("Purge")
        self.status_changed.emit(self.tr("Purged."))
        self.purged.emit()
        done = self.tr("Removed:") + "\n\n" + self._plan_text(result.plan)
        if result.backup_before:
            done += "\n\n" + self.tr(
                "The backup taken first (%1) still holds them until it is older than the "
                "oldest backup kept."
            ).replace("%1", result.backup_before)
        if result.held_elsewhere:
            done += "\n\n" + message(result.held_elsewhere)
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
        if self._on_server:
            return self.tr(
                "Nothing is due for removal: no closed case or log entry is older than its "
                "retention period."
            )
        return self.tr(
            "Nothing is due for removal: no closed case, log entry or backup is older than "
            "its retention period."
        )

    def _administrator_purges_logs(self) -> str:
        return self.tr("An administrator purges the logs.")

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
