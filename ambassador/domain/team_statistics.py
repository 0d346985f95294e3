"""A manager's figures: the server's statistics views (migration 0012) for one year, per unit
and for the whole organisation, by gender and in total, every count under 5 withheld (None,
"fewer than 5"), and the lines a table of them shows, in the order the program's own
statistics report gives them (domain/statistics.py)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ambassador.domain.country import SWEDEN
from ambassador.domain.enums import Gender, Outcome
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.sorting import sort_key
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT

CONTEXT = "TeamStatistics"
WITHHELD_UNDER = 5  # the views withhold every count below this (0012)
TOTAL = ""  # the gender of a row's total
GENDERS: tuple[str, ...] = tuple(g.value for g in Gender)
COLUMNS: tuple[str, ...] = (*GENDERS, TOTAL)

FEWER_THAN = QT_TRANSLATE_NOOP("TeamStatistics", "fewer than 5")
ORGANISATION = QT_TRANSLATE_NOOP("TeamStatistics", "Whole organisation")
NO_UNIT = QT_TRANSLATE_NOOP("TeamStatistics", "No unit")
TOTAL_LABEL = QT_TRANSLATE_NOOP("TeamStatistics", "Total")
FIGURE_LABEL = QT_TRANSLATE_NOOP("TeamStatistics", "Figure")

# measure, category: as the views name them.
Key = tuple[str, str]


@dataclass(frozen=True)
class Figures:
    """One unit's (or the organisation's) figures for a year: each figure by gender and in
    total (`TOTAL`); None is withheld. A figure the views do not have reads as withheld."""

    cells: Mapping[tuple[str, str, str], int | None] = field(default_factory=dict)

    def get(self, measure: str, category: str = "", gender: str = TOTAL) -> int | None:
        return self.cells.get((measure, category, gender))

    def categories(self, measure: str, prefix: str) -> list[str]:
        """The categories of `measure` that begin with `prefix`, each once."""
        return sorted({c for m, c, _g in self.cells if m == measure and c.startswith(prefix)})


@dataclass(frozen=True)
class UnitFigures:
    """A unit's figures; `unit_id` None is the people in no unit."""

    unit_id: int | None
    name: str
    figures: Figures


@dataclass(frozen=True)
class TeamStatistics:
    year: int
    organisation: Figures
    units: tuple[UnitFigures, ...]  # by name; the people in no unit last


@dataclass(frozen=True)
class Line:
    """One line of the table: which figure, its label (an English source in `context`, or a
    list entry's own name when `context` is ""), and whether it breaks the one above down."""

    measure: str
    category: str
    label: str
    context: str = CONTEXT
    indent: int = 0


def cell_text(value: int | None, fewer_than: str) -> str:
    return fewer_than if value is None else str(value)


def lines(statistics: TeamStatistics, country: str = SWEDEN) -> list[Line]:
    """The table's lines: the key figures, the active placements by type (the organisation's
    types in its alphabetical order, any other type last), the ended by outcome, what they did
    90 days later, and felt support."""
    types = [
        c.removeprefix("type:")
        for c in statistics.organisation.categories("active", "type:")
        if c != "type:"
    ]
    types.sort(key=lambda name: sort_key(name, country))
    return [
        Line("people", "", QT_TRANSLATE_NOOP("TeamStatistics", "People with a placement")),
        Line("started", "", QT_TRANSLATE_NOOP("TeamStatistics", "Placements started")),
        Line("active", "", QT_TRANSLATE_NOOP("TeamStatistics", "Placements active")),
        *(Line("active", f"type:{name}", name, "", 1) for name in types),
        Line("active", "type:", QT_TRANSLATE_NOOP("TeamStatistics", "Another type"), indent=1),
        Line("ended", "", QT_TRANSLATE_NOOP("TeamStatistics", "Placements ended")),
        *(Line("ended", f"outcome:{o.value}", LABELS[o], LABELS_CONTEXT, 1) for o in Outcome),
        Line("into_work", "", QT_TRANSLATE_NOOP("TeamStatistics", "Into work or education")),
        Line(
            "after_90",
            "",
            QT_TRANSLATE_NOOP("TeamStatistics", "90 days after the end"),
        ),
        *(
            Line("after_90", f"result:{r.value}", LABELS[r], LABELS_CONTEXT, 1)
            for r in FollowUpResult
        ),
        Line(
            "after_90",
            "not_recorded",
            QT_TRANSLATE_NOOP("TeamStatistics", "Due, not recorded"),
            indent=1,
        ),
        Line("after_90", "not_due", QT_TRANSLATE_NOOP("TeamStatistics", "Not yet due"), indent=1),
        Line("after_90", "no_check", QT_TRANSLATE_NOOP("TeamStatistics", "No check"), indent=1),
        Line(
            "employer_answers",
            "",
            QT_TRANSLATE_NOOP("TeamStatistics", "Employers' answers on support"),
        ),
        Line(
            "employer_supported",
            "",
            QT_TRANSLATE_NOOP("TeamStatistics", "Of these, felt supported"),
            indent=1,
        ),
        Line(
            "participant_answers",
            "",
            QT_TRANSLATE_NOOP("TeamStatistics", "Participants' answers on support"),
        ),
        Line(
            "participant_supported",
            "",
            QT_TRANSLATE_NOOP("TeamStatistics", "Of these, felt supported"),
            indent=1,
        ),
    ]


def is_heading(line: Line) -> bool:
    """A line with no figure of its own (the 90-day heading: its parts are the figures)."""
    return line.measure == "after_90" and line.category == ""
