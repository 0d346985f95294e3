"""Statistikrapport: the period's placements, outcomes and felt support, split by gender and
broken down by type, referral source and sector, with charts where a picture reads faster."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from ambassador.domain.enums import Gender, ListName, Sector
from ambassador.domain.reporting_systems import NOT_MAPPED, SYSTEM_LABELS
from ambassador.domain.sentences import write_sentences
from ambassador.domain.statistics import Group, Statistics, StatisticsReport
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.reporting import fonts, page
from ambassador.reporting.headline_section import headline_story
from ambassador.reporting.markup import clean
from ambassador.reporting.questionnaire_figures import questionnaire_section
from ambassador.reporting.selfcheck_section import self_check_story
from ambassador.reporting.shares import gender_counts, gender_shares, share_text
from ambassador.reporting.visual import string_width
from ambassador.reporting.words import Words

GENDERS = list(Gender)
LABEL_WIDTH = 44 * mm
LABEL_MOST = 52 * mm  # a group's name column widened for a long word, at most
CELL_PADDING = 13  # points: a grid cell's padding either side, and a little room
BAR_HEIGHT = 5.5 * mm  # per bar, so a chart grows with its rows


def render_statistics(report: StatisticsReport, words: Words) -> bytes:
    title = words.translate("Documents", "Statistics report")
    statistics = report.statistics
    figures = statistics.figures
    period = f"{words.date(statistics.period.start)} – {words.date(statistics.period.end)}"
    story: list[Flowable] = [
        page.title(title),
        page.text(words.translate("Documents", "Period: {period}").format(period=period)),
        *_breakdown_line(statistics, words),
        page.small(
            words.translate(
                "Documents",
                "Active: placements under way at some time in the period. Ended: placements "
                "that ended in it. A share shows what it rests on: 75 % (3/4) is three of four.",
            )
        ),
        page.heading(words.translate("Documents", "Key figures")),
        _gender_table(
            words,
            [
                (
                    words.translate("Documents", "Placements started"),
                    gender_counts(figures.started),
                ),
                (words.translate("Documents", "Placements active"), gender_counts(figures.active)),
                (words.translate("Documents", "Placements ended"), gender_counts(figures.ended)),
                (
                    words.translate("Documents", "Into work or education"),
                    gender_shares(figures.into_work_or_education, words),
                ),
                (words.translate("Documents", "Ended early"), gender_counts(figures.ended_early)),
                (
                    words.translate("Documents", "Employers who felt supported"),
                    gender_shares(figures.employers_felt_supported, words),
                ),
                (
                    words.translate("Documents", "Participants who felt supported"),
                    gender_shares(figures.participants_felt_supported, words),
                ),
            ],
        ),
        page.space(1),
        page.small(
            words.translate(
                "Documents",
                "Felt supported: a 4 or 5 of 5 in the latest answer of the period, one answer "
                "per placement.",
            )
        ),
        *([] if report.headline is None else headline_story(report.headline, words)),
        *questionnaire_section(report, words),
        *_sentences_section(statistics, words),
    ]
    outcomes_heading = page.heading(
        words.translate("Documents", "Outcomes of the placements that ended")
    )
    if statistics.outcomes:
        chart = _bar_chart([(words.label(o), split.total) for o, split in statistics.outcomes])
        story += [
            _room_for(chart),
            outcomes_heading,
            chart,
            _gender_table(
                words, [(words.label(o), gender_counts(split)) for o, split in statistics.outcomes]
            ),
        ]
    else:
        story += [
            outcomes_heading,
            page.small(words.translate("Documents", "No placement ended in the period.")),
        ]
    story.append(page.heading(words.translate("Documents", "Reasons for ending early")))
    if statistics.early_reasons:
        story.append(
            _gender_table(
                words,
                [
                    (
                        words.item(ListName.ENDING_REASONS, reason)
                        or words.translate("Documents", "No reason given"),
                        gender_counts(split),
                    )
                    for reason, split in statistics.early_reasons
                ],
            )
        )
    else:
        story.append(page.small(words.translate("Documents", "No placement ended early.")))
    story += _after_90_section(statistics, words)
    story += _breakdown_section(statistics, words)
    story += [
        page.heading(words.translate("Documents", "Employers")),
        page.facts(
            [
                (
                    words.translate("Documents", "Employers with placements"),
                    str(statistics.employers),
                ),
                (
                    words.translate("Documents", "Of these, with more than one"),
                    str(statistics.employers_with_several),
                ),
            ],
            label_width=70 * mm,
        ),
    ]
    story += _groups(
        words.translate("Documents", "By placement type"),
        statistics.by_type,
        words,
        chart=True,
        label=lambda key: words.item(ListName.PLACEMENT_TYPES, key),
    )
    story += _groups(
        words.translate("Documents", "By referral source"),
        statistics.by_referral_source,
        words,
        label=lambda key: words.item(ListName.REFERRAL_SOURCES, key),
    )
    story += _groups(
        words.translate("Documents", "By employer sector"),
        statistics.by_sector,
        words,
        label=lambda key: words.label(Sector(key)) if key else "",
    )
    if report.self_check is not None:
        story += self_check_story(report.self_check, words)
    return page.render(
        story,
        words=words,
        letterhead=report.letterhead,
        document_title=title,
        printed_on=report.printed_on,
    )


def _widest_word(names: Sequence[str]) -> float:
    cell = page.styles().cell
    return max(
        (
            string_width(word, font=cell.fontName, size=cell.fontSize)
            for name in names
            for word in name.split()
        ),
        default=0.0,
    )


def _gender_table(words: Words, rows: Sequence[tuple[str, list[str]]]) -> Flowable:
    column = (page.TEXT_WIDTH - LABEL_WIDTH) / (len(GENDERS) + 1)
    return page.grid(
        ["", *[words.label(g) for g in GENDERS], words.translate("Documents", "Total")],
        [[label, *values] for label, values in rows],
        [LABEL_WIDTH] + [column] * (len(GENDERS) + 1),
        numeric_from=1,
    )


def _groups(
    heading: str,
    groups: list[Group],
    words: Words,
    *,
    chart: bool = False,
    label: Callable[[str], str] | None = None,
) -> list[Flowable]:
    story: list[Flowable] = [
        page.heading(heading),
        page.small(
            words.translate(
                "Documents",
                "Placements active in the period; of those that ended in it, how many went on "
                "to work or education.",
            )
        ),
    ]
    if not groups:
        # Nothing to explain: the note on what the columns mean would stand alone.
        return [story[0], page.small(words.translate("Documents", "No placement in the period."))]
    not_recorded = words.translate("Documents", "Not recorded")
    names = [(label(g.key) if label else g.key) or not_recorded for g in groups]
    if chart:
        drawing = _bar_chart(
            [(name, g.active.total) for name, g in zip(names, groups, strict=True)]
        )
        story = [_room_for(drawing, 10 * mm), *story, drawing]
    else:
        story.insert(0, _room_for(None, 10 * mm))
    # Narrower than elsewhere, so a gender heading such as "Someone else" keeps its words whole;
    # wider when a name holds a long word ("Uddannelsesinstitution"), which would break.
    label_width = max(36 * mm, min(LABEL_MOST, _widest_word(names) + CELL_PADDING))
    share_width = 28 * mm
    column = (page.TEXT_WIDTH - label_width - share_width) / (len(GENDERS) + 1)
    story.append(
        page.grid(
            [
                "",
                *[words.label(g) for g in GENDERS],
                words.translate("Documents", "Total"),
                words.translate("Documents", "Ended: into work or education"),
            ],
            [
                [
                    name,
                    *gender_counts(g.active),
                    share_text(
                        g.into_work_or_education.part.total,
                        g.into_work_or_education.whole.total,
                        words,
                    ),
                ]
                for name, g in zip(names, groups, strict=True)
            ],
            [label_width] + [column] * (len(GENDERS) + 1) + [share_width],
            numeric_from=1,
        )
    )
    return story


def _room_for(chart: Drawing | None, note: float = 0) -> CondPageBreak:
    """A new page unless the heading, its note, the chart and the table's first rows fit:
    a chart or a table at the top of a page without its heading reads as something else."""
    return CondPageBreak((chart.height if chart else 0) + note + 40 * mm)


def _bar_chart(bars: list[tuple[str, int]]) -> Drawing:
    """One horizontal bar per row, longest value first as in the table below it."""
    height = len(bars) * BAR_HEIGHT
    drawing = Drawing(page.TEXT_WIDTH, height + 8 * mm)
    chart = HorizontalBarChart()
    # The stubs type positions as int; whole points are precise enough for a chart.
    chart.x, chart.y = round(LABEL_WIDTH), round(6 * mm)
    chart.width = round(page.TEXT_WIDTH - LABEL_WIDTH - 10 * mm)
    chart.height = round(height)
    # The chart draws its first category at the bottom; reversed, the first row is on top.
    ordered = list(reversed(bars))
    chart.data = [[value for _name, value in ordered]]
    chart.categoryAxis.categoryNames = [_short(name) for name, _value in ordered]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = page.RULE
    chart.valueAxis.gridStrokeWidth = 0.25
    chart.valueAxis.forceZero = True
    chart.bars[0].fillColor = page.ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing


def _short(name: str, limit: int = 32) -> str:
    """A chart label fits beside its bar; the table below has the whole name."""
    name = " ".join(clean(name).split())
    return name if len(name) <= limit else name[: limit - 1] + "…"


# The follow-up method: sentences, 90 days after, an outside system's categories -----------


def _system_name(statistics: Statistics, words: Words) -> str:
    assert statistics.breakdown is not None
    return words.translate(LABELS_CONTEXT, SYSTEM_LABELS[statistics.breakdown.system])


def _breakdown_line(statistics: Statistics, words: Words) -> list[Flowable]:
    if statistics.breakdown is None:
        return []
    return [
        page.text(
            words.translate("Documents", "Breakdown: {system}").format(
                system=_system_name(statistics, words)
            )
        )
    ]


def _sentences_section(statistics: Statistics, words: Words) -> list[Flowable]:
    if statistics.sentences is None:
        return []
    lines = write_sentences(
        statistics.sentences,
        lambda context, source, n=None: words.translate(context, source),
        words.language,
    )
    return [
        page.heading(words.translate("Documents", "Outcome sentences")),
        page.small(
            words.translate(
                "Documents",
                "Ready to publish: placements that ended in the period, by gender, with small "
                "numbers protected.",
            )
        ),
        *[page.text(line) for line in lines],
    ]


def _after_90_section(statistics: Statistics, words: Words) -> list[Flowable]:
    after = statistics.after_90
    if after is None:
        return []
    heading = page.heading(
        words.translate("Documents", "What the placements that ended led to after 90 days")
    )
    if not statistics.figures.ended.total:
        return [
            heading,
            page.small(words.translate("Documents", "No placement ended in the period.")),
        ]
    rows = [(words.label(result), gender_counts(split)) for result, split in after.results]
    rows += [
        (words.translate("Documents", "Due, not yet recorded"), gender_counts(after.not_recorded)),
        (words.translate("Documents", "Not yet due"), gender_counts(after.not_due)),
    ]
    if after.no_check.total:
        rows.append(
            (words.translate("Documents", "No check scheduled"), gender_counts(after.no_check))
        )
    rows.append(
        (
            words.translate("Documents", "In work or studies, of those recorded"),
            gender_shares(after.into_work_or_education, words),
        )
    )
    return [
        heading,
        page.small(
            words.translate(
                "Documents",
                "The check some days after the end (90 by default) of each placement that "
                "ended in the period: what the person was doing then.",
            )
        ),
        _gender_table(words, rows),
    ]


def _breakdown_section(statistics: Statistics, words: Words) -> list[Flowable]:
    found = statistics.breakdown
    if found is None:
        return []
    system = _system_name(statistics, words)
    not_mapped = words.translate(LABELS_CONTEXT, NOT_MAPPED)
    # A short table is not split from its heading: room for it, or a new page.
    story: list[Flowable] = [
        CondPageBreak(min(120 * mm, 30 * mm + 8 * mm * (len(found.ended) + 1))),
        page.heading(
            words.translate("Documents", "In the categories of {system}").format(system=system)
        ),
        page.small(
            words.translate(
                "Documents",
                "The placements that ended in the period, each in the category its outcome or "
                "early-ending reason is mapped to in the settings; the results 90 days after "
                "the end below.",
            )
        ),
    ]
    if found.ended:
        story.append(
            _gender_table(
                words,
                [(category or not_mapped, gender_counts(split)) for category, split in found.ended],
            )
        )
    else:
        story.append(page.small(words.translate("Documents", "No placement ended in the period.")))
    later: list[Flowable] = [page.subheading(words.translate("Documents", "After 90 days"))]
    if found.after_90:
        later.append(
            _gender_table(
                words,
                [
                    (category or not_mapped, gender_counts(split))
                    for category, split in found.after_90
                ],
            )
        )
    else:
        later.append(page.small(words.translate("Documents", "No 90-day result is recorded yet.")))
    # The subheading never ends a page without its table.
    return [*story, KeepTogether(later)]
