"""Drafts: the fields of a form still being typed, kept so that a crash loses none of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

# What a form's field holds in a draft: its text, a choice's data, a box ticked or not.
DraftValue = str | int | float | bool | None


@dataclass(frozen=True)
class Draft:
    """`key` names the form and the record it is for (see `note_key`); the person's id (and
    the placement's) let an erasure or a purge remove the draft with everything else."""

    key: str
    participant_id: int
    placement_id: int | None
    fields: Mapping[str, DraftValue]
    updated_at: datetime


def note_key(
    *, participant_id: int, placement_id: int | None = None, check_in_id: int | None = None
) -> str:
    """The key of a new note's draft: one per check-in being recorded, else one per placement,
    else one per person, so reopening the same form finds what was typed in it and no other."""
    if check_in_id is not None:
        return f"note:check_in:{check_in_id}"
    if placement_id is not None:
        return f"note:placement:{placement_id}"
    return f"note:participant:{participant_id}"
