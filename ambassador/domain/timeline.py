"""One timeline of everything about a placement or a person: notes, check-ins, feedback,
and the outcome check after the end; an employer's: its network contacts and its placements'
starts and ends."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from ambassador.domain.enums import CheckInStatus
from ambassador.domain.followup import CheckIn, Feedback, Note
from ambassador.domain.network import NetworkContact
from ambassador.domain.outcome_check import OutcomeCheck
from ambassador.domain.placement import Placement


@dataclass(frozen=True)
class PlacementEvent:
    """The start or the end of a placement, as a line in the person's timeline."""

    placement: Placement
    ended: bool


TimelineItem = Note | CheckIn | Feedback | PlacementEvent | OutcomeCheck | NetworkContact


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    item: TimelineItem
    employer_name: str = ""  # in a person's timeline, which placement it belongs to
    # A note that recorded a check-in carries it: the planned row becomes the done one, in
    # place, instead of vanishing while its note appears beside it.
    check_in: CheckIn | None = None


def moment_of(item: TimelineItem) -> datetime:
    if isinstance(item, Note | NetworkContact):
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
    """Newest first. A check-in that was done is one row with the note that recorded it; one
    whose note is in the trash (or deleted for good) stays a row of its own, still done."""
    names = employer_names or {}
    items = list(items)
    note_ids = {item.id for item in items if isinstance(item, Note)}
    recorded = {
        item.note_id: item
        for item in items
        if isinstance(item, CheckIn)
        and item.status is CheckInStatus.DONE
        and item.note_id in note_ids
    }
    entries: list[TimelineEntry] = []
    for item in items:
        if isinstance(item, CheckIn) and item.note_id in recorded:
            continue
        check_in = recorded.get(item.id) if isinstance(item, Note) else None
        entries.append(TimelineEntry(moment_of(item), item, _employer_of(item, names), check_in))
    entries.sort(key=lambda entry: (entry.at, _rank(entry.item)), reverse=True)
    return entries


def _employer_of(item: TimelineItem, names: dict[int, str]) -> str:
    if isinstance(item, NetworkContact):
        return ""
    placement_id = item.placement.id if isinstance(item, PlacementEvent) else item.placement_id
    return "" if placement_id is None else names.get(placement_id, "")


def _rank(item: TimelineItem) -> int:
    # At the same moment, a start comes first and an end last (reversed: shown on top).
    if isinstance(item, PlacementEvent):
        return 2 if item.ended else -1
    return 0
