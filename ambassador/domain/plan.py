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
from ambassador.domain.messages import QT_TRANSLATE_NOOP, Translate
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

# A plan in words, for the window, the documents and the list exports (context `Labels`).
# A translation may use {nth}, the Swedish ordinal of the days ("7:e", "21:a"), for {days}.
LABELS = "Labels"
EVERY_DAY = QT_TRANSLATE_NOOP("Labels", "every day")
EVERY_DAYS = QT_TRANSLATE_NOOP("Labels", "every {days} days")
FOR_ONE_WEEK = QT_TRANSLATE_NOOP("Labels", "{rhythm} for 1 week")
FOR_WEEKS = QT_TRANSLATE_NOOP("Labels", "{rhythm} for {weeks} weeks")
SILENT_ONE_DAY = QT_TRANSLATE_NOOP("Labels", "silent after 1 day")
SILENT_DAYS = QT_TRANSLATE_NOOP("Labels", "silent after {days} days")
WITH_SILENCE = QT_TRANSLATE_NOOP("Labels", "{rhythm}, {silence}")
THEN = QT_TRANSLATE_NOOP("Labels", "{first}; then {rest}")
PHASE_OF = QT_TRANSLATE_NOOP("Labels", "Phase {number} of {count}: {phase}")
NO_PLAN = QT_TRANSLATE_NOOP("Labels", "No planned follow-up")


@dataclass(frozen=True)
class Phase:
    every_days: int
    weeks: int | None  # None: until the placement ends (the last phase only)
    silent_after_days: int


@dataclass
class PhaseRun:
    """The planned contacts falling in one phase: every `every_days` from the first, up to
    `until_on` (the phase's last day; None for the last phase: the placement's end)."""

    index: int
    every_days: int
    days: list[date]
    until_on: date | None


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

    def check_in_days(
        self, start: date, last_day: date, *, after: date | None = None
    ) -> list[date]:
        """The planned contacts from `start` up to and including `last_day`: each one the
        interval of the phase the previous one fell in after it. With `after` the chain
        starts there instead (a plan changed midway), its phases still counted from `start`."""
        days: list[date] = []
        current = start if after is None else max(after, start)
        while True:
            every = self.phase_on(start, current).every_days
            if every < 1:
                raise ValueError("a phase's interval must be at least one day")
            current = current + timedelta(days=every)
            if current > last_day:
                return days
            days.append(current)

    def phase_last_day(self, start: date, index: int) -> date | None:
        """The last day of phase `index` (numbered from 0); None for the open last phase."""
        if self.phases[index].weeks is None:
            return None
        weeks = sum(phase.weeks or 0 for phase in self.phases[: index + 1])
        return start + timedelta(days=7 * weeks - 1)

    def runs(self, start: date, last_day: date, *, after: date | None = None) -> list[PhaseRun]:
        """`check_in_days` by the phase each falls in: within a phase they are a regular
        series at that phase's interval, stored as one recurring check-in."""
        runs: list[PhaseRun] = []
        for day in self.check_in_days(start, last_day, after=after):
            index = self.phase_index_on(start, day)
            if runs and runs[-1].index == index:
                runs[-1].days.append(day)
            else:
                every = self.phases[index].every_days
                runs.append(PhaseRun(index, every, [day], self.phase_last_day(start, index)))
        return runs

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


def swedish_nth(number: int) -> str:
    """7:e, 21:a, 11:e: the ordinal a Swedish translation writes "var {nth} dag" with."""
    suffix = ":a" if number % 10 in (1, 2) and number % 100 not in (11, 12) else ":e"
    return f"{number}{suffix}"


def describe_phase(
    phase: Phase, translate: Translate, *, with_weeks: bool = True, with_silence: bool = False
) -> str:
    """ "every 14 days for 8 weeks", with `with_silence` ", silent after 18 days"."""
    days = phase.every_days
    if days == 1:
        text = translate(LABELS, EVERY_DAY)
    else:
        text = translate(LABELS, EVERY_DAYS).format(days=days, nth=swedish_nth(days))
    if with_weeks and phase.weeks is not None:
        if phase.weeks == 1:
            text = translate(LABELS, FOR_ONE_WEEK).format(rhythm=text)
        else:
            text = translate(LABELS, FOR_WEEKS).format(rhythm=text, weeks=phase.weeks)
    if with_silence:
        silent = phase.silent_after_days
        silence = (
            translate(LABELS, SILENT_ONE_DAY)
            if silent == 1
            else translate(LABELS, SILENT_DAYS).format(days=silent, nth=swedish_nth(silent))
        )
        text = translate(LABELS, WITH_SILENCE).format(rhythm=text, silence=silence)
    return text


def describe_plan(
    plan: FollowUpPlan | None, translate: Translate, *, with_silence: bool = False
) -> str:
    """ "Every 7 days for 4 weeks; then every 14 days for 8 weeks; then every 30 days"."""
    if plan is None:
        return translate(LABELS, NO_PLAN)
    parts = [describe_phase(p, translate, with_silence=with_silence) for p in plan.phases]
    text = parts[-1]
    for part in reversed(parts[:-1]):
        text = translate(LABELS, THEN).format(first=part, rest=text)
    return text[:1].upper() + text[1:]


def describe_phase_on(plan: FollowUpPlan, start: date, day: date, translate: Translate) -> str:
    """ "Phase 2 of 3: every 14 days, silent after 18 days": where a placement is on `day`."""
    index = plan.phase_index_on(start, day)
    phase = describe_phase(plan.phases[index], translate, with_weeks=False, with_silence=True)
    return translate(LABELS, PHASE_OF).format(number=index + 1, count=len(plan.phases), phase=phase)
