"""The project report: how many PEOPLE a project reached, started, ended and what they went
on to, by gender and by age band, beside the project's target.

A funder counts people, not placements: someone with three placements in the project is one
person. The figures come from one light fact per placement of the project (no names), so the
rules are plain Python with hand-computed tests.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.figures import Period, Split
from ambassador.domain.identity import PersonalIdentityNumber, age_on
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.projects import Project

# The kinds of document, as the export log records them: the printed report, the workbook.
PROJECT_REPORT = "project_report"
PROJECT_REPORT_XLSX = "project_report_xlsx"


class AgeBand(StrEnum):
    """Age at the person's first start in the project, in the bands funders ask for."""

    UNDER_25 = "under_25"
    FROM_25_TO_29 = "25_29"
    FROM_30_TO_54 = "30_54"
    FROM_55 = "55_plus"
    UNKNOWN = "unknown"


AGE_BAND_LABELS = {
    AgeBand.UNDER_25: QT_TRANSLATE_NOOP("Documents", "Under 25"),
    AgeBand.FROM_25_TO_29: QT_TRANSLATE_NOOP("Documents", "25–29"),
    AgeBand.FROM_30_TO_54: QT_TRANSLATE_NOOP("Documents", "30–54"),
    AgeBand.FROM_55: QT_TRANSLATE_NOOP("Documents", "55 and over"),
    AgeBand.UNKNOWN: QT_TRANSLATE_NOOP("Documents", "Age not known"),
}


def age_band(birth: date | None, day: date) -> AgeBand:
    if birth is None:
        return AgeBand.UNKNOWN
    age = age_on(birth, day)
    if age < 25:
        return AgeBand.UNDER_25
    if age < 30:
        return AgeBand.FROM_25_TO_29
    if age < 55:
        return AgeBand.FROM_30_TO_54
    return AgeBand.FROM_55


def birth_date_of(identity_number: str | None) -> date | None:
    """The date of birth a stored personal identity number (Swedish or CPR) holds; None
    without a number, or with one that holds no date."""
    if not identity_number:
        return None
    try:
        return PersonalIdentityNumber(identity_number).birth_date
    except ValueError:
        return None


@dataclass(frozen=True)
class ProjectPlacementFact:
    """One placement of the project, as the report needs it: whose (an id, no name), their
    gender and date of birth, its dates, outcome and the outcome check's result."""

    placement_id: int
    participant_id: int
    gender: Gender
    birth_date: date | None
    start_date: date
    ended_on: date | None
    outcome: Outcome | None
    check_due_on: date | None = None
    check_result: FollowUpResult | None = None


@dataclass(frozen=True)
class People:
    """A number of people, by gender and by age band (the same people either way)."""

    by_gender: Split = field(default_factory=Split)
    by_age: dict[AgeBand, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.by_gender.total

    def of_age(self, band: AgeBand) -> int:
        return self.by_age.get(band, 0)

    @classmethod
    def count(cls, people: Iterable[_Person]) -> People:
        listed = list(people)
        return cls(
            Split.count([p.gender for p in listed]),
            dict(Counter(p.band for p in listed)),
        )


@dataclass(frozen=True)
class _Person:
    participant_id: int
    gender: Gender
    band: AgeBand
    first_start: date
    placements: tuple[ProjectPlacementFact, ...]

    def active_in(self, period: Period) -> bool:
        return any(_active_in(p, period) for p in self.placements)

    @property
    def last_ending(self) -> ProjectPlacementFact | None:
        """The placement they left the project with, when every placement of theirs in it
        has ended (the latest end; of two the same day, the later start)."""
        if any(p.ended_on is None for p in self.placements):
            return None
        return max(self.placements, key=lambda p: (p.ended_on, p.start_date, p.placement_id))


def _active_in(fact: ProjectPlacementFact, period: Period) -> bool:
    return fact.start_date <= period.end and (
        fact.ended_on is None or fact.ended_on >= period.start
    )


@dataclass(frozen=True)
class ProjectReport:
    project: Project
    period: Period
    today: date
    people: int  # everyone with a placement in the project, ever
    started: People  # first placement in the project started in the period
    active: People  # some placement in the project under way in the period
    ended: People  # left the project in the period: their last placement in it ended then
    # The placements behind the people: one person may have several.
    placements_started: int
    placements_active: int
    placements_ended: int
    outcomes: list[tuple[Outcome | None, People]]  # of `ended`, their last placement's
    into_work_or_education: People  # of `ended`
    after_90: list[tuple[FollowUpResult, People]]  # the recorded results, of `ended`
    not_recorded: People  # check due, result not recorded
    not_due: People  # check not due yet
    no_check: People  # no outcome check at all
    recorded: People  # with a recorded result
    recorded_into_work_or_education: People  # of `recorded`
    # People who started in the project by the period's end, or by today when that is
    # sooner: a placement planned to start later has not reached anyone yet.
    toward_target: int

    @property
    def target(self) -> int | None:
        return self.project.target_participants

    @property
    def target_ratio(self) -> float | None:
        return None if not self.target else self.toward_target / self.target


@dataclass(frozen=True)
class ProjectReportDocument:
    letterhead: Letterhead
    report: ProjectReport
    printed_on: date


def compute_project_report(
    project: Project,
    facts: Iterable[ProjectPlacementFact],
    today: date,
    period: Period | None = None,
) -> ProjectReport:
    """`period` None: the project's own. `facts`: the project's placements (none in the
    trash), of every date: who started when is a matter of their first placement."""
    chosen = period or Period(project.start_date, project.end_date)
    facts = list(facts)
    people = _people(facts)
    started = [p for p in people if chosen.contains(p.first_start)]
    active = [p for p in people if p.active_in(chosen)]
    ended = [
        p
        for p in people
        if (last := p.last_ending) is not None
        and last.ended_on is not None
        and chosen.contains(last.ended_on)
    ]
    last_of = {p.participant_id: p.last_ending for p in ended}

    by_outcome: dict[Outcome | None, list[_Person]] = defaultdict(list)
    by_result: dict[FollowUpResult, list[_Person]] = defaultdict(list)
    not_recorded: list[_Person] = []
    not_due: list[_Person] = []
    no_check: list[_Person] = []
    for person in ended:
        last = last_of[person.participant_id]
        assert last is not None
        by_outcome[last.outcome].append(person)
        if last.check_result is not None:
            by_result[last.check_result].append(person)
        elif last.check_due_on is None:
            no_check.append(person)
        elif last.check_due_on > today:
            not_due.append(person)
        else:
            not_recorded.append(person)
    outcome_order: list[Outcome | None] = [*Outcome, None]
    return ProjectReport(
        project=project,
        period=chosen,
        today=today,
        people=len(people),
        started=People.count(started),
        active=People.count(active),
        ended=People.count(ended),
        placements_started=sum(1 for f in facts if chosen.contains(f.start_date)),
        placements_active=sum(1 for f in facts if _active_in(f, chosen)),
        placements_ended=sum(
            1 for f in facts if f.ended_on is not None and chosen.contains(f.ended_on)
        ),
        outcomes=[
            (outcome, People.count(by_outcome[outcome]))
            for outcome in outcome_order
            if by_outcome.get(outcome)
        ],
        into_work_or_education=People.count(
            p
            for p in ended
            if (outcome := _outcome(last_of[p.participant_id])) is not None
            and outcome.is_work_or_education
        ),
        after_90=[
            (result, People.count(by_result[result]))
            for result in FollowUpResult
            if by_result.get(result)
        ],
        not_recorded=People.count(not_recorded),
        not_due=People.count(not_due),
        no_check=People.count(no_check),
        recorded=People.count(person for persons in by_result.values() for person in persons),
        recorded_into_work_or_education=People.count(
            person
            for result, persons in by_result.items()
            if result.is_work_or_education
            for person in persons
        ),
        toward_target=sum(1 for p in people if p.first_start <= min(chosen.end, today)),
    )


def _outcome(fact: ProjectPlacementFact | None) -> Outcome | None:
    return None if fact is None else fact.outcome


def _people(facts: list[ProjectPlacementFact]) -> list[_Person]:
    grouped: dict[int, list[ProjectPlacementFact]] = defaultdict(list)
    for fact in facts:
        grouped[fact.participant_id].append(fact)
    people: list[_Person] = []
    for participant_id, theirs in sorted(grouped.items()):
        first = min(theirs, key=lambda f: (f.start_date, f.placement_id))
        people.append(
            _Person(
                participant_id,
                first.gender,
                age_band(first.birth_date, first.start_date),
                first.start_date,
                tuple(theirs),
            )
        )
    return people
