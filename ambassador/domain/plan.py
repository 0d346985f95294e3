"""The follow-up plan: phases that taper, each with its rhythm and its silence threshold.

Supported employment follows a placement closely in its first weeks, when most early
endings happen, and less often once it has settled. A plan is a few phases, each lasting
some weeks (the last one until the placement ends): check-ins every `every_days`, and the
placement counts as silent after `silent_after_days` without a recorded contact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.validation import raise_if_any

MAX_PHASES = 6
PLAN_PHASES = QT_TRANSLATE_NOOP("Messages", "A follow-up plan has 1 to 6 phases.")
PLAN_INTERVAL = QT_TRANSLATE_NOOP(
    "Messages", "Phase {phase}: give a check-in interval of 1 to 365 days."
)
PLAN_WEEKS = QT_TRANSLATE_NOOP("Messages", "Phase {phase}: give a length of 1 to 104 weeks.")
PLAN_LAST_OPEN = QT_TRANSLATE_NOOP(
    "Messages", "The last phase runs until the placement ends; it has no length."
)
PLAN_SILENT = QT_TRANSLATE_NOOP(
    "Messages",
    "Phase {phase}: the silence threshold must be at least the check-in interval, "
    "and at most 365 days.",
)
PLAN_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "The follow-up plan could not be read.")


@dataclass(frozen=True)
class Phase:
    every_days: int
    weeks: int | None  # None: until the placement ends (the last phase only)
    silent_after_days: int


@dataclass(frozen=True)
class FollowUpPlan:
    phases: tuple[Phase, ...]

    @classmethod
    def uniform(cls, every_days: int, silent_after_days: int) -> FollowUpPlan:
        """One rhythm from start to end, as before plans tapered."""
        return cls((Phase(every_days, None, max(every_days, silent_after_days)),))

    def phase_index_on(self, start: date, day: date) -> int:
        """Which phase a placement that started on `start` is in on `day` (0 before it)."""
        elapsed = (day - start).days
        boundary = 0
        for index, phase in enumerate(self.phases):
            if phase.weeks is None:
                return index
            boundary += phase.weeks * 7
            if elapsed < boundary:
                return index
        return len(self.phases) - 1

    def phase_on(self, start: date, day: date) -> Phase:
        return self.phases[self.phase_index_on(start, day)]

    def check_in_days(self, start: date, last_day: date) -> list[date]:
        """The planned contacts from `start` up to and including `last_day`: each one the
        interval of the phase the previous one fell in after it."""
        days: list[date] = []
        current = start
        while True:
            current = current + timedelta(days=self.phase_on(start, current).every_days)
            if current > last_day:
                return days
            days.append(current)

    def to_json(self) -> str:
        return json.dumps([[p.every_days, p.weeks, p.silent_after_days] for p in self.phases])

    @classmethod
    def from_json(cls, text: str) -> FollowUpPlan:
        """Raises ValueError for text that is not a plan (a damaged or foreign value)."""
        try:
            raw = json.loads(text)
            phases = tuple(
                Phase(int(every), None if weeks is None else int(weeks), int(silent))
                for every, weeks, silent in raw
            )
        except (TypeError, ValueError) as error:
            raise ValueError("not a follow-up plan") from error
        return cls(phases)


DEFAULT_PLAN = FollowUpPlan(
    (
        Phase(every_days=7, weeks=4, silent_after_days=10),
        Phase(every_days=14, weeks=8, silent_after_days=18),
        Phase(every_days=30, weeks=None, silent_after_days=35),
    )
)


def plan_problems(field: str, plan: FollowUpPlan) -> list[Problem]:
    problems: list[Problem] = []
    if not 1 <= len(plan.phases) <= MAX_PHASES:
        return [Problem(field, PLAN_PHASES)]
    for number, phase in enumerate(plan.phases, start=1):
        values = {"phase": number}
        if not 1 <= phase.every_days <= 365:
            problems.append(Problem(field, PLAN_INTERVAL, values))
        last = number == len(plan.phases)
        if last and phase.weeks is not None:
            problems.append(Problem(field, PLAN_LAST_OPEN))
        if not last and (phase.weeks is None or not 1 <= phase.weeks <= 104):
            problems.append(Problem(field, PLAN_WEEKS, values))
        if not phase.every_days <= phase.silent_after_days <= 365:
            problems.append(Problem(field, PLAN_SILENT, values))
    return problems


def validate_plan(field: str, plan: FollowUpPlan) -> FollowUpPlan:
    raise_if_any(plan_problems(field, plan))
    return plan
