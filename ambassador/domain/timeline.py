"""One timeline of everything about a placement or a person: notes, check-ins, feedback,
and the outcome check after the end."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from ambassador.domain.enums import CheckInStatus
from ambassador.domain.followup import CheckIn, Feedback, Note
from ambassador.domain.outcome_check import OutcomeCheck
from ambassador.domain.placement import Placement


@dataclass(frozen=True)
class PlacementEvent:
    """The start or the end of a placement, as a line in the person's timeline."""

    placement: Placement
    ended: bool


TimelineItem = Note | CheckIn | Feedback | PlacementEvent | OutcomeCheck


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    item: TimelineItem
    employer_name: str = ""  # in a person's timeline, which placement it belongs to


def moment_of(item: TimelineItem) -> datetime:
    if isinstance(item, Note):
        return item.occurred_at
    if isinstance(item, CheckIn):
        return item.scheduled_at
    if isinstance(item, Feedback):
        return datetime.combine(item.given_on, time(12, 0))
    if isinstance(item, OutcomeCheck):  # on the day answered, else the day it is due
        return datetime.combine(item.recorded_on or item.due_on, time(12, 0))
    day = item.placement.ending.ended_on if item.ended and item.placement.ending else None
    return datetime.combine(day or item.placement.start_date, time.min)


def build_timeline(
    items: Iterable[TimelineItem], employer_names: dict[int, str] | None = None
) -> list[TimelineEntry]:
    """Newest first. A check-in that was done shows as the note that recorded it."""
    names = employer_names or {}
    entries: list[TimelineEntry] = []
    for item in items:
        if isinstance(item, CheckIn) and item.status is CheckInStatus.DONE and item.note_id:
            continue
        entries.append(TimelineEntry(moment_of(item), item, _employer_of(item, names)))
    entries.sort(key=lambda entry: (entry.at, _rank(entry.item)), reverse=True)
    return entries


def _employer_of(item: TimelineItem, names: dict[int, str]) -> str:
    placement_id = item.placement.id if isinstance(item, PlacementEvent) else item.placement_id
    return "" if placement_id is None else names.get(placement_id, "")


def _rank(item: TimelineItem) -> int:
    # At the same moment, a start comes first and an end last (reversed: shown on top).
    if isinstance(item, PlacementEvent):
        return 2 if item.ended else -1
    return 0
