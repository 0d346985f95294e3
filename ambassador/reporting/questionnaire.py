"""Enkät: the one-page questionnaire that goes to the employer or the participant, answered
on paper and keyed back in by its code."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ambassador.domain.documents import Letterhead
from ambassador.domain.enums import Respondent
from ambassador.domain.questionnaire import (
    COMMENTS,
    HIRING_NO,
    HIRING_QUESTION,
    HIRING_UNSURE,
    HIRING_YES,
    QUESTIONS,
    SCALE_HIGH,
    SCALE_LOW,
    QuestionnaireSheet,
    display_code,
)
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.reporting import fonts, page
from ambassador.reporting.words import Words

BOX = 5.2 * mm  # a tick box, big enough for a cross made with a pen
BOX_COLUMN = 13 * mm
CODE_WIDTH = 52 * mm
COMMENT_LINES = 4
COMMENT_LINE = 7.5 * mm


class TickBox(Flowable):
    """An empty square to tick."""

    def __init__(self, size: float = BOX) -> None:
        super().__init__()
        self.size = size
        self.width = self.height = size
        self.hAlign = "CENTER"

    def draw(self) -> None:
        self.canv.setStrokeColor(page.INK)
        self.canv.setLineWidth(0.8)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def render_questionnaire(
    sheet: QuestionnaireSheet, letterhead: Letterhead, words: Words, printed_on: date
) -> bytes:
    title = _title(sheet.respondent, words)
    return page.render(
        questionnaire_story(sheet, letterhead, words),
        words=words,
        letterhead=letterhead,
        document_title=title,
        printed_on=printed_on,
    )


def questionnaire_story(
    sheet: QuestionnaireSheet, letterhead: Letterhead, words: Words
) -> list[Flowable]:
    """The page's content, so another document can carry it as a page of its own."""
    employer = sheet.respondent is Respondent.EMPLOYER
    story: list[Flowable] = [
        _title_and_code(sheet, words),
        _facts(sheet, words),
        page.space(2),
        page.text(_introduction(sheet, words)),
        page.space(1),
        _questions(sheet.respondent, words),
    ]
    if employer:
        story += [page.space(3), _hiring(words)]
    story += [page.space(3), *_comments(sheet.respondent, words)]
    story += [page.space(2), *_return(letterhead, words)]
    return story


def _title(respondent: Respondent, words: Words) -> str:
    if respondent is Respondent.EMPLOYER:
        return words.translate("Documents", "Questionnaire for the employer")
    return words.translate("Documents", "Questionnaire for the participant")


def _label(words: Words, source: str) -> str:
    return words.translate(LABELS_CONTEXT, source)


def _title_and_code(sheet: QuestionnaireSheet, words: Words) -> Flowable:
    """The title on the left; on the right, boxed and large, the code the answers are keyed
    in by."""
    s = page.styles()
    code_style = ParagraphStyle(
        "code",
        parent=s.body,
        fontName=fonts.BOLD,
        fontSize=20,
        leading=24,
        alignment=1,
        spaceAfter=0,
    )
    label_style = ParagraphStyle("code_label", parent=s.small, alignment=1, spaceAfter=0)
    code_box = Table(
        [
            [page.text(words.translate("Documents", "Questionnaire code"), label_style)],
            [page.text(display_code(sheet.code), code_style)],
        ],
        colWidths=[CODE_WIDTH],
    )
    code_box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 1.4, page.INK),
                ("BACKGROUND", (0, 0), (-1, -1), page.SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 5),
            ]
        )
    )
    layout = Table(
        [[page.title(_title(sheet.respondent, words)), code_box]],
        colWidths=[page.TEXT_WIDTH - CODE_WIDTH, CODE_WIDTH],
        hAlign="LEFT",
    )
    layout.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return layout


def _facts(sheet: QuestionnaireSheet, words: Words) -> Flowable:
    if sheet.planned_end_date is None:
        period = words.translate("Documents", "From {start}, no end date set").format(
            start=words.date(sheet.start_date)
        )
    else:
        period = f"{words.date(sheet.start_date)} – {words.date(sheet.planned_end_date)}"
    rows = [
        (words.translate("Documents", "Participant"), sheet.participant_name),
        (words.translate("Documents", "Employer"), sheet.employer_name),
    ]
    if sheet.respondent is Respondent.EMPLOYER:
        rows.append((words.translate("Documents", "Supervisor"), sheet.supervisor_name))
    rows.append((words.translate("Documents", "Period"), period))
    return page.facts(rows, label_width=32 * mm)


def _introduction(sheet: QuestionnaireSheet, words: Words) -> str:
    if sheet.respondent is Respondent.EMPLOYER:
        return words.translate(
            "Documents",
            "How is the placement going? Your answers help the ambassador support you and the "
            "participant, and show how our support works. Put a cross in one box for each "
            "statement; leave it empty if you cannot say.",
        )
    return words.translate(
        "Documents",
        "How is your placement going? Your answers help the ambassador support you, and show "
        "how our support works. Put a cross in one box for each statement; leave it empty if "
        "you cannot say.",
    )


def _questions(respondent: Respondent, words: Words) -> Flowable:
    s = page.styles()
    centred = ParagraphStyle("centred", parent=s.header_cell, alignment=1)
    question_width = page.TEXT_WIDTH - 5 * BOX_COLUMN
    header: list[object] = [
        page.text(
            words.translate("Documents", "1 = {low}, 5 = {high}").format(
                low=_label(words, SCALE_LOW), high=_label(words, SCALE_HIGH)
            ),
            s.small,
        ),
        *[page.text(str(value), centred) for value in range(1, 6)],
    ]
    rows: list[list[object]] = [header]
    for number, question in enumerate(QUESTIONS[respondent], start=1):
        rows.append(
            [
                page.text(f"{number}. {_label(words, question.text)}", s.body),
                *[TickBox() for _ in range(5)],
            ]
        )
    table = Table(rows, colWidths=[question_width] + [BOX_COLUMN] * 5, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, page.INK),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, page.RULE),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [page.SHADE, None]),
                ("LEFTPADDING", (0, 0), (0, -1), 3),
                ("TOPPADDING", (0, 1), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 6),
            ]
        )
    )
    return table


def _hiring(words: Words) -> Flowable:
    s = page.styles()
    answers: list[object] = []
    for source in (HIRING_YES, HIRING_NO, HIRING_UNSURE):
        answers += [TickBox(), page.text(_label(words, source), s.body)]
    row: list[object] = [page.text(_label(words, HIRING_QUESTION), s.subheading), *answers]
    box_width = 8 * mm
    text_widths = [15 * mm, 15 * mm, 27 * mm]  # "Don't know" and "Vet inte" on one line
    question_width = page.TEXT_WIDTH - 3 * box_width - sum(text_widths)
    widths = [question_width]
    for text_width in text_widths:
        widths += [box_width, text_width]
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, -1), 3),
                ("LEFTPADDING", (1, 0), (-1, -1), 2),
                ("BOX", (0, 0), (-1, -1), 0.25, page.RULE),
            ]
        )
    )
    return table


def _comments(respondent: Respondent, words: Words) -> list[Flowable]:
    """Two boxes with ruled lines, for what the person wants to add in their own words."""
    s = page.styles()
    story: list[Flowable] = []
    for source in COMMENTS[respondent]:
        rows: list[list[object]] = [[page.text(_label(words, source), s.subheading)]]
        rows += [[Spacer(1, COMMENT_LINE)] for _ in range(COMMENT_LINES)]
        table = Table(rows, colWidths=[page.TEXT_WIDTH], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 1), (-1, -1), 0.4, page.RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, 0), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, 0), 0),
                ]
            )
        )
        story += [table, page.space(2)]
    return story


def _return(letterhead: Letterhead, words: Words) -> list[Flowable]:
    who = ", ".join(
        part for part in (letterhead.coordinator_name, letterhead.organisation_name) if part
    )
    contact = " · ".join(
        part for part in (letterhead.coordinator_phone, letterhead.coordinator_email) if part
    )
    story: list[Flowable] = [
        page.text(
            words.translate(
                "Documents",
                "Thank you! Give the questionnaire to the ambassador at the next visit, or send "
                "it to {who}.",
            ).format(who=who or words.translate("Documents", "the ambassador"))
        )
    ]
    if contact:
        story.append(
            page.small(
                words.translate("Documents", "Questions about the questionnaire: {contact}").format(
                    contact=contact
                )
            )
        )
    return story
