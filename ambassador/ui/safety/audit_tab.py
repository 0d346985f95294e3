"""Datasäkerhet's Audit log tab: what left the program or changed for good, newest first, by
internal ids and counts, never by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ambassador.domain.audit import ACTION_LABELS, DETAIL_LABELS, AuditAction, AuditEntry
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.retention import ERASURE_LABELS
from ambassador.services.bundle import Services
from ambassador.ui.common.formatting import shown_moment
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.widgets import SmallTable
from ambassador.ui.safety.tab import wrapped_label

CONTEXT = "AuditTab"
SUBJECT_IDS_SHOWN = 6

_SUBJECT_WORDS = {
    "participant": QT_TRANSLATE_NOOP("AuditTab", "participant"),
    "placement": QT_TRANSLATE_NOOP("AuditTab", "placement"),
    "employer": QT_TRANSLATE_NOOP("AuditTab", "employer"),
    "note": QT_TRANSLATE_NOOP("AuditTab", "note"),
    "project": QT_TRANSLATE_NOOP("AuditTab", "project"),
}


def action_text(entry: AuditEntry) -> str:
    label = ACTION_LABELS.get(entry.action)
    return QCoreApplication.translate("Labels", label) if label else str(entry.action)


# An erasure's legal basis, stored as its code, in words.
_ERASURE_WORDS = {str(basis): text for basis, text in ERASURE_LABELS.items()}


def detail_text(entry: AuditEntry) -> str:
    """An entry's codes in words: "Coordinator's name, Lock after", "Placements 3, Notes 12",
    an erasure's legal basis and its reference."""

    def word(code: str) -> str:
        label = DETAIL_LABELS.get(code) or _ERASURE_WORDS.get(code)
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


class AuditTab(QWidget):
    AT = 0
    USER = 1
    ACTION = 2
    SUBJECT = 3
    COUNT = 4
    DETAIL = 5

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._build_ui()

    def _build_ui(self) -> None:
        intro = wrapped_label(
            self.tr(
                "What left the program or changed for good: prints, exports, extracts, "
                "backups, restores, purges, erasures, failed unlocks and changed settings. "
                "Records appear by number only, never by name. Newest first."
            )
        )
        self.audit_table = SmallTable(
            [
                Column(self.tr("When"), lambda entry: shown_moment(entry.at), lambda e: e.at),
                Column(self.tr("Who"), lambda entry: entry.user_name),
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
        self.no_audit_label = wrapped_label(self.tr("Nothing has been logged yet."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        layout.addWidget(self.no_audit_label)
        layout.addWidget(self.audit_table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden (nothing logged yet)

    def show_state(self) -> None:
        entries = self._services.audit.recent()
        self.audit_model.set_rows(entries)
        self.audit_table.setVisible(bool(entries))
        self.no_audit_label.setVisible(not entries)
