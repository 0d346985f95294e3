"""The sample's targets: the main measures' targets for the last five years, so Rapporter's
trend and the printed report have targets beside the figures. The counts' targets are drawn
around the sample's own yearly starts (some years reach them, some not); the shares' are the
programmes' own ("about 40 % into work or education", "90 % feel supported"). Field balances
come from the defaults: nothing is stored for them."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date

from ambassador.domain.targets import TREND_YEARS, Measure, Target
from ambassador.storage.unit_of_work import UnitOfWork

# Share targets (per cent) for the five years, oldest first.
SHARES: dict[Measure, tuple[float, ...]] = {
    Measure.INTO_WORK_OR_EDUCATION: (35, 38, 40, 40, 42),
    Measure.PARTICIPANTS_SUPPORTED: (85, 85, 90, 90, 90),
    Measure.EMPLOYERS_SUPPORTED: (85, 90, 90, 90, 90),
    Measure.CONVERSION_TO_EMPLOYMENT: (50, 55, 55, 60, 60),
    Measure.NON_TRADITIONAL: (10, 10, 15, 15, 20),
    Measure.RETURNING_EMPLOYERS: (40, 40, 45, 50, 50),
}


def add_targets(uow: UnitOfWork, today: date, seed: int) -> int:
    """Put the targets of the five years ending this year; returns how many."""
    rng = random.Random(f"targets-{seed}")
    years = list(range(today.year - TREND_YEARS + 1, today.year + 1))
    span = uow.headline.facts(date(years[0], 1, 1), date(today.year, 12, 31))
    facts = [f for f in span if f.start_date.year in years]
    started = Counter(f.start_date.year for f in facts)
    people = Counter(
        year for year, _person in {(f.start_date.year, f.participant_id) for f in facts}
    )
    types = Counter(f.placement_type for f in facts if f.placement_type)
    targets = [
        Target(measure, year, value)
        for measure, values in SHARES.items()
        for year, value in zip(years, values, strict=True)
    ]
    for measure, counts in (
        (Measure.PLACEMENTS_STARTED, started),
        (Measure.PEOPLE_STARTED, people),
    ):
        targets += _counts(rng, measure, years, counts)
    if types:
        kind = types.most_common(1)[0][0]
        of_kind = Counter(f.start_date.year for f in facts if f.placement_type == kind)
        targets += _counts(rng, Measure.STARTED_OF_TYPE, years, of_kind, kind)
    for target in targets:
        uow.targets.put(target)
    return len(targets)


def _counts(
    rng: random.Random, measure: Measure, years: list[int], counts: Counter[int], subject: str = ""
) -> list[Target]:
    """A target near the mean of the years with starts, rising a little, a whole number of
    fives (or ones when small)."""
    full = [counts[y] for y in years if counts[y]]
    if not full:
        return []
    mean = sum(full) / len(full)
    step = 5 if mean >= 25 else 1
    found = []
    for index, year in enumerate(years):
        value = mean * (0.95 + 0.04 * index + rng.uniform(-0.03, 0.03))
        found.append(Target(measure, year, float(max(step, step * round(value / step))), subject))
    return found
