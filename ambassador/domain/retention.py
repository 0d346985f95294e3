"""Retention and erasure: what a purge removes, and the legal basis of erasing one person.

Under the archives act a municipality keeps or destroys records by its own retention decision
(gallringsbeslut). The program never invents a period: a category is purged only when the
settings give it a number of months and cite the decision (see domain.settings).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.settings import Settings

REFERENCE_MAX = 100


def months_before(moment: datetime, months: int) -> datetime:
    """The same day `months` earlier, the last day of the month where it has fewer days."""
    month_index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


@dataclass(frozen=True)
class RetentionCutoffs:
    """Before these moments records go; None: no decision recorded, nothing goes."""

    cases: datetime | None
    logs: datetime | None

    @classmethod
    def from_settings(cls, settings: Settings, now: datetime) -> RetentionCutoffs:
        def cutoff(months: int, decision: str) -> datetime | None:
            return months_before(now, months) if months > 0 and decision.strip() else None

        return cls(
            cutoff(settings.case_retention_months, settings.case_retention_decision),
            cutoff(settings.log_retention_months, settings.log_retention_decision),
        )


@dataclass(frozen=True)
class PurgePlan:
    """What a purge would remove: counts and internal ids, shown before anything goes."""

    participant_ids: tuple[int, ...] = ()
    placements: int = 0
    notes: int = 0
    check_ins: int = 0
    feedback: int = 0
    log_entries: int = 0
    backups: int = 0
    # On a server the logs are purged by an administrator: a coordinator's purge leaves them
    # (the database would refuse), and is told so.
    logs_for_administrator: bool = False

    @property
    def participants(self) -> int:
        return len(self.participant_ids)

    @property
    def is_empty(self) -> bool:
        return not (self.participant_ids or self.log_entries or self.backups)


class ErasureBasis(StrEnum):
    """Why one person's records are erased ahead of the retention decision."""

    DATA_SUBJECT_REQUEST = "data_subject_request"  # GDPR art. 17, granted
    WRONGLY_REGISTERED = "wrongly_registered"
    RETENTION_DECISION = "retention_decision"
    SUPERVISORY_ORDER = "supervisory_order"


ERASURE_LABELS = {
    ErasureBasis.DATA_SUBJECT_REQUEST: QT_TRANSLATE_NOOP(
        "Labels", "Request for erasure granted (GDPR art. 17)"
    ),
    ErasureBasis.WRONGLY_REGISTERED: QT_TRANSLATE_NOOP("Labels", "Registered by mistake"),
    ErasureBasis.RETENTION_DECISION: QT_TRANSLATE_NOOP(
        "Labels", "The municipality's retention decision"
    ),
    ErasureBasis.SUPERVISORY_ORDER: QT_TRANSLATE_NOOP(
        "Labels", "Order of a court or supervisory authority"
    ),
}

REFERENCE_TOO_LONG = QT_TRANSLATE_NOOP("Messages", "The reference may hold at most 100 characters.")
REFERENCE_NEEDED = QT_TRANSLATE_NOOP(
    "Messages", "Give the reference (case or decision number) of the legal basis."
)
