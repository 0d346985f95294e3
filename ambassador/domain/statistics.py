"""The printed statistics report's figures for a period: the key figures, and the same
placements broken down by outcome, early-ending reason, placement type, referral source,
employer sector and employer, each split by gender. Plain Python over the same facts as
the key figures, so the screen and the paper cannot disagree."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Outcome, Sector
from ambassador.domain.figures import (
    FeedbackFact,
    KeyFigures,
    Period,
    PlacementFact,
    Share,
    Split,
    compute_key_figures,
)


@dataclass(frozen=True)
class Group:
    """Placements sharing one value (a type, a source, a sector): those active in the period,
    and of those that ended in it, how many went on to work or education."""

    key: str  # as stored; "" when not recorded
    active: Split
    into_work_or_education: Share


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

    @property
    def period(self) -> Period:
        return self.figures.period


@dataclass(frozen=True)
class StatisticsReport:
    letterhead: Letterhead
    statistics: Statistics
    printed_on: date


def compute_statistics(
    period: Period, placements: list[PlacementFact], feedback: list[FeedbackFact]
) -> Statistics:
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
        early_reasons=_counted(early, lambda p: p.reason.strip()),
        by_type=_groups(active, ended, lambda p: p.placement_type.strip()),
        by_referral_source=_groups(active, ended, lambda p: p.referral_source.strip()),
        by_sector=sorted(
            _groups(active, ended, lambda p: p.sector.value if p.sector else ""),
            key=lambda g: _SECTOR_ORDER.get(g.key, len(_SECTOR_ORDER)),
        ),
        employers=len(placements_per_employer),
        employers_with_several=sum(1 for n in placements_per_employer.values() if n > 1),
    )


_SECTOR_ORDER = {sector.value: index for index, sector in enumerate(Sector)}


def _counted(
    placements: list[PlacementFact], key: Callable[[PlacementFact], str]
) -> list[tuple[str, Split]]:
    """Each value with its split, the most frequent first, ties in alphabetical order."""
    genders: dict[str, list[PlacementFact]] = defaultdict(list)
    for p in placements:
        genders[key(p)].append(p)
    ordered = sorted(genders.items(), key=lambda item: (-len(item[1]), item[0].casefold()))
    return [(value, Split.count([p.gender for p in group])) for value, group in ordered]


def _groups(
    active: list[PlacementFact],
    ended: list[PlacementFact],
    key: Callable[[PlacementFact], str],
) -> list[Group]:
    groups = []
    for value, split in _counted(active, key):
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
