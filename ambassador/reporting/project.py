"""Projektrapport: the people a project reached, started and ended, and what they went on to,
by gender and by age band, beside the project's target. Counts only: no names."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from ambassador.domain.enums import Gender
from ambassador.domain.project_report import (
    AGE_BAND_LABELS,
    AgeBand,
    People,
    ProjectReport,
    ProjectReportDocument,
)
from ambassador.reporting import page
from ambassador.reporting.shares import share_text
from ambassador.reporting.words import Words

GENDERS = list(Gender)
AGE_BANDS = list(AgeBand)
LABEL_WIDTH = 46 * mm
EXTRA_WIDTH = 26 * mm  # the placements behind the people: a long word in the header


def target_text(report: ProjectReport, words: Words) -> str:
    """ "29 of target 60 people (48 %)", or the people alone without a target."""
    if report.target is None:
        return words.translate("Documents", "{people} people; no target set").format(
            people=report.toward_target
        )
    return words.translate("Documents", "{people} of target {target} people ({percent})").format(
        people=report.toward_target,
        target=report.target,
        percent=words.percent(report.target_ratio),
    )


def render_project_report(document: ProjectReportDocument, words: Words) -> bytes:
    report = document.report
    project = report.project
    title = words.translate("Documents", "Project report")
    story: list[Flowable] = [
        page.title(title),
        page.text(project.name, page.styles().subheading),
        page.facts(_facts(report, words), label_width=48 * mm),
        page.space(2),
        page.small(
            words.translate(
                "Documents",
                "Counts people, not placements: someone with several placements in the project "
                "is one person. Started: their first placement in the project started in the "
                "period. Active: a placement of theirs in the project was under way in it. "
                "Ended: their last placement in the project ended in the period and none goes "
                "on. Age: at their first start in the project. No names: counts only.",
            )
        ),
        page.heading(words.translate("Documents", "People")),
        _gender_table(
            words,
            [
                (words.translate("Documents", "People started"), report.started),
                (words.translate("Documents", "People active"), report.active),
                (words.translate("Documents", "People ended"), report.ended),
            ],
            extra=(
                words.translate("Documents", "Placements"),
                [
                    str(report.placements_started),
                    str(report.placements_active),
                    str(report.placements_ended),
                ],
            ),
        ),
        page.space(1),
        page.small(
            words.translate(
                "Documents",
                "Placements: the placements behind the people, started, under way and ended "
                "in the period.",
            )
        ),
        page.subheading(words.translate("Documents", "By age at the first start")),
        _age_table(
            words,
            [
                (words.translate("Documents", "People started"), report.started),
                (words.translate("Documents", "People active"), report.active),
                (words.translate("Documents", "People ended"), report.ended),
            ],
        ),
    ]
    story += _outcome_section(report, words)
    story += _after_90_section(report, words)
    return page.render(
        story,
        words=words,
        letterhead=document.letterhead,
        document_title=title,
        printed_on=document.printed_on,
    )


def _facts(report: ProjectReport, words: Words) -> list[tuple[str, str]]:
    project = report.project
    rows: list[tuple[str, str]] = []
    if project.reference:
        rows.append((words.translate("Documents", "Reference"), project.reference))
    if project.funding_source:
        rows.append((words.translate("Documents", "Funding"), project.funding_source))
    rows += [
        (
            words.translate("Documents", "Project period"),
            f"{words.date(project.start_date)} – {words.date(project.end_date)}",
        ),
        (
            words.translate("Documents", "Report period"),
            f"{words.date(report.period.start)} – {words.date(report.period.end)}",
        ),
        (words.translate("Documents", "Toward the target"), target_text(report, words)),
    ]
    return rows


def _outcome_section(report: ProjectReport, words: Words) -> list[Flowable]:
    heading = page.heading(words.translate("Documents", "Outcome at the end"))
    if not report.ended.total:
        return [
            heading,
            page.small(words.translate("Documents", "No one left the project in the period.")),
        ]
    rows = [
        (
            words.label(outcome)
            if outcome is not None
            else words.translate("Documents", "Not recorded"),
            people,
        )
        for outcome, people in report.outcomes
    ]
    into = words.translate("Documents", "Into work or education")
    return [
        CondPageBreak(70 * mm),
        heading,
        page.small(
            words.translate(
                "Documents",
                "The people who ended in the period, by the outcome of the placement they "
                "left the project with. A share shows what it rests on: 75 % (3/4) is three "
                "of four.",
            )
        ),
        _gender_table(words, rows, share=(into, report.into_work_or_education, report.ended)),
        page.space(2),
        _age_table(words, rows, share=(into, report.into_work_or_education, report.ended)),
    ]


def _after_90_section(report: ProjectReport, words: Words) -> list[Flowable]:
    heading = page.heading(words.translate("Documents", "After 90 days"))
    if not report.ended.total:
        return [
            heading,
            page.small(words.translate("Documents", "No one left the project in the period.")),
        ]
    rows = [(words.label(result), people) for result, people in report.after_90]
    rows += [
        (words.translate("Documents", "Due, not yet recorded"), report.not_recorded),
        (words.translate("Documents", "Not yet due"), report.not_due),
    ]
    if report.no_check.total:
        rows.append((words.translate("Documents", "No check scheduled"), report.no_check))
    share = (
        words.translate("Documents", "In work or studies, of those recorded"),
        report.recorded_into_work_or_education,
        report.recorded,
    )
    return [
        CondPageBreak(70 * mm),
        heading,
        page.small(
            words.translate(
                "Documents",
                "The outcome check of the placement each person left the project with: what "
                "they were doing some days after the end (90 by default).",
            )
        ),
        _gender_table(words, rows, share=share),
        page.space(2),
        _age_table(words, rows, share=share),
    ]


def _gender_table(
    words: Words,
    rows: Sequence[tuple[str, People]],
    *,
    extra: tuple[str, list[str]] | None = None,
    share: tuple[str, People, People] | None = None,
) -> Flowable:
    columns = len(GENDERS) + 1
    extra_width = EXTRA_WIDTH if extra else 0
    width = (page.TEXT_WIDTH - LABEL_WIDTH - extra_width) / columns
    header = ["", *[words.label(g) for g in GENDERS], words.translate("Documents", "Total")]
    body = [
        [label, *[str(people.by_gender.of(g)) for g in GENDERS], str(people.total)]
        for label, people in rows
    ]
    if extra:
        header.append(extra[0])
        for line, value in zip(body, extra[1], strict=True):
            line.append(value)
    if share:
        label, part, whole = share
        body.append(
            [
                label,
                *[share_text(part.by_gender.of(g), whole.by_gender.of(g), words) for g in GENDERS],
                share_text(part.total, whole.total, words),
            ]
        )
    widths = [LABEL_WIDTH] + [width] * columns + ([extra_width] if extra else [])
    return page.grid(header, body, widths, numeric_from=1)


def _age_table(
    words: Words,
    rows: Sequence[tuple[str, People]],
    *,
    share: tuple[str, People, People] | None = None,
) -> Flowable:
    columns = len(AGE_BANDS) + 1
    width = (page.TEXT_WIDTH - LABEL_WIDTH) / columns
    header = [
        "",
        *[words.translate("Documents", AGE_BAND_LABELS[b]) for b in AGE_BANDS],
        words.translate("Documents", "Total"),
    ]
    body = [
        [label, *[str(people.of_age(b)) for b in AGE_BANDS], str(people.total)]
        for label, people in rows
    ]
    if share:
        label, part, whole = share
        body.append(
            [
                label,
                *[share_text(part.of_age(b), whole.of_age(b), words) for b in AGE_BANDS],
                share_text(part.total, whole.total, words),
            ]
        )
    return page.grid(header, body, [LABEL_WIDTH] + [width] * columns, numeric_from=1)
