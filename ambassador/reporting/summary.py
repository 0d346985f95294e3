"""Uppföljning av placering: what the employer may read about the placement's follow-up."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from ambassador.domain.documents import EmployerSummary
from ambassador.domain.enums import ListName
from ambassador.domain.followup import RATING_FIELDS, Feedback
from ambassador.reporting import page
from ambassador.reporting.covered_tasks import tasks_section
from ambassador.reporting.rating_chart import RatingChart
from ambassador.reporting.terms import placement_facts, section, support_sections
from ambassador.reporting.words import Words

CHART_HEIGHT = 52 * mm
CHART_ANSWERS = 8  # the newest answers; the table lists the rest
TABLE_ANSWERS = 4  # answers side by side in one table


def render_summary(summary: EmployerSummary, words: Words) -> bytes:
    title = words.translate("Documents", "Follow-up of placement")
    terms = summary.terms
    story: list[Flowable] = [
        page.title(title),
        placement_facts(terms, words),
        *section(words.translate("Documents", "Purpose"), terms.purpose, words),
        *section(words.translate("Documents", "Goals"), terms.goals, words),
        *tasks_section(terms, words),
        *support_sections(terms, words),
        *_history(summary, words),
        *_shared_notes(summary, words),
        *_feedback(summary.feedback, words),
        *_next_check_in(summary, words),
        *_contact(summary, words),
        page.signature_blocks(
            words,
            [
                (
                    words.translate("Documents", "For the employer"),
                    terms.supervisor.name if terms.supervisor else "",
                ),
                (
                    words.translate("Documents", "Ambassador"),
                    summary.letterhead.coordinator_name,
                ),
            ],
        ),
    ]
    return page.render(
        story,
        words=words,
        letterhead=summary.letterhead,
        document_title=title,
        printed_on=summary.printed_on,
    )


def _history(summary: EmployerSummary, words: Words) -> list[Flowable]:
    story: list[Flowable] = [
        page.heading(words.translate("Documents", "Follow-up contacts")),
    ]
    if not summary.history:
        story.append(page.small(words.translate("Documents", "No follow-up contact yet.")))
        return story
    story.append(
        page.small(
            words.translate(
                "Documents",
                "When and how we were in touch. What was said stays with the ambassador.",
            )
        )
    )
    rows = [
        [
            words.moment(event.at),
            words.item(ListName.NOTE_KINDS, event.kind),
            "–" if event.with_whom is None else words.label(event.with_whom),
        ]
        for event in summary.history
    ]
    story.append(
        page.grid(
            [
                words.translate("Documents", "Date"),
                words.translate("Documents", "Contact"),
                words.translate("Documents", "With"),
            ],
            rows,
            [40 * mm, 70 * mm, page.TEXT_WIDTH - 110 * mm],
        )
    )
    return story


def _shared_notes(summary: EmployerSummary, words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Notes shared with you"))]
    if not summary.shared_notes:
        story.append(page.small(words.translate("Documents", "No notes are shared.")))
    for note in summary.shared_notes:
        kind = words.item(ListName.NOTE_KINDS, note.kind)
        story.append(page.subheading(f"{words.moment(note.at)} · {kind}"))
        story += page.paragraphs(note.text)
    return story


def _feedback(feedback: list[Feedback], words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Your feedback over time"))]
    if not feedback:
        story.append(page.small(words.translate("Documents", "No feedback recorded yet.")))
        return story
    rated = [name for name in RATING_FIELDS if any(f.ratings()[name] is not None for f in feedback)]
    hiring = any(f.could_consider_hiring is not None for f in feedback)
    if rated or hiring:
        # A rating a row and an answer a column: the ratings' names are too long to head
        # narrow columns, and reading along a row shows the change over time.
        label_width = 58 * mm
        for first in range(0, len(feedback), TABLE_ANSWERS):
            answers = feedback[first : first + TABLE_ANSWERS]
            rows = [
                [words.rating(name)] + [_rating_text(f.ratings()[name]) for f in answers]
                for name in rated
            ]
            if hiring:
                rows.append(
                    [words.translate("Documents", "Could consider hiring")]
                    + [_yes_no(f.could_consider_hiring, words) for f in answers]
                )
            story.append(
                page.grid(
                    [words.translate("Documents", "Rating")]
                    + [words.date(f.given_on) for f in answers],
                    rows,
                    [label_width]
                    + [(page.TEXT_WIDTH - label_width) / TABLE_ANSWERS] * len(answers),
                    numeric_from=1,
                )
            )
        if rated:
            story.append(
                page.small(words.translate("Documents", "Ratings from 1 (low) to 5 (high)."))
            )
        if rated and len(feedback) >= 2:
            story += [page.space(3), _chart(feedback, rated, words)]
    comments = [f for f in feedback if f.strengths.strip() or f.areas_to_develop.strip()]
    if comments:
        story.append(page.subheading(words.translate("Documents", "Comments")))
        story.append(
            page.grid(
                [
                    words.translate("Documents", "Date"),
                    words.translate("Documents", "Strengths"),
                    words.translate("Documents", "To develop"),
                ],
                [[words.date(f.given_on), f.strengths, f.areas_to_develop] for f in comments],
                [28 * mm, (page.TEXT_WIDTH - 28 * mm) / 2, (page.TEXT_WIDTH - 28 * mm) / 2],
            )
        )
    return story


def _rating_text(value: int | None) -> str:
    return "–" if value is None else str(value)


def _yes_no(value: bool | None, words: Words) -> str:
    if value is None:
        return "–"
    return words.translate("Documents", "Yes") if value else words.translate("Documents", "No")


def _chart(feedback: list[Feedback], rated: list[str], words: Words) -> Flowable:
    """Each rating as a line over the answers, oldest to newest, on the fixed 1–5 scale.
    Each line has its own marker and dash, so lines that run together (equal ratings) and
    a grey print still tell them apart. A missing rating is a gap in its line, not a fall to
    zero: the line joins the answers that rated it."""
    shown = feedback[-CHART_ANSWERS:]
    # Whole points are precise enough for a chart (and place it as before).
    box = (
        round(8 * mm),
        round(8 * mm),
        round(page.TEXT_WIDTH - 68 * mm),
        round(CHART_HEIGHT - 12 * mm),
    )
    chart = RatingChart(
        [words.date(f.given_on) for f in shown],
        [(words.rating(name), [f.ratings()[name] for f in shown]) for name in rated],
        size=(page.TEXT_WIDTH, CHART_HEIGHT),
        box=box,
        legend_at=(box[0] + box[2] + round(8 * mm), box[1] + box[3]),
        grid_colour=page.RULE,
        grid_width=0.25,
    )
    return KeepTogether([chart])


def _next_check_in(summary: EmployerSummary, words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Next check-in"))]
    upcoming = summary.next_check_in
    if upcoming is None:
        story.append(
            page.text(
                words.translate(
                    "Documents", "No check-in is planned yet; the ambassador will be in touch."
                )
            )
        )
    else:
        kind = words.item(ListName.NOTE_KINDS, upcoming.kind)
        story.append(page.text(f"{words.moment(upcoming.scheduled_at)} · {kind}"))
    return story


def _contact(summary: EmployerSummary, words: Words) -> list[Flowable]:
    letterhead = summary.letterhead
    return [
        page.heading(words.translate("Documents", "Your contact")),
        page.facts(
            [
                (words.translate("Documents", "Ambassador"), letterhead.coordinator_name),
                (words.translate("Documents", "Phone"), letterhead.coordinator_phone),
                (words.translate("Documents", "Email"), letterhead.coordinator_email),
                (words.translate("Documents", "Organisation"), letterhead.organisation_name),
            ]
        ),
    ]
