"""Recurring check-ins: a cadence becomes concrete dates up to the placement's planned end."""

from __future__ import annotations

from datetime import date, datetime, timedelta

# Without a planned end a series still has to stop somewhere; half a year is one review cycle.
OPEN_ENDED_HORIZON = timedelta(days=182)
MAX_OCCURRENCES = 400


def occurrences(
    first: datetime, every_days: int, until: date | None, *, horizon_from: date | None = None
) -> list[datetime]:
    """Dates of a series starting at `first`, every `every_days`, while on or before `until`.

    With no `until` the series runs for `OPEN_ENDED_HORIZON` from `horizon_from` (or `first`).
    """
    if every_days < 1:
        raise ValueError("every_days must be at least 1")
    last_day = until
    if last_day is None:
        last_day = (horizon_from or first.date()) + OPEN_ENDED_HORIZON
    result: list[datetime] = []
    current = first
    while current.date() <= last_day and len(result) < MAX_OCCURRENCES:
        result.append(current)
        current = current + timedelta(days=every_days)
    return result
