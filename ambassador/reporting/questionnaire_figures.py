"""The statistics report's section on the printed questionnaires: how many were sent, how many
came back, and how many who answered felt supported, for employers and for participants."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ambassador.domain.enums import Respondent
from ambassador.domain.questionnaire import ResponseFigures
from ambassador.domain.statistics import StatisticsReport
from ambassador.reporting import page
from ambassador.reporting.words import Words


def questionnaire_section(report: StatisticsReport, words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Questionnaires"))]
    figures = list(report.questionnaires)
    if not any(f.sent for f in figures):
        story.append(
            page.small(words.translate("Documents", "No questionnaire was sent in the period."))
        )
        return story
    label_width = 40 * mm
    other = (page.TEXT_WIDTH - label_width) / 4
    story.append(
        page.grid(
            [
                words.translate("Documents", "Questionnaires to"),
                words.translate("Documents", "Sent"),
                words.translate("Documents", "Answered"),
                words.translate("Documents", "Felt supported"),
                words.translate("Documents", "Share"),
            ],
            [_row(f, words) for f in figures],
            [label_width] + [other] * 4,
            numeric_from=1,
        )
    )
    story.append(page.space(1))
    story.append(
        page.small(
            words.translate(
                "Documents",
                "Of the questionnaires printed in the period, answered whenever they came back. "
                "Felt supported: a 4 or 5 of 5; the share is of those who answered that "
                "question, shown as supported/answered.",
            )
        )
    )
    return story


def _row(figures: ResponseFigures, words: Words) -> list[str]:
    if figures.respondent is Respondent.EMPLOYER:
        who = words.translate("Documents", "Employers")
    else:
        who = words.translate("Documents", "Participants")
    share = words.percent(figures.ratio)
    if figures.ratio is not None:
        share += f" ({figures.felt_supported}/{figures.rated_support})"
    return [
        who,
        str(figures.sent),
        str(figures.answered),
        str(figures.felt_supported),
        share,
    ]
