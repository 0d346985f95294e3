"""The project report's figures as one sheet: the project, then a row per figure with its
people by gender and by age band and, for the first rows, the placements behind them."""

from __future__ import annotations

from ambassador.domain.enums import Gender
from ambassador.domain.messages import Translate
from ambassador.domain.project_report import AGE_BAND_LABELS, AgeBand, People, ProjectReport
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT
from ambassador.interchange.spreadsheets import Cell, Table

CONTEXT = "Documents"


def project_table(report: ProjectReport, translate: Translate) -> Table:
    """The words in the reader's language through `translate`; numbers and dates stay
    numbers and dates, for the spreadsheet to show its way."""

    def tr(source: str) -> str:
        return translate(CONTEXT, source)

    def label(value: object) -> str:
        return translate(LABELS_CONTEXT, LABELS[value])  # type: ignore[index]

    headers = (
        "",
        *[label(g) for g in Gender],
        tr("Total"),
        *[tr(AGE_BAND_LABELS[b]) for b in AgeBand],
        tr("Placements"),
    )
    width = len(headers)
    project = report.project
    rows: list[list[Cell]] = [
        [tr("Project report"), project.name],
        [tr("Reference"), project.reference],
        [tr("Funding"), project.funding_source],
        [tr("Project period"), project.start_date, project.end_date],
        [tr("Report period"), report.period.start, report.period.end],
        [tr("Target (people)"), report.target],
        [tr("People toward the target"), report.toward_target],
        [tr("Share of the target"), report.target_ratio],
        [],
    ]

    def line(name: str, people: People, placements: int | None = None) -> list[Cell]:
        return [
            name,
            *[people.by_gender.of(g) for g in Gender],
            people.total,
            *[people.of_age(b) for b in AgeBand],
            placements,
        ]

    rows += [
        line(tr("People started"), report.started, report.placements_started),
        line(tr("People active"), report.active, report.placements_active),
        line(tr("People ended"), report.ended, report.placements_ended),
        [],
        [tr("Outcome at the end")],
    ]
    rows += [
        line(label(outcome) if outcome is not None else tr("Not recorded"), people)
        for outcome, people in report.outcomes
    ]
    rows += [
        line(tr("Into work or education"), report.into_work_or_education),
        [],
        [tr("After 90 days")],
    ]
    rows += [line(label(result), people) for result, people in report.after_90]
    rows += [
        line(tr("Due, not yet recorded"), report.not_recorded),
        line(tr("Not yet due"), report.not_due),
        line(tr("No check scheduled"), report.no_check),
        line(tr("Recorded"), report.recorded),
        line(tr("In work or studies, of those recorded"), report.recorded_into_work_or_education),
    ]
    return Table(
        tr("Project report"),
        headers,
        [row + [None] * (width - len(row)) if len(row) < width else row for row in rows],
    )
