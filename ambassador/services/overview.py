"""The home screen's and the reports' questions: what needs attention, and how it is going."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from ambassador.domain.clock import Clock
from ambassador.domain.figures import KeyFigures, Period
from ambassador.domain.network import follow_up_horizon
from ambassador.domain.overview import (
    ENDING_WITHIN_DAYS,
    FEEDBACK_AFTER_DAYS,
    FEEDBACK_AFTER_END_DAYS,
    FEEDBACK_EVERY_DAYS,
    Overview,
    rank_at_risk,
)
from ambassador.domain.settings import Settings
from ambassador.services.changes import Changes
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class _Reading:
    """What one reading of the Översikt asks with: its day, and the settings it depends on."""

    uow: UnitOfWork
    today: date
    settings: Settings

    @property
    def start_of_day(self) -> datetime:
        return datetime.combine(self.today, time.min)

    @property
    def tomorrow(self) -> datetime:
        return self.start_of_day + timedelta(days=1)


# Each part of the Overview (a field's name) and how it is read; `today` is not read.
_PARTS: dict[str, Callable[[_Reading], Any]] = {
    "today_check_ins": lambda r: r.uow.overview.check_ins(r.start_of_day, r.tomorrow),
    "week_check_ins": lambda r: r.uow.overview.check_ins(
        r.tomorrow,
        r.start_of_day + timedelta(days=7 - r.today.weekday()),  # through Sunday
    ),
    # Before today: the overdue list does not move during the day.
    "overdue_check_ins": lambda r: r.uow.overview.check_ins(None, r.start_of_day),
    "at_risk": lambda r: r.uow.overview.at_risk_placements(r.today, r.settings.silent_after_days),
    "ending_soon": lambda r: r.uow.overview.ending_within(r.today, ENDING_WITHIN_DAYS),
    "feedback_due": lambda r: r.uow.overview.feedback_due(
        r.today, FEEDBACK_AFTER_DAYS, FEEDBACK_EVERY_DAYS, FEEDBACK_AFTER_END_DAYS
    ),
    "outcome_checks_due": lambda r: r.uow.outcome_checks.due(r.today),
    "key_figures": lambda r: r.uow.overview.key_figures(Period.year_of(r.today)),
    "empty_register": lambda r: r.uow.is_empty(),
    "decisions_ending": lambda r: r.uow.overview.decisions_ending(
        r.today, r.settings.renewal_warning_days
    ),
    "employer_follow_ups": lambda r: r.uow.network_contacts.follow_ups_due(
        follow_up_horizon(r.today)
    ),
}
_CHECK_INS = frozenset({"today_check_ins", "week_check_ins", "overdue_check_ins"})


def parts_concerned(changes: Changes) -> frozenset[str]:
    """The parts of the Overview that `changes` may have changed: a participant's, employer's
    or placement's own fields move every list (names, dates, the trash) and the key figures;
    what hangs on a placement moves only the parts that read it. A note moves the placements
    at risk alone (their last contact, their flags): the key figures count no note."""
    if changes.settings:
        return frozenset(_PARTS)
    if changes.records_changed:
        return frozenset(_PARTS)
    parts: set[str] = set()
    if changes.check_ins:
        parts |= _CHECK_INS
    if changes.notes:
        parts.add("at_risk")
    if changes.feedback:
        parts |= {"feedback_due", "key_figures"}
    if changes.outcome_checks:
        parts.add("outcome_checks_due")
    if changes.network_contacts:
        parts.add("employer_follow_ups")
    return frozenset(parts)


class OverviewService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def overview(
        self,
        shown: Overview | None = None,
        changes: Changes | None = None,
        *,
        figures: bool = True,
    ) -> Overview:
        """Everything the Översikt shows, read in one transaction so the lists agree. Given
        the Overview `shown` and what `changes` since, only the parts those changes concern
        are read again, the rest kept as they are (the very objects); on another day than
        `shown`'s, everything is read again, for every list moves with the day. `figures`:
        whether a whole reading reads the key figures too (the Översikt's lists alone are in
        view at its start); a partial one keeps them unread if `shown` has none."""
        today = self._clock.today()
        if shown is None or changes is None or shown.today != today:
            return self._read_all(today, figures)
        parts = parts_concerned(changes)
        if parts == frozenset(_PARTS):
            return self._read_all(today, shown.key_figures is not None)
        if shown.key_figures is None:
            parts -= {"key_figures"}
        if not parts:
            return shown
        with self._db.read() as uow:
            reading = _Reading(uow, today, Settings.from_strings(uow.settings.all()))
            again = {part: _PARTS[part](reading) for part in parts - {"at_risk"}}
            if "at_risk" in parts:
                # Only notes moved it (parts_concerned): a placement's standing rests on its
                # own notes alone, so the placements they are on are read again (whoever
                # named them: a note restored from the trash names itself alone), the others
                # kept as shown.
                noted = uow.overview.placements_of_notes(changes.notes)
                again["at_risk"] = rank_at_risk(
                    [row for row in shown.at_risk if row.placement_id not in noted]
                    + uow.overview.at_risk_placements(
                        today, reading.settings.silent_after_days, among=noted
                    ),
                    uow.country(),
                )
        return replace(shown, **again)

    def _read_all(self, today: date, figures: bool) -> Overview:
        with self._db.read() as uow:
            reading = _Reading(uow, today, Settings.from_strings(uow.settings.all()))
            read = {
                part: reader(reading)
                for part, reader in _PARTS.items()
                if figures or part != "key_figures"
            }
            return Overview(today=today, **{"key_figures": None, **read})

    def key_figures(self, period: Period) -> KeyFigures:
        with self._db.read() as uow:
            return uow.overview.key_figures(period)
