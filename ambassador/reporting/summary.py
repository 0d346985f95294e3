"""Uppföljning av placering: what the employer may read about the placement's follow-up."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from ambassador.domain.documents import EmployerSummary
from ambassador.domain.followup import RATING_FIELDS, Feedback
from ambassador.reporting import fonts, page
from ambassador.reporting.terms import placement_facts, section, support_sections
from ambassador.reporting.words import Words

# One colour per rating, light to dark so the bars also part in grey print.
SERIES_COLOURS = [
    colors.HexColor("#9ecae1"),
    colors.HexColor("#6baed6"),
    colors.HexColor("#3182bd"),
    colors.HexColor("#1c4e80"),
    colors.HexColor("#0b2545"),
]
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
        *section(words.translate("Documents", "Tasks"), terms.tasks, words),
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
            event.kind,
            "" if event.with_whom is None else words.label(event.with_whom),
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
            [35 * mm, 75 * mm, page.TEXT_WIDTH - 110 * mm],
        )
    )
    return story


def _shared_notes(summary: EmployerSummary, words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Notes shared with you"))]
    if not summary.shared_notes:
        story.append(page.small(words.translate("Documents", "No notes are shared.")))
    for note in summary.shared_notes:
        story.append(page.subheading(f"{words.moment(note.at)} · {note.kind}"))
        story += page.paragraphs(note.text)
    return story


def _feedback(feedback: list[Feedback], words: Words) -> list[Flowable]:
    story: list[Flowable] = [page.heading(words.translate("Documents", "Your feedback over time"))]
    if not feedback:
        story.append(page.small(words.translate("Documents", "No feedback recorded yet.")))
        return story
    rated = [name for name in RATING_FIELDS if any(f.ratings()[name] is not None for f in feedback)]
    if rated:
        # A rating a row and an answer a column, as many answers a table as fit across.
        label_width = 58 * mm
        for first in range(0, len(feedback), TABLE_ANSWERS):
            answers = feedback[first : first + TABLE_ANSWERS]
            story.append(
                page.grid(
                    [words.translate("Documents", "Rating")]
                    + [words.date(f.given_on) for f in answers],
                    [
                        [words.rating(name)] + [_rating_text(f.ratings()[name]) for f in answers]
                        for name in rated
                    ],
                    [label_width]
                    + [(page.TEXT_WIDTH - label_width) / TABLE_ANSWERS] * len(answers),
                    numeric_from=1,
                )
            )
        story.append(page.small(words.translate("Documents", "Ratings from 1 (low) to 5 (high).")))
        if len(feedback) >= 2:
            story += [page.space(3), _chart(feedback, rated, words)]
    comments: list[str] = []
    for f in feedback:
        day = words.date(f.given_on)
        if f.strengths.strip():
            comments.append(
                words.translate("Documents", "{day}, strengths: {text}").format(
                    day=day, text=f.strengths
                )
            )
        if f.areas_to_develop.strip():
            comments.append(
                words.translate("Documents", "{day}, to develop: {text}").format(
                    day=day, text=f.areas_to_develop
                )
            )
    if comments:
        story.append(page.subheading(words.translate("Documents", "Comments")))
        story += [page.text(comment) for comment in comments]
    return story


def _rating_text(value: int | None) -> str:
    return "–" if value is None else str(value)


def _chart(feedback: list[Feedback], rated: list[str], words: Words) -> Flowable:
    """Each answer's ratings as a group of bars, oldest to newest, on the fixed 1–5 scale:
    bars side by side stay readable where equal ratings would hide each other as lines."""
    shown = feedback[-CHART_ANSWERS:]
    drawing = Drawing(page.TEXT_WIDTH, CHART_HEIGHT)
    chart = VerticalBarChart()
    # The stubs type positions as int; whole points are precise enough for a chart.
    chart.x, chart.y = round(8 * mm), round(8 * mm)
    chart.width = round(page.TEXT_WIDTH - 68 * mm)
    chart.height = round(CHART_HEIGHT - 12 * mm)
    chart.data = [[f.ratings()[name] or 0 for f in shown] for name in rated]
    chart.categoryAxis.categoryNames = [words.date(f.given_on) for f in shown]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 5, 1
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = page.RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.barSpacing = 1
    chart.groupSpacing = 8
    legend = Legend()
    legend.x, legend.y = chart.x + chart.width + round(6 * mm), chart.y + chart.height
    legend.fontName = fonts.REGULAR
    legend.fontSize = 7.5
    legend.alignment = "right"
    legend.deltay = 11
    legend.columnMaximum = len(rated)
    pairs = []
    for index, name in enumerate(rated):
        colour = SERIES_COLOURS[index % len(SERIES_COLOURS)]
        chart.bars[index].fillColor = colour
        chart.bars[index].strokeColor = None
        pairs.append((colour, words.rating(name)))
    legend.colorNamePairs = pairs
    drawing.add(chart)
    drawing.add(legend)
    return KeepTogether([drawing])


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
        story.append(page.text(f"{words.moment(upcoming.scheduled_at)} · {upcoming.kind}"))
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
