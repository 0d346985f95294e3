"""What can leave the program as a file besides the printed documents: the lists, and the
calendar of check-ins, as the export log records them."""

from __future__ import annotations

from enum import StrEnum

from ambassador.domain.messages import QT_TRANSLATE_NOOP


class ListKind(StrEnum):
    PARTICIPANTS = "participants"
    EMPLOYERS = "employers"
    PLACEMENTS = "placements"
    CHECK_INS = "check_ins"
    NOTES = "notes"  # the notes of one placement
    NETWORK_CONTACTS = "network_contacts"  # the employer network log
    TASKS = "tasks"  # the task catalogue: every employer's tasks on offer

    @property
    def log_kind(self) -> str:
        """The kind the export log records."""
        return f"list_{self.value}"


class FileFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"


# The kinds a spreadsheet can be imported as: the registers, not the follow-up record.
IMPORTABLE = (ListKind.PARTICIPANTS, ListKind.EMPLOYERS, ListKind.PLACEMENTS, ListKind.TASKS)

CALENDAR = "calendar"

LIST_LABELS = {
    ListKind.PARTICIPANTS: QT_TRANSLATE_NOOP("Labels", "Participants"),
    ListKind.EMPLOYERS: QT_TRANSLATE_NOOP("Labels", "Employers"),
    ListKind.PLACEMENTS: QT_TRANSLATE_NOOP("Labels", "Placements"),
    ListKind.CHECK_INS: QT_TRANSLATE_NOOP("Labels", "Check-ins"),
    ListKind.NOTES: QT_TRANSLATE_NOOP("Labels", "Notes of a placement"),
    ListKind.NETWORK_CONTACTS: QT_TRANSLATE_NOOP("Labels", "Network contacts"),
    ListKind.TASKS: QT_TRANSLATE_NOOP("Labels", "Employers' tasks on offer"),
}

# The names offered when saving, in the reader's language (context `Documents`).
LIST_FILES = {
    ListKind.PARTICIPANTS: QT_TRANSLATE_NOOP("Documents", "participants"),
    ListKind.EMPLOYERS: QT_TRANSLATE_NOOP("Documents", "employers"),
    ListKind.PLACEMENTS: QT_TRANSLATE_NOOP("Documents", "placements"),
    ListKind.CHECK_INS: QT_TRANSLATE_NOOP("Documents", "check-ins"),
    ListKind.NOTES: QT_TRANSLATE_NOOP("Documents", "notes-placement-{id}"),
    ListKind.NETWORK_CONTACTS: QT_TRANSLATE_NOOP("Documents", "network-contacts"),
    ListKind.TASKS: QT_TRANSLATE_NOOP("Documents", "tasks"),
}
CALENDAR_FILE = QT_TRANSLATE_NOOP("Documents", "check-ins.ics")
