"""The project report's figures as one sheet: the project, then a row per figure with its
people by gender and by age band and, for the first rows, the placements behind them."""

from __future__ import annotations

from ambassador.domain.enums import Gender
from ambassador.domain.messages import Translate
from ambassador.domain.project_report import AGE_BAND_LABELS, AgeBand, People, ProjectReport
from ambassador.domain.vocabulary import LABELS, LABELS_CONTEXT
from ambassador.interchange.spreadsheets import Cell, Table


def project_table(report: ProjectReport, translate: Translate) -> Table:
    """The words in the reader's language through `translate`; numbers and dates stay
    numbers and dates, for the spreadsheet to show its way."""

    def label(value: object) -> str:
        return translate(LABELS_CONTEXT, LABELS[value])  # type: ignore[index]

    headers = (
        "",
        *[label(g) for g in Gender],
        translate("Documents", "Total"),
        *[translate("Documents", AGE_BAND_LABELS[b]) for b in AgeBand],
        translate("Documents", "Placements"),
    )
    width = len(headers)
    project = report.project
    rows: list[list[Cell]] = [
        [translate("Documents", "Project report"), project.name],
        [translate("Documents", "Reference"), project.reference],
        [translate("Documents", "Funding"), project.funding_source],
        [translate("Documents", "Project period"), project.start_date, project.end_date],
        [translate("Documents", "Report period"), report.period.start, report.period.end],
        [translate("Documents", "Target (people)"), report.target],
        [translate("Documents", "People toward the target"), report.toward_target],
        [
            translate("Documents", "Share of the target (%)"),
            None if report.target_ratio is None else round(report.target_ratio * 100, 1),
        ],
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
        line(translate("Documents", "People started"), report.started, report.placements_started),
        line(translate("Documents", "People active"), report.active, report.placements_active),
        line(translate("Documents", "People ended"), report.ended, report.placements_ended),
        [],
        [translate("Documents", "Outcome at the end")],
    ]
    rows += [
        line(
            label(outcome) if outcome is not None else translate("Documents", "Not recorded"),
            people,
        )
        for outcome, people in report.outcomes
    ]
    rows += [
        line(translate("Documents", "Into work or education"), report.into_work_or_education),
        [],
        [translate("Documents", "After 90 days")],
    ]
    rows += [line(label(result), people) for result, people in report.after_90]
    rows += [
        line(translate("Documents", "Due, not yet recorded"), report.not_recorded),
        line(translate("Documents", "Not yet due"), report.not_due),
        line(translate("Documents", "No check scheduled"), report.no_check),
        line(translate("Documents", "Recorded"), report.recorded),
        line(
            translate("Documents", "In work or studies, of those recorded"),
            report.recorded_into_work_or_education,
        ),
    ]
    return Table(
        translate("Documents", "Project report"),
        headers,
        [row + [None] * (width - len(row)) if len(row) < width else row for row in rows],
    )
