"""What the suite's children report and how the suite judges it: samples, floors and goals.

A child (window_actions.py, document_actions.py) writes a JSON list of `Measurement`s; the
suite adds its cold-start ones, turns each into a `Result` (median, p95, ratio to its floor,
goal met or not) and writes those. A `Result` is also what `suite.py compare` reads back.

A goal may be out of reach of any program that does what the action must: a measurement may
carry `parts`, things the action cannot do without (the window's frame, the integrity check,
the document's own reading), each measured alone in the same run. When one of them alone
already breaks the goal, the result names it (`cannot`): that goal is shown unreachable by
figures of the same run, not by a claim.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

Figures = dict[str, float]


@dataclass(frozen=True)
class Bound:
    """One condition of a goal: `statistic` (median or p95) at most `limit`, in the action's
    unit, or, when `relative`, at most `limit` × the floor's median."""

    statistic: str
    limit: float
    relative: bool = False

    def text(self, unit: str) -> str:
        bound = f"{self.limit:g} × floor" if self.relative else f"{self.limit:g} {unit}"
        return f"{self.statistic} ≤ {bound}"

    def met(self, figures: Figures, floor: float | None) -> bool | None:
        if self.relative and not floor:
            return None
        limit = self.limit * floor if self.relative and floor else self.limit
        return figures[self.statistic] <= limit


Goal = tuple[Bound, ...]
NO_GOAL: Goal = ()
INTERACTIVE: Goal = (Bound("median", 50),)  # a screen, a pane, a filter, a sort


def relative(limit: float) -> Goal:
    return (Bound("median", limit, relative=True),)


READING_PART = "its SQL"  # an action's SELECTs alone, replayed through the plain driver


@dataclass(frozen=True)
class Part:
    """Something the action cannot do without, measured alone: `samples` in the action's unit."""

    name: str
    samples: list[float]


@dataclass(frozen=True)
class Measurement:
    """An action's samples (empty when the dataset lacks the record it needs) and its floor's
    samples; `queries` is how many SQL statements one run issued, when known; `parts`, what
    it cannot do without, each measured alone."""

    action: str
    samples: list[float]
    unit: str = "ms"
    queries: int | None = None
    floor_name: str = ""
    floor_samples: list[float] = field(default_factory=list)
    goal: Goal = NO_GOAL
    note: str = ""
    parts: tuple[Part, ...] = ()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Measurement:
        goal = tuple(Bound(**bound) for bound in data.pop("goal"))
        parts = tuple(Part(**part) for part in data.pop("parts", ()))
        return cls(goal=goal, parts=parts, **data)


def write_measurements(path: Path, measurements: list[Measurement]) -> None:
    path.write_text(json.dumps([asdict(m) for m in measurements], indent=1), encoding="utf-8")


def read_measurements(path: Path) -> list[Measurement]:
    return [Measurement.from_json(item) for item in json.loads(path.read_text(encoding="utf-8"))]


@dataclass(frozen=True)
class Result:
    """One row of the suite's table and JSON."""

    samples: list[float]
    median: float | None
    p95: float | None
    min: float | None
    max: float | None
    unit: str
    queries: int | None
    floor_name: str
    floor_median: float | None
    ratio: float | None
    goal: str
    met: bool | None
    note: str = ""
    parts: dict[str, float] = field(default_factory=dict)  # each part's median alone
    cannot: str = ""  # the part that alone breaks the goal, when one does


def p95(samples: list[float]) -> float:
    if len(samples) == 1:
        return samples[0]
    return statistics.quantiles(samples, n=20, method="inclusive")[18]


def figures_of(samples: list[float]) -> Figures:
    return {"median": statistics.median(samples), "p95": p95(samples)} if samples else {}


def meets(goal: Goal, figures: Figures, floor: float | None) -> bool | None:
    """Whether `figures` meet every bound of `goal`; None when a bound cannot be judged."""
    verdicts = [bound.met(figures, floor) for bound in goal] if figures else []
    return None if not verdicts or None in verdicts else all(verdicts)


def judge(measurement: Measurement) -> Result:
    samples = measurement.samples
    floor = statistics.median(measurement.floor_samples) if measurement.floor_samples else None
    figures = figures_of(samples)
    met = meets(measurement.goal, figures, floor)
    parts = {part.name: figures_of(part.samples) for part in measurement.parts if part.samples}
    # A part that alone breaks the goal: no program doing what the action must can meet it.
    cannot = [
        name for name, alone in parts.items() if meets(measurement.goal, alone, floor) is False
    ]
    median = figures.get("median")
    return Result(
        samples=samples,
        median=median,
        p95=figures.get("p95"),
        min=min(samples, default=None),
        max=max(samples, default=None),
        unit=measurement.unit,
        queries=measurement.queries,
        floor_name=measurement.floor_name,
        floor_median=floor,
        ratio=median / floor if median is not None and floor else None,
        goal=", ".join(bound.text(measurement.unit) for bound in measurement.goal) or "–",
        met=met,
        note=measurement.note,
        parts={name: alone["median"] for name, alone in parts.items()},
        cannot=cannot[0] if met is False and cannot else "",
    )
