"""The printed statistics report's figures for a period: the key figures, and the same
placements broken down by outcome, early-ending reason, placement type, referral source,
employer sector and employer, each split by gender; what the ended placements did 90 days
later; optionally the endings in the categories of an outside reporting system; and the
outcome sentences. Plain Python over the same facts as the key figures, so the screen and the
paper cannot disagree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ambassador.domain.country import SWEDEN
from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Gender, Outcome, Sector
from ambassador.domain.figures import (
    FeedbackFact,
    KeyFigures,
    Period,
    PlacementFact,
    Share,
    Split,
    compute_key_figures,
)
from ambassador.domain.headline import HeadlineReport
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheckFact
from ambassador.domain.questionnaire import ResponseFigures
from ambassador.domain.reporting_systems import ReportingSystem, ReportMap, SourceKind
from ambassador.domain.selfcheck import SelfCheck
from ambassador.domain.sentences import OutcomeSentences, outcome_sentences
from ambassador.domain.sorting import sort_key


@dataclass(frozen=True)
class Group:
    """Placements sharing one value (a type, a source, a sector): those active in the period,
    and of those that ended in it, how many went on to work or education."""

    key: str  # as stored; "" when not recorded
    active: Split
    into_work_or_education: Share


@dataclass(frozen=True)
class AfterNinetyDays:
    """The placements that ended in the period, some days later: the recorded results, the
    checks due but not recorded, those not yet due, and those with no check at all (ended
    before checks were scheduled)."""

    results: list[tuple[FollowUpResult, Split]]  # every result, in the enum's order
    not_recorded: Split
    not_due: Split
    no_check: Split
    into_work_or_education: Share  # of the recorded results

    @property
    def recorded(self) -> Split:
        return self.into_work_or_education.whole


@dataclass(frozen=True)
class SystemBreakdown:
    """The period's ended placements, and their recorded 90-day results, in one outside
    system's categories; None is "not mapped", listed last so nothing drops out."""

    system: ReportingSystem
    ended: list[tuple[str | None, Split]]
    after_90: list[tuple[str | None, Split]]


@dataclass(frozen=True)
class Statistics:
    figures: KeyFigures
    outcomes: list[tuple[Outcome, Split]]  # placements ended in the period, by outcome
    early_reasons: list[tuple[str, Split]]  # most frequent first; "" is no reason given
    by_type: list[Group]
    by_referral_source: list[Group]
    by_sector: list[Group]
    employers: int  # employers with a placement active in the period
    employers_with_several: int  # of those, with more than one
    after_90: AfterNinetyDays | None = None
    breakdown: SystemBreakdown | None = None
    sentences: OutcomeSentences | None = None

    @property
    def period(self) -> Period:
        return self.figures.period


@dataclass(frozen=True)
class StatisticsReport:
    letterhead: Letterhead
    statistics: Statistics
    printed_on: date
    # The printed questionnaires' response figures: the employers', then the participants'.
    questionnaires: tuple[ResponseFigures, ...] = ()
    # The coordinator's own supported-employment self-check, month by month in the period.
    self_check: SelfCheck | None = None
    # The targets and headline figures, with the main measures' trend over the years.
    headline: HeadlineReport | None = None


def compute_statistics(
    period: Period,
    placements: list[PlacementFact],
    feedback: list[FeedbackFact],
    checks: list[OutcomeCheckFact] | None = None,
    today: date | None = None,
    report_map: ReportMap | None = None,
    country: str = SWEDEN,
) -> Statistics:
    """`checks` (with `today`, to tell due from not yet due) adds the 90-day results and the
    outcome sentences; `report_map` adds the breakdown in that system's categories. Ties
    among labels come in the alphabetical order of the organisation's `country`."""
    active = [
        p
        for p in placements
        if p.start_date <= period.end and (p.ended_on is None or p.ended_on >= period.start)
    ]
    ended = [p for p in active if p.ended_on is not None and period.contains(p.ended_on)]
    early = [p for p in ended if p.outcome is Outcome.ENDED_EARLY]
    placements_per_employer: dict[int, int] = defaultdict(int)
    for p in active:
        if p.employer_id is not None:
            placements_per_employer[p.employer_id] += 1
    return Statistics(
        figures=compute_key_figures(period, placements, feedback),
        outcomes=[
            (outcome, Split.count([p.gender for p in ended if p.outcome is outcome]))
            for outcome in Outcome
            if any(p.outcome is outcome for p in ended)
        ],
        early_reasons=_counted(early, lambda p: p.reason.strip(), country),
        by_type=_groups(active, ended, lambda p: p.placement_type.strip(), country),
        by_referral_source=_groups(active, ended, lambda p: p.referral_source.strip(), country),
        by_sector=sorted(
            _groups(active, ended, lambda p: p.sector.value if p.sector else "", country),
            key=lambda g: _SECTOR_ORDER.get(g.key, len(_SECTOR_ORDER)),
        ),
        employers=len(placements_per_employer),
        employers_with_several=sum(1 for n in placements_per_employer.values() if n > 1),
        after_90=None if checks is None else after_ninety_days(ended, checks, today or period.end),
        breakdown=None if report_map is None else breakdown(report_map, ended, checks or []),
        sentences=None if checks is None else outcome_sentences(period, placements, checks),
    )


def after_ninety_days(
    ended: list[PlacementFact], checks: list[OutcomeCheckFact], today: date
) -> AfterNinetyDays:
    ids = {p.placement_id for p in ended}
    mine = [c for c in checks if c.placement_id in ids]
    checked = {c.placement_id for c in mine}
    recorded = [c for c in mine if c.result is not None]
    return AfterNinetyDays(
        results=[
            (result, Split.count([c.gender for c in recorded if c.result is result]))
            for result in FollowUpResult
        ],
        not_recorded=Split.count(
            [c.gender for c in mine if c.result is None and c.due_on <= today]
        ),
        not_due=Split.count([c.gender for c in mine if c.result is None and c.due_on > today]),
        no_check=Split.count([p.gender for p in ended if p.placement_id not in checked]),
        into_work_or_education=Share(
            Split.count([c.gender for c in recorded if c.result and c.result.is_work_or_education]),
            Split.count([c.gender for c in recorded]),
        ),
    )


def breakdown(
    report_map: ReportMap, ended: list[PlacementFact], checks: list[OutcomeCheckFact]
) -> SystemBreakdown:
    ids = {p.placement_id for p in ended}
    at_end = [
        (report_map.category_of_ending(p.outcome, p.reason), p.gender)
        for p in ended
        if p.outcome is not None
    ]
    later = [
        (report_map.category_of_result(c.result), c.gender)
        for c in checks
        if c.placement_id in ids and c.result is not None
    ]
    ending_order = report_map.category_order(SourceKind.OUTCOME, SourceKind.REASON)
    result_order = report_map.category_order(SourceKind.AFTER_90)
    return SystemBreakdown(
        report_map.system,
        _by_category(at_end, {c: i for i, c in enumerate(ending_order)}),
        _by_category(later, {c: i for i, c in enumerate(result_order)}),
    )


def _by_category(
    pairs: list[tuple[str | None, Gender]], order: dict[str, int]
) -> list[tuple[str | None, Split]]:
    """Each category met, in the table's order; "not mapped" last."""
    genders: dict[str | None, list[Gender]] = defaultdict(list)
    for category, gender in pairs:
        genders[category].append(gender)
    ordered = sorted(
        genders, key=lambda c: (c is None, order.get(c, len(order)) if c else 0, c or "")
    )
    return [(category, Split.count(genders[category])) for category in ordered]


_SECTOR_ORDER = {sector.value: index for index, sector in enumerate(Sector)}


def _counted(
    placements: list[PlacementFact], key: Callable[[PlacementFact], str], country: str
) -> list[tuple[str, Split]]:
    """Each value with its split, the most frequent first, ties in alphabetical order."""
    genders: dict[str, list[PlacementFact]] = defaultdict(list)
    for p in placements:
        genders[key(p)].append(p)
    ordered = sorted(genders.items(), key=lambda item: (-len(item[1]), sort_key(item[0], country)))
    return [(value, Split.count([p.gender for p in group])) for value, group in ordered]


def _groups(
    active: list[PlacementFact],
    ended: list[PlacementFact],
    key: Callable[[PlacementFact], str],
    country: str,
) -> list[Group]:
    groups = []
    for value, split in _counted(active, key, country):
        closed = [p for p in ended if key(p) == value]
        into_work = [p.gender for p in closed if p.outcome and p.outcome.is_work_or_education]
        groups.append(
            Group(
                key=value,
                active=split,
                into_work_or_education=Share(
                    Split.count(into_work), Split.count([p.gender for p in closed])
                ),
            )
        )
    return groups
