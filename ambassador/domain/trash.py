"""The trash: deleted records stay restorable for a while, then are removed for good."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

KEEP_IN_TRASH = timedelta(days=30)


class TrashKind(StrEnum):
    PARTICIPANT = "participant"
    EMPLOYER = "employer"
    PLACEMENT = "placement"
    NOTE = "note"
    NETWORK_CONTACT = "network_contact"


@dataclass(frozen=True)
class TrashItem:
    kind: TrashKind
    record_id: int
    label: str
    deleted_at: datetime

    def expires_at(self) -> datetime:
        return self.deleted_at + KEEP_IN_TRASH

    def expired(self, now: datetime) -> bool:
        return now >= self.expires_at()
