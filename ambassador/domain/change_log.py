"""The change log: every record added, changed or removed in the registers, by table and id,
who and when, never a value. The database's triggers write it (migration 0010); the program
only reads it, for Datasäkerhet and a person's register extract."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ambassador.domain.messages import QT_TRANSLATE_NOOP


class ChangeAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


CHANGE_ACTION_LABELS = {
    ChangeAction.INSERT: QT_TRANSLATE_NOOP("Labels", "Added"),
    ChangeAction.UPDATE: QT_TRANSLATE_NOOP("Labels", "Changed"),
    ChangeAction.DELETE: QT_TRANSLATE_NOOP("Labels", "Removed"),
}

# The tables the triggers watch, each as the kind of record it holds (context `Labels`).
TABLE_LABELS = {
    "participants": QT_TRANSLATE_NOOP("Labels", "Participant"),
    "consents": QT_TRANSLATE_NOOP("Labels", "Consent"),
    "employers": QT_TRANSLATE_NOOP("Labels", "Employer"),
    "contacts": QT_TRANSLATE_NOOP("Labels", "Contact person"),
    "placements": QT_TRANSLATE_NOOP("Labels", "Placement"),
    "notes": QT_TRANSLATE_NOOP("Labels", "Note"),
    "check_ins": QT_TRANSLATE_NOOP("Labels", "Check-in"),
    "feedback": QT_TRANSLATE_NOOP("Labels", "Feedback"),
    "employer_tasks": QT_TRANSLATE_NOOP("Labels", "Employer's task"),
    "questionnaires": QT_TRANSLATE_NOOP("Labels", "Questionnaire"),
    "outcome_checks": QT_TRANSLATE_NOOP("Labels", "Outcome check"),
    "list_items": QT_TRANSLATE_NOOP("Labels", "List entry"),
}


@dataclass(frozen=True)
class ChangeEntry:
    at: datetime
    user_name: str  # the database user on a server; "" on a file
    table_name: str
    record_id: int
    action: ChangeAction
