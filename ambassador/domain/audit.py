"""The audit log: what left the program or changed irreversibly, as counts and internal ids.

An entry never holds a name, a personal identity number or free text a person typed: its
`detail` is a code (a legal basis, the names of the settings changed), so the log itself can
be shown, printed and kept longer than the records it describes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ambassador.domain import documents
from ambassador.domain.exports import CALENDAR, ListKind
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.project_report import PROJECT_REPORT, PROJECT_REPORT_XLSX


class AuditAction(StrEnum):
    PRINT = "print"
    EXPORT = "export"
    EXTRACT = "extract"
    BACKUP = "backup"
    RESTORE = "restore"
    PURGE = "purge"
    ERASURE = "erasure"
    FAILED_UNLOCK = "failed_unlock"
    SETTINGS = "settings"
    ENCRYPTION = "encryption"
    IMPORT = "import"


ACTION_LABELS = {
    AuditAction.PRINT: QT_TRANSLATE_NOOP("Labels", "Printed"),
    AuditAction.EXPORT: QT_TRANSLATE_NOOP("Labels", "Exported"),
    AuditAction.EXTRACT: QT_TRANSLATE_NOOP("Labels", "Register extract"),
    AuditAction.BACKUP: QT_TRANSLATE_NOOP("Labels", "Backup"),
    AuditAction.RESTORE: QT_TRANSLATE_NOOP("Labels", "Restored from backup"),
    AuditAction.PURGE: QT_TRANSLATE_NOOP("Labels", "Purged by retention"),
    AuditAction.ERASURE: QT_TRANSLATE_NOOP("Labels", "Erased"),
    AuditAction.FAILED_UNLOCK: QT_TRANSLATE_NOOP("Labels", "Failed unlock"),
    AuditAction.SETTINGS: QT_TRANSLATE_NOOP("Labels", "Settings changed"),
    AuditAction.ENCRYPTION: QT_TRANSLATE_NOOP("Labels", "Encryption changed"),
    AuditAction.IMPORT: QT_TRANSLATE_NOOP("Labels", "Imported"),
}


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    action: AuditAction
    subject_kind: str = ""
    subject_ids: tuple[int, ...] = ()
    count: int = 0
    detail: str = ""
    # Who: the database user on a server, the computer's account on a file ("" unknown).
    # Filled in by the log as it is written, whatever an entry says.
    user_name: str = ""


# The codes an entry's `detail` is made of, as words (context `Labels`); a code not here (an
# erasure's reference, a backup's file name) is shown as it is.
DETAIL_LABELS = {
    "encrypted": QT_TRANSLATE_NOOP("Labels", "Database encrypted"),
    "passphrase": QT_TRANSLATE_NOOP("Labels", "Passphrase changed"),
    "copies_encrypted": QT_TRANSLATE_NOOP("Labels", "Readable copies encrypted"),
    "copies_removed": QT_TRANSLATE_NOOP("Labels", "Readable copies removed"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Taken by hand"),
    documents.SUMMARY: QT_TRANSLATE_NOOP("Labels", "Follow-up summary"),
    documents.AGREEMENT: QT_TRANSLATE_NOOP("Labels", "Placement agreement"),
    documents.EXTRACT: QT_TRANSLATE_NOOP("Labels", "Register extract"),
    documents.STATISTICS: QT_TRANSLATE_NOOP("Labels", "Statistics report"),
    documents.QUESTIONNAIRE: QT_TRANSLATE_NOOP("Labels", "Questionnaire"),
    PROJECT_REPORT: QT_TRANSLATE_NOOP("Labels", "Project report"),
    PROJECT_REPORT_XLSX: QT_TRANSLATE_NOOP("Labels", "Project report (XLSX)"),
    ListKind.PARTICIPANTS.log_kind: QT_TRANSLATE_NOOP("Labels", "List of participants"),
    ListKind.EMPLOYERS.log_kind: QT_TRANSLATE_NOOP("Labels", "List of employers"),
    ListKind.PLACEMENTS.log_kind: QT_TRANSLATE_NOOP("Labels", "List of placements"),
    ListKind.CHECK_INS.log_kind: QT_TRANSLATE_NOOP("Labels", "List of check-ins"),
    ListKind.NOTES.log_kind: QT_TRANSLATE_NOOP("Labels", "Notes of a placement"),
    CALENDAR: QT_TRANSLATE_NOOP("Labels", "Calendar file"),
    # An import's detail: which register it added to.
    ListKind.PARTICIPANTS.value: QT_TRANSLATE_NOOP("Labels", "Participants"),
    ListKind.EMPLOYERS.value: QT_TRANSLATE_NOOP("Labels", "Employers"),
    "organisation_name": QT_TRANSLATE_NOOP("Labels", "Organisation"),
    "coordinator_name": QT_TRANSLATE_NOOP("Labels", "Coordinator's name"),
    "coordinator_phone": QT_TRANSLATE_NOOP("Labels", "Coordinator's phone"),
    "coordinator_email": QT_TRANSLATE_NOOP("Labels", "Coordinator's e-mail"),
    "follow_up_plan": QT_TRANSLATE_NOOP("Labels", "Default follow-up plan"),
    "type_plan": QT_TRANSLATE_NOOP("Labels", "Follow-up plan of a placement type"),
    "silent_after_days": QT_TRANSLATE_NOOP("Labels", "Silent after"),
    "language": QT_TRANSLATE_NOOP("Labels", "Language"),
    "logo_png": QT_TRANSLATE_NOOP("Labels", "Logo"),
    "backup_keep": QT_TRANSLATE_NOOP("Labels", "Backups to keep"),
    "backup_max_age_days": QT_TRANSLATE_NOOP("Labels", "Oldest backup kept"),
    "backup_every_hours": QT_TRANSLATE_NOOP("Labels", "Backup interval"),
    "backup_folder": QT_TRANSLATE_NOOP("Labels", "Backup folder"),
    "lock_after_minutes": QT_TRANSLATE_NOOP("Labels", "Lock after"),
    "case_retention_months": QT_TRANSLATE_NOOP("Labels", "Retention of closed cases"),
    "case_retention_decision": QT_TRANSLATE_NOOP("Labels", "Decision for closed cases"),
    "log_retention_months": QT_TRANSLATE_NOOP("Labels", "Retention of logs"),
    "log_retention_decision": QT_TRANSLATE_NOOP("Labels", "Decision for logs"),
    "import_max_megabytes": QT_TRANSLATE_NOOP("Labels", "Largest file to import"),
    "import_max_rows": QT_TRANSLATE_NOOP("Labels", "Most rows to import"),
    "import_max_cell_characters": QT_TRANSLATE_NOOP("Labels", "Longest cell to import"),
    "import_max_unpacked_megabytes": QT_TRANSLATE_NOOP("Labels", "Largest workbook unpacked"),
    "list:placement_types": QT_TRANSLATE_NOOP("Labels", "List of placement types"),
    "list:note_kinds": QT_TRANSLATE_NOOP("Labels", "List of note kinds"),
    "list:referral_sources": QT_TRANSLATE_NOOP("Labels", "List of referral sources"),
    "list:ending_reasons": QT_TRANSLATE_NOOP("Labels", "List of ending reasons"),
    "report_mappings:sus": QT_TRANSLATE_NOOP("Labels", "Reporting categories for SUS"),
    "report_mappings:social_services": QT_TRANSLATE_NOOP(
        "Labels", "Reporting categories for the social services"
    ),
    "report_mappings:esf": QT_TRANSLATE_NOOP("Labels", "Reporting categories for ESF"),
    # A purge's counts, "placements=3,notes=12,log=40,backups=2".
    "placements": QT_TRANSLATE_NOOP("Labels", "Placements"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Notes"),
    "log": QT_TRANSLATE_NOOP("Labels", "Log entries"),
    "backups": QT_TRANSLATE_NOOP("Labels", "Backups"),
}
