"""`ambassador report stats --db URL` for a manager: the server's statistics of a year printed,
the whole organisation and each unit, every group under 5 "fewer than 5" (as the database
withholds it); the same figures as the manager's window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ambassador.cli.common import EXIT_OK, Output
from ambassador.domain.enums import Gender
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.team_statistics import (
    CONTEXT,
    FEWER_THAN,
    NO_UNIT,
    ORGANISATION,
    TOTAL,
    TOTAL_LABEL,
    Figures,
    Line,
    cell_text,
    is_heading,
    lines,
)
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT

if TYPE_CHECKING:
    from ambassador.services.team_statistics import TeamStatisticsService

HEADING = QT_TRANSLATE_NOOP("Cli", "Statistics {year}: {scope}")
NO_FIGURES = QT_TRANSLATE_NOOP("Cli", "There are no figures for {year}.")
WITHHELD_NOTE = QT_TRANSLATE_NOOP(
    "Cli",
    "A group of fewer than 5 is not shown, nor another small group wherever it could be worked "
    "out from a total.",
)
INDENT = "  "
GAP = 2


def print_team_statistics(output: Output, service: TeamStatisticsService, year: int) -> int:
    _language, country = service.language_and_country()
    statistics = service.statistics(year, country)
    if not statistics.organisation.cells:
        output.say(NO_FIGURES, year=year)
        return EXIT_OK
    shown = lines(statistics, country)
    scopes = [(output.catalog(CONTEXT, ORGANISATION), statistics.organisation)]
    scopes += [
        (unit.name or output.catalog(CONTEXT, NO_UNIT), unit.figures) for unit in statistics.units
    ]
    for number, (name, figures) in enumerate(scopes):
        if number:
            print()
        output.say(HEADING, year=year, scope=name)
        for row in _table(output, shown, figures):
            print(row.rstrip())
    print()
    output.say(WITHHELD_NOTE)
    return EXIT_OK


def _table(output: Output, shown: list[Line], figures: Figures) -> list[str]:
    fewer_than = output.catalog(CONTEXT, FEWER_THAN)
    columns = [g.value for g in Gender] + [TOTAL]
    headers = [output.catalog(LABELS_CONTEXT, LABELS[g]) for g in Gender]
    headers.append(output.catalog(CONTEXT, TOTAL_LABEL))
    rows: list[tuple[str, list[str]]] = []
    for line in shown:
        text = output.catalog(line.context, line.label) if line.context else line.label
        cells = (
            ["" for _ in columns]
            if is_heading(line)
            else [
                cell_text(figures.get(line.measure, line.category, gender), fewer_than)
                for gender in columns
            ]
        )
        rows.append((INDENT * line.indent + text, cells))
    label_width = max(len(label) for label, _cells in rows) + GAP
    widths = [
        max(len(headers[i]), *(len(cells[i]) for _label, cells in rows)) + GAP
        for i in range(len(columns))
    ]
    return [
        label.ljust(label_width) + "".join(c.rjust(w) for c, w in zip(cells, widths, strict=True))
        for label, cells in [("", headers), *rows]
    ]
